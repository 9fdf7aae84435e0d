"""`nextround serve` and `nextround --help` as a user runs them: in a separate process."""

import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from nextround.core.tests.processes import REPO, default_sigint, nextround_command, production_env

START_TIMEOUT = 60


def read_until_url(proc: subprocess.Popen, lines: list[str]) -> str:
    """Collect output lines until the server prints its URL."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if "is running at " in line:
            return line.split("is running at ", 1)[1].split()[0]
    raise AssertionError("serve did not print its URL:\n" + "".join(lines))


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture
def served(tmp_path):
    """A running `nextround serve --port 0 --demo` with its printed lines; stopped afterwards."""
    env = production_env(tmp_path / "data")
    proc = subprocess.Popen(
        nextround_command("serve", "--port", "0", "--demo"),
        env=env,
        preexec_fn=default_sigint,
        cwd=REPO,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    lines: list[str] = []
    try:
        url = read_until_url(proc, lines)
        yield proc, url, lines, tmp_path / "data"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def test_serve_prints_the_owner_password_once_answers_http_and_stops_on_sigterm(served):
    proc, url, lines, data_dir = served
    assert url.startswith("http://127.0.0.1:")
    output = "".join(lines)
    assert "Created the owner account 'owner'." in output
    assert "One-time password (shown only now): " in output
    assert "Loaded 40 demo applications for owner." in output
    status, body = get(url + "static/admin/css/base.css")
    assert status == 200 and b"body" in body
    assert get(url + "admin/login/")[0] == 200
    assert get(url + "static/no-such-file.css")[0] == 404
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    remaining, _ = proc.communicate(timeout=15)
    assert proc.returncode == 0, remaining
    assert "Stopped." in remaining
    assert time.monotonic() - started < 15
    assert (data_dir / "nextround.sqlite3").exists()


def test_a_second_serve_creates_no_owner_and_loads_no_demo(tmp_path):
    env = production_env(tmp_path / "data")
    for expected in ("One-time password", "Log in as 'owner'"):
        proc = subprocess.Popen(
            nextround_command("serve", "--port", "0", "--demo", "--no-worker"),
            env=env,
            preexec_fn=default_sigint,
            cwd=REPO,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        lines: list[str] = []
        try:
            read_until_url(proc, lines)
            if expected == "Log in as 'owner'":
                lines.append(proc.stdout.readline())
        finally:
            proc.send_signal(signal.SIGINT)
            proc.communicate(timeout=15)
        assert expected in "".join(lines)
    assert "Loaded" not in "".join(lines) and "One-time password" not in "".join(lines)


def test_serve_on_a_port_in_use_fails_with_a_message(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            nextround_command("serve", "--port", str(port), "--no-worker"),
            env=production_env(tmp_path / "data"),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    assert "One-time password" not in result.stdout, "no owner is made when serving fails"


def test_help_imports_neither_django_nor_the_analysers(tmp_path):
    # What would make --help slow is importing Django or the models; its speed itself is
    # measured by benchmarks/perf_web.py, not asserted here.
    probe = (
        "import sys; from typer.testing import CliRunner; from nextround.cli.main import app; "
        "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0 and 'serve' in r.output; "
        "names = ('django.db', 'numpy', 'nextround.analysis.embed'); "
        "heavy = [m for m in names if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    env = production_env(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert not (tmp_path / "data").exists(), "--help must not set up Django"


def test_the_worker_command_starts_a_consumer_and_stops_on_sigint(tmp_path):
    proc = subprocess.Popen(
        nextround_command("worker", "--workers", "1"),
        env=production_env(tmp_path / "data"),
        preexec_fn=default_sigint,
        cwd=REPO,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        first = proc.stdout.readline()
        assert "Huey consumer running with 1 thread" in first
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        rest, _ = proc.communicate(timeout=20)
        assert proc.returncode == 0, rest
        assert "Stopped." in rest
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
