"""scripts/pg-test-server, which `make test` uses for the PostgreSQL run of the suite."""

import glob
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from nextround.core.tests.processes import REPO

SCRIPT = REPO / "scripts" / "pg-test-server"

needs_postgres = pytest.mark.skipif(
    not (glob.glob("/usr/lib/postgresql/*/bin/initdb") or shutil.which("initdb")),
    reason="PostgreSQL binaries are not installed (apt-get install postgresql)",
)


@pytest.mark.postgres
@needs_postgres
def test_the_script_starts_a_loopback_server_that_accepts_the_url_and_stops_it():
    import psycopg

    # Under /tmp itself: the postgres user cannot enter pytest's private tmp_path.
    cluster = Path(tempfile.mkdtemp(prefix="nextround-pg-test-", dir="/tmp"))
    started = subprocess.run(
        [SCRIPT, "start", cluster], capture_output=True, text=True, timeout=120, check=False
    )
    try:
        assert started.returncode == 0, started.stderr
        url = started.stdout.strip()
        assert url.startswith("postgresql://nextround:") and "@127.0.0.1:" in url
        with psycopg.connect(url, connect_timeout=5) as conn:
            can_create = conn.execute(
                "SELECT rolcreatedb FROM pg_roles WHERE rolname = current_user"
            ).fetchone()[0]
        assert can_create, "Django's test runner needs CREATEDB"
    finally:
        stopped = subprocess.run(
            [SCRIPT, "stop", cluster], capture_output=True, text=True, timeout=120, check=False
        )
    assert stopped.returncode == 0, stopped.stderr
    assert not cluster.exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url, connect_timeout=2)


def test_the_script_refuses_an_unknown_action(tmp_path):
    result = subprocess.run(
        [SCRIPT, "restart", tmp_path], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 2
    assert "usage:" in result.stderr
