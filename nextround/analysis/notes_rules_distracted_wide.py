"""Distraction triggers for text-speak, hedged formal and adviser-summary notes.

These writers name where the attention went ("my attention was on the dog", "more focused on
that than the questions"), a state that lasted ("wasn't fully there", "rattled after",
"thinking about my exam the whole call"), or what the lapse cost ("couldn't hear half her
questions", "lost my whole train of thought"). A worry that caused the lapse is matched with
it ("so worried about X I couldn't focus"), so the worry does not read as a fear of the future,
and the object of a preoccupation is absorbed ("preoccupied with a crisis at work") so that it
is not read as a past-job scope.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import words
from nextround.analysis.notes_rules_base import _r

WHO = r"(?:my|his|her)"
# A state of mind that, in the same breath as a lapse, caused it.
STIRRED = words(
    "worried",
    "anxious",
    r"panick(?:ing|ed)",
    "stressed",
    "rattled",
    "flustered",
    "upset",
    "shaken",
    "nervous",
    "distraught",
    "preoccupied",
)
LAPSE = (
    r"(?:couldn'?t|could\s+not|can'?t|cannot|cant|couldnt|struggled\s+to)\s+(?:really\s+|properly\s+)?"
    r"(?:focus|concentrate|think(?:\s+straight)?|listen)|forgot\s+(?:half|most|some)\s+of\s+what"
)
# How long the lapse lasted: it spans the interview, not the morning before.
THROUGHOUT = (
    r"(?:the\s+whole\s+(?:time|call|interview|way\s+through)|throughout|for\s+the\s+rest\s+of\s+"
    r"(?:it|the\s+(?:interview|call|panel|meeting))|rather\s+than\s+listening|instead\s+of\s+"
    r"listening|during\s+the\s+(?:interview|call|questions))"
)

DISTRACTED_WIDE = [
    # "so worried about my mum's op i couldnt focus", "too rattled to focus", "so anxious i forgot
    # half of what i wanted to say" ("question": the worry inside is the cause, not a condition)
    _r(
        r"\b" + STIRRED + r"\b[^.;?!]{0,70}?\b(?:that\s+)?(?:i|he|she)\s+" + LAPSE + r"|\btoo\s+"
        r"(?:\w+\s+)?" + STIRRED + r"\s+to\s+(?:focus|concentrate|think|listen)",
        0.75,
        "neg_in",
        "question",
    ),
    # "thinking about my ex the whole time", "the whole call i was thinking abt my exam",
    # "was then thinking about the boiler for the rest of the interview"
    _r(
        r"\b(?:thinking|worrying|stressing|fretting|obsessing)\s+(?:about|abt|over)\b[^.;?!]{0,60}?"
        + THROUGHOUT
        + r"|\bthe\s+whole\s+(?:call|time|interview)\s+(?:i|he|she)\s+(?:was|kept)\s+(?:thinking|"
        r"worrying)|\b(?:was|were)\s+still\s+(?:thinking|worrying|stewing|fretting)\s+(?:about|abt|"
        r"over)\b",
        0.75,
    ),
    # "lost my whole train of thought", "kept losing track", "lost her way in a long answer",
    # "never found my rhythm again", "lost my footing for a while"
    _r(
        r"\b(?:los[te]|losing)\s+" + WHO + r"\s+(?:whole\s+|entire\s+|complete\s+)?(?:train\s+of\s+"
        r"thought|thread|focus|footing|concentration)|\bkept\s+losing\s+(?:track|the\s+thread|what|"
        + WHO
        + r"\s+(?:place|thread|train|focus))|\blost\s+"
        + WHO
        + r"\s+way\s+(?:in|during|mid|halfway)\b|"
        r"\b(?:never|couldn'?t|could\s+not|didn'?t)\s+(?:really\s+)?(?:found|find|get|got)\s+"
        + WHO
        + r"\s+"
        r"(?:rhythm|flow|focus|footing|thoughts\s+together)(?:\s+(?:again|back))?",
        0.75,
        "neg_in",
    ),
    # "couldnt hear half her questions", "couldn't hear the questions, kept asking them to repeat"
    _r(
        r"\b(?:couldn'?t|could\s+not|couldnt|cant|can'?t|struggled\s+to)\s+(?:really\s+|properly\s+)?"
        r"hear\s+(?:half|most\s+of|properly|well|the\s+(?:\w+\s+)?questions?|"
        r"(?:her|his|their|the\s+\w+'s)\s+questions?)",
        0.7,
        "neg_in",
    ),
    # "didnt really listen properly", "not really taking in the questions"
    _r(
        r"\b(?:didn'?t|didnt|did\s+not)\s+(?:really\s+|fully\s+)?listen\s+(?:properly|closely|"
        r"carefully)|\b(?:not|wasn'?t|wasnt|was\s+not)\s+(?:really\s+|fully\s+|properly\s+)?taking\s+"
        r"(?:in\s+|anything\s+in|it\s+in)",
        0.75,
        "neg_in",
    ),
    # "my attention was on the dog", "found my attention drifting", "pulled my attention away",
    # "her focus was poor", "more focused on that than the questions", "fixated on it"
    _r(
        r"\b"
        + WHO
        + r"\s+(?:attention|focus|concentration)\s+(?:was\s+(?:on\b|elsewhere|poor|shot|"
        r"gone|all\s+over|terrible|bad|patchy|drifting|wandering)|kept\s+(?:drifting|wandering|"
        r"slipping)|drift\w*|wander\w*|slipp\w*)|\bpulled\s+" + WHO + r"\s+attention|"
        r"\bmore\s+(?:focus(?:s)?ed|fixated)\s+on\b[^.;?!]{0,40}?\bthan\s+(?:on\s+)?(?:the|what|"
        r"listening|answering)|\bfixated\s+on\s+(?:it|that|the\s+(?:noise|clock|screen|dog))|"
        r"\bkept\s+watching\b[^.;?!]{0,40}?\b(?:rather\s+than|instead\s+of)",
        0.75,
    ),
    # "wasn't fully there", "wasn't really there", "wasn't fully present", "off my game",
    # "all at sea", "mind kept going back to them"
    _r(
        r"\b(?:wasn'?t|wasnt|was\s+not)\s+(?:fully\s+|really\s+|quite\s+|totally\s+|"
        r"mentally\s+|all\s+)?(?:there|present|with\s+it|in\s+the\s+room|on\s+it)\b|\boff\s+"
        + WHO
        + r"\s+"
        r"game\b|\ball\s+at\s+sea\b|\bmind\s+kept\s+(?:going\s+back|wandering|drifting|returning)",
        0.75,
        "neg_in",
    ),
    # "went blank in the middle of a sentence", "couldn't get my thoughts together",
    # "keep my head straight", "struggling to hold points in my head", "rattled after"
    _r(
        r"\b(?:i|he|she)\s+(?:just\s+|simply\s+|completely\s+|totally\s+)?went\s+(?:completely\s+)?"
        r"blank\b|\b(?:couldn'?t|could\s+not|hard\s+to|struggl\w*\s+to)\s+(?:\w+\s+){0,6}?keep\s+"
        + WHO
        + r"\s+head\s+straight|\bstruggl\w*\s+to\s+hold\s+(?:\w+\s+){0,3}?in\s+"
        + WHO
        + r"\s+head|\b(?:was|felt)\s+(?:so\s+|very\s+|quite\s+|a\s+bit\s+|really\s+)?(?:rattled|"
        r"unsettled|thrown|frazzled)\s+(?:after(?!\s+the\b)|afterwards|thereafter|from\s+then\s+on|for\s+the\s+"
        r"rest)|\bcouldn'?t\s+remember\s+where\s+(?:i|he|she)(?:'d|\s+had|\s+was)\s+(?:been\s+)?going",
        0.7,
        "neg_in",
    ),
    # "preoccupied with a crisis at work", "spent the rest of it worrying", "staring at myself"
    _r(
        r"\bpreoccupied\s+(?:\w+\s+)?(?:with|by)\b[^.;?!]{0,60}|\bspent\s+the\s+rest\s+of\s+(?:it|"
        r"the\s+(?:interview|call))\s+(?:worrying|thinking|stewing)|\bstaring\s+at\s+(?:the\s+little\s+"
        r"(?:video|picture)\s+of\s+)?myself\b|\bstruggling\s+to\s+keep\s+(?:my|his|her)\s+eyes\s+open",
        0.75,
        "neg_in",
    ),
]
