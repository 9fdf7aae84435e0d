"""Train the debrief-notes classifier: `python -m nextround.analysis.train notes`.

Units (sentences/clauses) of the dev and train corpora are labelled from the evidence quotes: a
unit overlapping a flag's quote is positive for it, other units are negatives. MiniLM is
fine-tuned with low-rank adapters (`finetune.py`) under a linear head over the pooled vector +
scope features; per-flag thresholds are picked on out-of-fold probabilities (3 folds grouped by
writer: a corpus never straddles folds) to maximise the note-level F1 of the hybrid (rules OR
model, with the rules' vetoes). torch and scikit-learn (the `train` extra) are needed here
only, never at run time.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nextround.analysis import notes, notes_ml
from nextround.analysis.model_file import save_model

DATA = Path(__file__).parent / "tests" / "data"
# One corpus per independent writer (see docs/bench-notes.md); the test split is never read.
CORPORA = ("notes_dev.jsonl", "notes_train.jsonl") + tuple(
    f"notes_train{n}.jsonl" for n in range(2, 16)
)
OUT = notes_ml.MODEL_FILE
SETTINGS = None  # finetune.Settings(), set in main() so importing this needs no torch
# Three writer-grouped folds keep a re-training near 70 minutes on 2 cores (4 fine-tuning runs).
FOLDS, SEED, C = 3, 0, 2.0  # C: the gate's regularisation
GRID = np.round(np.arange(0.05, 0.96, 0.025), 3)


@dataclass
class Note:
    """One corpus note with everything the training and evaluation need."""

    row: dict
    found: set[str]
    prep: notes_ml.Prepared
    labels: np.ndarray  # units x flags: 1 positive, 0 negative, -1 unknown (no quote)
    probs: np.ndarray | None = None  # units x flags, from a model that never saw the note


def load_rows() -> list[dict]:
    """All training notes: dev + train (never test)."""
    rows = []
    for name in CORPORA:
        path = DATA / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            rows += [{**json.loads(line), "corpus": name} for line in lines if line.strip()]
    return rows


def build(rows: list[dict]) -> list[Note]:
    """Rule pass, units and unit labels for every note."""
    built = []
    for row in rows:
        text = row["text"][: notes.MAX_CHARS]
        low, ctx, best, rejected = notes.rule_pass(text)
        prep = notes_ml.prepare(text, low, ctx, notes.FLAGS, rejected, notes.ml_denials(ctx))
        built.append(Note(row, set(best), prep, _labels(row, prep.units)))
    return built


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


def fit(notes_: list[Note], log=print):
    """Fine-tune MiniLM + head on the notes' units; returns the torch model."""
    from nextround.analysis import finetune

    units = [u.text for n in notes_ for u in n.prep.units]
    scopes = np.asarray([s for n in notes_ for s in n.prep.scopes], dtype=np.float32)
    labels = np.vstack([n.labels for n in notes_])
    return finetune.train(finetune.tokenize(units), scopes, labels, SETTINGS, log)


def unit_probs(model, notes_: list[Note]) -> list[np.ndarray]:
    """Per note, the model's probabilities for every unit (units x flags)."""
    from nextround.analysis import finetune

    units = [u.text for n in notes_ for u in n.prep.units]
    scopes = np.asarray([s for n in notes_ for s in n.prep.scopes], dtype=np.float32)
    probs = finetune.predict(model, finetune.tokenize(units), scopes.reshape(len(units), -1))
    bounds = np.cumsum([0] + [len(n.prep.units) for n in notes_])
    return [probs[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def fit_gate(notes_: list[Note]) -> np.ndarray:
    """Logistic regression "does this unit show any flag" on static vectors (weights + bias)."""
    from sklearn.linear_model import LogisticRegression

    texts = [u.text for n in notes_ for u in n.prep.units]
    static, _ = notes_ml.static_vectors(texts)
    x = notes_ml.unit_features(static, [s for n in notes_ for s in n.prep.scopes])
    y = np.concatenate([(n.labels == 1).any(axis=1) for n in notes_]).astype(int)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, y)
    return np.append(model.coef_[0], model.intercept_[0]).astype(np.float32)


def folds(notes_: list[Note]) -> np.ndarray:
    """Fold number per note, grouped by corpus: each corpus has its own writer."""
    # A model that never saw the writer scores the notes, as in use (folds grouped by note let
    # a writer's habits leak in and made thresholds too strict for new writers). Largest corpus
    # first into the smallest fold keeps the folds' sizes close.
    sizes = Counter(note.row["corpus"] for note in notes_)
    load, fold_of = [0] * FOLDS, {}
    for corpus in sorted(sizes, key=lambda c: (-sizes[c], c)):
        k = load.index(min(load))
        fold_of[corpus], load[k] = k, load[k] + sizes[corpus]
    return np.asarray([fold_of[n.row["corpus"]] for n in notes_])


def out_of_fold(notes_: list[Note], gate: np.ndarray, log=print) -> list[np.ndarray]:
    """Per note, the max un-vetoed probability per flag from a model that never saw the note.

    Only the units the run-time token budget would embed count (the gate is fitted on all
    notes; it only ranks units, and only notes over the budget use it).
    """
    fold = folds(notes_)
    for k in range(FOLDS):
        log(f"fold {k + 1}/{FOLDS}")
        model = fit([n for n, f in zip(notes_, fold, strict=True) if f != k], log)
        held = [notes_[i] for i in np.flatnonzero(fold == k)]
        for note, probs in zip(held, unit_probs(model, held), strict=True):
            note.probs = probs
    return [note_scores(gate, n) for n in notes_]


def note_scores(gate: np.ndarray, note: Note) -> np.ndarray:
    """Max probability per flag over a note's un-vetoed, budgeted units (0 for an empty note)."""
    if not note.prep.units:
        return np.zeros(len(notes.FLAGS))
    chosen = notes_ml.select_units(_gate_only(gate), note.prep)
    probs = note.probs[chosen].copy()
    probs[note.prep.vetoed[chosen]] = 0.0
    return probs.max(axis=0)


def _gate_only(gate: np.ndarray) -> notes_ml.NotesModel:
    none = np.zeros(len(notes.FLAGS), dtype=np.float32)
    return notes_ml.NotesModel(notes.FLAGS, none[:, None], none, none, gate, {})


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


def export(model, thresholds, gate, meta: dict) -> None:
    """Write head, thresholds, gate and adapter (.npz) and a JSON description beside them."""
    arrays = {
        "flags": np.asarray(json.dumps(list(notes.FLAGS))),
        "coef": model.head.weight.detach().numpy().astype(np.float32),
        "intercept": model.head.bias.detach().numpy().astype(np.float32),
        "thresholds": thresholds.astype(np.float32),
        "gate": gate.astype(np.float32),
    }
    arrays.update({notes_ml.ADAPTER + k: v for k, v in model.adapter().items()})
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
    """Train on dev + train*, print cross-validated scores, export models/notes-v2.*."""
    import torch

    from nextround.analysis import finetune

    global SETTINGS
    SETTINGS = finetune.Settings(seed=SEED)
    torch.set_num_threads(2)  # results are reproducible for a fixed thread count
    built = build(load_rows())
    print(f"{len(built)} notes, {sum(len(n.prep.units) for n in built)} units", flush=True)
    gate = fit_gate(built)
    scores = out_of_fold(built, gate)
    thresholds = pick_thresholds(built, scores)
    cv = cross_validation(built, scores, thresholds)
    print("final model on all notes", flush=True)
    model = fit(built)
    finetune.round_adapter(model)
    sample = [u.text for n in built[::50] for u in n.prep.units]
    agreement = finetune.agreement(model, sample)
    print(f"numpy vs torch on {len(sample)} units: lowest cosine {agreement:.6f}", flush=True)
    if agreement < 0.9999:
        raise SystemExit("the numpy encoder does not reproduce the fine-tuned model")
    meta = {
        "name": "notes",
        "version": 2,
        "trained": datetime.date.today().isoformat(),
        "embedding": "sentence-transformers/all-MiniLM-L6-v2 (nextround.analysis.embed)",
        "fine_tuning": {
            "method": "LoRA on every dense layer + biases + LayerNorms",
            **SETTINGS.__dict__,
            "torch": torch.__version__,
            "threads": 2,
        },
        "numpy_vs_torch_lowest_cosine": round(agreement, 6),
        "features": ["minilm_384_mean_pooled_fine_tuned", *notes_ml.SCOPE_FEATURES],
        "classifier": "linear head, one sigmoid per flag, trained with the encoder",
        "budget_tokens": [notes_ml.BUDGET_TOKENS, notes_ml.BUDGET_SHARE, notes_ml.BUDGET_CAP],
        "flags": list(notes.FLAGS),
        "thresholds": {f: float(t) for f, t in zip(notes.FLAGS, thresholds, strict=True)},
        "corpora": corpus_info(),
        "cross_validation": {"folds": FOLDS, "grouped_by": "corpus (writer)", **cv},
        "cv_note": "thresholds are chosen on the same out-of-fold scores (slightly optimistic)",
    }
    export(model, thresholds, gate, meta)
    print(f"thresholds: {meta['thresholds']}")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes) and {OUT.with_suffix('.json').name}")
    return 0


def cross_validation(built: list[Note], scores, thresholds) -> dict:
    """Out-of-fold note-level scores: all notes, then each corpus (rules, model, hybrid)."""
    cv = {}
    for part, corpus in [("all", None)] + [(c.split("_")[1].split(".")[0], c) for c in CORPORA]:
        idx = [i for i, n in enumerate(built) if corpus in (None, n.row["corpus"])]
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
            print(f"cv {part:6} {mode:6} {cv[part][mode]['micro']}  {cv[part][mode]['per_flag']}")
    return cv
