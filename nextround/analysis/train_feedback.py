"""Train the feedback-theme model: `python -m nextround.analysis.train feedback`.

Multi-instance learning: labels belong to whole texts, the model scores sentences. A text's
theme is first given to the sentences where the rules found it (else to all its sentences),
one logistic regression per theme is fitted on MiniLM sentence embeddings, then each
multi-sentence text keeps the theme only on its best-scoring sentences and the model is
refitted. A text's score is the max over its sentences. Per-theme thresholds are tuned on
out-of-fold scores (5 folds grouped by text) for the micro-F1 of the hybrid (rules OR model,
with the analyser's vetoes). scikit-learn is needed here only, never at run time.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nextround.analysis import feedback as fb
from nextround.analysis import feedback_rules as rules
from nextround.analysis.embed import embed
from nextround.analysis.model_file import save_model

DATA = Path(__file__).parent / "tests" / "data"
CORPORA = ("feedback_dev.jsonl", "feedback_train.jsonl", "feedback_train2.jsonl")
OUT = fb.MODEL_FILE
FOLDS, C = 5, 4.0
GRID = np.round(np.arange(0.30, 0.995, 0.02), 3)
K = len(fb.THEMES)
SC = fb.THEMES.index("stronger_candidate")
AREA = np.array([t in fb.AREA_THEMES for t in fb.THEMES])


@dataclass
class Text:
    """One corpus text: gold labels, the rules' themes and its scored sentences."""

    gold: np.ndarray  # K booleans
    found: np.ndarray  # K booleans: the rules' themes
    rows: list[fb.Row]  # scored sentences only
    start: int = 0  # index of its first sentence in the stacked embeddings


def gold_labels(themes: list[str]) -> set[str]:
    """Corpus labels, with stronger_candidate dropped beside criticism as the guide says."""
    gold = set(themes)
    if gold & fb.AREA_THEMES:
        gold.discard("stronger_candidate")
    return gold


def load_rows() -> list[dict]:
    """All training texts: dev + train (never test)."""
    rows = []
    for name in CORPORA:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        rows += [dict(json.loads(line), corpus=name) for line in lines if line.strip()]
    return rows


def build(records: list[dict]) -> tuple[list[Text], np.ndarray]:
    """Rule pass and sentence embeddings for every text (one embed call for all)."""
    texts, sentences = [], []
    for record in records:
        rows = fb.sentence_rows(rules.normalise(record["text"][: fb.MAX_CHARS]))
        found = set().union(*(row.rules for row in rows)) if rows else set()
        scored = [row for row in rows if row.scored][: fb.MAX_MODEL_SENTENCES]
        gold = gold_labels(record["themes"])
        texts.append(Text(_vector(gold), _vector(found), scored, len(sentences)))
        sentences += [row.span.text for row in scored]
    return texts, embed(sentences)


def _vector(themes: set[str]) -> np.ndarray:
    return np.array([t in themes for t in fb.THEMES])


def initial_labels(texts: list[Text]) -> np.ndarray:
    """Sentence labels: a text's theme goes to its rule-hit sentences, else to all of them."""
    labels = []
    for text in texts:
        own = np.zeros((len(text.rows), K))
        for k, theme in enumerate(fb.THEMES):
            if text.gold[k]:
                hits = [i for i, row in enumerate(text.rows) if theme in row.rules]
                own[hits or slice(None), k] = 1
        labels.append(own)
    return np.vstack(labels) if labels else np.zeros((0, K))


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One balanced logistic regression per theme; returns (coef, intercept)."""
    from sklearn.linear_model import LogisticRegression

    coef, intercept = np.zeros((K, x.shape[1])), np.zeros(K)
    for k in range(K):
        if y[:, k].min() == y[:, k].max():
            intercept[k] = 10.0 if y[0, k] else -10.0
            continue
        model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
        model.fit(x, y[:, k])
        coef[k], intercept[k] = model.coef_[0], model.intercept_[0]
    return coef, intercept


def probs(x: np.ndarray, weights: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Sigmoid scores of sentences."""
    return 1.0 / (1.0 + np.exp(-(x @ weights[0].T + weights[1])))


def train(texts: list[Text], x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fit, keep each multi-sentence text's theme on its best sentences, refit."""
    index = np.concatenate([np.arange(t.start, t.start + len(t.rows)) for t in texts])
    y = initial_labels(texts)
    first = fit(x[index], y)
    p = probs(x[index], first)
    offset = 0
    for text in texts:
        part = slice(offset, offset + len(text.rows))
        offset += len(text.rows)
        for k in range(K):
            on = np.flatnonzero(y[part, k])
            if len(on) > 1:
                keep = (p[part, k][on] > 0.5) | (np.arange(len(on)) == np.argmax(p[part, k][on]))
                y[part, k][on] = keep
    return fit(x[index], y)


def text_scores(texts: list[Text], p_all: np.ndarray) -> np.ndarray:
    """Per text and theme: the max score over sentences where the theme is not vetoed."""
    scores = np.zeros((len(texts), K))
    for i, text in enumerate(texts):
        for j, row in enumerate(text.rows):
            p = p_all[text.start + j] * (~AREA if row.praise else 1)
            scores[i] = np.maximum(scores[i], p)
    return scores


def predict(found: np.ndarray, scores: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """The hybrid's text themes, as the analyser decides them."""
    pred = found | (scores >= thresholds)
    pred[:, SC] &= ~(pred & AREA).any(axis=1)
    return pred


def counts(gold: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """Per theme true positives, false positives, false negatives."""
    return np.stack([(gold & pred).sum(0), (~gold & pred).sum(0), (gold & ~pred).sum(0)], 1)


def micro_f1(c: np.ndarray) -> float:
    """Micro-F1 from per-theme counts."""
    tp, fp, fn = c.sum(0)
    return float(2 * tp / (2 * tp + fp + fn)) if tp else 0.0


def tune(gold: np.ndarray, found: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Per-theme thresholds by coordinate ascent on micro-F1 (ties keep the higher one)."""
    thresholds = np.full(K, 0.9)
    for _ in range(2):
        for k in range(K):
            best = (-1.0, thresholds[k])
            for t in GRID:
                trial = thresholds.copy()
                trial[k] = t
                f1 = micro_f1(counts(gold, predict(found, scores, trial)))
                if f1 >= best[0]:
                    best = (f1, t)
            thresholds[k] = best[1]
    return thresholds


def folds(n: int) -> np.ndarray:
    """Fold of each text: a fixed round-robin, so re-runs are identical."""
    return np.arange(n) % FOLDS


def out_of_fold(texts: list[Text], x: np.ndarray) -> np.ndarray:
    """Sentence scores, each from the model trained without that sentence's text."""
    fold, p_all = folds(len(texts)), np.zeros((len(x), K))
    for f in range(FOLDS):
        weights = train([t for t, g in zip(texts, fold, strict=True) if g != f], x)
        for text in (t for t, g in zip(texts, fold, strict=True) if g == f):
            span = slice(text.start, text.start + len(text.rows))
            p_all[span] = probs(x[span], weights)
    return p_all


def evaluate(texts: list[Text], scores: np.ndarray, corpora: np.ndarray) -> dict:
    """Cross-validated micro-F1: thresholds tuned on four folds, scored on the fifth."""
    gold = np.array([t.gold for t in texts])
    found = np.array([t.found for t in texts])
    fold, pred = folds(len(texts)), np.zeros_like(gold)
    for f in range(FOLDS):
        held = fold == f
        thresholds = tune(gold[~held], found[~held], scores[~held])
        pred[held] = predict(found[held], scores[held], thresholds)[:]
    rules_only = predict(found, np.zeros_like(scores), np.ones(K))
    result = {}
    for name in ("all", *CORPORA):
        part = np.ones(len(texts), bool) if name == "all" else corpora == name
        c = counts(gold[part], pred[part])
        result[name] = {
            "texts": int(part.sum()),
            "hybrid_micro_f1": round(micro_f1(c), 3),
            "rules_micro_f1": round(micro_f1(counts(gold[part], rules_only[part])), 3),
        }
    c = counts(gold, pred)
    result["per_theme_f1"] = {
        theme: round(float(2 * tp / max(1, 2 * tp + fp + fn)), 3)
        for theme, (tp, fp, fn) in zip(fb.THEMES, c, strict=True)
    }
    return result


def corpus_info() -> list[dict]:
    """Name, text count and sha256 of each training corpus."""
    info = []
    for name in CORPORA:
        raw = (DATA / name).read_bytes()
        texts = sum(1 for line in raw.decode("utf-8").splitlines() if line.strip())
        info.append({"file": name, "texts": texts, "sha256": hashlib.sha256(raw).hexdigest()})
    return info


def save(arrays: dict[str, np.ndarray], meta: dict) -> None:
    """Write the weights and their JSON metadata."""
    save_model(OUT, arrays, meta)


def main() -> int:
    """Train on dev + train, report grouped cross-validation, write models/feedback-v1.*."""
    records = load_rows()
    texts, x = build(records)
    corpora = np.array([r["corpus"] for r in records])
    scores = text_scores(texts, out_of_fold(texts, x))
    report = evaluate(texts, scores, corpora)
    gold = np.array([t.gold for t in texts])
    found = np.array([t.found for t in texts])
    thresholds = tune(gold, found, scores)
    coef, intercept = train(texts, x)
    arrays = {
        "themes": np.array(fb.THEMES),
        "coef": coef.astype(np.float32),
        "intercept": intercept.astype(np.float32),
        "thresholds": thresholds.astype(np.float32),
    }
    meta = {
        "name": "feedback",
        "version": 1,
        "trained": datetime.date.today().isoformat(),
        "embedding": "sentence-transformers/all-MiniLM-L6-v2",
        "corpora": corpus_info(),
        "relabelled": "stronger_candidate dropped where the text also criticises (guide §3)",
        "cross_validation": {"folds": FOLDS, "grouped_by": "text", **report},
        "thresholds": dict(zip(fb.THEMES, np.round(thresholds, 3).tolist(), strict=True)),
    }
    save(arrays, meta)
    print(json.dumps(meta["cross_validation"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
