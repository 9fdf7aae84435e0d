"""Browser-test fixtures: Debian's Chromium, a logged-in page, and axe-core from node_modules."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
PASSWORD = "correct-horse-battery"  # what UserFactory sets


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, headless, kept off the network it cannot reach here."""
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-quic",
        ],
    }


@pytest.fixture
def axe_script() -> Path:
    """axe-core's script; missing it fails (never skips) with what to run."""
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` (or `make test`) in {REPO} first.")
    return AXE


def log_in(page, base_url: str, username: str = "alex", password: str = PASSWORD) -> None:
    """Log in through the login form and wait for the dashboard."""
    page.goto(f"{base_url}/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base_url}/")
