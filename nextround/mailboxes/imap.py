"""A small IMAP adapter over imapclient, and the errors a user can act on."""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
from dataclasses import dataclass
from datetime import date

import imapclient
from django.conf import settings
from imapclient.exceptions import IMAPClientError, LoginError

from nextround.mailboxes.bodystructure import attachments_from_structure
from nextround.mailboxes.crypto import SecretUnreadable
from nextround.mailboxes.models import MailAccount, Security

# What the network layer may raise; everything around a connection catches exactly these.
NETWORK_ERRORS = (IMAPClientError, OSError, ssl.SSLError, SecretUnreadable)


class FolderMissing(IMAPClientError):
    """The folder to watch does not exist on the server."""


@dataclass(frozen=True)
class FolderInfo:
    """What SELECT says about a folder."""

    uidvalidity: int
    uidnext: int | None
    exists: int


@dataclass(frozen=True)
class Fetched:
    """One message as fetched: raw bytes (possibly only the first part) and its full size."""

    uid: int
    raw: bytes
    size: int
    truncated: bool
    # For a truncated message: attachments read from BODYSTRUCTURE, since the bytes are cut.
    attachments: tuple[tuple[str, int], ...] | None = None


def ca_file() -> str | None:
    """An extra CA bundle to trust (a self-hosted server's own CA), from settings or env."""
    return getattr(settings, "MAIL_CA_FILE", None) or os.environ.get("NEXTROUND_MAIL_CA_FILE")


def _ssl_context() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=ca_file())


def _fetch_budget() -> int:
    """Bytes of mail held in memory per FETCH at most."""
    return int(getattr(settings, "MAIL_FETCH_BUDGET_BYTES", 32_000_000))


def _timeout() -> float:
    return float(getattr(settings, "MAIL_TIMEOUT_SECONDS", 30))


class ImapSession:
    """connect / select / search_uids / fetch_batch / close over one IMAP connection."""

    def __init__(self, account: MailAccount) -> None:
        self.account = account
        self.client: imapclient.IMAPClient | None = None

    def connect(self) -> None:
        """Open the connection (TLS or STARTTLS, never plain text) and log in."""
        account = self.account
        password = account.get_password()  # unreadable secret: fail before touching the network
        implicit = account.security == Security.SSL
        client = imapclient.IMAPClient(
            account.host,
            port=account.port,
            ssl=implicit,
            ssl_context=_ssl_context() if implicit else None,
            timeout=_timeout(),
        )
        self.client = client
        if not implicit:
            client.starttls(_ssl_context())
        client.login(account.username, password)

    def select(self, folder: str) -> FolderInfo:
        """Select a folder read-only; FolderMissing if it does not exist."""
        try:
            info = self.client.select_folder(folder, readonly=True)
        except IMAPClientError as exc:
            if not self.client.folder_exists(folder):
                raise FolderMissing(f"The folder '{folder}' does not exist.") from exc
            raise
        return FolderInfo(
            uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(info[b"UIDNEXT"]) if b"UIDNEXT" in info else None,
            exists=int(info.get(b"EXISTS", 0)),
        )

    def search_uids(self, after_uid: int, since: date | None) -> list[int]:
        """UIDs above after_uid (and received since a date, if given), ascending."""
        criteria = ["UID", f"{after_uid + 1}:*"]
        if since:
            criteria += ["SINCE", since]
        # "n:*" always matches the highest UID, even below n: filter it out.
        return sorted(uid for uid in self.client.search(criteria) if uid > after_uid)

    def sizes(self, uids: list[int]) -> dict[int, int]:
        """RFC822.SIZE of each UID."""
        data = self.client.fetch(uids, ["RFC822.SIZE"])
        return {uid: int(item.get(b"RFC822.SIZE", 0)) for uid, item in data.items()}

    def fetch_batch(self, uids: list[int], cap: int) -> list[Fetched]:
        """Fetch the messages; those larger than cap only up to cap bytes."""
        sizes = self.sizes(uids)
        small = [u for u in uids if sizes.get(u, 0) <= cap]
        large = [u for u in uids if sizes.get(u, 0) > cap]
        out: list[Fetched] = []
        for group in _by_bytes(small, sizes, _fetch_budget()):
            for uid, item in self.client.fetch(group, ["BODY.PEEK[]"]).items():
                out.append(Fetched(uid, item.get(b"BODY[]") or b"", sizes[uid], False))
        if large:
            part = f"BODY.PEEK[]<0.{cap}>"
            for uid, item in self.client.fetch(large, [part, "BODYSTRUCTURE"]).items():
                found = _attachments(item.get(b"BODYSTRUCTURE"))
                raw = item.get(b"BODY[]<0>") or b""
                out.append(Fetched(uid, raw, sizes[uid], True, found))
        return sorted(out, key=lambda f: f.uid)

    def close(self) -> None:
        """Log out; a connection that is already gone is simply dropped."""
        if self.client is None:
            return
        try:
            self.client.logout()
        except NETWORK_ERRORS:
            with contextlib.suppress(NETWORK_ERRORS):
                self.client.shutdown()
        self.client = None


def _by_bytes(uids: list[int], sizes: dict[int, int], budget: int) -> list[list[int]]:
    """Split uids into groups whose messages add up to at most budget bytes (memory bound)."""
    groups: list[list[int]] = []
    total = budget + 1
    for uid in uids:
        if total + sizes.get(uid, 0) > budget:
            groups.append([])
            total = 0
        groups[-1].append(uid)
        total += sizes.get(uid, 0)
    return groups


def _attachments(structure) -> tuple[tuple[str, int], ...] | None:
    """Attachments from BODYSTRUCTURE; None (use what the cut bytes show) if it is unreadable."""
    try:
        return tuple(attachments_from_structure(structure))
    except Exception:  # a hostile structure must not stop the sync
        return None


@dataclass(frozen=True)
class ConnectionProblem:
    """A category the UI can explain, and a message for the user."""

    kind: str  # dns | refused | timeout | tls | auth | folder | connection | secret | protocol
    message: str


def describe_error(exc: BaseException, account: MailAccount) -> ConnectionProblem:
    """Turn a network exception into a category and a message that never contains the password."""
    where = f"{account.host}:{account.port}"
    if isinstance(exc, SecretUnreadable):
        return ConnectionProblem("secret", "The saved password cannot be read; enter it again.")
    if isinstance(exc, LoginError):
        return ConnectionProblem(
            "auth",
            f"The server at {where} refused the user name or password "
            "(some providers need an app password).",
        )
    if isinstance(exc, FolderMissing):
        return ConnectionProblem("folder", str(exc))
    if isinstance(exc, socket.gaierror):
        return ConnectionProblem("dns", f"The server name '{account.host}' could not be found.")
    if isinstance(exc, ConnectionRefusedError):
        return ConnectionProblem("refused", f"Nothing accepted the connection at {where}.")
    if isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError):
        return ConnectionProblem("connection", f"The connection to {where} was lost: {exc}")
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or "certificate verify failed"
        return ConnectionProblem(
            "tls", f"The TLS certificate of {where} is not trusted ({reason})."
        )
    if isinstance(exc, ssl.SSLError):
        return ConnectionProblem("tls", f"TLS failed with {where}: {_tls_hint(exc, account)}")
    if isinstance(exc, TimeoutError | socket.timeout):
        return ConnectionProblem("timeout", f"The server at {where} did not answer in time.")
    if isinstance(exc, imapclient.exceptions.IMAPClientAbortError | ConnectionError):
        return ConnectionProblem("connection", f"The connection to {where} was lost: {exc}")
    if isinstance(exc, IMAPClientError):
        return ConnectionProblem("protocol", f"The server at {where} answered: {_text(exc)}")
    return ConnectionProblem("connection", f"Network error with {where}: {exc}")


def _tls_hint(exc: ssl.SSLError, account: MailAccount) -> str:
    if "WRONG_VERSION_NUMBER" in str(exc) and account.security == Security.SSL:
        return "the port does not speak TLS; try STARTTLS (usually port 143)."
    return exc.reason or str(exc)


def _text(exc: BaseException) -> str:
    arg = exc.args[0] if exc.args else exc
    return arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)


def test_connection(account: MailAccount) -> ConnectionProblem | None:
    """Connect, log in and select each watched folder; None when all is well."""
    session = ImapSession(account)
    try:
        session.connect()
        for folder in account.watched_folders:
            session.select(folder)
    except NETWORK_ERRORS as exc:
        return describe_error(exc, account)
    finally:
        session.close()
    return None


test_connection.__test__ = False  # not a pytest test, despite its name
