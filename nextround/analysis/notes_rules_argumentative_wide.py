"""Wider argumentative triggers: sparring verbs, standing firm, telling the interviewer off.

Kept apart from notes_rules_argumentative; these families came from formal senior notes
("took issue", "rebutted", "maintained my position more forcefully") and text-speak
("got a bit mouthy", "told her thats ridiculous").
"""

from __future__ import annotations

from nextround.analysis.notes_rules_base import _r

# The interviewer side as an object: "him", "the panel chair", "the managing director".
_THEM = r"(?:them|him|her|the\s+\w+(?:\s+\w+)?)"
# What the interviewer side owns or set: not "the mine I'm at now" (that is criticism).
_THEIR_THING = (
    r"(?:questions?|process|criteria|scenario|test|exercise|task|approach|views?|idea|premise|"
    r"assumptions?|logic|thinking|point|feedback|scoring|methods?|onboarding|polic(?:y|ies)|"
    r"rules?|dress\s+code|expectations?|description|requirements?|case|brief|model|strategy|"
    r"plan|reasoning|pay|salary|offer|rota|understanding|take|opinion|\w+ing\s+process)"
)
_VERDICT = (
    r"(?:wrong|naive|na[iï]ve|amateur\w*|unfair|unrealistic|nonsense|rubbish|ridiculous|absurd|"
    r"outdated|old-fashioned|misguided|a\s+joke|beneath|stuck\s+in|backwards|pointless|"
    r"irrelevant|flawed|stupid|silly|biased|none\s+of\s+(?:his|her|their|your)\s+business)"
)

ARGUMENTATIVE_WIDE = [
    _r(
        r"\b(?:spar(?:red|ring)\s+(?:with|match)|cross-?examin(?:ed|ing)|rebutt?(?:ed|ing)?\s+"
        r"(?:him|her|them|the|their|his|every)|disputatious|fought\s+(?:with|him|her|them)|"
        r"(?:had|exchanged)\s+(?:sharp\s+|cross\s+)?words\s+with|argy[- ]bargy)\b",
        0.75,
    ),
    _r(
        r"\b(?:got\s+into|ended\s+up\s+in)\s+(?:a\s+|an\s+)?(?:bit\s+of\s+an?\s+|real\s+|"
        r"proper\s+|'|\")*(?:back[- ]and[- ]forth|disagreement|argument|sparring|debate|"
        r"ding-dong|heated)\b",
        0.8,
    ),
    _r(r"\bdisagree(?:ment|ing)\s+with\s+(?:the|them|him|her|his|their|one)\b", 0.6),
    _r(
        r"\b(?:got|get|getting|was|became)\s+(?:a\s+bit\s+|quite\s+|really\s+|all\s+|bit\s+|"
        r"kinda\s+|kind\s+of\s+|so\s+)?(?:mouthy|lippy|gobby|vex|narky|ratty|touchy|spiky|chippy|"
        r"feisty|argy)\b",
        0.75,
    ),
    _r(
        r"\b(?:doubled\s+down|took\s+(?:strong\s+)?issue\s+with|refused\s+to\s+budge|"
        r"challenged\s+(?:them|him|her)\s+(?:right\s+)?back|(?:held|kept|maintained)\s+my\s+"
        r"(?:ground|position|line)\s+(?:more\s+|too\s+|quite\s+)?(?:forcefully|firmly|strongly|"
        r"robustly|stubbornly|hard))\b",
        0.7,
    ),
    _r(
        r"\b(?:didn'?t|did\s+not|couldn'?t|would\s+not|wouldn'?t)\s+(?:budge|let\s+it\s+(?:go|drop))\b",
        0.7,
        "neg_in",
    ),
    _r(
        r"\b(?:defended\s+(?:myself|himself|herself|my\s+\w+(?:\s+\w+)?|his\s+\w+|her\s+\w+|it)\s+"
        r"(?:quite\s+|very\s+|too\s+|rather\s+)?(?:robustly|strongly|forcefully|aggressively|"
        r"hard|vigorously|fiercely|heatedly)|(?:too|more|rather|overly)\s+(?:forcefully|"
        r"robustly|aggressively)|debat(?:ed|ing)\s+(?:it\s+|the\s+point\s+)?(?:with\s+)?"
        r"(?:the\s+(?:interviewer|panel|recruiter|chair|\w+\s+(?:manager|director|lead|chair))|"
        r"him|her|them))\b",
        0.7,
    ),
    # Telling the interviewer their view or process is wrong: "told the MD that his view of the
    # market was 'naive'", "telling her the criteria were unfair".
    _r(
        r"\b(?:told|telling|tell)\s+" + _THEM + r"\s*,?\s*(?:[\w' ]{0,30},\s*)?(?:that\s+)?"
        r"(?:(?:his|her|their|your|the|this|that)\s+(?:\w+\s+){0,4}?"
        + _THEIR_THING
        + r"|it|that|this)\s+"
        r"(?:\w+\s+){0,2}?(?:was|is|were|are|sounded|"
        r"seemed|looked)\s+(?:\w+\s+){0,2}?['\"‘“]?(?:a\s+bit\s+)?" + _VERDICT,
        0.8,
    ),
    _r(
        r"\b(?:told|telling)\s+" + _THEM + r"\s*,?\s*(?:[\w' ]{0,30},\s*)?(?:that\s+)?(?:he|she|"
        r"they)\s+(?:\w+\s+)?(?:had\s+)?(?:misread|misunderstood|got\s+it\s+wrong|(?:didn'?t|"
        r"don'?t|doesn'?t|did\s+not)\s+(?:really\s+)?(?:understand|get|know))\b",
        0.8,
        "neg_in",
    ),
    _r(
        r"\btold\s+(?:them|him|her)\s+(?:flat\s+out\s+|straight\s+)?(?:that\s+)?(?:it|that)\s+"
        r"(?:was|is)n'?t\s+(?:\w+\s*)?(?:[,;.!]|$)",
        0.7,
        "neg_in",
    ),
    # Quoted contradiction: "I said 'with respect you're wrong'", "told her thats ridiculous".
    _r(
        r"\b(?:said|replied|told\s+(?:him|her|them))\s*,?\s*['\"‘“]?(?:well\s*,?\s*|with\s+"
        r"(?:all\s+due\s+)?respect\s*,?\s*|no\s*,?\s*)?(?:you'?re|you\s+are|that'?s|thats|that\s+is)"
        r"\s+(?:just\s+|simply\s+|completely\s+|totally\s+|plain\s+)?(?:wrong|not\s+true|"
        r"incorrect|nonsense|rubbish|ridiculous|absurd|a\s+joke|not\s+fair|unfair)\b",
        0.8,
        "neg_in",
    ),
    _r(r"\bsnapped\s*[,:]?\s*['\"‘“]", 0.8),
]
