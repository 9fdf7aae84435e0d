"""Train the employer-mail models on email_dev + email_train* and export models/email-v2.npz.

Run: python -m nextround.analysis.train email [--cache FILE]. Deterministic (fixed folds, lbfgs).
Uses scikit-learn (dev extra) for fitting only; the exported weights are read with numpy.
The held-out email_test split is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from nextround.analysis import employer_mail_model as model
from nextround.analysis.employer_mail import decide, is_candidate
from nextround.analysis.employer_mail_features import (
    PERSONAL,
    bulk_without_personal_words,
    doc_text,
    hashed_words,
    mail_text,
    read_mail,
    rule_features,
    rule_flags,
)
from nextround.analysis.mime import parse_message

DATA = Path(__file__).parent / "tests" / "data"
SPLITS = ("dev", "train", "train2", "train3", "train4", "train5")
FLAGS = ("has_specific_feedback", "talent_pool")
SEED = 13


@dataclass
class Example:
    """One labelled mail that passed the cheap gates, with everything the models read."""

    split: str
    file: str
    label: dict
    rules: np.ndarray
    doc: str
    sentences: dict[str, list[str]]
    rule_hits: dict[str, list[bool]]
    words: np.ndarray


def load_examples() -> tuple[list[Example], list[str]]:
    """Examples from every training split, and the files the gates sent to `other` wrongly."""
    examples, gated = [], []
    for split in SPLITS:
        folder = DATA / f"email_{split}"
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            label = json.loads(line)
            ex = _example(split, folder, label)
            if ex is None and label["kind"] != "other":
                gated.append(f"{split}/{label['file']}")
            if ex is not None:
                examples.append(ex)
    return examples, gated


def _example(split: str, folder: Path, label: dict) -> Example | None:
    msg = parse_message((folder / label["file"]).read_bytes())
    text = mail_text(msg)
    if bulk_without_personal_words(msg, text):
        return None
    view = read_mail(msg, text)
    if (msg.bulk and not PERSONAL.search(view.body)) or not is_candidate(view):
        return None
    rule_kind, _ = decide(view.scores)
    rule_flags(view, rule_kind)
    # Flag models are trained on the sentences they would read for the mail's true kind.
    wanted = model.flag_candidates(view, label["kind"])
    cut = model.MAX_CHARS
    sentences = {f: [view.sentences[i][:cut] for i in wanted.get(f, [])] for f in FLAGS}
    hits = {
        "has_specific_feedback": [view.rule_feedback[i] for i in wanted.get(FLAGS[0], [])],
        "talent_pool": [view.rule_talent[i] for i in wanted.get(FLAGS[1], [])],
    }
    rules = rule_features(view, rule_kind, model.KINDS)
    words = hashed_words(view)
    return Example(split, label["file"], label, rules, doc_text(view), sentences, hits, words)


class Embedder:
    """embed() with an optional on-disk cache so repeated training runs are quick."""

    def __init__(self, cache: Path | None):
        self.path = cache
        self.store: dict[str, np.ndarray] = {}
        if cache and cache.exists():
            with np.load(cache, allow_pickle=False) as data:
                self.store = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))

    def __call__(self, texts: list[str]) -> np.ndarray:
        from nextround.analysis.embed import embed

        missing = sorted({t for t in texts if t not in self.store})
        for start in range(0, len(missing), 256):
            chunk = missing[start : start + 256]
            self.store.update(zip(chunk, embed(chunk), strict=True))
        if self.path and missing:
            with self.path.open("wb") as out:  # a file object: savez would append ".npz"
                np.savez(
                    out,
                    texts=np.array(list(self.store)),
                    vectors=np.stack(list(self.store.values())),
                )
        return np.stack([self.store[t] for t in texts]) if texts else np.zeros((0, 384))


def folds(examples: list[Example], k: int = 5) -> np.ndarray:
    """A fold number per mail, stratified by kind (each mail is its own group)."""
    from sklearn.model_selection import StratifiedKFold

    y = [e.label["kind"] for e in examples]
    out = np.zeros(len(examples), dtype=int)
    splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=SEED)
    for fold, (_, test) in enumerate(splitter.split(np.zeros(len(y)), y)):
        out[test] = fold
    return out


def sha256(path: Path) -> str:
    """Hex digest of one file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corpus_manifest() -> dict:
    """Per split: the number of mails, the labels' sha256 and one digest over all .eml files."""
    out = {}
    for split in SPLITS:
        folder = DATA / f"email_{split}"
        files = sorted(folder.glob("*.eml"))
        digest = hashlib.sha256()
        for path in files:
            digest.update(f"{path.name}:{sha256(path)}\n".encode())
        out[split] = {
            "mails": len(files),
            "labels.jsonl": sha256(folder / "labels.jsonl"),
            "eml_sha256": digest.hexdigest(),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    """Fit, cross-validate and export the employer-mail models."""
    from nextround.analysis import train_email_fit as fit

    parser = argparse.ArgumentParser(prog="train email")
    parser.add_argument("--cache", type=Path, help="an .npz file caching sentence embeddings")
    parser.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    argv = sys.argv[1:] if argv is None else argv
    args = parser.parse_args([a for a in argv if a != "email"])  # "email" from the dispatcher
    examples, gated = load_examples()
    print(f"{len(examples)} mails reach the model; gated to `other` wrongly: {gated}")
    weights, report = fit.fit_all(examples, Embedder(args.cache), folds(examples))
    report["gated_wrongly"] = gated
    print(json.dumps(report, indent=1))
    if args.dry_run:
        return 0
    model.MODEL_PATH.parent.mkdir(exist_ok=True)
    np.savez_compressed(model.MODEL_PATH, **weights)
    meta = {
        "name": "email",
        "version": 2,
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%d"),
        "seed": SEED,
        "embedding": "sentence-transformers/all-MiniLM-L6-v2 (nextround.analysis.embed)",
        "corpus": corpus_manifest(),
        "cross_validation": report,
    }
    model.MODEL_PATH.with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n")
    print(f"wrote {model.MODEL_PATH} and its .json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
