"""Trigger rules for a focus on perks and time off, and the after-an-offer denial."""

from __future__ import annotations

import re

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r
from nextround.analysis.notes_rules_benefits_idiom import idiom_rules
from nextround.analysis.notes_rules_benefits_more import benefits_more

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
# Newer writers' perks: remote days, allowances and reimbursements, rosters and rest days, breaks,
# equity; the candidate asks about them or names them in a question of their own.
PERK_MORE = words(
    r"remote\s+(?:work\w*|days?|policy|options?|fridays?)",
    r"(?:fully\s+)?remote\b",
    r"work(?:ing)?\s+from\s+home",
    "wfh",
    r"hybrid(?:\s+(?:days?|policy|working))?",
    r"(?:how\s+many\s+)?(?:office|in-office)\s+days",
    r"days\s+in\s+the\s+office",
    r"paid\s+(?:time\s+off|days\s+off|holidays?|breaks?|leave)",
    r"stipends?",
    r"(?:\w+\s+)?reimburse\w*",
    r"(?:\w+\s+)?allowances?",
    r"lunch\s+breaks?",
    r"(?:\w+\s+)?vouchers",
    r"meal\s+tickets?",
    r"(?:annual\s+)?raises",
    r"pay\s+rises",
    r"salary\s+sacrifice",
    r"(?:maternity|paternity|parental)\s+(?:pay|policy)",
    r"(?:every\s+other\s+|every\s+|\d+\s+day\s+)?(?:\w+\s+)?(?:days?|fridays?|mondays?|"
    r"saturdays?|sundays?|weekends?|nights?)\s+off",
    r"(?:nine|9)[- ]day\s+fortnight",
    r"(?:4|four)\s+tens",
    r"compress\w*\s+(?:my\s+)?hours",
    r"rdos?",
    r"(?:fifo|swing)\s+roster",
    r"flights\s+home",
    r"r&r",
    r"relocation\s+(?:package|allowance|support)",
    r"free\s+(?:parking|meals?|lunch(?:es)?|breakfast|coffee)",
    r"(?:lease|company)\s+(?:car|van)",
    "mileage",
    "expenses",
    r"equity(?:\s+vesting)?",
    r"rsus?",
    r"vesting",
    r"learning\s+budget",
    "wellness",
    r"dental",
    r"tuition",
    r"(?:ppa|non-contact)\s+time",
    r"inset\s+days",
    r"13th\s+month",
    r"carry\s+(?:it\s+|them\s+|days\s+)?over",
    r"(?:4|four)\s+long\s+days",
    r"the\s+leave",
    r"the\s+tips",
    r"overtime\s+(?:rates?|pay)",
    r"(?:\d+\s*(?:pm|am)|early)\s+finish(?:es)?",
    r"leave\s+when",
)
# "Is there a four-day week? And how much holiday?": the candidate's own direct question.
_OWN_QUESTION = (
    r"\b(?:is\s+there|are\s+there|do\s+you\s+(?:do|get|offer|have)|what'?s\s+the|what\s+are\s+"
    r"the|how\s+(?:much|many)|can\s+i|do\s+(?:we|i|staff)\s+get|when\s+do\s+i\s+get)\s+"
)
BENEFITS = [
    # Not "was asked about my sickness record", nor a perk the interviewer raised herself.
    _r(
        r"\b(?<!was\s)(?<!were\s)(?<!been\s)(?<!she\s)(?<!he\s)(?<!they\s)"
        + ASK
        + r"\b(?![^.!?]*\b(?:she|he|they)\s+(?:had\s+)?(?:raised|brought|mentioned)\b)\s*"
        + gap(8)
        + PERK_MORE
        + r"\b",
        0.75,
        "question",
    ),
    _r(_OWN_QUESTION + gap(3) + "(?:" + PERK + "|" + PERK_MORE + r")\b[^.!?]*\?", 0.7, "question"),
    _r(r"\b" + ASK + r"\b\s*" + gap(8) + PERK + r"\b", 0.8, "question"),
    _r(
        r"\bquestions?\s+(?:were|was)\s+(?:all|mostly|mainly|only|just)\s+about\s+" + gap(2) + PERK,
        0.8,
    ),
    _r(r"\b(?:very|really|super|mainly|most)\s+interested\s+in\s+" + gap(2) + PERK, 0.7),
]
# Newer writers' perks, and the candidate's own "I asked" after the interviewer's question.
BENEFITS += benefits_more(ASK, PERK + "|" + PERK_MORE)
# Trade perks (discounts, shift meals, rest days) and repeated or counted perk questions.
BENEFITS += idiom_rules(ASK, PERK + "|" + PERK_MORE)
AFTER_OFFER = re.compile(
    r"\b(?:they|he|she|the\s+\w+)\s+(?:brought\s+(?:it|them|that)\s+up|raised\s+it|mentioned\s+it|"
    r"went\s+through|explained|described)|\bafter\s+(?:they|being|the|an?)\s+(?:\w+\s+){0,2}?"
    r"offer\w*|\bafter\s+(?:she|he|they)(?:'d|\s+had)?\s+(?:\w+\s+)?offered|"
    r"\bonce\s+(?:they\s+)?offer\w*|\boffer\s+stage\b|\bwhen\s+they\s+offered|"
    r"\b(?:they|he|she)\s+(?:\w+\s+)?offered\s+me\s+(?:the\s+)?(?:job|role|post|position|place)\b"
)
