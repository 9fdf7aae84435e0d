"""Quality of the feedback analyser: per-theme precision/recall/F1 and micro-F1.

Usage: python benchmarks/quality_feedback.py [--check] [--errors] [--speed]

The held-out split (feedback_test.jsonl, written by someone else) is the headline;
the dev split is the one the analyser's author could read. --check exits non-zero
when the test micro-F1 is below the target (or the test split is missing).
--speed also times the analyser (run with OPENBLAS_NUM_THREADS=1 for one core).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nextround.analysis.feedback import THEMES, analyze_feedback  # noqa: E402

DATA = ROOT / "nextround" / "analysis" / "tests" / "data"
SPLITS = {"test": DATA / "feedback_test.jsonl", "dev": DATA / "feedback_dev.jsonl"}
TARGET = 0.88


def load(path: Path) -> list[dict]:
    """Read a JSONL corpus, skipping blank lines."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(
    records: list[dict],
) -> tuple[dict[str, tuple[int, int, int]], list[tuple[str, set, set]]]:
    """Count true/false positives and false negatives per theme; collect wrong items."""
    counts = {theme: [0, 0, 0] for theme in THEMES}
    wrong = []
    for record in records:
        gold = set(record["themes"])
        predicted = set(analyze_feedback(record["text"]).themes)
        for theme in THEMES:
            if theme in predicted and theme in gold:
                counts[theme][0] += 1
            elif theme in predicted:
                counts[theme][1] += 1
            elif theme in gold:
                counts[theme][2] += 1
        if gold != predicted:
            wrong.append((record["id"], gold, predicted))
    return {theme: tuple(c) for theme, c in counts.items()}, wrong


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 when undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def micro_f1(counts: dict[str, tuple[int, int, int]]) -> float:
    """Micro-averaged F1 over all themes."""
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    return prf(tp, fp, fn)[2]


def report(name: str, records: list[dict], show_errors: bool) -> float:
    """Print one split's table and return its micro-F1."""
    counts, wrong = score(records)
    print(f"\n== {name}: {len(records)} texts ==")
    print(f"{'theme':<20}{'support':>8}{'P':>7}{'R':>7}{'F1':>7}")
    for theme in THEMES:
        tp, fp, fn = counts[theme]
        precision, recall, f1 = prf(tp, fp, fn)
        print(f"{theme:<20}{tp + fn:>8}{precision:>7.3f}{recall:>7.3f}{f1:>7.3f}")
    micro = micro_f1(counts)
    exact = 1 - len(wrong) / len(records) if records else 0.0
    print(f"micro-F1 {micro:.3f}   exact-match {exact:.3f}")
    if show_errors:
        for ident, gold, predicted in wrong:
            print(f"  {ident}: missed {sorted(gold - predicted)} extra {sorted(predicted - gold)}")
    return micro


def speed(records: list[dict]) -> None:
    """Print first-call (model load) time and median/p90 wall and CPU ms per email-length text."""
    emails = [r["text"] for r in records if len(r["text"]) >= 200] or [r["text"] for r in records]
    started = time.perf_counter()
    analyze_feedback(emails[0])
    print(f"\nfirst call (loads the model): {1000 * (time.perf_counter() - started):.0f} ms")
    wall, cpu = [], []
    for text in emails:
        started, started_cpu = time.perf_counter(), time.process_time()
        analyze_feedback(text)
        wall.append(1000 * (time.perf_counter() - started))
        cpu.append(1000 * (time.process_time() - started_cpu))
    chars = statistics.median(len(t) for t in emails)
    print(f"{len(emails)} texts of >= 200 chars (median {chars:.0f} chars):")
    for name, times in (("wall", sorted(wall)), ("cpu", sorted(cpu))):
        p90 = times[int(0.9 * (len(times) - 1))]
        print(f"  {name}: median {statistics.median(times):.1f} ms, p90 {p90:.1f} ms")
    big = "Your examples were vague. " + "Lorem ipsum dolor sit amet. " * 8000
    started = time.perf_counter()
    analyze_feedback(big)
    print(f"a {len(big) // 1000} kB paste: {time.perf_counter() - started:.2f} s")


def main() -> int:
    """Run the benchmark on every split present."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help=f"fail when test micro-F1 < {TARGET}")
    parser.add_argument(
        "--errors", action="store_true", help="list the ids of wrongly analysed texts"
    )
    parser.add_argument(
        "--speed", action="store_true", help="time the analyser on dev+train emails"
    )
    args = parser.parse_args()
    if args.speed:
        speed(load(SPLITS["dev"]) + load(DATA / "feedback_train.jsonl"))
    results = {}
    for name, path in SPLITS.items():
        if not path.exists():
            print(f"\n== {name}: {path.name} not found, skipped ==")
            continue
        results[name] = report(name, load(path), args.errors)
    if args.check:
        headline = results.get("test")
        if headline is None or headline < TARGET:
            shown = "missing" if headline is None else f"{headline:.3f}"
            print(f"\nFAIL: test micro-F1 {shown} below target {TARGET}")
            return 1
        print(f"\nOK: test micro-F1 {headline:.3f} >= {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
