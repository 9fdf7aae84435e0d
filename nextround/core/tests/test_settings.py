"""Settings are read once at start-up, so each case runs in a fresh process with its own env."""

import json
import stat

import pytest
from django.db import connection

from nextround.core.datadir import ensure_data_dir, load_or_create_secret_key
from nextround.core.tests.processes import production_env, run_python

DEPLOY_CHECK = """
import django
from django.core.management import call_command
django.setup()
call_command("check", deploy=True, fail_level="WARNING")
"""

SQLITE_LOCKING = """
import json, sqlite3
import django
django.setup()
from django.core.management import call_command
from django.db import connection, transaction
call_command("migrate", verbosity=0)
with transaction.atomic():
    # Only a read so far; IMMEDIATE means the write lock is held from BEGIN anyway.
    list(connection.cursor().execute("SELECT 1"))
    other = sqlite3.connect(connection.settings_dict["NAME"], timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        blocked = False
    except sqlite3.OperationalError as exc:
        blocked = "locked" in str(exc)
mode = connection.cursor().execute("PRAGMA journal_mode").fetchone()[0]
busy = connection.cursor().execute("PRAGMA busy_timeout").fetchone()[0]
print(json.dumps({"journal_mode": mode, "writer_blocked": blocked, "busy_timeout": busy}))
"""

DATABASE_SETTINGS = """
import json
from django.conf import settings
db = settings.DATABASES["default"]
print(json.dumps({k: db.get(k) for k in ("ENGINE", "NAME", "USER", "HOST", "PORT")}))
"""


def test_the_deploy_check_passes_with_production_settings(tmp_path):
    env = production_env(tmp_path / "data", NEXTROUND_HTTPS="1", NEXTROUND_DEBUG="0")
    result = run_python(DEPLOY_CHECK, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_deploy_check_fails_when_debug_is_on(tmp_path):
    env = production_env(tmp_path / "data", NEXTROUND_HTTPS="1", NEXTROUND_DEBUG="1")
    result = run_python(DEPLOY_CHECK, env)
    assert result.returncode != 0
    assert "security.W018" in result.stderr


def test_sqlite_runs_in_wal_mode_with_immediate_transactions_and_a_busy_timeout(tmp_path):
    result = run_python(SQLITE_LOCKING, production_env(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    assert facts == {"journal_mode": "wal", "writer_blocked": True, "busy_timeout": 20000}
    assert (tmp_path / "data" / "nextround.sqlite3").exists()


def test_database_url_selects_postgresql(tmp_path):
    url = "postgresql://nr:secret@db.internal:6543/tracker"
    result = run_python(DATABASE_SETTINGS, production_env(tmp_path / "d", DATABASE_URL=url))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tracker",
        "USER": "nr",
        "HOST": "db.internal",
        "PORT": 6543,
    }


def test_the_data_dir_defaults_to_the_platform_user_data_dir(tmp_path):
    env = production_env(tmp_path, XDG_DATA_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path))
    del env["NEXTROUND_DATA_DIR"]
    code = "from django.conf import settings; print(settings.DATA_DIR)"
    result = run_python(code, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / "xdg" / "nextround")
    assert (tmp_path / "xdg" / "nextround" / "secret_key").exists()


def test_starting_creates_a_private_secret_key_that_later_starts_reuse(tmp_path):
    code = "from django.conf import settings; print(settings.SECRET_KEY)"
    env = production_env(tmp_path / "data")
    first, second = run_python(code, env), run_python(code, env)
    key_file = tmp_path / "data" / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    assert first.stdout == second.stdout == key_file.read_text() + "\n"
    assert len(key_file.read_text()) >= 50


def test_the_secret_key_file_is_created_with_mode_600(tmp_path):
    data_dir = ensure_data_dir(tmp_path / "fresh")
    key = load_or_create_secret_key(data_dir / "secret_key")
    assert stat.S_IMODE((data_dir / "secret_key").stat().st_mode) == 0o600
    assert load_or_create_secret_key(data_dir / "secret_key") == key


@pytest.mark.django_db
def test_the_suite_uses_postgresql_exactly_when_database_url_is_set():
    import os

    expected = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    assert connection.vendor == expected
