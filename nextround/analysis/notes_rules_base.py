"""The Rule record for debrief-note triggers, its options and the `_r` constructor."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
