"""Trigger rules per debrief flag: synonym and paraphrase patterns with a base confidence.

Gathers the per-flag modules (notes_rules_late, _criticised, _argumentative, _benefits,
_phone, _research) and the Rule record (notes_rules_base) under one name for notes.py;
the misunderstood, distracted and cast-doubt rules are gathered in notes_rules_mind.
"""

from __future__ import annotations

from nextround.analysis.notes_rules_argumentative import ARGUMENTATIVE, NOT_COMBATIVE
from nextround.analysis.notes_rules_base import Rule, _r
from nextround.analysis.notes_rules_benefits import AFTER_OFFER, ASK, BENEFITS, PERK
from nextround.analysis.notes_rules_criticised import BAD, CRITICISED, EMPLOYER, MOAN, SAY
from nextround.analysis.notes_rules_late import ARRIVE, LATE, NOT_TIME_OF_DAY, NUM, UNIT
from nextround.analysis.notes_rules_phone import DEVICE, PHONE, PHONE_DENIED, RING
from nextround.analysis.notes_rules_research import COMPANY, LOOKUP, NO_RESEARCH, UNKNOWN_TARGET

__all__ = [
    "AFTER_OFFER",
    "ARGUMENTATIVE",
    "ARRIVE",
    "ASK",
    "BAD",
    "BENEFITS",
    "COMPANY",
    "CRITICISED",
    "DEVICE",
    "EMPLOYER",
    "LATE",
    "LOOKUP",
    "MOAN",
    "NOT_COMBATIVE",
    "NOT_TIME_OF_DAY",
    "NO_RESEARCH",
    "NUM",
    "PERK",
    "PHONE",
    "PHONE_DENIED",
    "RING",
    "Rule",
    "SAY",
    "UNIT",
    "UNKNOWN_TARGET",
    "_r",
]
