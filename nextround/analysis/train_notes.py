"""Train the debrief-notes classifier: `python -m nextround.analysis.train notes`.

Units (sentences/clauses) of the dev and train corpora are labelled from the evidence quotes: a
unit overlapping a flag's quote is positive for it, other units are negatives. One logistic
regression per flag over MiniLM + scope features; per-flag thresholds are picked on out-of-fold
probabilities (5 folds grouped by note, fixed seed) to maximise the note-level F1 of the hybrid
(rules OR model, with the rules' vetoes). scikit-learn is needed here only, never at run time.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nextround.analysis import notes, notes_ml
from nextround.analysis.embed import embed
from nextround.analysis.model_file import save_model

DATA = Path(__file__).parent / "tests" / "data"
CORPORA = ("notes_dev.jsonl", "notes_train.jsonl", "notes_train2.jsonl")
OUT = notes_ml.MODEL_FILE
FOLDS, SEED, C = 5, 0, 2.0
GRID = np.round(np.arange(0.05, 0.96, 0.025), 3)


@dataclass
class Note:
    """One corpus note with everything the training and evaluation need."""

    row: dict
    found: set[str]
    prep: notes_ml.Prepared
    labels: np.ndarray  # units x flags: 1 positive, 0 negative, -1 unknown (no quote)
    features: np.ndarray


def load_rows() -> list[dict]:
    """All training notes: dev + train (never test)."""
    rows = []
    for name in CORPORA:
        path = DATA / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def build(rows: list[dict]) -> list[Note]:
    """Rule pass, units, labels and embeddings for every note (one embed call for all units)."""
    built = []
    for row in rows:
        text = row["text"][: notes.MAX_CHARS]
        low, ctx, best, rejected = notes.rule_pass(text)
        prep = notes_ml.prepare(text, low, ctx, notes.FLAGS, rejected, notes.ml_denials(ctx))
        built.append((row, set(best), prep, _labels(row, prep.units)))
    vectors = embed([u.text for *_, prep, _ in built for u in prep.units])
    result, pos = [], 0
    for row, found, prep, labels in built:
        n = len(prep.units)
        feats = notes_ml.unit_features(vectors[pos : pos + n], prep.scopes)
        result.append(Note(row, found, prep, labels, feats))
        pos += n
    return result


def _labels(row: dict, units) -> np.ndarray:
    labels = np.zeros((len(units), len(notes.FLAGS)), dtype=np.int8)
    evidence = row.get("evidence") or {}
    for col, flag in enumerate(notes.FLAGS):
        if flag not in row.get("flags", []):
            continue
        quote = evidence.get(flag)
        if not quote or quote not in row["text"]:
            labels[:, col] = -1  # flagged but no locatable quote: unknown which unit
            continue
        start = row["text"].index(quote)
        for r, unit in enumerate(units):
            labels[r, col] = int(unit.start < start + len(quote) and start < unit.end)
    return labels


def fit(notes_: list[Note], c: float = C):
    """One logistic regression per flag; returns (coef, intercept) as float32 arrays."""
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([n.features for n in notes_])
    y = np.vstack([n.labels for n in notes_])
    coef = np.zeros((len(notes.FLAGS), x.shape[1]), dtype=np.float32)
    intercept = np.zeros(len(notes.FLAGS), dtype=np.float32)
    for col in range(len(notes.FLAGS)):
        keep = y[:, col] >= 0
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        model.fit(x[keep], y[keep, col])
        coef[col], intercept[col] = model.coef_[0], model.intercept_[0]
    return coef, intercept


def fit_gate(notes_: list[Note]) -> np.ndarray:
    """Logistic regression "does this unit show any flag" on static vectors (weights + bias)."""
    from sklearn.linear_model import LogisticRegression

    texts = [u.text for n in notes_ for u in n.prep.units]
    static, _ = notes_ml.static_vectors(texts)
    x = notes_ml.unit_features(static, [s for n in notes_ for s in n.prep.scopes])
    y = np.concatenate([(n.labels == 1).any(axis=1) for n in notes_]).astype(int)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, y)
    return np.append(model.coef_[0], model.intercept_[0]).astype(np.float32)


def folds(count: int) -> np.ndarray:
    """Fold number per note: a seeded permutation, so notes (groups) never straddle folds."""
    order = np.random.default_rng(SEED).permutation(count)
    fold = np.empty(count, dtype=int)
    fold[order] = np.arange(count) % FOLDS
    return fold


def out_of_fold(notes_: list[Note], gate: np.ndarray, c: float = C) -> list[np.ndarray]:
    """Per note, the max un-vetoed probability per flag from a model that never saw the note.

    Only the units the run-time token budget would embed count (the gate is fitted on all
    notes; it only ranks units, and only notes over the budget use it).
    """
    fold = folds(len(notes_))
    scores: list[np.ndarray] = [np.zeros(0)] * len(notes_)
    for k in range(FOLDS):
        coef, intercept = fit([n for n, f in zip(notes_, fold, strict=True) if f != k], c)
        model = notes_ml.NotesModel(notes.FLAGS, coef, intercept, np.zeros(len(notes.FLAGS)), gate)
        for i in np.flatnonzero(fold == k):
            scores[i] = note_scores(model, notes_[i])
    return scores


def note_scores(model: notes_ml.NotesModel, note: Note) -> np.ndarray:
    """Max probability per flag over a note's un-vetoed units (0 for an empty note)."""
    if not note.prep.units:
        return np.zeros(len(notes.FLAGS))
    chosen = notes_ml.select_units(model, note.prep)
    probs = model.probabilities(note.features[chosen])
    probs[note.prep.vetoed[chosen]] = 0.0
    return probs.max(axis=0)


def counts(notes_, scores, col: int, threshold: float, use_rules=True, use_model=True):
    """(tp, fp, fn) at note level for one flag."""
    tp = fp = fn = 0
    flag = notes.FLAGS[col]
    for note, score in zip(notes_, scores, strict=True):
        said = (use_rules and flag in note.found) or (use_model and score[col] >= threshold)
        gold = flag in note.row.get("flags", [])
        tp, fp, fn = tp + (said and gold), fp + (said and not gold), fn + (gold and not said)
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    """F1 from counts (1.0 when there is nothing to find and nothing was said)."""
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def pick_thresholds(notes_, scores) -> np.ndarray:
    """Per flag, the grid threshold with the best out-of-fold hybrid F1 (ties: the higher one)."""
    best = []
    for col in range(len(notes.FLAGS)):
        values = [f1(*counts(notes_, scores, col, t)) for t in GRID]
        top = max(values)
        best.append(max(t for t, v in zip(GRID, values, strict=True) if v >= top - 1e-9))
    return np.asarray(best, dtype=np.float32)


def summary(notes_, scores, thresholds, **mode) -> dict:
    """Per-flag F1 and micro P/R/F1 of a configuration."""
    per_flag, total = {}, np.zeros(3)
    for col, flag in enumerate(notes.FLAGS):
        c = counts(notes_, scores, col, thresholds[col], **mode)
        per_flag[flag] = round(float(f1(*c)), 3)
        total += c
    tp, fp, fn = total
    micro = {"p": tp / max(tp + fp, 1), "r": tp / max(tp + fn, 1), "f1": f1(tp, fp, fn)}
    return {"micro": {k: round(float(v), 3) for k, v in micro.items()}, "per_flag": per_flag}


def export(coef, intercept, thresholds, gate, meta: dict) -> None:
    """Write the weights (byte-for-byte reproducible .npz) and a JSON description beside them."""
    arrays = {
        "flags": np.asarray(json.dumps(list(notes.FLAGS))),
        "coef": coef.astype(np.float32),
        "intercept": intercept.astype(np.float32),
        "thresholds": thresholds.astype(np.float32),
        "gate": gate.astype(np.float32),
    }
    save_model(OUT, arrays, meta)


def corpus_info() -> list[dict]:
    """Name, note count and sha256 of each training corpus present."""
    info = []
    for name in CORPORA:
        path = DATA / name
        if path.exists():
            raw = path.read_bytes()
            lines = sum(1 for line in raw.decode("utf-8").splitlines() if line.strip())
            info.append({"file": name, "notes": lines, "sha256": hashlib.sha256(raw).hexdigest()})
    return info


def main() -> int:
    """Train on dev + train, print cross-validated scores, export models/notes-v1.*."""
    built = build(load_rows())
    print(f"{len(built)} notes, {sum(len(n.prep.units) for n in built)} units")
    gate = fit_gate(built)
    scores = out_of_fold(built, gate)
    thresholds = pick_thresholds(built, scores)
    cv = {}
    for part, prefix in (("all", ""), ("dev", "dev-"), ("train", "tr-")):
        idx = [i for i, n in enumerate(built) if str(n.row["id"]).startswith(prefix)]
        sub, sub_scores = [built[i] for i in idx], [scores[i] for i in idx]
        if not sub:
            continue
        cv[part] = {
            "notes": len(sub),
            "rules": summary(sub, sub_scores, thresholds, use_model=False),
            "model": summary(sub, sub_scores, thresholds, use_rules=False),
            "hybrid": summary(sub, sub_scores, thresholds),
        }
        for mode in ("rules", "model", "hybrid"):
            print(f"cv {part:5} {mode:6} {cv[part][mode]['micro']}  {cv[part][mode]['per_flag']}")
    coef, intercept = fit(built)
    meta = {
        "name": "notes",
        "version": 1,
        "trained": datetime.date.today().isoformat(),
        "embedding": "sentence-transformers/all-MiniLM-L6-v2 (nextround.analysis.embed)",
        "features": ["minilm_384", *notes_ml.SCOPE_FEATURES],
        "classifier": f"one-vs-rest logistic regression, C={C}, class_weight=balanced",
        "budget_tokens": [notes_ml.BUDGET_TOKENS, notes_ml.BUDGET_SHARE, notes_ml.BUDGET_CAP],
        "flags": list(notes.FLAGS),
        "thresholds": {f: float(t) for f, t in zip(notes.FLAGS, thresholds, strict=True)},
        "corpora": corpus_info(),
        "cross_validation": {"folds": FOLDS, "grouped_by": "note", "seed": SEED, **cv},
        "cv_note": "thresholds are chosen on the same out-of-fold scores (slightly optimistic)",
    }
    export(coef, intercept, thresholds, gate, meta)
    print(f"thresholds: {meta['thresholds']}")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes) and {OUT.with_suffix('.json').name}")
    return 0
