"""No-research triggers for short trade-floor notes, relatives' write-ups and later reflections.

These writers show the gap by a wrong belief about the employer that the interview corrected
("thought they were a removals firm, turns out..."), by a fact they had not known ("didnt know
they supply the supermarkets", "hadn't realised they were part of the group"), by reading that
stopped short ("I'd read the JD but nothing on their powers") or by a basic term of the role they
could not explain ("couldn't say what underwriting actually is"). The employer nouns are the
everyday ones of these trades (depot, site, branch, charity, trust), not only "the company".
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import words
from nextround.analysis.notes_rules_base import _r

# The employer as these writers name it.
ORG = (
    r"(?:they|it|this\s+lot|them|the\s+(?:company|firm|business|depot|site|branch|charity|trust|"
    r"council|school|hotel|group|brand|organi[sz]ation|practice|warehouse|plant|factory|agency|"
    r"shops?|stores?|home|centre|center|university|college|club|bank|chain|employer|place)|their\s+"
    r"(?:\w+\s+)?(?:company|firm|business|team|branch|site|group))"
)
# What an employer does: trade verbs a candidate should have looked up.
TRADE = words(
    r"stores?",
    r"stored",
    r"distribut\w*",
    r"handle[sd]?",
    r"builds?",
    r"built",
    r"suppl(?:y|ies|ied)",
    r"deliver\w*",
    r"produc\w*",
    r"funds?",
    r"cover\w*",
    r"stock\w*",
    r"ships?",
    r"trade[sd]?",
    r"manufactur\w*",
    r"operat\w*",
    r"owns?",
    r"install\w*",
    r"specialis\w*",
    r"speciali[sz]e[sd]?",
    r"offers?",
    r"sells?",
    r"makes?",
    r"do(?:es)?",
    r"involves?",
    r"use[sd]?",
)
NOT_KNOW = (
    r"(?:didn'?t|didnt|did\s+not|hadn'?t|hadnt|had\s+not|no|not|couldn'?t|couldnt|could\s+not)\s+"
    r"(?:even\s+|really\s+|actually\s+|honestly\s+|genuinely\s+)?(?:know|knowing|idea|clue|"
    r"a\s+clue|say|tell\s+(?:them|him|her)|explain|name|reali[sz]e|realising|realizing)"
)

NO_RESEARCH_PARAPHRASE = [
    # "didnt know what they store", "no idea what the firm actually builds", "couldn't say which
    # charity the shops actually fund", "didn't know how many shops they had in the area"
    _r(
        r"\b"
        + NOT_KNOW
        + r"\s+(?:what|which\s+(?:\w+\s+)?|how\s+many\s+(?:\w+\s+)?)"
        + ORG
        + r"\s+"
        r"(?:actually\s+|really\s+|even\s+|mainly\s+)?" + TRADE + r"\b",
        0.8,
        "neg_in",
    ),
    # "didnt know they supply the supermarkets", "hadn't a clue they were part of the big group",
    # "went in there not knowing they were a hospice", "hadnt realised the Royal and the Grand are
    # the same company", "she didnt know it was an academy now"
    _r(
        r"\b"
        + NOT_KNOW
        + r"\s+(?:that\s+)?(?:"
        + ORG
        + r"|the\s+\w+\s+and\s+the\s+\w+)\s+(?:(?:were|"
        r"was|are|is|'re)\s+(?:now\s+|actually\s+|also\s+)?(?:a|an|the\s+same|part\s+of|"
        r"one\s+of|now)\b|(?:had|'d)\s+(?:been\s+)?(?:bought|taken\s+over|merged)|(?:also\s+)?"
        + TRADE
        + r"\s+(?:the|a|an|all|most|\w+s)\b)",
        0.75,
        "neg_in",
    ),
    # "thought they were a removals firm, turns out theyre a storage company", "thought they were
    # a care home; they are not", "I'd assumed they sold to consumers when they're actually B2B",
    # "no idea what the depot handled, thought it was parcels", "you lay drives dont you. they dont"
    _r(
        r"\b(?:thought|assumed|guessed|presumed)\s+(?:that\s+)?(?:" + ORG + r"\s+(?:were|'d\s+be|"
        r"did|sold|made|only|just|all|"
        + TRADE
        + r")|it\s+was\s+(?:all|just|only|an?)\s+(?!\w+'s\b)"
        r"(?!(?:my|his|her)\b))\b[^.?!]{0,60}?(?:turns?\s+out|turned\s+out|"
        r"when\s+(?:they|it)(?:'re|\s+are|'s|\s+is|\s+was)\s+actually|[;,]\s*(?:they|it)\s+(?:are|is|"
        r"were|was)\s+not\b|[;,]\s*(?:they|it)\s+(?:aren'?t|isn'?t|wasn'?t|don'?t|doesn'?t))",
        0.75,
        "neg_in",
    ),
    # "I'd read the job description but nothing on their actual powers", "I'd looked at their
    # website but hadn't seen that campaign", "read about the company history but not their
    # current product range", "watched a demo video but had never signed up for the trial"
    _r(
        r"\b(?:i'?d|i\s+had|he'?d|she'?d|had)\s+(?:only\s+)?(?:read|looked\s+at|watched|checked|"
        r"skimmed|seen|researched|glanced\s+at)\s+(?:up\s+on\s+|about\s+)?(?:their|the|a)\b[^.;?!]{0,60}?"
        r"\bbut\s+(?:not\b|nothing\s+(?:on|about)|had(?:n'?t|\s+not|\s+never)\s+(?:seen|read|looked|"
        r"checked|signed|heard|tried)|never\s+(?:seen|read|looked|signed|tried|used))",
        0.7,
        "neg_in",
    ),
    # "i hadnt even looked what building it was", "I hadn't looked at who was on the panel",
    # "hadn't looked at the module list", "i'd not even looked at what this lot do", "hadnt read
    # the ad properly", "i didnt look at anything about them before"
    _r(
        r"\b(?:hadn'?t|hadnt|had\s+not|'d\s+not|didn'?t|didnt|did\s+not|never)\s+(?:even\s+|actually\s+|"
        r"really\s+|properly\s+)?(?:looked|look|read|checked|check)\s+(?:at\s+|up\s+)?(?:what\s+"
        r"(?:building|" + ORG[3:-1] + r")|who\s+(?:was|were)\s+on\s+the\s+panel|anything\s+about\s+"
        r"(?:them|it|the)|the\s+(?:\w+\s+){0,2}(?:list|survey|season|report|accounts|prospectus|"
        r"brochure|range|menu|ad|advert|spec)\b)",
        0.75,
        "neg_in",
    ),
    # "he asked about the company history and I knew nothing", "asked what I knew about the
    # company and I said not heaps", "what i knew about the depot and i didnt know anything"
    _r(
        r"\b(?:asked|question)\s+(?:me\s+)?(?:about|what\s+(?:i|he|she)\s+knew\s+about)\s+"
        + ORG
        + r"(?:'s)?\s*(?:\w+\s+)?(?:and|,)\s+(?:i|he|she)\s+(?:knew\s+nothing|said\s+(?:not\s+"
        r"(?:heaps|much|a\s+lot|loads)|nothing)|didn'?t\s+know\s+(?:anything|much)|didnt\s+know|"
        r"had\s+no\s+idea|drew\s+a\s+blank)",
        0.8,
        "neg_in",
        "self",
    ),
    # "walked in there knowing nothing about that company", "couldn't say anything specific
    # about them", "had no idea what made them different", "couldn't tell them anything about the
    # charity"
    _r(
        r"\b(?:knowing|knew|know)\s+(?:nothing|very\s+little|next\s+to\s+nothing)\s+about\s+"
        r"(?:that|this)\s+(?:company|firm|place|lot|business|charity)|\b(?:couldn'?t|could\s+not|"
        r"couldnt)\s+(?:say|tell\s+(?:them|him|her))\s+anything\s+(?:specific\s+|concrete\s+|"
        r"much\s+|real\s+)?about\s+"
        + ORG
        + r"|\bno\s+idea\s+what\s+made\s+(?:them|it|the\s+\w+)\s+"
        r"(?:different|unique|special|stand\s+out)",
        0.8,
        "neg_in",
    ),
    # "couldn't say what underwriting actually is", "didnt know what a local plan was", "no idea
    # what rail signalling involved", "didn't know the difference between revenue and capital"
    _r(
        r"\b" + NOT_KNOW + r"\s+what\s+(?!(?:the|their|my|his|her|our|your|they|he|she|it|i|we|"
        r"you|that|this|time)\b)(?:an?\s+)?(?:\w+\s+){1,2}(?:actually\s+|really\s+)?"
        r"(?:is|was|does|involved?|involves|entails?|means)\b(?!\s+called)(?![^.;?!]{0,25}\bbefore\b)|\b(?:didn'?t|did\s+not|didnt)\s+know\s+"
        r"the\s+difference\s+between\b",
        0.65,
        "neg_in",
    ),
    # "i'd got the two ads mixed up", "my 'why us' answer was about the wrong charity"
    _r(
        r"\bgot\s+the\s+(?:two\s+)?(?:ads|adverts|jobs|companies|firms|roles)\s+mixed\s+up|\bmixed\s+"
        r"up\s+the\s+(?:two\s+)?(?:ads|adverts|companies|firms)\b|\bwhy\s+us['\"]?\s+answer\s+was\s+"
        r"about\s+the\s+wrong\s+(?:company|charity|firm|trust|brand|organi[sz]ation)",
        0.75,
    ),
]
