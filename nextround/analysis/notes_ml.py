"""Embedding classifier for debrief notes: recall on paraphrases the rules have no trigger for.

Each note is cut into units (sentences; long run-ons into clauses). Every unit is embedded with
MiniLM fine-tuned for this task (a low-rank adapter folded into the bundled weights) and scored
per flag by a linear head over the pooled vector plus a few scope features (negation,
hypothetical, advice, past job/habit, who the subject is). Adapter, head and per-flag thresholds
come from `python -m nextround.analysis.train notes` (numpy only here).
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from nextround.analysis import notes_lexicon as lex
from nextround.analysis.embed import adapted_getter
from nextround.analysis.notes_scope import NoteContext, first_subject
from nextround.analysis.notes_veto import unit_vetoes
from nextround.analysis.text import Span, split_sentences

MODEL_FILE = Path(__file__).parent / "models" / "notes-v2.npz"
ADAPTER = "adapter."  # prefix of the encoder adapter's arrays in the model file
SPLIT_WORDS = 14  # sentences at least this long are cut into clauses
MIN_CLAUSE_WORDS = 4
# Clause cuts for run-ons: "X, then Y", "...; Y", "X and then Y", "X, and I Y", "X but Y".
_CUT = re.compile(
    r"\s*[;:]\s+|,?\s+(?=(?:and\s+then|then|but|whereas|because|cos|so)\s)|"
    r",\s+(?=(?:and\s+)?(?:i|he|she|they|we|my)\b)|\s+and\s+(?=(?:i|he|she|they|we|my)\b)"
)
# The transformer costs ~0.5 ms per token on one core, so a note's units are embedded only up to
# a token budget; a cheap gate (static word vectors) decides which units come first.
BUDGET_TOKENS = 48  # ~25-45 ms on one core (idle to loaded); most notes fit whole
BUDGET_SHARE = 0.18  # long notes get this share of their tokens...
BUDGET_CAP = 480  # ...but never more (~250-400 ms), however long the note
SCOPE_FEATURES = ("negation", "hypothetical", "advice", "past", "other_subject", "self_subject")


@dataclass(frozen=True)
class NotesModel:
    """Exported head: coef (flags x dims), intercept, thresholds, gate and encoder adapter."""

    flags: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray
    thresholds: np.ndarray
    gate: np.ndarray  # static-vector + scope weights, then the bias, of the "any flag" gate
    adapter: dict = field(default_factory=dict, repr=False, compare=False)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Per-unit, per-flag probabilities (rows: units, columns: flags)."""
        logits = features @ self.coef.T + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))


def note_units(text: str, low: str) -> list[Span]:
    """Sentences of a note, long ones cut into clauses (spans into the note); junk is skipped."""
    units = []
    for sentence in split_sentences(text, lower_case_starts=True):
        if len(sentence.text.split()) < SPLIT_WORDS:
            units.append(sentence)
        else:
            units.extend(_clauses(text, low, sentence))
    return [u for u in units if _wordy(low[u.start : u.end])]


def _wordy(unit_low: str) -> bool:
    # Binary junk, emoji runs and symbol soup are not worth a transformer pass.
    plain = sum(1 for c in unit_low if unicodedata.category(c)[0] in "LNPZ")
    return plain >= 0.85 * len(unit_low)


def _clauses(text: str, low: str, sentence: Span) -> list[Span]:
    pieces, pos = [], sentence.start
    for cut in _CUT.finditer(low, sentence.start, sentence.end):
        pieces.append((pos, cut.start()))
        pos = cut.end()
    pieces.append((pos, sentence.end))
    merged: list[list[int]] = []
    for start, end in pieces:
        # Very short pieces ("so yeah") carry little meaning alone: glue them to a neighbour.
        if merged and (len(text[start:end].split()) < MIN_CLAUSE_WORDS or _short(text, merged)):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [_span(text, start, end) for start, end in merged if text[start:end].strip()]


def _short(text: str, merged: list[list[int]]) -> bool:
    start, end = merged[-1]
    return len(text[start:end].split()) < MIN_CLAUSE_WORDS


def _span(text: str, start: int, end: int) -> Span:
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    return Span(text[start:end], start, end)


def scope_features(unit_low: str, ctx: NoteContext) -> list[float]:
    """Cheap rule signals that tell a report from a denial, plan, past job or someone else."""
    subject = first_subject(unit_low, ctx)
    past = lex.PAST_PLACE.search(unit_low) or lex.PAST_TIME.search(unit_low)
    return [
        float(bool(lex.NEGATOR.search(unit_low))),
        float(bool(lex.HYPOTHETICAL.search(unit_low) or lex.CONDITION.search(unit_low))),
        float(bool(lex.ADVICE_START.search(unit_low))),
        float(bool(past or lex.HABIT.search(unit_low))),
        float(subject == "other"),
        float(subject == "self"),
    ]


def unit_features(vectors: np.ndarray, scopes: list[list[float]]) -> np.ndarray:
    """The classifier's input: embedding followed by the scope features."""
    return np.hstack([vectors, np.asarray(scopes, dtype=np.float32).reshape(len(vectors), -1)])


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> NotesModel | None:
    """The trained classifier, or None when its file is missing (rules-only mode)."""
    if not path.exists():
        return None
    with np.load(path) as data:
        return NotesModel(
            tuple(json.loads(str(data["flags"]))),
            data["coef"].astype(np.float32),
            data["intercept"].astype(np.float32),
            data["thresholds"].astype(np.float32),
            data["gate"].astype(np.float32),
            {k.removeprefix(ADAPTER): data[k] for k in data.files if k.startswith(ADAPTER)},
        )


def _adapter() -> dict:
    model = load_model()
    return model.adapter if model else {}


# The notes' fine-tuned MiniLM, loaded on first use (thread-safe).
encoder = adapted_getter(_adapter)


@dataclass(frozen=True)
class Prepared:
    """A note's units with their scope features and the rules' vetoes (units x flags)."""

    units: list[Span]
    scopes: list[list[float]]
    vetoed: np.ndarray


def prepare(text: str, low: str, ctx: NoteContext, flags, rejected, denials) -> Prepared:
    """Cut a note into units; a rejected rule trigger or a denial ("on silent") vetoes a flag."""
    units = note_units(text, low)
    vetoed = np.zeros((len(units), len(flags)), dtype=bool)
    starts = [u.start for u in units]
    for flag, offset in rejected:
        row = bisect.bisect_right(starts, offset) - 1
        if row >= 0 and offset < units[row].end:
            vetoed[row, flags.index(flag)] = True
    for row, unit in enumerate(units):
        vetoed[row] |= unit_vetoes(low[unit.start : unit.end], ctx, flags, denials)
    scopes = [scope_features(low[u.start : u.end], ctx) for u in units]
    return Prepared(units, scopes, vetoed)


def ml_flags(text: str, low: str, ctx: NoteContext, found: set[str], rejected, denials):
    """Flags the rules missed: (flag, probability, unit span) for each flag over its threshold."""
    model = load_model()
    if model is None or found >= set(model.flags):
        return []
    prep = prepare(text, low, ctx, model.flags, rejected, denials)
    if not prep.units:
        return []
    from nextround.analysis.embed import ModelUnavailable  # the encoder loads on first need

    try:
        chosen = select_units(model, prep)
        # Small batches of similar length pad less than the default of 32 (~30% faster here).
        vectors = encoder().encode([prep.units[i].text for i in chosen], batch_size=4)
    except ModelUnavailable:
        return []  # no embedding weights installed: the rules' flags stand alone
    probs = model.probabilities(unit_features(vectors, [prep.scopes[i] for i in chosen]))
    probs[prep.vetoed[chosen]] = 0.0
    hits = []
    for col, flag in enumerate(model.flags):
        row = int(np.argmax(probs[:, col]))
        if flag not in found and probs[row, col] >= model.thresholds[col]:
            hits.append((flag, float(probs[row, col]), prep.units[chosen[row]]))
    return hits


def static_vectors(texts: list[str]) -> tuple[np.ndarray, list[int]]:
    """Mean input-token vectors (no transformer pass) and token counts of texts."""
    minilm = encoder()  # its word vectors are the bundled ones (fine-tuning leaves them)
    encodings = minilm.tokenizer.encode_batch(texts)
    out = np.zeros((len(texts), minilm.word.shape[1]), dtype=np.float32)
    for row, enc in enumerate(encodings):
        if len(enc.ids) > 2:
            out[row] = minilm.word[enc.ids[1:-1]].mean(axis=0)
    return out, [len(enc.ids) for enc in encodings]


def select_units(model: NotesModel, prep: Prepared) -> list[int]:
    """Indices of the units to embed: all if they fit the budget, else the gate's best first."""
    static, lengths = static_vectors([u.text for u in prep.units])
    total = sum(lengths)
    budget = min(BUDGET_CAP, max(BUDGET_TOKENS, BUDGET_SHARE * total))
    if total <= budget:
        return list(range(len(prep.units)))
    scores = unit_features(static, prep.scopes) @ model.gate[:-1] + model.gate[-1]
    chosen, used = [], 0
    for i in np.argsort(-scores, kind="stable"):
        if used + lengths[i] <= budget:
            chosen.append(int(i))
            used += lengths[i]
    return sorted(chosen) or [int(np.argmax(scores))]
