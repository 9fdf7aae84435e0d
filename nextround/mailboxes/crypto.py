"""Stored passwords are encrypted by the one shared module: nextround.core.crypto."""

from nextround.core.crypto import SecretUnreadable, decrypt, encrypt, key_path

__all__ = ["SecretUnreadable", "decrypt", "encrypt", "key_path"]
