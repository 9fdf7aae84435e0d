"""Trigger rules for misunderstood questions, distraction and statements that cast doubt.

Gathers notes_rules_misunderstood, notes_rules_distracted and notes_rules_doubt under one
name for notes.py.
"""

from __future__ import annotations

from nextround.analysis.notes_rules_distracted import DISTRACTED, RECOVERED
from nextround.analysis.notes_rules_doubt import CAST_DOUBT, DOUBT
from nextround.analysis.notes_rules_misunderstood import CLARIFIED, MISUNDERSTOOD, QUESTION

__all__ = [
    "CAST_DOUBT",
    "CLARIFIED",
    "DISTRACTED",
    "DOUBT",
    "MISUNDERSTOOD",
    "QUESTION",
    "RECOVERED",
]
