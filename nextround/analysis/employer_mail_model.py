"""The trained part of the employer-mail classifier: numpy-only inference from models/email-v2.npz.

Kind: a cheap logistic regression on the rule scores and hashed words settles mail it is sure
of; the rest gets a second regression that adds an embedding of the subject and opening
sentences. Flags: sentence-level regressions on embeddings of a few candidate sentences (the
rules' scope checks veto denials and generic lines before anything is embedded); a mail is
flagged when its best sentence passes the threshold tuned by cross-validation.
Trained by `python -m nextround.analysis.train email` (nextround/analysis/train_email.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from nextround.analysis.embed import adapted_getter
from nextround.analysis.employer_mail_features import (
    MailView,
    doc_text,
    hashed_words,
    rule_features,
)
from nextround.analysis.employer_mail_feedback import (
    CANDIDATE,
    EVALUATION,
    denies_talent_pool,
    is_generic_reason,
)

KINDS = ("acknowledgement", "interview_invitation", "rejection", "offer", "feedback_reply", "other")
MODEL_PATH = Path(__file__).with_name("models") / "email-v2.npz"
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
    r"|other (?:roles|positions|opportunities|vacancies|openings)|apply|application from you"
    r"|vacancies|intake|recruiting)\b",
    re.I,
)
# Feedback speaks to the candidate or of their work, or uses an evaluative word.
_JUDGED = re.compile(rf"{CANDIDATE.pattern}|{EVALUATION.pattern}", re.I)
_SMALL_TALK = re.compile(
    r"^(?:hi|hello|hey|dear|thanks?|thank you|best|kind regards|regards|cheers|many thanks)\b"
    r"[^.!?]{0,40}[,!.:]?$",
    re.I,
)


FLAGS = ("has_specific_feedback", "talent_pool")  # the order of the flag head's outputs
ADAPTER = "flag_adapter."


def _flag_adapter() -> dict[str, np.ndarray]:
    return {k.removeprefix(ADAPTER): v for k, v in load().items() if k.startswith(ADAPTER)}


# MiniLM fine-tuned for the two flags, loaded on first need (thread-safe).
flag_encoder = adapted_getter(_flag_adapter)


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


def cheap_probs(rules: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Kind probabilities from the rule features and hashed words (no embedding)."""
    m = load()
    x = np.concatenate([rules, words * m["cheap_word_scale"]])
    return _softmax(x @ m["cheap_W"].T + m["cheap_b"])


def full_probs(rules: np.ndarray, words: np.ndarray, doc_vector: np.ndarray) -> np.ndarray:
    """Kind probabilities from the rule features, hashed words and the document embedding."""
    m = load()
    x = np.concatenate([doc_vector, rules * m["rule_scale"], words * m["word_scale"]])
    return _softmax(x @ m["full_W"].T + m["full_b"])


def predict_kind(view: MailView, rule_kind: str) -> tuple[str, float]:
    """The kind and its probability; embeds only when the cheap model is unsure."""
    rules, words = rule_vector(view, rule_kind), hashed_words(view)
    probs = cheap_probs(rules, words)
    if probs.max() < float(load()["cheap_threshold"]):
        from nextround.analysis.embed import embed

        probs = full_probs(rules, words, embed([doc_text(view)])[0])
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
        judged = [
            i
            for i in usable
            if _JUDGED.search(view.sentences[i]) and not is_generic_reason(view.sentences[i])
        ]
        out["has_specific_feedback"] = judged[:MAX_FEEDBACK_SENTENCES]
    if kind in FLAG_KINDS["talent_pool"]:
        hinted = [
            i
            for i in usable
            if _TALENT_HINT.search(view.sentences[i]) and not denies_talent_pool(view.sentences[i])
        ]
        out["talent_pool"] = hinted[-MAX_TALENT_SENTENCES:]  # talent-pool lines close a mail
    return out


def predict_flags(view: MailView, kind: str) -> tuple[list[str], bool]:
    """Feedback sentences and the talent-pool flag; sentences are embedded only when needed."""
    m = load()
    chosen: dict[str, list[int]] = {}
    unsure: dict[str, list[int]] = {}
    for flag, idx in flag_candidates(view, kind).items():
        hits = view.rule_feedback if flag == "has_specific_feedback" else view.rule_talent
        ruled = [i for i in idx if hits[i]]
        if ruled and m[f"{flag}_rule_wins"]:
            chosen[flag] = ruled  # a trusted rule hit settles the flag without the model
        elif idx:
            unsure[flag] = idx
    order = sorted({i for idx in unsure.values() for i in idx})
    if order:
        vectors = flag_encoder().encode([view.sentences[i][:MAX_CHARS] for i in order])
        row = {i: n for n, i in enumerate(order)}
        for flag, idx in unsure.items():
            col = FLAGS.index(flag)
            p = _sigmoid(vectors[[row[i] for i in idx]] @ m["flags_W"][col] + m["flags_b"][col])
            threshold = m[f"{flag}_threshold"]
            chosen[flag] = [i for i, pi in zip(idx, p, strict=True) if pi >= threshold]
    feedback = [view.sentences[i] for i in chosen.get("has_specific_feedback", [])]
    return feedback, bool(chosen.get("talent_pool"))
