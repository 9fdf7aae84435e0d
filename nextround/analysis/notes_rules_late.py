"""Trigger rules for late arrival, with the number, time-unit and arrival-verb lexicons."""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r
from nextround.analysis.notes_rules_late_wide import LATE_WIDE

NUM = words(
    r"\d+",
    "an?",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "fifteen",
    "twenty(?:-five)?",
    "thirty",
    "forty(?:-five)?",
    r"half\s+an?",
    r"a\s+few",
    r"a\s+couple\s+of",
    r"couple\s+of",
    "several",
    r"a\s+good",
    r"quarter\s+of\s+an?",
)
UNIT = r"\s*(?:-\s*\d+\s*)?(?:mins?|minutes?|minuets|hours?|hrs?|h)\b"
ARRIVE = words(
    "was",
    "were",
    "am",
    "i'm",
    "is",
    "being",
    "been",
    "ran",
    "running",
    "arrived",
    "arriving",
    r"got\s+(?:there|in|here)",
    r"got\s+to\s+(?:the\s+)?\w+",
    r"turn(?:ed|ing)\s+up",
    r"show(?:ed|ing)\s+up",
    r"rocked\s+up",
    r"roll(?:ed|ing)\s+(?:in|up)",
    r"join(?:ed|ing)?",
    r"reach(?:ed)?",  # "reached late lah", "mi reach late"
    r"(?:zoom|hopp|jump)(?:ed|ing)?\s+(?:in|on)(?:to)?",
    r"logg(?:ed|ing)\s+(?:on|in)(?:to)?",
    r"dial(?:l)?ed\s+in",
    r"came\s+in",
    r"walked\s+in",
    r"rushed\s+in",
    r"made\s+it",
    r"got\s+into\s+the\s+\w+",
)
NOT_TIME_OF_DAY = r"(?!\s+(?:afternoon|morning|evening|night|shift|twenties|thirties|stage|notice))"

LATE = [
    _r(r"\b" + ARRIVE + r"\s+" + gap(4) + r"(?<!too )late\b" + NOT_TIME_OF_DAY, 0.9),
    _r(r"\b" + NUM + r"\s*" + UNIT + r"\s+late\b", 0.95),
    _r(
        r"\b(?:bit|little|slightly|very|quite|really|super|fashionably|massively|rather|so|"
        r"fairly|running)\s+late\b" + NOT_TIME_OF_DAY,
        0.85,
    ),
    _r(
        r"\blate\s+(?:by|for|to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?"
        r"(?:\d|the\b|my\b|our\b|an?\b|ten|five|fifteen|twenty|half|a\s+few|a\s+couple)",
        0.85,
    ),
    _r(r"^\W*(?:late|running\s+late|very\s+late)\b", 0.8),
    _r(r"\b(?:lateness|tardy|tardiness)\b", 0.8),
    _r(
        r"\bapologi[sz]\w*\s+" + gap(3) + r"(?:for\s+)?(?:being\s+late|the\s+delay|"
        r"my\s+(?:lateness|delay)|keeping\s+(?:them|everyone|him|her)\s+waiting)",
        0.9,
    ),
    _r(
        r"\b(?:ran|running)\s+(?:about\s+|around\s+)?(?:"
        + NUM
        + UNIT
        + r"\s+|a\s+(?:bit|little)\s+)?"
        r"behind\b",
        0.8,
    ),
    _r(
        r"\bmissed\s+(?:the\s+)?(?:start|beginning|first\s+"
        + gap(2)
        + r"(?:mins?|minutes|part|question|bit|round))\b",
        0.85,
    ),
    _r(
        r"\bkept\s+(?:them|everyone|him|her|the\s+(?:\w+\s+)?(?:panel|interviewers?|manager|"
        r"recruiter|team))\s+waiting\b",
        0.9,
    ),
    _r(r"\b" + ARRIVE + r"\s+" + gap(5) + NUM + UNIT + r"\s+(?:after|past|into|behind)", 0.85),
    _r(
        r"\b" + ARRIVE + r"\s+" + gap(3) + r"after\s+(?:the\s+|my\s+)?(?:start|it\s+(?:had\s+)?"
        r"started|(?:the\s+)?scheduled|my\s+slot|the\s+agreed)",
        0.8,
    ),
    _r(
        r"\b(?:train|trains|tube|bus|buses|traffic|flight|tram|metro|subway|ferry|taxi|uber|"
        r"lift|car)\b" + gap(4) + r"(?:delayed|cancell?ed|suspended|held\s+up|broke\s+down)\b",
        0.5,
        "weak",
        "ext_ok",
    ),
    _r(
        r"\b(?:wrong|different)\s+(?:building|office|floor|site|address|entrance|location|"
        r"station|campus|reception|venue)\b",
        0.55,
        "weak",
    ),
    _r(
        r"\b(?:got\s+(?:the\s+)?(?:time|date|day)\s+wrong|misread\s+the\s+(?:invite|time|date)|"
        r"got\s+(?:a\s+bit\s+|really\s+|completely\s+)?lost|(?:got|was|were)\s+held\s+up)\b",
        0.55,
        "weak",
    ),
    _r(r"\bbehind\s+(?:schedule|time)\b", 0.7),
    _r(r"\b(?:my|his|her)\s+late\s+(?:arrival|start|entrance)\b", 0.85),
    _r(
        r"\b(?:didn'?t|did\s+not)\s+(?:get|arrive|make\s+it|turn\s+up|show\s+up)\s+"
        + gap(2)
        + r"until\b",
        0.75,
        "neg_in",
    ),
    _r(
        r"\b(?:had\s+to\s+|were\s+|was\s+)?wait(?:ing|ed)?\s+(?:around\s+)?for\s+me\b",
        0.75,
        "self",
        "hyp_ok",
    ),
    _r(
        r"\b" + NUM + UNIT + r"\s+after\s+(?:the|my)\s+(?:start|slot|scheduled|agreed|interview\s+"
        r"(?:was\s+)?(?:meant|supposed|due))",
        0.8,
    ),
    _r(
        r"\b"
        + NUM
        + UNIT
        + r"\s+(?:after|past)\s+(?:it|the\s+\w+|we|they)\s+(?:was|were|had|should|"
        r"'d)\s+(?:\w+\s+)?(?:meant|supposed|due|scheduled|started|begun)",
        0.85,
        "hyp_ok",
    ),
    _r(
        r"\b(?:about\s+to\s+|had\s+|'d\s+)?(?:give|given|gave)\s+up\s+on\s+me\b",
        0.8,
        "self",
        "hyp_ok",
    ),
    _r(r"\bstart(?:ed)?\s+without\s+(?:me|him|her)\b", 0.85, "self", "neg_in"),
    _r(
        r"\b(?:didn'?t|did\s+not|failed\s+to|couldn'?t|could\s+not|wasn'?t|was\s+not|weren'?t)\s+"
        r"(?:make\s+it\s+|get\s+there\s+|arrive\s+|quite\s+|exactly\s+)?(?:in|on)\s+time\b",
        0.85,
        "neg_in",
    ),
    _r(
        r"\bby\s+the\s+time\s+(?:i|he|she|we)\b" + gap(6) + r"(?:had\s+|have\s+)?(?:already\s+)?"
        r"(?:started|begun|underway|waiting)",
        0.8,
        "self",
        "hyp_ok",
    ),
    _r(r"\b(?:had|'d)\s+already\s+(?:started|begun)\b", 0.6, "self"),
    _r(r"\bstuck\s+(?:on|in)\s+(?:the\s+|a\s+)?(?:bus|train|traffic|tube|jam|queue)", 0.5, "weak"),
    _r(
        r"\b(?:couldn'?t|could\s+not|unable\s+to|took\s+" + gap(3) + r"to)\s+(?:get\s+(?:in|into|"
        r"onto|on)\b|join\b|connect\b|log\s*(?:in|on))",
        0.5,
        "weak",
        "neg_in",
    ),
]
# Clock-time, terse and cause-first families (students, formal third-person notes).
LATE += LATE_WIDE
