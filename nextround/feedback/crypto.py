"""SMTP passwords encrypted at rest with Fernet; the key lives in the data directory (mode 600).

The mailboxes app has its own copy for IMAP; the two are to be merged into one module.
"""

import os
from functools import cache
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings

KEY_FILENAME = "smtp_key"


class SecretUnreadable(Exception):
    """The stored secret cannot be decrypted (the key file was replaced or lost)."""


def key_path() -> Path:
    """Where the SMTP encryption key is kept."""
    return Path(settings.DATA_DIR) / KEY_FILENAME


def load_or_create_key(path: Path) -> bytes:
    """Return the Fernet key at path, creating it with mode 600 on first use."""
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    key = Fernet.generate_key()
    # O_EXCL: when two processes start at once, one writes and the other reads its key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


@cache
def _fernet(path: Path) -> Fernet:
    return Fernet(load_or_create_key(path))


def encrypt(secret: str) -> str:
    """Encrypt a secret for storage."""
    return _fernet(key_path()).encrypt(secret.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    """Decrypt a stored secret; SecretUnreadable if the key no longer matches."""
    try:
        return _fernet(key_path()).decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError) as exc:
        raise SecretUnreadable("The stored SMTP password cannot be decrypted.") from exc
