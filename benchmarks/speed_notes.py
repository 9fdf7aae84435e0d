"""Speed of the debrief-notes analyser on one core: first-call load, 150-word and 2,000-word notes.

Usage (from the repo root): python benchmarks/speed_notes.py
Targets: median <= 60 ms (150 words), <= 500 ms (2,000 words), load <= 2 s.
The first call includes loading the MiniLM embedding model; no embedding is cached between calls,
so every timed call pays the full transformer pass for the units it embeds.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[_var] = "1"

import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PARAGRAPH = (
    "Got there about 20 minutes late because the trains were a mess, and I was flustered for "
    "the first question. The panel were friendly and asked about my last project, the migration "
    "to the new billing platform, and I think I explained the trade-offs clearly. When they asked "
    "why I'm leaving I said I want more ownership, and I kept it positive about my manager. Then "
    "they moved to a case study on pricing; I misread the brief at first and answered about costs "
    "instead of revenue, which they pointed out. My phone buzzed once in my bag but I ignored it. "
    "At the end I asked about the team, on-call and training budget, and they explained the next "
    "steps. Overall I felt tired but reasonably focused and I'd like the job. "
)


def note_of(words: int) -> str:
    """A realistic note of roughly the given number of words."""
    unit = PARAGRAPH.split()
    repeated = (unit * (words // len(unit) + 1))[:words]
    return " ".join(repeated)


def median_ms(func, text: str, runs: int) -> float:
    """Median wall time of func(text) in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func(text)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    """Print load time and median times; exit 1 when a target is missed."""
    started = time.perf_counter()
    from nextround.analysis.notes import analyze_notes

    analyze_notes(note_of(150))
    load_s = time.perf_counter() - started
    short = median_ms(analyze_notes, note_of(150), 200)
    long = median_ms(analyze_notes, note_of(2000), 30)
    print(
        f"machine: {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}"
    )
    print(f"first import + first call: {load_s * 1000:.1f} ms (target <= 2000 ms)")
    print(f"150-word note, median of 200: {short:.2f} ms (target <= 60 ms)")
    print(f"2,000-word note, median of 30: {long:.2f} ms (target <= 500 ms)")
    ok = load_s <= 2 and short <= 60 and long <= 500
    print("targets:", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
