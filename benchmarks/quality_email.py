"""Quality of employer-mail classification on the labelled corpora (test split is the headline).

Usage: python benchmarks/quality_email.py [--check] [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nextround.analysis.employer_mail import KINDS, email_report  # noqa: E402
from nextround.analysis.mime import MalformedMessage  # noqa: E402

DATA = ROOT / "nextround" / "analysis" / "tests" / "data"
TARGETS = {"kind_macro_f1": 0.95, "has_specific_feedback_f1": 0.90, "talent_pool_f1": 0.90}


def load(split: str) -> list[tuple[dict, dict]] | None:
    """(label, prediction) pairs for one split, or None when the split is absent."""
    folder = DATA / f"email_{split}"
    labels = folder / "labels.jsonl"
    if not labels.exists():
        return None
    pairs = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        try:
            prediction = email_report((folder / label["file"]).read_bytes())
        except (MalformedMessage, OSError) as exc:
            prediction = {"kind": "error", "error": str(exc)}
        pairs.append((label, prediction))
    return pairs


def prf(pairs, positive) -> tuple[float, float, float, int]:
    """Precision, recall, F1 and support for a predicate on (label) vs (prediction)."""
    tp = sum(1 for gold, pred in pairs if positive(gold) and positive(pred))
    fp = sum(1 for gold, pred in pairs if not positive(gold) and positive(pred))
    fn = sum(1 for gold, pred in pairs if positive(gold) and not positive(pred))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp + fn


def norm(value) -> str:
    """Compare names loosely: case, punctuation and legal suffixes ignored."""
    if not value:
        return ""
    text = re.sub(r"[^\w& ]+", " ", str(value).lower())
    text = re.sub(r"\b(ltd|limited|inc|llc|plc|gmbh|llp|corp)\b", "", text)
    return " ".join(text.split())


def report(split: str, pairs) -> dict:
    """Print the per-class table for one split and return its summary metrics."""
    print(f"\n== {split}: {len(pairs)} messages ==")
    print(f"{'kind':22} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    f1s = []
    for kind in KINDS:
        p, r, f, n = prf(pairs, lambda row, k=kind: row.get("kind") == k)
        if n:
            f1s.append(f)
        print(f"{kind:22} {p:6.3f} {r:6.3f} {f:6.3f} {n:5d}")
    macro = sum(f1s) / len(f1s) if f1s else 0.0
    summary = {"kind_macro_f1": macro}
    for flag in ("has_specific_feedback", "talent_pool"):
        p, r, f, n = prf(pairs, lambda row, k=flag: bool(row.get(k)))
        summary[f"{flag}_f1"] = f
        print(f"{flag:22} {p:6.3f} {r:6.3f} {f:6.3f} {n:5d}")
    for field in ("company", "role"):
        hits = sum(1 for gold, pred in pairs if norm(gold.get(field)) == norm(pred.get(field)))
        summary[f"{field}_accuracy"] = hits / len(pairs) if pairs else 0.0
        print(f"{field + ' accuracy':22} {summary[f'{field}_accuracy']:6.3f}")
    errors = sum(1 for _, pred in pairs if pred.get("kind") == "error")
    print(f"{'kind macro-F1':22} {macro:6.3f}   unreadable files: {errors}")
    return summary


def show_errors(pairs) -> None:
    """List the disagreements (dev only: never print the test split's contents)."""
    for gold, pred in pairs:
        diffs = [
            k
            for k in ("kind", "has_specific_feedback", "talent_pool")
            if gold.get(k) != pred.get(k)
        ]
        diffs += [k for k in ("company", "role") if norm(gold.get(k)) != norm(pred.get(k))]
        if diffs:
            print(gold["file"], {k: (gold.get(k), pred.get(k)) for k in diffs})


def print_cross_validation() -> None:
    """The model file's cross-validated scores on dev+train (the splits it was trained on)."""
    meta = ROOT / "nextround" / "analysis" / "models" / "email-v2.json"
    if not meta.exists():
        return
    cv = json.loads(meta.read_text())["cross_validation"]
    print("\n== cross-validated on dev+train (5 folds, from models/email-v2.json) ==")
    for key in ("rules_only_macro_f1", "cascade_macro_f1", "cascade_macro_f1_on_train_split"):
        print(f"kind {key:40} {cv[key]:6.3f}")
    for flag in ("has_specific_feedback", "talent_pool"):
        print(
            f"{flag + ' F1 (rules only)':45} {cv[f'{flag}_cv_f1']:6.3f} "
            f"({cv[f'{flag}_rules_only_f1']:.3f})"
        )


def main() -> int:
    """Run both splits; with --check, fail when the test split misses a target."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 if test targets are missed")
    parser.add_argument("--errors", action="store_true", help="list dev-split disagreements")
    args = parser.parse_args()
    print_cross_validation()
    dev = load("dev")
    if dev is not None:
        report("dev", dev)
        if args.errors:
            show_errors(dev)
    test = load("test")
    if test is None:
        print("\n== test: email_test/labels.jsonl not found; no held-out headline ==")
        return 1 if args.check else 0
    summary = report("test (held-out headline)", test)
    missed = [k for k, target in TARGETS.items() if summary[k] < target]
    for key in missed:
        print(f"MISSED target {key}: {summary[key]:.3f} < {TARGETS[key]}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
