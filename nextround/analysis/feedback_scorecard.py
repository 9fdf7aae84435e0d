# ruff: noqa: E501  (regex alternations read better unbroken than split mid-pattern)
"""Scorecards and headed lists in feedback: 'Communication: 2/5', 'Areas to improve:'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextround.analysis.feedback_rules import topics

_HEADING_POS = re.compile(
    r"^\W*(?:(?:key )?strengths?|positives?|what went well|pros|highlights|good points|liked|good|went well|the good)\s*(?:[:\u2013-]|$)"
)
_HEADING_NEG = re.compile(
    r"^\W*(?:areas? (?:for|to|of) (?:improvement|development|develop|improve|work on|focus|growth)"
    r"|(?:things |points )?to (?:improve|develop|work on)|weakness(?:es)?|concerns?|development (?:areas?|points?|needs)"
    r"|improvements?|cons|even better if|ebi|what (?:could|to) (?:have )?(?:be )?(?:improve|better)\w*|watch[- ]outs?"
    r"|gaps?|feedback points|work[- ]ons?|only thing|one thing|main thing|biggest thing|key (?:area|point)s?"
    r"|(?:suggestions?|recommendations?)(?: for (?:next time|improvement))?|less good|not so good|bad|the bad|didn't go well|negatives?)\s*(?:[:\u2013-]|$)"
)
_SCORE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:/|out of|of)\s*(\d+)\b|(\d{1,3})\s*%|(\d+(?:\.\d+)?)\s*$"
)
_SCALE = re.compile(
    r"\b(?:scale (?:of )?|from )[01]\s*(?:-|to|\u2013)\s*(\d+)\b|\bout of (\d+)\b|/\s*(\d+)\b"
)
_CARD = re.compile(
    r"^\W*([a-z][a-z /&'+-]{1,40}?)\s*(?:[:=\u2013]|-\s|\s(?=\d))\s*(.*)$", re.DOTALL
)
_GENERIC_LABEL = re.compile(
    r"^(?:overall|comments?|notes?|summary|feedback|rating|score|result|verdict|outcome)\b"
)


@dataclass(frozen=True)
class Card:
    """A scorecard or form line: its label, free comment and what its score says."""

    label: str
    comment: str
    score_polarity: int


def heading_polarity(low: str) -> tuple[int, str] | None:
    """A 'Strengths:' / 'Areas to improve:' heading's polarity and the text after it."""
    for polarity, pattern in ((1, _HEADING_POS), (-1, _HEADING_NEG)):
        match = pattern.match(low)
        if match:
            return polarity, low[match.end() :]
    return None


def scale_of(text: str) -> int:
    """The rating scale a form uses ('scale 1-5', 'out of 10'); 5 when unstated."""
    match = _SCALE.search(text)
    top = int(next(g for g in match.groups() if g)) if match else 5
    return top if 3 <= top <= 100 else 5


def scorecard(low: str, scale: int = 5) -> Card | None:
    """Parse 'Communication: 2/5 - rambled' or 'Experience: below expectations'."""
    match = _CARD.match(low.strip())
    if not match:
        return None
    label, rest = match.group(1).strip(" -"), match.group(2).strip()
    score = _SCORE.match(rest)
    if len(label.split()) > 4 or not (score or topics(label) or _GENERIC_LABEL.match(label)):
        return None
    if score:
        comment = rest[score.end() :].strip(" -\u2013:,.;()")
        return Card(label, comment, _score_polarity(score, scale))
    return Card(label, rest, 0)


_INLINE_SCORE = re.compile(
    r"([a-z][a-z &/'-]{1,30}?)\s*[:=-]?\s*(\d+(?:\.\d+)?\s*(?:/|out of)\s*\d+)"
)


def inline_scores(low: str) -> list[Card]:
    """Several 'Label 7/10' scores in one line ('Technical 7/10, Culture 4/10')."""
    found = list(_INLINE_SCORE.finditer(low))
    if len(found) < 2:
        return []
    cards = []
    for match in found:
        label = " ".join(match.group(1).split()[-3:])
        cards.append(Card(label, "", _score_polarity(_SCORE.match(match.group(2)), 5)))
    return cards


def _score_polarity(score: re.Match[str], scale: int) -> int:
    if score.group(3) is not None:
        ratio = int(score.group(3)) / 100
    elif score.group(4) is not None:
        ratio = float(score.group(4)) / scale
    else:
        top = float(score.group(2))
        ratio = float(score.group(1)) / top if top else 0.7
    if ratio <= 0.6:
        return -1
    return 1 if ratio >= 0.7 else 0
