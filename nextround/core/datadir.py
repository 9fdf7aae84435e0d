"""The data directory: SQLite file, secret key and credentials key (mode 600), uploads."""

import os
import secrets
from collections.abc import Callable
from pathlib import Path


def ensure_data_dir(path: Path) -> Path:
    """Create the data directory (private to the user) and return it."""
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def read_or_create_private(path: Path, make: Callable[[], bytes]) -> bytes:
    """The bytes stored at path; on first use write make() there with mode 600."""
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    value = make()
    # O_EXCL: if two processes start at once, one writes and the other reads its value.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(fd, "wb") as handle:
        handle.write(value)
    return value


def load_or_create_secret_key(path: Path) -> str:
    """Return Django's secret key stored at path, creating it with mode 600 on first use."""
    return read_or_create_private(path, lambda: secrets.token_urlsafe(50).encode()).decode()
