"""Dashboard, list and board timings with one user holding 10,000 applications (SQLite).

Run from the repo root: python benchmarks/perf_web.py [--apps N] [--runs N] [--write FILE]
It builds a throwaway data directory, fills it with bulk inserts, then renders each page through
Django's test client (the whole view + template stack, no network) and reports median times and
SQL query counts. Targets (issue 2): each page ≤ 50 ms median; `nextround --help` ≤ 0.5 s.
"""

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["NEXTROUND_DATA_DIR"] = tempfile.mkdtemp(prefix="nextround-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextround.settings")
os.environ.pop("DATABASE_URL", None)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from nextround.accounts.actions import create_user  # noqa: E402
from nextround.applications.models import (  # noqa: E402
    Application,
    Company,
    Interview,
    StageEvent,
)
from nextround.applications.stages import Stage  # noqa: E402

PAGES = {"dashboard": "/", "list (first page)": "/applications/", "board": "/board/"}


def fill(user, n_apps: int, events_per_app: int = 5, interviews_every: int = 2) -> None:
    """Bulk-insert companies, applications, stage events and interviews for user."""
    rng = random.Random(42)
    now = timezone.now()
    companies = Company.objects.bulk_create(
        Company(owner=user, name=f"Company {i:05d}") for i in range(max(1, n_apps // 5))
    )
    stages = list(Stage)
    apps = []
    for i in range(n_apps):
        at = now - timedelta(days=rng.randint(0, 400), minutes=i)
        apps.append(
            Application(
                owner=user,
                company=rng.choice(companies),
                role_title=f"Analyst {i}",
                stage=rng.choice(stages),
                applied_on=at.date(),
                last_activity_at=at,
                updated_at=at,
            )
        )
    apps = Application.objects.bulk_create(apps, batch_size=2000)
    events, interviews = [], []
    for i, app in enumerate(apps):
        for k in range(events_per_app):
            at = app.last_activity_at - timedelta(days=events_per_app - k)
            events.append(
                StageEvent(owner=user, application=app, from_stage="", to_stage=app.stage, at=at)
            )
        if i % interviews_every == 0:
            starts = now + timedelta(days=rng.randint(-200, 30), hours=rng.randint(0, 8))
            interviews.append(Interview(owner=user, application=app, starts_at=starts))
    StageEvent.objects.bulk_create(events, batch_size=5000)
    Interview.objects.bulk_create(interviews, batch_size=5000)


def measure(client: Client, url: str, runs: int) -> tuple[float, int]:
    """Median milliseconds over runs (after one warm-up) and the SQL query count of one run."""
    assert client.get(url).status_code == 200, url
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), len(executed)


def help_time() -> float:
    """Seconds for `nextround --help` (best of 5, a fresh interpreter each time)."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "nextround", "--help"], check=True, capture_output=True
        )
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--write", help="write the results as Markdown to this file")
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    user, _ = create_user("bench", "a-long-benchmark-password")
    started = time.perf_counter()
    fill(user, args.apps)
    fill_s = time.perf_counter() - started
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    counts = (Application.objects.count(), StageEvent.objects.count(), Interview.objects.count())
    rows = [(name, *measure(client, url, args.runs)) for name, url in PAGES.items()]
    help_s = help_time()
    lines = [
        "# Web performance benchmark (issue 2)",
        "",
        f"`python benchmarks/perf_web.py` on {platform.node() or 'this machine'}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, SQLite "
        f"{connection.Database.sqlite_version}, {time.strftime('%Y-%m-%d')}, load average "
        f"{os.getloadavg()[0]:.1f} (other work was running on the machine).",
        f"Data: {counts[0]:,} applications, {counts[1]:,} stage events, {counts[2]:,} interviews "
        f"for one user (inserted in {fill_s:.1f} s). Median of {args.runs} requests through "
        "Django's test client after one warm-up.",
        "",
        "| page | median ms | SQL queries | target |",
        "| --- | --- | --- | --- |",
        *[f"| {name} | {ms:.1f} | {q} | ≤ 50 ms |" for name, ms, q in rows],
        f"| `nextround --help` | {help_s * 1000:.0f} | – | ≤ 500 ms |",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        Path(args.write).write_text(report)
    ok = all(ms <= 50 for _, ms, _ in rows) and help_s <= 0.5
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
