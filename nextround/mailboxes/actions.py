"""Mail accounts, IMAP sync and offline import: each batch is one transaction."""

from __future__ import annotations

import logging
import mailbox
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from huey.exceptions import TaskException

from nextround.core.scoping import get_owned_or_404
from nextround.mailboxes.classify import classify_pending, pending_for
from nextround.mailboxes.imap import NETWORK_ERRORS, FolderMissing, ImapSession, describe_error
from nextround.mailboxes.models import FolderState, MailAccount
from nextround.mailboxes.proposals import propose_for_keys
from nextround.mailboxes.store import RawMail, build_message, save_new

log = logging.getLogger(__name__)
MAIL_SUFFIXES = {".eml", ".mbox"}
ACCOUNT_FIELDS = {"host", "port", "security", "username", "folders", "first_sync_days"}


def batch_size() -> int:
    """Messages fetched per IMAP round trip and committed per transaction."""
    return int(getattr(settings, "MAIL_BATCH_SIZE", 200))


def fetch_cap() -> int:
    """Bytes fetched at most per message; larger messages are fetched only up to this."""
    return int(getattr(settings, "MAIL_FETCH_CAP_BYTES", 2_000_000))


def save_account(
    owner, account: MailAccount | None = None, *, password: str | None = None, **fields
) -> MailAccount:
    """Create or update one of owner's mail accounts; a None password keeps the saved one."""
    unknown = set(fields) - ACCOUNT_FIELDS
    if unknown:
        raise TypeError(f"Unknown mail account fields: {sorted(unknown)}")
    account = account or MailAccount(owner=owner)
    if account.owner_id != owner.pk:
        raise PermissionError("Not your mail account.")
    for key, value in fields.items():
        setattr(account, key, value)
    if password:
        account.set_password(password)
    account.full_clean(exclude=["owner"])
    account.save()
    return account


def delete_account(owner, account_id: int) -> None:
    """Delete a mail account with its folder state and the messages read from it."""
    get_owned_or_404(MailAccount, owner, pk=account_id).delete()


@dataclass
class SyncResult:
    """What one sync of one account did."""

    account_id: int
    new: int = 0
    seen: int = 0
    errors: int = 0  # messages stored with a parse error
    proposals: int = 0
    folders: dict[str, int] = field(default_factory=dict)
    error_kind: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error_kind


Progress = Callable[[str, int, int], None]  # folder, done, total


def sync_account(
    account: MailAccount, progress: Progress | None = None, *, classify_now: bool = False
) -> SyncResult:
    """Read new mail from every watched folder; network failures end in account.last_error.

    Messages are stored first and classified after: by a Huey task, or here when classify_now
    (the command line, which shows that phase on its progress bar too).
    """
    result = SyncResult(account.pk)
    session = ImapSession(account)
    missing: FolderMissing | None = None
    try:
        session.connect()
        for folder in account.watched_folders:
            try:
                _sync_folder(session, account, folder, result, progress)
            except FolderMissing as exc:
                # One renamed folder must not stop the others: note it and go on.
                missing = exc
        if missing:
            raise missing
    except NETWORK_ERRORS as exc:
        problem = describe_error(exc, account)
        result.error_kind, result.error = problem.kind, problem.message
        log.warning("mail sync of account %s failed: %s", account.pk, problem.kind)
    finally:
        session.close()
    account.last_error_kind, account.last_error = result.error_kind, result.error
    if result.ok:
        account.last_sync_at = timezone.now()
    account.save(update_fields=["last_error_kind", "last_error", "last_sync_at"])
    result.proposals += _classify_after_sync(account.owner, progress, classify_now)
    return result


def _classify_after_sync(owner, progress: Progress | None, now: bool) -> int:
    """Classify what is waiting now, or queue it; return the proposals made (0 when queued)."""
    from nextround.mailboxes.tasks import classify_new_mail  # imported here: tasks imports us

    if not pending_for(owner).exists():
        return 0
    if now:
        report = (lambda done, total: progress("classifying", done, total)) if progress else None
        return classify_pending(owner, report)[1]
    queued = classify_new_mail(owner.pk)
    try:
        made = queued.get() if queued is not None else None  # immediate mode has it already
    except TaskException:  # another run holds the owner's lock; it classifies these too
        return 0
    return made or 0


def _sync_folder(session, account, folder, result, progress) -> None:
    info = session.select(folder)
    state, _ = FolderState.objects.get_or_create(account=account, folder=folder)
    if state.uidvalidity != info.uidvalidity:
        # New folder, or the server renumbered it: read it again from the start of the
        # window; Message-ID deduplication keeps the mail already stored from doubling.
        state.uidvalidity = info.uidvalidity
        state.last_uid = 0
        state.window_since = timezone.localdate() - timedelta(days=account.first_sync_days)
        state.save()
    if state.window_since is None and info.uidnext and state.last_uid >= info.uidnext - 1:
        result.folders[folder] = 0
        return  # nothing new: no SEARCH needed
    uids = session.search_uids(state.last_uid, state.window_since)
    done = 0
    for start in range(0, len(uids), batch_size()):
        chunk = uids[start : start + batch_size()]
        fetched = session.fetch_batch(chunk, fetch_cap())
        _commit_batch(account, state, folder, info.uidvalidity, chunk, fetched, result)
        done += len(chunk)
        if progress:
            progress(folder, done, len(uids))
    # Every UID below UIDNEXT has now been read or lies outside the window: start after them,
    # so that the next sync with nothing new needs no SEARCH at all.
    _advance(state, max(state.last_uid, (info.uidnext or 1) - 1))
    if state.window_since is not None:
        state.window_since = None
        state.save(update_fields=["window_since"])
    result.folders[folder] = done


def _advance(state: FolderState, last_uid: int) -> None:
    """Move last_uid forward only: a sync running beside this one must not move it back."""
    state.last_uid = last_uid
    FolderState.objects.filter(pk=state.pk, last_uid__lt=last_uid).update(last_uid=last_uid)


@transaction.atomic
def _commit_batch(account, state, folder, uidvalidity, chunk, fetched, result) -> None:
    """Store one batch and advance last_uid in the same transaction: no gaps, no doubles."""
    rows = [
        build_message(
            account.owner,
            RawMail(f.raw, f.size, f.truncated, folder, f.uid, uidvalidity, f.attachments),
            account,
            classify=False,
        )
        for f in fetched
    ]
    result.seen += len(rows)
    result.errors += sum(1 for r in rows if r.parse_error)
    result.new += save_new(account.owner, rows)
    _advance(state, max(chunk))


def propose_safely(owner, rows) -> int:
    """Proposals for the employer mail among rows; a matching bug never stops the sync."""
    keys = [r.dedup_key for r in rows if r.kind and r.kind != "other" and not r.parse_error]
    if not keys:
        return 0
    try:
        with transaction.atomic():
            return len(propose_for_keys(owner, keys))
    except Exception:
        log.exception("proposals for %s messages failed; they stay unproposed", len(keys))
        return 0


def sync_all(progress: Progress | None = None) -> list[SyncResult]:
    """Sync every account of every user (the periodic task)."""
    return [sync_account(a, progress) for a in MailAccount.objects.select_related("owner")]


@dataclass
class ImportResult:
    """What an offline import read and stored."""

    read: int = 0
    new: int = 0
    errors: int = 0
    proposals: int = 0
    failed_files: list[str] = field(default_factory=list)


def import_messages(owner, paths: Iterable[str | Path]) -> ImportResult:
    """Import .eml files, .mbox files, or folders of them; already stored mail is skipped."""
    result = ImportResult()
    pending: list = []
    for raw in _raw_messages(paths, result):
        pending.append(build_message(owner, RawMail(raw)))
        if len(pending) >= batch_size():
            _store_import(owner, pending, result)
            pending = []
    _store_import(owner, pending, result)
    return result


def _store_import(owner, rows, result: ImportResult) -> None:
    result.read += len(rows)
    result.errors += sum(1 for r in rows if r.parse_error)
    with transaction.atomic():
        result.new += save_new(owner, rows)
        result.proposals += propose_safely(owner, rows)


def _raw_messages(paths, result: ImportResult):
    for path in map(Path, paths):
        files = _mail_files(path) if path.is_dir() else [path]
        for file in files:
            try:
                yield from _read_file(file)
            except OSError as exc:
                result.failed_files.append(f"{file}: {exc.strerror or exc}")


def _mail_files(folder: Path) -> list[Path]:
    """The .eml and .mbox files under a folder (other files are not mail)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in MAIL_SUFFIXES)


def _read_file(file: Path):
    if _is_mbox(file):
        box = mailbox.mbox(file, create=False)
        try:
            for key in box.iterkeys():
                yield box.get_bytes(key)
        finally:
            box.close()
    else:
        yield file.read_bytes()


def _is_mbox(file: Path) -> bool:
    """An mbox starts with a "From " line; an .eml starts with headers."""
    if file.suffix.lower() == ".mbox":
        return True
    with file.open("rb") as handle:
        return handle.read(5) == b"From "
