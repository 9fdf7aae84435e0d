"""Trigger rules per debrief flag: synonym and paraphrase patterns with a base confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextround.analysis.notes_lexicon import gap, words

# Rule options: neg_in (pattern holds its own negation), hyp_ok (survives if/would/should),
# past_ok (survives past-job/habit scope), self (the pattern fixes the actor as the candidate),
# ext_ok (a thing or third party may be the subject), weak (late cue cancelled by on-time
# signals anywhere in the note), fragile (cancelled by "but it was fine" in the sentence),
# question (an indirect question: "if"/"would" inside the match are not conditions), first_subject
# (the actor is the sentence's first subject), clarify (cancelled if they rephrased/clarified).


@dataclass(frozen=True)
class Rule:
    """One trigger pattern for a flag."""

    regex: re.Pattern
    confidence: float
    options: frozenset[str]


def _r(pattern: str, confidence: float, *options: str) -> Rule:
    return Rule(re.compile(pattern), confidence, frozenset(options))


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
    r"join(?:ed|ing)",
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

# Whose employer: possessive or time qualifier (never "their", the interviewer's firm).
EMPLOYER = (
    r"(?:(?:(?:my|our|his|her)\s+(?:\w+\s+){0,2}?)|(?:the\s+)?(?:old|current|previous|last|"
    r"former|ex-?|present|existing)\s+(?:\w+\s+)?)(?:boss(?:es)?|managers?|management|"
    r"employers?|company|firm|team|colleagues?|co-?workers|workmates|workplace|job|place|"
    r"organi[sz]ation|department|director|ceo|supervisor|leadership|office|business|agency|"
    r"ex-?\s*boss|team\s+lead(?:er)?|line\s+manager)"
    r"\b|\bex-?employer\b|\bthe\s+company\s+i\s+(?:work|worked)\s+(?:for|at)\b|"
    r"\bwhere\s+i\s+(?:work|worked)\b|\bthe\s+(?:company|firm|place|team|business|people|"
    r"organi[sz]ation)\s+i\s+(?:currently\s+)?(?:work|worked|am)\b|\bthe\s+people\s+i\s+work\s+with\b|"
    r"\b(?:the\s+)?(?:management|bosses|boss|managers?|leadership|team|company|place)\s+there\b"
)
MOAN = words(
    r"moan\w*",
    r"complain\w*",
    r"whing\w*",
    r"whin(?:ed|ing|e)",
    r"grumbl\w*",
    r"rant\w*",
    r"vent(?:ed|ing)?",
    r"slagg?\w*\s+off",
    r"slagged",
    r"bad-?mouth\w*",
    r"trash\w*",
    r"critici[sz]\w*",
    r"r[au]n\w*\s+down",
    r"(?:talk|spoke|speak)\w*\s+(?:\w+\s+)?"
    r"(?:badly|negatively|ill|trash|smack)",
    r"(?:was|were|got|being|been)\s+(?:\w+\s+)?negative",
    r"dis+ed",
    r"had\s+a\s+go\s+at",
    r"blam\w*",
    r"rubbish\w*",
    r"grip\w*",
    r"bitch\w*",
    r"(?:laid|lay\w*|tore|ripp\w*)\s+into",
    r"went\s+off\s+(?:on|about)",
    r"knock\w*",
    r"thr[eo]w\w*\s+\w+\s+under\s+the\s+bus",
    r"mock\w*",
    r"insult\w*",
    r"slat\w*",
    "tirade",
    "diatribe",
    r"made\s+fun\s+of",
    r"(?:took|had)\s+(?:a\s+)?(?:dig|swipe|pop|shot)s?\s+at",
    r"digs?\s+at",
    r"swipes?\s+at",
    r"snip(?:ed|ing)\s+at",
    r"sneer\w*",
    r"(?:snide|sarcastic|negative|nasty|bitchy|disparaging|derogatory|critical|unkind|rude|bitter|"
    r"scathing)\s+(?:comments?|remarks?|things|jokes?)",
    r"(?:bitter|critical|scathing|disparaging|dismissive|negative)\s+(?:about|of|towards)",
)
SAY = words(
    "said",
    "say",
    r"told\s+(?:them|him|her|everyone|the\s+\w+(?:\s+\w+)?)",
    r"tell\s+(?:them|him|her)",
    r"mention(?:ed)?",
    r"admit(?:ted)?",
    "confessed",
    r"let\s+(?:it\s+)?slip",
    r"blurted(?:\s+out)?",
    "joked",
    "explained",
    "claimed",
    "stated",
    r"was\s+(?:honest|upfront|open|frank|candid)",
    r"made\s+(?:it\s+)?clear",
    "revealed",
    "volunteered",
    "disclosed",
    r"owned\s+up",
    r"answered\s+(?:that|with)",
    r"replied\s+that",
    r"went\s+on\s+about",
    r"went\s+into",
)
BAD = words(
    "toxic",
    "awful",
    "terrible",
    "useless",
    r"a\s+joke",
    "joke",
    "clueless",
    "incompetent",
    "nightmare",
    "hopeless",
    "lazy",
    "rubbish",
    "crap",
    "shit",
    "shambles",
    "mess",
    "disaster",
    r"disorgani[sz]ed",
    "chaotic",
    "bad",
    "dreadful",
    "horrible",
    r"idiots?",
    r"morons?",
    "stupid",
    "dumb",
    "pathetic",
    r"bull(?:y|ies)",
    r"micromanag\w*",
    "sinking",
    "dysfunctional",
    r"dinosaurs?",
    r"clowns?",
    r"idiots?",
    "unbearable",
    "unsupportive",
    "favouritism",
    r"favoritism",
    r"undervalue\w*",
    r"exploit\w*",
    r"underpa(?:id|ys)",
    r"dead[- ]end",
    "shouting",
    r"doesn'?t\s+know\s+what",
    r"don'?t\s+know\s+what",
    r"no\s+clue",
    r"(?:a\s+)?nightmare\s+to",
    r"treats?\s+(?:us|people|staff|everyone)\s+(?:badly|like)",
    r"never\s+(?:promotes?|supports?|"
    r"recogni[sz]es?|appreciates?)",
    r"(?:badly|poorly)\s+(?:run|managed)",
    "unfair",
    "unprofessional",
    "corrupt",
    r"liars?",
    r"takes?\s+credit",
    r"steals?\s+credit",
    r"never\s+listens?",
    r"doesn'?t\s+listen",
    r"no\s+idea",
    "worst",
)

CRITICISED = [
    _r(r"\b" + MOAN + r"\s+" + gap(6) + "(?:" + EMPLOYER + ")", 0.9),
    _r(
        r"\b"
        + SAY
        + r"\s+(?:that\s+)?"
        + gap(4)
        + "(?:"
        + EMPLOYER
        + r")\s+"
        + gap(2)
        + r"(?:(?:is|was|are|were|'s|'re|can\s+be|has\s+been|had\s+been)\s+)?"
        + gap(3)
        + BAD,
        0.85,
    ),
    _r(
        r"\b(?:about|on|into|explained|described|said)\s+how\s+(?:"
        + EMPLOYER
        + r")\s+"
        + gap(3)
        + BAD,
        0.8,
    ),
    _r(
        r"\b(?:called|described)\s+(?:" + EMPLOYER + r")\s+(?:as\s+)?(?:an?\s+)?" + gap(2) + BAD,
        0.85,
    ),
    _r(
        r"\b"
        + MOAN
        + r"\s+"
        + gap(4)
        + r"(?:colleagues|co-?workers|workmates|(?:upper|senior|middle)?\s*"
        r"management|higher-ups|senior\s+leadership)\b",
        0.75,
    ),
    _r(
        r"\bsaid\s+(?:some\s+)?(?:pretty\s+|quite\s+|really\s+)?(?:harsh|negative|nasty|bad|unkind|"
        r"unflattering|mean)\s+things\s+about\s+(?:" + EMPLOYER + ")",
        0.85,
    ),
    _r(
        r"\bhow\s+(?:bad|badly|awful|terrible|toxic|useless|poorly|incompetent|chaotic)\b"
        + gap(4)
        + "(?:"
        + EMPLOYER
        + ")",
        0.75,
    ),
]

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
        r"back\s+and\s+forth|to\s+and\s+fro|(?:strongly|vehemently)\s+disagree\w*)\b",
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
NOT_COMBATIVE = re.compile(
    r"\b(?:polite\w*|respectful\w*|calm\w*|friendly|good[- ]humou?r\w*|gentl\w*|constructive\w*|"
    r"healthy|good-natured|professional\w*|amicabl\w*|nicely|in\s+good\s+humou?r)\b"
)

PERK = words(
    r"holidays?",
    r"annual\s+leave",
    r"(?:parental|maternity|paternity|sick|study)\s+leave",
    r"leave\s+(?:allowance|entitlement|policy)",
    "vacation",
    "pto",
    r"time\s+off",
    r"days?\s+off",
    r"sick\s+(?:pay|days)",
    r"perks?",
    r"benefits?",
    r"bonus(?:es)?",
    "pension",
    r"401\(?k\)?",
    r"gym(?:\s+membership)?",
    r"free\s+(?:lunch|food|breakfast|snacks|drinks|beer)",
    r"company\s+car",
    r"duvet\s+days?",
    r"(?:finish|finishing|leave|leaving|knock(?:ing)?\s+off|clock(?:ing)?\s+off)\s+(?:early|at\s+\d)",
    r"early\s+finish(?:es)?",
    r"half\s+days?",
    r"(?:four|4)[- ]day\s+weeks?",
    r"summer\s+hours",
    r"flexi(?:time|-time)?",
    r"flexible\s+(?:hours|working)",
    r"how\s+flexible",
    r"christmas",
    "xmas",
    r"share\s+options",
    r"stock\s+options",
    r"discounts?",
    r"(?:car|travel)\s+allowance",
    r"buy(?:ing)?\s+extra\s+days",
    r"(?:how\s+much|amount\s+of|days\s+of)\s+leave",
    r"time\s+in\s+lieu",
    "toil",
    "sabbaticals?",
    r"(?:private\s+)?(?:healthcare|health\s+insurance|medical\s+insurance|dental)",
    r"birthday\s+off",
    r"cycle\s+to\s+work",
    r"childcare\s+vouchers",
    r"long\s+lunch(?:es)?",
    r"staff\s+discounts?",
    r"(?:early|off)\s+on\s+fridays",
    r"long\s+weekends?",
)
ASK = words(
    r"ask\w*",
    r"enquir\w*",
    r"inquir\w*",
    r"quizz?\w*",
    r"went\s+on",
    r"go(?:ing)?\s+on",
    r"kept\s+(?:on\s+)?(?:about|asking|going\s+on|bringing|mentioning|talking|coming\s+back)",
    r"talk\w*",
    r"brought\s+up",
    r"bring\w*\s+(?:\w+\s+){0,3}?(?:up|back\s+to)",
    r"rais\w*",
    r"focus\w*\s+on",
    r"dw?el[lt]\w*\s+on",
    r"harp\w*\s+on",
    r"obsess\w*",
    r"fixat\w*",
    r"(?:push|press|grill)\w*\s+(?:them\s+)?on",
    r"pester\w*",
    r"mention\w*",
    r"spent\s+" + gap(3) + r"(?:on|talking|asking|quizzing|discussing|going)",
    r"wanted\s+to\s+know",
    r"first\s+question\s+i\s+asked\s+was",
    r"steer\w*",
    r"(?:kept\s+)?(?:coming|going|circling|returning)\s+back\s+to",
    r"(?:turned|brought|swung|moved)\s+the\s+(?:conversation|convo|chat|discussion)",
)
BENEFITS = [
    _r(r"\b" + ASK + r"\b\s*" + gap(8) + PERK + r"\b", 0.8, "question"),
    _r(
        r"\bquestions?\s+(?:were|was)\s+(?:all|mostly|mainly|only|just)\s+about\s+" + gap(2) + PERK,
        0.8,
    ),
    _r(r"\b(?:very|really|super|mainly|most)\s+interested\s+in\s+" + gap(2) + PERK, 0.7),
]
AFTER_OFFER = re.compile(
    r"\b(?:they|he|she|the\s+\w+)\s+(?:brought\s+(?:it|them|that)\s+up|raised\s+it|mentioned\s+it|"
    r"went\s+through|explained|described)|\bafter\s+(?:they|being|the|an?)\s+(?:\w+\s+){0,2}?"
    r"offer\w*|\bonce\s+(?:they\s+)?offer\w*|\boffer\s+stage\b|\bwhen\s+they\s+offered"
)

DEVICE = (
    r"(?:mobile\s+phone|phone|mobile|cell(?:\s*phone)?|iphone|smartphone|handset|(?:smart\s*)?watch|"
    r"laptop|computer|ipad|tablet)"
)
RING = words(
    "rang",
    "rings?",
    "ringing",
    r"went\s+off",
    r"go(?:es|ing)?\s+off",
    r"buzz\w*",
    r"vibrat\w*",
    r"ping\w*",
    r"beep\w*",
    r"bleep\w*",
    r"chim\w*",
    r"l(?:it|ight\w*)\s+up",
    r"alarm\w*",
    r"blew\s+up",
    r"blowing\s+up",
    r"made\s+a\s+(?:noise|sound)",
    r"notification",
    r"ding\w*",
    r"chirp\w*",
    r"flash\w*",
    r"rung",
)
PHONE = [
    _r(r"\b" + DEVICE + r"(?:'s)?\b\s*" + gap(5) + RING + r"\b", 0.9),
    _r(
        r"\b(?:checked|check(?:ing)?|glanced\s+at|glancing\s+at|look(?:ed|ing)?\s+at|picked\s+up|"
        r"grabbed|reached\s+for|answered|silenced|reject(?:ed)?|declin(?:ed)?|fiddl\w+\s+with|"
        r"scroll\w*\s+(?:on|through))\s+(?:my|his|her)\s+(?:mobile\s+)?(?:phone|mobile|cell)\b",
        0.85,
    ),
    _r(
        r"\b(?:got|had|received|recieved|receiving|getting|a|an)\s+(?:\w+\s+)?(?:call|text|"
        r"message|notification|whatsapp|email|reminder)s?\s+(?:come\s+through|came\s+through|"
        r"pop(?:ped)?\s+up|went\s+off|mid[- ]?\w+|during|in\s+the\s+middle|halfway|while)",
        0.8,
    ),
    _r(
        r"\bnotifications?\b\s*" + gap(3) + r"(?:pop\w*\s+up|popped|went\s+off|kept|ping\w*|"
        r"came\s+(?:up|through)|appeared|sound\w*|interrupt\w*|flash\w*)",
        0.8,
    ),
    _r(r"\b(?:kept|started|was|were)\s+(?:texting|calling|ringing|messaging)\b", 0.7, "ext_ok"),
    _r(r"\b(?:took|answered)\s+(?:a|the)\s+(?:phone\s+)?call\b", 0.85),
    _r(
        r"\b(?:alarm|ringtone|notification|text|call|message|reminder)\s+"
        + gap(2)
        + r"(?:went\s+off|"
        r"sounded|beeped|pinged|rang|came\s+through|popped\s+up)\s+(?:on|from)\s+(?:my|his|her)\s+"
        + DEVICE,
        0.9,
    ),
    _r(r"\bgot\s+(?:a\s+)?(?:phone\s+)?call\s+(?:in\s+the\s+middle|mid|during|halfway)", 0.85),
    _r(
        r"\b(?:replied\s+to|answered|read|checked|responded\s+to)\s+(?:a|the|my|an)\s+(?:text|message|"
        r"whatsapp|email|notification)s?\b",
        0.75,
    ),
    _r(r"\b(?:call|text|message|whatsapp)s?\s+came\s+(?:in|through)\b", 0.8, "ext_ok"),
    _r(
        r"\b(?:called|rang|phoned|texted|messaged|rung)\s+(?:me|him|her)\b"
        + gap(3)
        + r"(?:mid[- ]?"
        r"(?:interview|call|answer|sentence|presentation|way)|during\s+(?:the|my)\s+(?:interview|call|"
        r"presentation|answer|case)|in\s+the\s+middle\s+of|halfway\s+through)",
        0.85,
        "self",
    ),
]
PHONE_DENIED = re.compile(
    r"\bon\s+(?:silent|vibrate\s+only)|\b(?:was|were|stayed|kept|switched|turned|put|powered)\s+"
    r"(?:it\s+|\w+\s+)?off\b|\b(?:airplane|aeroplane|flight)\s+mode|\bdo\s+not\s+disturb|\bdnd\b|"
    r"\bin\s+(?:the|my)\s+(?:car|locker)|\bat\s+home\b|\bduring\s+the\s+break|\bin\s+the\s+break"
)

COMPANY = (
    r"(?:the\s+company|the\s+(?:firm|organi[sz]ation|business|brand|employer|role|job|position)|"
    r"them\b|their\s+(?:\w+\s+)?(?:website|site|products?|services?|company|business|clients?|"
    r"customers?|competitors?|mission|values|history|news|strategy|market|annual\s+report|"
    r"blog|app|platform|ceo|founders?|offering|industry|sector|revenue|background)|"
    r"the\s+(?:company'?s?\s+\w+|website|job\s+(?:description|spec|ad|advert|posting)|jd|spec)|"
    r"(?:the\s+)?['\"]?why\s+(?:us|this\s+company|here|them|this\s+role)|"
    r"what\s+(?:they|the\s+company|the\s+firm|the\s+business|it)\s+(?:\w+\s+)?(?:do|does|did|"
    r"make|makes|sell|sells|offer|offers)|who\s+they\s+(?:are|were)|\w+'s\s+(?:website|products?))"
)
LOOKUP = words(
    r"research\w*",
    r"look\w*\s+(?:at|into|up)",
    r"read(?:\s+up\s+(?:on|about)|\s+about)?",
    r"check\w*(?:\s+out)?",
    r"prepar\w*(?:\s+for)?",
    r"prep\w*",
    r"googl\w*",
    r"stud\w*",
    r"investigat\w*",
    r"find\s+out\s+about",
    r"learn\w*\s+about",
)
UNKNOWN_TARGET = (
    r"(?:(?:what|who|which)\s+" + gap(3) + r"(?:they|the\s+company|the\s+firm|the\s+business|"
    r"their|its|it)\s*" + gap(3) + r"(?:do|does|did|make|makes|sell|sells|offer|offers|are|were|"
    r"was|is|'s)\b|(?:anything|much|a\s+lot|enough|(?:a\s+single|one|any)\s+(?:\w+\s+)?"
    r"(?:thing|fact|detail)s?|the\s+first\s+thing)\s+about\s+(?:them|the\s+company|their|the\s+firm|"
    r"the\s+business)|(?:any|one|a\s+single)\s+(?:of\s+their\s+)?(?:\w+\s+)?(?:products?|clients?|"
    r"customers?|competitors?|services?|values|brands?)|"
    r"the\s+name\s+of\s+their)"
)
NO_RESEARCH = [
    _r(
        r"\b(?:didn'?t|did\s+not|hadn'?t|had\s+not|never|haven'?t|forgot\s+to|failed\s+to|"
        r"neglected\s+to|no\s+time\s+to|ran\s+out\s+of\s+time\s+to|not|barely|hardly)\s+"
        + gap(2)
        + LOOKUP
        + r"\s+"
        + gap(2)
        + COMPANY,
        0.9,
        "neg_in",
    ),
    _r(
        r"\b(?:didn'?t|did\s+not|hadn'?t|had\s+no|had\s+not|no|not|wasn'?t|was\s+not|couldn'?t|"
        r"could\s+not|unable\s+to|struggled\s+to|barely|hardly)\s+" + gap(2) + r"(?:know|knew|"
        r"idea|clue|sure|say|answer|explain|name|tell\s+(?:them|him|her)|remember|recall|"
        r"describe|think\s+of)\s+" + UNKNOWN_TARGET,
        0.85,
        "neg_in",
    ),
    _r(r"\bforg[oe]t\w*\s+" + UNKNOWN_TARGET, 0.85),
    _r(
        r"\b(?:no|zero|little|minimal|not\s+(?:much|enough|any))\s+(?:\w+\s+)?(?:research|prep|"
        r"preparation|homework|background\s+reading)\b",
        0.75,
        "neg_in",
    ),
    _r(
        r"\bknowledge\s+of\s+(?:the\s+company|them|their\s+\w+|the\s+role|the\s+business)\s+(?:was|is)\s+"
        r"(?:\w+\s+)?(?:thin|weak|patchy|poor|lacking|non-existent|limited|zero|basic|shaky)",
        0.8,
    ),
    _r(
        r"\basked\s+(?:them\s+)?what\s+(?:the\s+company|they|the\s+business)\s+(?:actually\s+)?(?:do|does|"
        r"make|makes|sell|sells)\b",
        0.75,
    ),
    _r(
        r"\bonly\s+(?:briefly\s+)?(?:glanced\s+at|skimmed|looked\s+briefly\s+at)\s+(?:their|the)\b",
        0.6,
    ),
    _r(
        r"\b(?:couldn'?t|could\s+not|didn'?t|struggled\s+to)\s+(?:really\s+)?answer\s+(?:the\s+)?['\"]?"
        r"(?:why\s+(?:do\s+you\s+want|us|this\s+company|here|them)|what\s+do\s+you\s+know)",
        0.8,
        "neg_in",
    ),
    _r(
        r"\b(?:should|could)\s+have\s+" + gap(2) + r"(?:research\w*|read\s+up|looked\s+(?:at|into|"
        r"up)|prepared|done\s+(?:\w+\s+)?(?:research|homework|prep))",
        0.8,
        "hyp_ok",
    ),
    _r(
        r"\b(?:wish\s+i'?d|wish\s+i\s+had|if\s+only\s+i'?d)\s+"
        + gap(2)
        + r"(?:research|read|looked|prepared)",
        0.75,
        "hyp_ok",
    ),
    _r(
        r"\b(?:hadn'?t|didn'?t|did\s+not|had\s+not)\s+(?:done|do)\s+(?:my|his|her|any|much)\s+"
        r"(?:homework|research|prep)",
        0.85,
        "neg_in",
    ),
    _r(
        r"\b(?:knew|know)\s+(?:nothing|very\s+little|next\s+to\s+nothing|little|zero)\s+about\s+"
        r"(?:them|the|their|what)\b",
        0.85,
        "neg_in",
    ),
    _r(
        r"\bwhat\s+(?:i|he|she)\s+knew\s+about\s+(?:them|the\s+\w+|their\s+\w+)\b\s*"
        + gap(4)
        + r"(?:nothing|blank\w*|waffl\w*|froze|struggl\w*|couldn'?t|no\s+idea|mumbl\w*|guess\w*)",
        0.8,
        "self",
        "neg_in",
    ),
    _r(
        r"\b(?:research\w*|read\w*\s+up\s+on|prepared\s+for|looked\s+up|studied)\s+(?:the\s+|a\s+)?"
        r"(?:wrong|different)\s+(?:company|firm|business|role|job|one)",
        0.8,
    ),
    _r(
        r"\bwent\s+in\s+(?:completely\s+|totally\s+)?(?:blind|cold|unprepared)\b|"
        r"\b(?:unprepared|underprepared|under-prepared|ill-prepared)\b",
        0.65,
    ),
    _r(r"\b(?:winged|wung|winging)\s+it\b", 0.55),
    _r(
        r"\b(?:clueless|vague|hazy|fuzzy|unsure|uncertain|in\s+the\s+dark)\s+(?:about|on|as\s+to)\s+(?:"
        + UNKNOWN_TARGET
        + r"|the\s+company|them|their\s+\w+)",
        0.8,
    ),
    _r(
        r"\b(?:didn'?t|hadn'?t|did\s+not|had\s+not|never)\s+(?:really\s+|even\s+)?(?:research\w*|"
        r"prep(?:ped|are|ared)?)\b(?!\s+(?:for\s+)?(?:the\s+)?(?:coding|technical|test|exercise|"
        r"presentation|case|tech))",
        0.6,
        "neg_in",
    ),
    _r(
        r"\b(?:mixed|mix(?:ing)?)\s+(?:them|it|the\s+company)\s+up\s+with|\bconfus\w*\s+(?:them|"
        r"the\s+company|it)\s+with\b",
        0.75,
    ),
]
