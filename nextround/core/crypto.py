"""Mail and SMTP passwords encrypted at rest with Fernet; one key file in the data dir (600)."""

from functools import cache
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings

from nextround.core.datadir import read_or_create_private

KEY_FILENAME = "credentials.key"


class SecretUnreadable(Exception):
    """The stored secret cannot be decrypted (the key file was replaced or lost)."""


def key_path() -> Path:
    """Where the encryption key for stored credentials is kept."""
    return Path(settings.DATA_DIR) / KEY_FILENAME


@cache
def _fernet(path: Path) -> Fernet:
    return Fernet(read_or_create_private(path, Fernet.generate_key))


def encrypt(secret: str) -> str:
    """Encrypt a secret for storage."""
    return _fernet(key_path()).encrypt(secret.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    """Decrypt a stored secret; SecretUnreadable if the key no longer matches."""
    try:
        return _fernet(key_path()).decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError) as exc:
        raise SecretUnreadable(
            "A stored password cannot be decrypted: the key file in the data directory was "
            "replaced or lost. Enter the password again."
        ) from exc
