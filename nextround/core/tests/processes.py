"""Run Next Round in a child process with production settings and its own data directory."""

import os
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def production_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment minus test settings, DATABASE_URL and NEXTROUND_*, plus data_dir."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("NEXTROUND_")
        and key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(NEXTROUND_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="nextround.settings")
    env.update(extra)
    return env


def run_python(code: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    """Run code with this interpreter in a fresh process; capture text output."""
    return subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def nextround_command(*args: str) -> list[str]:
    """argv for the `nextround` command run by this interpreter."""
    return [sys.executable, "-m", "nextround", *args]


def default_sigint() -> None:
    """Give a child process the default Ctrl-C handling (runs in the child before exec).

    A test run started in the background by a non-interactive shell ignores SIGINT, children
    inherit that, and Python then installs no KeyboardInterrupt handler: the tests' Ctrl-C
    would be lost.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
