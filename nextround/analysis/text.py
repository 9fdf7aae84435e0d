"""Shared text helpers: sentence splitting with character spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (optionally followed by quotes/brackets) before a capital or digit,
# and at every line break (notes are often one thought per line; bullets are stripped below).
_BULLET = re.compile(r"^\s*(?:[-*•·–—]|\d+[.)]|[a-z][.)])\s+", re.MULTILINE)
_BOUNDARY_BEFORE = r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[{}0-9])|\n\s*\n|\n"
_BOUNDARY = re.compile(_BOUNDARY_BEFORE.format("A-Z"))
# Notes are often typed in lower case ("didn't get it. my phone rang"): they split there too.
_LOWER_BOUNDARY = re.compile(_BOUNDARY_BEFORE.format("A-Za-z"))
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "mr.", "mrs.", "ms.", "dr.", "vs.", "approx.", "incl.")
# Before a lower-case word these end no sentence either ("at 10 a.m. for", "20 mins. late").
_LOWER_ABBREVIATIONS = _ABBREVIATIONS + ("a.m.", "p.m.", "min.", "mins.", "dept.", "esp.")


@dataclass(frozen=True)
class Span:
    """A piece of a text with its character offsets."""

    text: str
    start: int
    end: int


def split_sentences(text: str, lower_case_starts: bool = False) -> list[Span]:
    """Split text into sentences (and bullet items), keeping character spans."""
    spans: list[Span] = []
    pos = 0
    boundary, abbreviations = (
        (_LOWER_BOUNDARY, _LOWER_ABBREVIATIONS)
        if lower_case_starts
        else (_BOUNDARY, _ABBREVIATIONS)
    )
    for match in boundary.finditer(text):
        before = text[pos : match.start()].rstrip().lower()
        if match.group(0).strip() == "" and any(before.endswith(a) for a in abbreviations):
            continue
        _add(spans, text, pos, match.start())
        pos = match.end()
    _add(spans, text, pos, len(text))
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    bullet = _BULLET.match(piece)
    if bullet:
        start += bullet.end()
        piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    start += len(piece) - len(piece.lstrip())
    spans.append(Span(stripped, start, start + len(stripped)))
