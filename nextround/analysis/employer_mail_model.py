"""The trained part of the employer-mail classifier: numpy-only inference from models/email-v1.npz.

Kind: a cheap logistic regression on the rule scores settles mail it is sure of; the rest gets a
second regression on the rule scores plus an embedding of the subject and opening sentences.
Flags: sentence-level regressions (embedding plus the rule's own verdict) for specific feedback
and talent-pool wording; a mail is flagged when its best sentence passes the tuned threshold.
Trained by `python -m nextround.analysis.train email` (nextround/analysis/train_email.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from nextround.analysis.employer_mail_feedback import EVALUATION
from nextround.analysis.employer_mail_features import (
    MailView,
    doc_text,
    rule_features,
)

KINDS = ("acknowledgement", "interview_invitation", "rejection", "offer", "feedback_reply", "other")
MODEL_PATH = Path(__file__).with_name("models") / "email-v1.npz"
# Per flag: embedding is the costly step, so only a few sentences that pass a lexical hint are read.
MAX_FEEDBACK_SENTENCES = 6
MAX_TALENT_SENTENCES = 3
MAX_CHARS = 300
FLAG_KINDS = {
    "has_specific_feedback": ("rejection", "feedback_reply"),
    "talent_pool": ("rejection", "feedback_reply", "acknowledgement"),
}
_TALENT_HINT = re.compile(
    r"\b(?:future|on file|on record|pool|again|in touch|keep\w*|kept|hold\w*|retain\w*|in mind"
    r"|database|network|community|pipeline|re-?apply|upcoming|stor(?:e|ed|ing)|alert|notify"
    r"|other (?:roles|positions|opportunities|vacancies|openings))\b",
    re.I,
)
_SMALL_TALK = re.compile(
    r"^(?:hi|hello|hey|dear|thanks?|thank you|best|kind regards|regards|cheers|many thanks)\b"
    r"[^.!?]{0,40}[,!.:]?$",
    re.I,
)


@lru_cache(maxsize=1)
def load() -> dict[str, np.ndarray]:
    """The exported weights (read once per process)."""
    with np.load(MODEL_PATH, allow_pickle=False) as data:
        return {key: data[key] for key in data.files}


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(-1, keepdims=True)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def rule_vector(view: MailView, rule_kind: str) -> np.ndarray:
    """Standardised rule features, as the regressions were trained on."""
    m = load()
    return (rule_features(view, rule_kind, KINDS) - m["rf_mean"]) / m["rf_std"]


def cheap_probs(rules: np.ndarray) -> np.ndarray:
    """Kind probabilities from the rule features alone."""
    m = load()
    return _softmax(rules @ m["cheap_W"].T + m["cheap_b"])


def full_probs(rules: np.ndarray, doc_vector: np.ndarray) -> np.ndarray:
    """Kind probabilities from the rule features and the document embedding."""
    m = load()
    x = np.concatenate([doc_vector, rules * m["rule_scale"]])
    return _softmax(x @ m["full_W"].T + m["full_b"])


def predict_kind(view: MailView, rule_kind: str) -> tuple[str, float]:
    """The kind and its probability; the embedding is computed only when the cheap model is unsure."""
    rules = rule_vector(view, rule_kind)
    probs = cheap_probs(rules)
    if probs.max() < float(load()["cheap_threshold"]):
        from nextround.analysis.embed import embed

        probs = full_probs(rules, embed([doc_text(view)])[0])
    best = int(probs.argmax())
    return KINDS[best], round(float(probs[best]), 2)


def flag_candidates(view: MailView, kind: str) -> dict[str, list[int]]:
    """Indices of the sentences each flag model reads, for a mail of this kind."""
    out: dict[str, list[int]] = {}
    usable = [
        i
        for i, s in enumerate(view.sentences)
        if len(s.split()) >= 4 and len(s) <= 600 and not _SMALL_TALK.match(s)
    ]
    if kind in FLAG_KINDS["has_specific_feedback"]:
        judged = [i for i in usable if EVALUATION.search(view.sentences[i])]
        out["has_specific_feedback"] = judged[:MAX_FEEDBACK_SENTENCES]
    if kind in FLAG_KINDS["talent_pool"]:
        hinted = [i for i in usable if _TALENT_HINT.search(view.sentences[i])]
        out["talent_pool"] = hinted[-MAX_TALENT_SENTENCES:]  # talent-pool lines close a mail
    return out


def sentence_features(vectors: np.ndarray, rule_hits: list[bool]) -> np.ndarray:
    """Embedding plus the rule's verdict for each sentence."""
    return np.hstack([vectors, np.array(rule_hits, dtype=np.float32)[:, None]])


def predict_flags(view: MailView, kind: str) -> tuple[list[str], bool]:
    """Feedback sentences and the talent-pool flag, embedding each candidate sentence once."""
    wanted = flag_candidates(view, kind)
    order = sorted({i for idx in wanted.values() for i in idx})
    if not order:
        return [], False
    from nextround.analysis.embed import embed

    vectors = dict(zip(order, embed([view.sentences[i][:MAX_CHARS] for i in order]), strict=True))
    m = load()
    feedback: list[str] = []
    talent = False
    for flag, idx in wanted.items():
        if not idx:
            continue
        hits = view.rule_feedback if flag == "has_specific_feedback" else view.rule_talent
        x = sentence_features(np.stack([vectors[i] for i in idx]), [hits[i] for i in idx])
        p = _sigmoid(x @ m[f"{flag}_W"] + m[f"{flag}_b"])
        chosen = [i for i, pi in zip(idx, p, strict=True) if pi >= m[f"{flag}_threshold"]]
        if flag == "talent_pool":
            talent = bool(chosen)
        else:
            feedback = [view.sentences[i] for i in chosen]
    return feedback, talent
