"""With NEXTROUND_REDIS_URL set, tasks go through a real Redis to separate worker processes."""

import shutil
import signal
import socket
import subprocess
import time

import pytest

from nextround.core.tests.processes import (
    REPO,
    default_sigint,
    nextround_command,
    production_env,
    run_python,
)

REDIS = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    """A throwaway Redis on a free loopback port, no persistence."""
    if not shutil.which(REDIS):
        pytest.fail("redis-server is missing: apt-get install redis-server (make test does it)")
    port = free_port()
    proc = subprocess.Popen(
        [
            REDIS,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    break
        except OSError:
            time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("redis-server did not answer PING within 20 s")
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(10)


SETUP = """
import django; django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from nextround.accounts.actions import create_user
from nextround.applications.actions import create_application
user, _ = create_user("alex", "a-long-test-password")
for n in range(3):
    create_application(user, company=f"Acme {n}", role_title="Analyst")
"""
ENQUEUE = """
import django; django.setup()
from django.conf import settings
assert settings.HUEY["huey_class"] == "huey.RedisHuey" and not settings.HUEY["immediate"]
from nextround.applications.tasks import offer_no_response_daily
offer_no_response_daily()  # a periodic task stores no result: the test reads the database
"""
OFFERED = """
import django; django.setup()
from nextround.applications.models import Application
print(Application.objects.filter(no_response_offered_at__isnull=False).count())
"""


def offered_count(env) -> str:
    result = run_python(OFFERED, env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_two_worker_processes_take_tasks_from_redis(tmp_path, redis_url):
    env = production_env(
        tmp_path / "data", NEXTROUND_REDIS_URL=redis_url, NEXTROUND_STALE_AFTER_DAYS="0"
    )
    setup = run_python(SETUP, env)
    assert setup.returncode == 0, setup.stderr
    workers = [
        subprocess.Popen(
            nextround_command("worker", "--workers", "1"),
            env=env,
            preexec_fn=default_sigint,
            cwd=REPO,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for _ in range(2)
    ]
    try:
        for proc in workers:
            assert "Huey consumer running" in proc.stdout.readline()
        assert offered_count(env) == "0"
        result = run_python(ENQUEUE, env)
        assert result.returncode == 0, result.stderr
        deadline = time.monotonic() + 60
        while offered_count(env) != "3" and time.monotonic() < deadline:
            time.sleep(0.5)
        assert offered_count(env) == "3"  # a worker took the task from Redis and ran it
    finally:
        for proc in workers:
            proc.send_signal(signal.SIGINT)
        for proc in workers:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
