"""What the notes analysis adds to the debrief page: the live-analysis request with/without notes.

Run from the repo root: python benchmarks/perf_debrief.py [--runs 30] [--write FILE]
Target (issue 3): analysis never adds more than 100 ms to a page. The embedding model is loaded
once first (as `nextround serve` does in the background at start-up); that load is reported too.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ["NEXTROUND_DATA_DIR"] = tempfile.mkdtemp(prefix="nextround-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextround.settings")
os.environ.pop("DATABASE_URL", None)
os.environ["OPENBLAS_NUM_THREADS"] = "1"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from speed_notes import note_of  # noqa: E402

from nextround.accounts.actions import create_user  # noqa: E402
from nextround.applications import actions  # noqa: E402


def median_ms(client, url, data, runs) -> float:
    """Median milliseconds of one POST over runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.post(url, data)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--write", help="write the results as Markdown to this file")
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    user, _ = create_user("bench", "a-long-benchmark-password")
    app = actions.create_application(user, company="Acme", role_title="Analyst")
    interview = actions.schedule_interview(user, app, starts_at=timezone.now() - timedelta(days=1))
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    url = f"/interviews/{interview.pk}/debrief/analyze/"
    from nextround.analysis.embed import get_model

    started = time.perf_counter()
    get_model()
    load_s = time.perf_counter() - started
    empty = median_ms(client, url, {"notes": ""}, args.runs)
    rows = []
    for words in (150, 600):
        with_notes = median_ms(client, url, {"notes": note_of(words)}, args.runs)
        rows.append((words, with_notes, with_notes - empty))
    load = os.getloadavg()[0]
    lines = [
        "# Debrief page: what the live notes analysis adds (issue 3)",
        "",
        f"`python benchmarks/perf_debrief.py`, {time.strftime('%Y-%m-%d')}, one BLAS thread, "
        f"load average {load:.1f} on {os.cpu_count()} cores. Median of {args.runs} htmx "
        "requests to the debrief's live-analysis endpoint through Django's test client.",
        "",
        f"- Embedding model load (once per process, in the background at `serve` start): "
        f"{load_s * 1000:.0f} ms",
        f"- Request with empty notes (no analysis work): {empty:.1f} ms",
        "",
        "| notes | request median ms | added by the analysis ms | target |",
        "| --- | --- | --- | --- |",
        *[f"| {w} words | {ms:.1f} | {added:.1f} | ≤ 100 ms added |" for w, ms, added in rows],
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        Path(args.write).write_text(report)
    sys.exit(0 if all(added <= 100 for _, _, added in rows) else 1)


if __name__ == "__main__":
    main()
