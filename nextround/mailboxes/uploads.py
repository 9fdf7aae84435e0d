"""Uploaded mail files: kept in the data dir, imported by a task, the outcome on a MailImport."""

from __future__ import annotations

import logging
import secrets
import shutil
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from nextround.core.datadir import ensure_data_dir
from nextround.mailboxes.actions import import_messages
from nextround.mailboxes.models import ImportStatus, MailImport
from nextround.mailboxes.queries import get_import

log = logging.getLogger(__name__)
KEPT = "The files are kept: try again, or upload them again."


class UploadError(Exception):
    """An upload that cannot be stored or imported now; the message says why."""


def import_root() -> Path:
    """The folder of the data dir where uploads wait for their import (private to the user)."""
    return ensure_data_dir(Path(settings.MEDIA_ROOT) / "mail-imports")


def upload_folder(job: MailImport) -> Path:
    """Where job's files are; only the last part of the stored name counts (no ../ escapes)."""
    return import_root() / Path(job.folder).name


def start_import(owner, uploads) -> MailImport:
    """Store the uploaded files in a fresh folder and record a queued import of them."""
    folder = secrets.token_hex(16)
    path = import_root() / folder
    files = []
    try:
        path.mkdir(mode=0o700)
        for n, upload in enumerate(uploads):
            # Never trust the uploaded name as a path: only its suffix is kept.
            stored = f"{n}{Path(upload.name).suffix.lower()}"
            with (path / stored).open("wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
            files.append({"name": upload.name[:200], "stored": stored, "size": upload.size})
        return MailImport.objects.create(owner=owner, folder=folder, files=files)
    except OSError as exc:
        shutil.rmtree(path, ignore_errors=True)
        raise UploadError(f"The files could not be stored: {exc.strerror or exc}.") from exc
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)  # no row points at them: do not leave them behind
        raise


def run_import(import_id: int) -> MailImport | None:
    """Import a queued upload: success deletes its files, failure keeps them and says why."""
    # Claiming with a conditional UPDATE runs each import once, even if queued twice.
    claimed = MailImport.objects.filter(pk=import_id, status=ImportStatus.QUEUED).update(
        status=ImportStatus.RUNNING, started_at=timezone.now(), error=""
    )
    if not claimed:
        return None
    job = MailImport.objects.select_related("owner").get(pk=import_id)
    paths = [upload_folder(job) / f["stored"] for f in job.files]
    try:
        result = import_messages(job.owner, paths)
    except Exception as exc:  # recorded on the row, where the user looks for it
        log.exception("mail import %s failed", job.pk)
        why = f"{exc.__class__.__name__}: {exc}"[:300]
        return _finish(job, ImportStatus.FAILED, f"It stopped with an error ({why}). {KEPT}")
    job.read, job.new = result.read, result.new
    job.errors, job.proposals = result.errors, result.proposals
    unreadable = _unreadable(job, paths, result.failed_files)
    if unreadable:
        return _finish(job, ImportStatus.FAILED, f"Could not open {unreadable}. {KEPT}")
    shutil.rmtree(upload_folder(job), ignore_errors=True)
    return _finish(job, ImportStatus.DONE, "")


def _unreadable(job: MailImport, paths: list[Path], failed: list[str]) -> str:
    """The uploaded names of the files import_messages could not open, with the reason."""
    names = []
    for entry in failed:
        for path, meta in zip(paths, job.files, strict=True):
            if entry.startswith(f"{path}: "):
                names.append(f"“{meta['name']}” ({entry.removeprefix(f'{path}: ')})")
    return "; ".join(names) or "; ".join(failed)


def _finish(job: MailImport, status: str, error: str) -> MailImport:
    job.status, job.error, job.finished_at = status, error, timezone.now()
    job.save(update_fields=["status", "error", "finished_at", "read", "new", "errors", "proposals"])
    return job


def retry_import(owner, import_id: int) -> MailImport:
    """Queue a failed import of owner's again, with the files it kept."""
    job = get_import(owner, import_id)
    if job.status != ImportStatus.FAILED:
        raise UploadError("Only a failed import can be tried again.")
    if not upload_folder(job).is_dir():
        raise UploadError("The files of this import are gone; upload them again.")
    MailImport.objects.filter(pk=job.pk, status=ImportStatus.FAILED).update(
        status=ImportStatus.QUEUED, error="", finished_at=None
    )
    job.refresh_from_db()
    return job


def describe_import(job: MailImport) -> str:
    """What an import did, or is doing, in a sentence or two for the page."""
    if job.status == ImportStatus.FAILED:
        return f"The import failed. {job.error}"
    if job.active:
        return "The import has started; its result shows here when it is done."
    text = f"Imported {job.new} new of {job.read} messages; {job.proposals} proposals."
    if job.errors:
        text += f" {job.errors} could not be read and were kept with their error."
    return text
