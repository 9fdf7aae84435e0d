"""Test settings: the real settings module, with a throwaway data dir and immediate tasks."""

import os
import tempfile

os.environ.setdefault("NEXTROUND_DATA_DIR", tempfile.mkdtemp(prefix="nextround-test-"))
os.environ["NEXTROUND_HUEY_IMMEDIATE"] = "1"

from nextround.settings import *  # noqa: E402,F403

# Fast hashing: tests create many users; production keeps Django's default.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
HUEY["immediate"] = True  # noqa: F405
# Immediate mode keeps tasks in memory, so the tests need no queue file.
HUEY["huey_class"] = "huey.MemoryHuey"  # noqa: F405

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # A real file (not shared-cache memory) so WAL, the busy timeout and IMMEDIATE transactions
    # behave in tests exactly as in production, including across threads.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}  # noqa: F405
