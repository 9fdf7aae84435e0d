"""Distraction triggers for short trade-floor notes, relatives' write-ups and later reflections.

These writers name the lapse by what it cost ("couldn't remember what I'd been saying", "forgot
the end of the story", "didn't really take in her intro"), by a state that caused it in the same
breath ("so flustered I forgot my stats", "wound up ... couldn't remember"), by where the mind
stayed ("my head was still on that deal", "replaying the bus journey instead of listening") or by
a noise that kept going ("the drill ... the whole time"). The cost is about the candidate's own
answer or the question, never a company fact (that is no_research).
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import words
from nextround.analysis.notes_rules_base import _r

WHO = r"(?:my|his|her)"
# A state that, stated with a lapse, caused it (regional: mithered, vexed, wound up).
STATE = words(
    "flustered",
    "rattled",
    "mortified",
    "frazzled",
    r"wound\s+up",
    r"worked\s+up",
    "stressed",
    "mithered",
    "vexed",
    "fuming",
    "panicky",
    r"thrown",
    "embarrassed",
    "shaken",
    "nervous",
    "upset",
    r"in\s+a\s+state",
)
# What the lapse cost: the thread of the candidate's own answer, the question, the intro.
COST = (
    r"(?:(?:couldn'?t|could\s+not|couldnt|didn'?t|didnt)\s+(?:even\s+|really\s+)?(?:remember|recall)\s+"
    r"(?:what|the\s+(?:question|key|end|rest|point)|my|his|her|the\s+\w+\s+(?:features|messages|"
    r"details|stats|figures))|(?:forgot|kept\s+forgetting|lost)\s+(?:my|his|her|the\s+(?:end|rest|"
    r"point|customer'?s|question)|what)|(?:couldn'?t|could\s+not|couldnt)\s+(?:get\s+(?:back\s+into|"
    r"my\s+head)|think|settle|string)|(?:didn'?t|didnt|did\s+not)\s+(?:really\s+)?take\s+in|"
    r"rushed\s+the\s+rest|kept\s+(?:stopping|stumbling|fiddling)|burnt\s+(?!out))"
)

DISTRACTED_PARAPHRASE = [
    # "so flustered I forgot my own campaign stats", "was rattled and couldnt get my head
    # straight", "so mortified I didn't really take in the students' questions"
    _r(
        r"\b" + STATE + r"\b[^.;?!]{0,40}?\b(?:that\s+|and\s+)?(?:i|he|she)?\s*(?:then\s+)?" + COST,
        0.75,
        "neg_in",
        "question",
    ),
    # "couldnt remember what id said five minutes before cos i was so wound up"
    _r(
        r"\b(?:couldn'?t|could\s+not|couldnt)\s+remember\s+what\s+(?:i|he|she)(?:'d|\s+had|d)?\s+"
        r"(?:just\s+|been\s+)?(?:said|saying)\b[^.;?!]{0,40}?\b(?:cos|because|as)\s+(?:i|he|she)\s+"
        r"was\s+(?:so\s+)?" + STATE,
        0.75,
        "neg_in",
        "question",
    ),
    # "couldn't remember what I'd been saying", "forgot what question I was answering", "then i
    # forgot the end of the story", "couldn't remember the question" (judged by the first subject:
    # "the interviewer was so flustered she couldn't remember the question" is not the candidate)
    _r(
        r"\b(?:couldn'?t|could\s+not|couldnt|didn'?t|didnt)\s+remember\s+what\s+(?:i|he|she)(?:'d|"
        r"\s+had|\s+was|d)?\s+(?:just\s+|been\s+)?(?:said|saying|talking|on\s+about)\b|\bforgot\s+"
        r"what\s+(?:question\s+)?(?:i|he|she)\s+(?:was|'d\s+been|had\s+been)\s+(?:answering|saying|"
        r"on\s+about)|\bforgot\s+the\s+(?:end|rest|point)\s+of\s+(?:the|my|his|her)\s+(?:story|answer|"
        r"sentence|example)|\b(?:couldn'?t|could\s+not|couldnt)\s+remember\s+the\s+question\b",
        0.7,
        "neg_in",
        "first_subject",
    ),
    # "my mind just went completely blank", "so nervous my mind totally went"
    _r(
        r"\b(?:mind|head)\s+(?:just\s+|totally\s+|completely\s+|then\s+)?went\s+(?:completely\s+|"
        r"totally\s+)?blank|\b(?:mind|head)\s+(?:just\s+|totally\s+|completely\s+)went\b(?!\s+"
        r"(?:to|back|through|over|round|into|on))",
        0.8,
    ),
    # "my head was still on that deal", "his mind was on that first answer for the rest of it",
    # "still mentally on that train", "it was in my head the whole time"
    _r(
        r"\b" + WHO + r"\s+(?:head|mind)\s+was\s+(?:still\s+)?on\s+(?:that|the|my|his|her|it)\b|"
        r"\bstill\s+mentally\s+(?:on|at|in|back)\b|\bit\s+was\s+in\s+"
        + WHO
        + r"\s+(?:head|mind)\s+"
        r"(?:the\s+whole|all|throughout)",
        0.75,
    ),
    # "replaying the bus journey in my head instead of listening", "thinking about the ping
    # instead of listening", "fiddling with my headphones instead of listening", "not really
    # hearing them", "took me half the interview to calm down and actually listen"
    _r(
        r"\b(?:replaying|thinking\s+about|fiddling\s+with|fussing\s+with|worrying\s+about|"
        r"looking\s+at|watching)\b[^.;?!]{0,60}?\binstead\s+of\s+(?:listening|concentrating|"
        r"focus\w*|paying\s+attention)|\bnot\s+really\s+hearing\s+(?:them|him|her|the)\b|\btook\s+"
        r"(?:me|him|her)\s+(?:half|most\s+of)\s+the\s+(?:interview|call|time)\s+to\s+(?:calm\s+down|"
        r"settle|focus)|\bstill\s+replaying\b",
        0.75,
        "neg_in",
    ),
    # "I kept wondering if it was the childminder", "couldn't stop wondering if something was
    # wrong at home", "was thinking about him the whole rest of the time", "worried sick about the
    # rent", "couldn't think about anything but how cold I was"
    _r(
        r"\b(?:kept|couldn'?t\s+stop|could\s+not\s+stop|couldnt\s+stop)\s+wondering\b|\bthinking\s+"
        r"about\s+(?:him|her|them|it|that)\s+the\s+whole\s+(?:rest\s+of\s+the\s+)?(?:time|way)|"
        r"\bworried\s+sick\b|\b(?:couldn'?t|could\s+not|couldnt)\s+think\s+(?:about|of)\s+anything\s+"
        r"(?:but|else|except)|\bnot\s+thinking\s+about\s+the\s+questions\b",
        0.75,
        "neg_in",
        "question",
    ),
    # "made it really hard for me to focus", "could barely hear myself think", "couldn't think
    # for the rest", "Couldn't string a sentence together", "lost my thread", "fuming about the
    # clamp the whole way through"
    _r(
        r"\b(?:hard|difficult|impossible|tough)\s+for\s+(?:me|him|her)\s+to\s+(?:focus|concentrate|"
        r"think|listen)|\bcould\s+(?:barely|hardly|scarcely)\s+(?:hear\s+myself\s+think|focus|"
        r"concentrate|think)|\b(?:couldn'?t|could\s+not|couldnt)\s+(?:think\s+for\s+the\s+rest|"
        r"string\s+(?:a|two)\s+(?:sentence|words?|thoughts?)\s+together|get\s+back\s+into\s+(?:it|"
        r"my|the)|get\s+my\s+head\s+(?:straight|back|round))|\b(?:lost|losing)\s+(?:my|your|his|her)"
        r"\s+(?:thread|place\s+in)|\b(?:fuming|stewing|seething)\s+about\b[^.;?!]{0,40}?\b(?:the\s+"
        r"whole\s+(?:time|way\s+through)|throughout)",
        0.75,
        "neg_in",
    ),
    # "I kept glancing out", "kept glancing at the corner of the screen", "kept stopping
    # mid-sentence", "a delivery driver kept ringing my doorbell" (a noise alone, tuned out, is not
    # a lapse, so "hammering the whole time" needs a cost from another rule)
    _r(
        r"\bkept\s+(?:glancing|looking|peeking)\s+(?:out\b|away\b|at\s+the\s+corner|over\s+(?:my|"
        r"at))|\bkept\s+stopping\s+mid|\b(?:doorbell|dog|dogs|baby|kids?|drill|alarm|"
        r"jackhammer|builders?|neighbou?rs?)\b[^.;?!]{0,30}?\bkept\s+(?:ringing|barking|crying|"
        r"drilling|going\s+off|banging|screaming|knocking)|\bkept\s+ringing\s+my\s+(?:door\s*bell|"
        r"bell)",
        0.7,
        "fragile",
    ),
]
