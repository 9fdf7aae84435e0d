"""The employer-mail flag models, fine-tuned (training time only: torch, scikit-learn).

Each flag reads a few candidate sentences of a mail (`employer_mail_model.flag_candidates`).
MiniLM gets one low-rank adapter shared by both flags and a linear head with one output per
flag, trained multiple-instance style: a mail's label is matched by its best sentence. Per flag,
the threshold, and whether a rule hit settles the flag alone, are chosen on out-of-fold mail
scores (the same folds as the kind models).
"""

from __future__ import annotations

import numpy as np
from sklearn.metrics import f1_score

from nextround.analysis.employer_mail_model import ADAPTER, FLAGS


def _bags(examples, texts: dict[str, int]) -> list[list[tuple[int, list[int], int]]]:
    """Per mail, one bag per flag that has candidate sentences: (output, sentences, label)."""
    out = []
    for e in examples:
        bags = []
        for col, flag in enumerate(FLAGS):
            idx = [texts.setdefault(s, len(texts)) for s in e.sentences[flag]]
            if idx:
                bags.append((col, idx, int(bool(e.label[flag]))))
        out.append(bags)
    return out


def _mail_scores(probs: np.ndarray, bags) -> np.ndarray:
    """Mails x flags: the best sentence's probability (0 where a flag had no candidates)."""
    scores = np.zeros((len(bags), len(FLAGS)))
    for row, mail in enumerate(bags):
        for col, idx, _ in mail:
            scores[row, col] = probs[idx, col].max()
    return scores


def _best_threshold(scores, labels) -> tuple[float, float]:
    best = (0.0, 0.5)
    for t in np.arange(0.06, 0.99, 0.02):
        f = f1_score(labels, scores >= t, zero_division=0)
        best = max(best, (float(f), round(float(t), 3)))
    return best


def fit_flags(examples, fold_ids, log=print) -> tuple[dict, dict]:
    """Fine-tuned flag models with their cross-validated scores and exported arrays."""
    from nextround.analysis import finetune

    settings = finetune.Settings(epochs=4, seed=0)
    texts: dict[str, int] = {}
    bags = _bags(examples, texts)
    seqs = finetune.tokenize(list(texts))
    oof = np.zeros((len(examples), len(FLAGS)))
    for fold in np.unique(fold_ids):
        log(f"flags: fold {fold + 1}/{len(np.unique(fold_ids))}")
        train = [b for m, f in zip(bags, fold_ids, strict=True) if f != fold for b in m]
        model = finetune.train_bags(seqs, train, len(FLAGS), settings, log)
        held = np.flatnonzero(fold_ids == fold)
        oof[held] = _held_scores(model, seqs, [bags[i] for i in held])
    weights, report = {}, {}
    for col, flag in enumerate(FLAGS):
        labels = np.array([bool(e.label[flag]) for e in examples])
        rule = np.array([any(e.rule_hits[flag]) for e in examples])
        best = max(
            (*_best_threshold(np.maximum(oof[:, col], rule * wins), labels), wins)
            for wins in (0.0, 1.0)  # does a rule hit flag the mail whatever the model says?
        )
        f, t, wins = best
        report |= {
            f"{flag}_cv_f1": f,
            f"{flag}_rules_only_f1": float(f1_score(labels, rule, zero_division=0)),
            f"{flag}_threshold": t,
            f"{flag}_rule_wins": wins,
        }
        weights |= {f"{flag}_threshold": np.float32(t), f"{flag}_rule_wins": np.float32(wins)}
    log("flags: final model on all mails")
    model = finetune.train_bags(seqs, [b for m in bags for b in m], len(FLAGS), settings, log)
    finetune.round_adapter(model)
    report["flags_numpy_vs_torch_lowest_cosine"] = finetune.agreement(model, list(texts)[::40])
    if report["flags_numpy_vs_torch_lowest_cosine"] < 0.9999:
        raise SystemExit("the numpy encoder does not reproduce the fine-tuned flag model")
    report["flags_fine_tuning"] = {**settings.__dict__, "method": "LoRA, multiple-instance"}
    weights["flags_W"] = model.head.weight.detach().numpy().astype(np.float32)
    weights["flags_b"] = model.head.bias.detach().numpy().astype(np.float32)
    weights |= {ADAPTER + k: v for k, v in model.adapter().items()}
    return weights, report


def _held_scores(model, seqs, bags) -> np.ndarray:
    from nextround.analysis import finetune

    members = sorted({i for mail in bags for _, idx, _ in mail for i in idx})
    probs = np.zeros((len(seqs), len(FLAGS)), dtype=np.float32)
    if members:
        extra = np.zeros((len(members), 0), dtype=np.float32)
        probs[members] = finetune.predict(model, [seqs[i] for i in members], extra)
    return _mail_scores(probs, bags)
