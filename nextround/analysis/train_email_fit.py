"""Fitting and cross-validation for train_email (scikit-learn, training time only)."""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from nextround.analysis import employer_mail_model as model

# Searched more widely once (C 1-256, rule scale 0.1-0.3, word scale 0-2); kept near the optimum.
KIND_GRID = [(c, s, w) for c in (64.0, 256.0) for s in (0.03, 0.1) for w in (1.0, 2.0)]
CHEAP_GRID = [(4.0, 2.0), (4.0, 4.0)]
ACCEPT_ACCURACY = 0.995  # the cheap model must be this right on what it settles alone


def _lr(c: float, balanced: bool = False) -> LogisticRegression:
    return LogisticRegression(
        C=c, max_iter=4000, class_weight="balanced" if balanced else None, random_state=0
    )


def _fit_predict(make, x, y, fold_ids) -> np.ndarray:
    """Out-of-fold predict_proba for every row."""
    out = np.zeros((len(y), len(model.KINDS)))
    for fold in np.unique(fold_ids):
        train, test = fold_ids != fold, fold_ids == fold
        clf = make().fit(x[train], y[train])
        out[np.ix_(test, clf.classes_)] = clf.predict_proba(x[test])
    return out


def _macro(y, pred) -> float:
    return float(f1_score(y, pred, average="macro", labels=np.unique(y)))


def fit_kind(examples, embedder, fold_ids) -> tuple[dict, dict]:
    """Cheap (rules) and full (rules + embedding) kind models; the cascade's threshold."""
    y = np.array([model.KINDS.index(e.label["kind"]) for e in examples])
    raw = np.stack([e.rules for e in examples])
    mean, std = raw.mean(0), raw.std(0)
    std[std < 1e-6] = 1.0
    rules = (raw - mean) / std
    docs = embedder([e.doc for e in examples])
    words = np.stack([e.words for e in examples])
    best_cheap = None
    for cc, cw in CHEAP_GRID:
        probs = _fit_predict(lambda cc=cc: _lr(cc), np.hstack([rules, words * cw]), y, fold_ids)
        score = _macro(y, probs.argmax(1))
        if best_cheap is None or score > best_cheap[0]:
            best_cheap = (score, cc, cw, probs)
    _, cc, cw, cheap = best_cheap
    best = None
    for c, scale, w in KIND_GRID:
        x = np.hstack([docs, rules * scale, words * w])
        full = _fit_predict(lambda c=c: _lr(c), x, y, fold_ids)
        score = _macro(y, full.argmax(1))
        if best is None or score > best[0]:
            best = (score, c, scale, w, full)
    _, c, scale, w, full = best
    threshold = _cheap_threshold(cheap, y)
    accepted = cheap.max(1) >= threshold
    cascade = np.where(accepted, cheap.argmax(1), full.argmax(1))
    split = np.array([e.split for e in examples])
    report = {
        "rules_only_macro_f1": _macro(y, np.array([_rule_kind(e) for e in examples])),
        "cheap_macro_f1": _macro(y, cheap.argmax(1)),
        "full_macro_f1": _macro(y, full.argmax(1)),
        "cascade_macro_f1": _macro(y, cascade),
        "cascade_macro_f1_on_train_split": _macro(y[split == "train"], cascade[split == "train"]),
        "cheap_threshold": threshold,
        "share_settled_without_embedding": float(accepted.mean()),
        "C": c,
        "rule_scale": scale,
        "cheap_C": cc,
        "cheap_word_scale": cw,
        "word_scale": w,
        "cross_writer_dev_to_train_macro_f1": _cross_writer(
            np.hstack([docs, words * w]), rules * scale, y, split, c
        ),
    }
    cheap_clf = _lr(cc).fit(np.hstack([rules, words * cw]), y)
    full_clf = _lr(c).fit(np.hstack([docs, rules * scale, words * w]), y)
    weights = {
        "rf_mean": mean.astype(np.float32),
        "rf_std": std.astype(np.float32),
        "cheap_W": _full_rows(cheap_clf, "coef_"),
        "cheap_b": _full_rows(cheap_clf, "intercept_"),
        "cheap_threshold": np.float32(threshold),
        "full_W": _full_rows(full_clf, "coef_"),
        "full_b": _full_rows(full_clf, "intercept_"),
        "rule_scale": np.float32(scale),
        "cheap_word_scale": np.float32(cw),
        "word_scale": np.float32(w),
    }
    return weights, report


def _rule_kind(example) -> int:
    verdict = example.rules[-len(model.KINDS) :]
    return int(verdict.argmax())


def _full_rows(clf, attr: str) -> np.ndarray:
    """Coefficients for every kind, in KINDS order (an absent kind gets a very low intercept)."""
    values = getattr(clf, attr)
    shape = (len(model.KINDS), *values.shape[1:])
    out = np.zeros(shape, dtype=np.float32)
    if attr == "intercept_":
        out[:] = -30.0
    out[clf.classes_] = values
    return out


def _cheap_threshold(probs: np.ndarray, y: np.ndarray) -> float:
    """The lowest probability at which the cheap model's accepted answers stay accurate."""
    for t in (0.80, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995):
        accepted = probs.max(1) >= t
        if accepted.any() and (probs[accepted].argmax(1) == y[accepted]).mean() >= ACCEPT_ACCURACY:
            return t
    return 1.01  # never trust the cheap model alone


def _cross_writer(docs, rules, y, split, c) -> float | None:
    """Train on the rules author's dev mail only, score on the independently written train mail."""
    dev, other = split == "dev", split == "train"
    if not other.any():
        return None
    x = np.hstack([docs, rules])
    clf = _lr(c).fit(x[dev], y[dev])
    return _macro(y[other], clf.predict(x[other]))


def fit_all(examples, embedder, fold_ids) -> tuple[dict, dict]:
    """Every model of the employer-mail classifier, with its cross-validated scores."""
    from nextround.analysis.train_email_flags import fit_flags

    weights, report = fit_kind(examples, embedder, fold_ids)
    w, r = fit_flags(examples, fold_ids)
    weights.update(w)
    report.update(r)
    return weights, report
