"""Quality of the debrief-notes analyser: per-flag precision/recall/F1 on the labelled corpora.

Usage (from the repo root): python benchmarks/quality_notes.py [--check] [--split test|dev|all]
The test split (written by someone else) is the held-out headline; dev is for development.
--check exits non-zero when the test split misses micro-F1 >= 0.90 or any flag F1 >= 0.75.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nextround.analysis.notes import FLAGS, analyze_notes  # noqa: E402

DATA = ROOT / "nextround" / "analysis" / "tests" / "data"
SPLITS = {"test": DATA / "notes_test.jsonl", "dev": DATA / "notes_dev.jsonl"}
MICRO_TARGET = 0.90
FLAG_TARGET = 0.75


def load(path: Path) -> list[dict]:
    """Read one JSON object per non-blank line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(rows: list[dict]) -> dict:
    """Count per-flag TP/FP/FN, exact-note accuracy and evidence agreement."""
    counts = {flag: [0, 0, 0] for flag in FLAGS}
    exact = evidence_hits = evidence_total = 0
    for row in rows:
        found = {f.flag: f for f in analyze_notes(row["text"])}
        gold = set(row.get("flags", []))
        exact += set(found) == gold
        for flag in FLAGS:
            slot = counts[flag]
            slot[0] += flag in found and flag in gold
            slot[1] += flag in found and flag not in gold
            slot[2] += flag in gold and flag not in found
        for flag, quote in (row.get("evidence") or {}).items():
            if flag in found and quote in row["text"]:
                evidence_total += 1
                start = row["text"].index(quote)
                hit = found[flag]
                evidence_hits += hit.start < start + len(quote) and start < hit.end
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    return {
        "notes": len(rows),
        "per_flag": {
            flag: _f1(*counts[flag]) + (counts[flag][0] + counts[flag][2],) for flag in FLAGS
        },
        "micro": _f1(tp, fp, fn),
        "exact": exact / len(rows) if rows else 0.0,
        "evidence": (evidence_hits, evidence_total),
    }


def report(name: str, result: dict) -> None:
    """Print one split's table."""
    print(f"\n== {name}: {result['notes']} notes ==")
    print(f"{'flag':24} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
    for flag, (p, r, f, support) in result["per_flag"].items():
        print(f"{flag:24} {p:6.3f} {r:6.3f} {f:6.3f} {support:5d}")
    p, r, f = result["micro"]
    print(f"{'micro':24} {p:6.3f} {r:6.3f} {f:6.3f}")
    hits, total = result["evidence"]
    print(f"notes with exactly the gold flags: {result['exact']:.3f}")
    if total:
        print(f"evidence overlapping the gold quote: {hits}/{total} ({hits / total:.3f})")


def meets_targets(result: dict) -> bool:
    """True when micro-F1 and every flag's F1 reach the targets."""
    flags_ok = all(f >= FLAG_TARGET for _, _, f, n in result["per_flag"].values() if n)
    return result["micro"][2] >= MICRO_TARGET and flags_ok


def main() -> int:
    """Run the benchmark; with --check, fail when the held-out split misses the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if test targets are missed")
    parser.add_argument("--split", choices=["test", "dev", "all"], default="all")
    args = parser.parse_args()
    names = ["test", "dev"] if args.split == "all" else [args.split]
    results = {}
    for name in names:
        path = SPLITS[name]
        if not path.exists():
            print(f"\n== {name}: {path.relative_to(ROOT)} does not exist yet; no numbers ==")
            continue
        results[name] = evaluate(load(path))
        report(
            name + (" (held-out headline)" if name == "test" else " (development)"), results[name]
        )
    print(f"\ntargets: micro-F1 >= {MICRO_TARGET}, every flag F1 >= {FLAG_TARGET} (on test)")
    if not args.check:
        return 0
    if "test" not in results:
        print("check: FAILED (no test split to check)")
        return 1
    ok = meets_targets(results["test"])
    print("check:", "passed" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
