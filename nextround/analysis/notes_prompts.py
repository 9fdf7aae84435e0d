"""Prompts copied into a note ("Was anything distracting you?") and their one-word answers.

People answer the debrief's own questions in their notes. The prompt names a mistake but
reports nothing; only its answer says whether it happened. A prompt followed by "yes" counts as
the candidate saying it happened, otherwise the prompt itself raises nothing (the answer is
judged on its own). "Distracted: no." and "Late? Nope" are denials. Self-reproach in question
form ("Why did I moan about my boss?") is not a prompt and is judged as usual.
"""

from __future__ import annotations

import re

# Numbering or a "Q:" label before a copied prompt: "3) ", "Q2: ", "- ".
_LEAD = r"^\W*(?:q\s*\d*\s*[:.)\-]\s*|q\s*\d+\s+|\d+\s*[.):\-]\s*)?"
_PROMPT = re.compile(
    _LEAD + r"(?:were|was|did|do|does|have|has|had|is|are|any|anything|could|would)\b"
    r"(?=[^?]*\b(?:you|your|there|anything|any)\b)[^?]*\?\W*$"
)
# "Late?", "Phone off?", "Distracted?": a checklist word turned into a question.
_SHORT = re.compile(_LEAD + r"(?:[a-z'/\-]+\s*){1,3}\?\W*$")
_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|yea|definitely|absolutely|sadly|unfortunately|afraid\s+so|"
    r"a\s+(?:bit|little|lot)|sort\s+of|kind\s+of|kinda|i\s+(?:did|was|think\s+so))\b"
)
_NO = (
    r"(?:no|nope|nah|nay|none|nothing|never|nil|n/?a|not\s+(?:really|at\s+all|"
    r"that\s+i\s+(?:know|can\s+think|remember))|all\s+good|fine)\b"
)
_SHORT_NO = re.compile(r"^\W*(?:a\s*[:.)\-]\s*)?" + _NO)
# The "no" must be the whole answer: "Coach notes: no research evident" is a report. A speaker
# ("Me: no, never used it") or a question they asked ("asked what I knew: nothing") is an
# answer that may report a mistake, not a checklist label.
_DENIED_LABEL = re.compile(
    _LEAD
    + r"(?!(?:me|i|myself|answer|my\s+answer)\s*:)(?![^:?]*\basked\b)"
    + r"[a-z'/\- ]{1,60}(?:\?|:|\s-)\s*"
    + _NO
    + r"\s*(?:[.,;!]|$)"
)


def is_prompt(sentence: str) -> bool:
    """Whether a lower-cased sentence is a question put to the candidate, not a report."""
    return bool(_PROMPT.match(sentence) or _SHORT.match(sentence))


def affirmed(answer: str) -> bool:
    """Whether the sentence after a prompt answers it with a yes."""
    return bool(_YES.match(answer))


def denied_label(sentence: str) -> bool:
    """Whether a sentence is a checklist label answered no ("Distracted: no.")."""
    return bool(_DENIED_LABEL.match(sentence))


def short_no(sentence: str) -> bool:
    """Whether a sentence is a short "no" reply ("Not that I know of.", "A: no, early.")."""
    return bool(_SHORT_NO.match(sentence)) and len(sentence.split()) <= 6
