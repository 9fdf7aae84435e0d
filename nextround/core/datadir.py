"""The data directory: SQLite file, secret key (mode 600), uploads. No Django import."""

import os
import secrets
from pathlib import Path


def ensure_data_dir(path: Path) -> Path:
    """Create the data directory (private to the user) and return it."""
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def load_or_create_secret_key(path: Path) -> str:
    """Return the secret key stored at path, creating it with mode 600 on first use."""
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    key = secrets.token_urlsafe(50)
    # O_EXCL: if two processes start at once, one writes and the other reads its key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key
