"""Scope vetoes for classifier hits: the rules' checks for plans, other people and denials.

The embedding classifier knows what a unit is about, not whether it happened to the candidate in
this interview; these checks (shared wording with the rules) decide that, as the labelling guide
asks: nothing for plans/advice, things done by others, past jobs or habits, and denials.
"""

from __future__ import annotations

import re

from nextround.analysis import notes_lexicon as lex
from nextround.analysis.notes_scope import NoteContext

# Plans, precautions and conditions. Only a unit that opens with "if" is a condition: mid-clause
# "if" is usually reported speech ("said I'd leave if something better came up").
PLAN = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:if|unless)\b|\b(?:next\s+time|"
    r"in\s+(?:the\s+)?future|going\s+forward|in\s+case|ma(?:de|ke|king)\s+sure|"
    r"careful(?:ly)?\s+(?:not|to)|tried\s+(?:hard\s+)?not|managed\s+not|to\s+avoid|"
    r"so\s+as\s+not|note\s+to\s+self|tips?\s+for|lessons?\s+learn\w*)\b"
)
# Flags that are events told affirmatively: a negator in the unit means a denial ("I didn't
# argue", "no phone issues"). Not for no_research/misunderstood/distracted/cast_doubt, whose
# reports are often negative ("hadn't read", "couldn't focus", "didn't get the question").
NEGATION_VETO = frozenset(
    {"late_arrival", "criticised_employer", "argumentative", "benefits_focus", "phone_interruption"}
)
# Reports of the opposite, for flags whose vocabulary they share: "stayed focused", "had done
# my homework", "arrived 9:20 for 9:30" (clock times are the rules' job), "phone in the glovebox".
OPPOSITE = {
    "distracted": re.compile(
        r"\b(?:stayed|felt|was|were|kept|remained|pretty|really|very|quite|fully)\s+"
        r"(?:focus(?:s)?ed|sharp|alert|present|clear[- ]headed|composed)\b|"
        r"\bfocus(?:s)?ed\s+(?:well|throughout|the\s+whole)"
    ),
    "late_arrival": re.compile(
        r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s+for\s+(?:a\s+|an\s+|the\s+|my\s+)?\d{1,2}"
    ),
    "phone_interruption": re.compile(r"\bglove\s?(?:box|compartment)\b"),
}
# Only without a negator: "had done my research" (but not "hadn't done any research").
DONE_RESEARCH = re.compile(
    r"\b(?:had|'d|did|have|'ve)\s+(?:done\s+|read\s+)?(?:\w+\s+){0,3}?(?:research|homework|"
    r"reading|prep)\b|\bknew\s+(?:exactly|all\s+about|a\s+lot|loads|plenty)\b"
)
_TOKEN = re.compile(r"[a-z][a-z']*")
# Possessives ("my CV") do not make the candidate the subject: "the interviewer hadn't read my
# CV" is still about the interviewer.
_SELF_EXTRA = lex.wordset("me myself us")


def unit_vetoes(unit_low: str, ctx: NoteContext, flags, denials) -> list[bool]:
    """Per flag, True when a classifier hit in this lower-cased unit must be dropped."""
    if PLAN.search(unit_low) or lex.ADVICE_START.search(unit_low) or other_only(unit_low, ctx):
        return [True] * len(flags)
    negated = bool(lex.NEGATOR.search(lex.NEGATED_RESTRAINT.sub(" ", unit_low)))
    result = []
    for flag in flags:
        pattern, opposite = denials.get(flag), OPPOSITE.get(flag)
        denied = bool(pattern and pattern.search(unit_low))
        denied = denied or bool(opposite and opposite.search(unit_low))
        if flag == "no_research" and not negated:
            denied = denied or bool(DONE_RESEARCH.search(unit_low))
        result.append(denied or (negated and flag in NEGATION_VETO))
    return result


def other_only(unit_low: str, ctx: NoteContext) -> bool:
    """The unit names someone else (interviewer, "they") and never the candidate."""
    has_self = has_other = False
    for token in _TOKEN.finditer(unit_low):
        word = token.group(0)
        if word in ctx.self_words or word in _SELF_EXTRA:
            has_self = True
        elif word in ctx.other_words and word not in lex.WEAK_OTHER:
            has_other = True
    return has_other and not has_self


def combine(*patterns: re.Pattern | None) -> re.Pattern | None:
    """One pattern matching wherever any of the given ones matches."""
    parts = [p.pattern for p in patterns if p is not None]
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None
