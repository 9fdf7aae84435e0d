"""Trigger rules for arguing with the interviewer, and the calm wording that denies it."""

from __future__ import annotations

import re

from nextround.analysis.notes_lexicon import gap
from nextround.analysis.notes_rules_argumentative_wide import ARGUMENTATIVE_WIDE
from nextround.analysis.notes_rules_base import _r
from nextround.analysis.notes_rules_criticised import MOAN

ARGUMENTATIVE = [
    _r(
        r"\b(?:argu(?:ed|ing|e|ment|mentative)|bicker\w*|squabbl\w*|rowed|quarrel\w*|clash\w*|"
        r"confrontational|combative|antagonistic|belligerent)\b",
        0.85,
    ),
    _r(
        r"\b(?:got|get|getting|became|become|was|were|being|felt|sounded|seemed|"
        r"c[oa]me\s+across\s+as|a\s+bit|bit|quite|very|too|really)\s+"
        + gap(2)
        + r"(?:defensive|heated|snippy|snappy|snarky|sarcastic|short\s+with|rude|shirty|"
        r"testy|tetchy|prickly|stroppy|aggressive|hostile|abrasive|worked\s+up|wound\s+up|"
        r"riled|irritated|annoyed|cross|angry)\b",
        0.85,
    ),
    _r(
        r"\bsnap(?:ped|ping)?\s+(?:at|back)\b|\blost\s+(?:my|his|her)\s+(?:temper|cool|rag|"
        r"patience)\b|\braised\s+(?:my|his|her)\s+voice\b|\b(?:shouted|yelled)\b",
        0.85,
    ),
    _r(r"\bcontradict\w*\b", 0.8),
    _r(r"\bcorrect(?:ed|ing)\s+(?:the|them|him|her)\b(?!\s+(?:spelling|typo))", 0.6),
    _r(
        r"\btold\s+(?:them|him|her|the\s+\w+(?:\s+\w+)?)\s+(?:that\s+)?(?:they|he|she|it)\s+"
        r"(?:(?:was|were|are|is|'re|'s)\s+(?:\w+\s+)?(?:wrong|mistaken|incorrect|unreasonable|"
        r"ridiculous|stupid)|(?:didn'?t|don'?t|doesn'?t)\s+(?:know|understand)\s+what|had\s+no\s+idea)",
        0.9,
        "neg_in",
    ),
    _r(r"\bpush(?:ed|ing)?\s+back\b", 0.6),
    _r(
        r"\b(?:didn'?t|did\s+not|wouldn'?t|would\s+not|refused\s+to)\s+back\s+down\b",
        0.85,
        "neg_in",
    ),
    _r(
        r"\b(?:stood\s+my\s+ground|dug\s+(?:my|his|her)\s+heels|rolled\s+my\s+eyes|"
        # "a good back-and-forth" is a lively discussion, not a fight
        r"(?<!good\s)(?<!great\s)(?<!nice\s)(?<!healthy\s)(?<!lively\s)(?<!genuine\s)"
        r"(?<!friendly\s)(?<!useful\s)(?<!real\s)back[\s-]+and[\s-]+forth|to\s+and\s+fro|(?:strongly|vehemently)\s+disagree\w*)\b",
        0.75,
    ),
    _r(r"\bdisagree(?:d|ing)?\b|\b(?:a|into\s+a)\s+debate\b", 0.55),
    _r(r"\bgot\s+(?:a\s+bit\s+|quite\s+|really\s+|pretty\s+)?(?:tense|heated|ugly)\b", 0.7),
    _r(
        r"\b(?:spat|tiff|set-to|showdown|stand-?off|(?:slanging|shouting)\s+match|heated\s+"
        r"(?:exchange|discussion|debate|moment)|(?:had|got\s+into)\s+(?:a\s+)?(?:bit\s+of\s+a\s+)?"
        r"(?:row|words|fight|barney|ding-dong|confrontation))\b",
        0.8,
    ),
    _r(
        r"\b(?:sharp(?:ly)?\s+with|curt(?:ly)?|abrupt(?:ly)?|brusque(?:ly)?|rudely|snappily|"
        r"aggressively|combatively|confrontationally|belligerently|condescendingly|"
        r"patroni[sz]ingly|a\s+bit\s+sharply|sharply)\b",
        0.65,
        "first_subject",
    ),
    _r(
        r"\b(?:had\s+a\s+go\s+at|told\s+off|picked\s+a\s+fight\s+with|went\s+at)\s+(?:them|him|"
        r"her|the\s+(?:interviewer|panel|recruiter|\w+\s+manager))\b",
        0.8,
    ),
    _r(r"\bkept\s+(?:interrupting|talking\s+over|cutting\s+(?:them|him|her)\s+off)\b", 0.6),
    _r(
        r"\b(?:got\s+into\s+it\s+with|went\s+head\s+to\s+head|locked\s+horns|butted\s+heads|"
        r"bit\s+(?:his|her|their)\s+heads?\s+off|wouldn'?t\s+let\s+it\s+go|kept\s+insisting|"
        r"stood\s+firm|insisted\s+(?:that\s+)?(?:i|my|they|he|she|it))\b",
        0.65,
        "neg_in",
    ),
    _r(
        r"\btold\s+(?:them|him|her|the\s+\w+)\s+(?:that\s+)?(?:their|his|her|the)\s+(?:\w+\s+){0,2}?"
        r"(?:was|is|were|are)\s+(?:\w+\s+)?(?:pointless|stupid|unfair|a\s+waste|ridiculous|wrong|"
        r"flawed|silly|irrelevant|biased|outdated)",
        0.85,
    ),
    _r(
        r"\b(?:dismissive|sarcastic|snarky|rude)\s+(?:of|towards|about|to|with)\s+(?:the\s+(?:interviewer|"
        r"panel|recruiter)|their|his|her|them|him)\b|\bsarcastic(?:ally)?\s+(?:comment|remark|reply)",
        0.7,
    ),
    _r(
        r"\bchallenged\s+(?:the|their|his|her)\s+(?:feedback|assessment|decision|scoring|logic|"
        r"premise|assumptions?|competence)",
        0.65,
    ),
    _r(
        r"\b(?:took\s+(?:offence|offense|it\s+personally)|bristled|got\s+(?:my|his|her)\s+back\s+up)\b",
        0.6,
    ),
    _r(
        r"\b"
        + MOAN
        + r"\s+(?:the\s+interviewer'?s?|the\s+panel'?s?|their)\s+(?:\w+\s+)?(?:questions?|"
        r"approach|process|test|exercise|task|feedback|product|app|website|methods?)",
        0.7,
    ),
]
# Sparring, standing-firm and telling-off families (formal and text-speak notes).
ARGUMENTATIVE += ARGUMENTATIVE_WIDE
NOT_COMBATIVE = re.compile(
    r"\b(?:polite\w*|respectful\w*|calm\w*|friendly|good[- ]humou?r\w*|gentl\w*|constructive\w*|"
    r"healthy|good-natured|professional\w*|amicabl\w*|nicely|in\s+good\s+humou?r)\b"
)
