"""Mail sync, classification and uploaded-file imports, run by the Huey consumer."""

import os

from django.conf import settings
from huey import crontab
from huey.contrib.djhuey import HUEY, db_periodic_task, db_task

from nextround.mailboxes import actions, uploads
from nextround.mailboxes.models import MailAccount


def poll_minutes() -> int:
    """Minutes between syncs: NEXTROUND_MAIL_POLL_MINUTES (settings or env), default 15."""
    value = getattr(settings, "MAIL_POLL_MINUTES", None)
    value = value or os.environ.get("NEXTROUND_MAIL_POLL_MINUTES") or 15
    return max(1, int(value))


def poll_schedule(minutes: int):
    """A crontab firing every `minutes` minutes (whole hours above 59)."""
    if minutes < 60:
        return crontab(minute=f"*/{minutes}")
    return crontab(minute="0", hour=f"*/{min(23, minutes // 60)}")


@db_periodic_task(poll_schedule(poll_minutes()), name="sync_mail_accounts")
def sync_mail_accounts() -> int:
    """Sync every mail account; a run still going makes the next one skip (no overlap)."""
    with HUEY.lock_task("sync_mail_accounts"):
        return sum(r.new for r in actions.sync_all())


@db_task(name="sync_one_mail_account")
def sync_one_account(account_id: int) -> dict | None:
    """Sync one account now (the "Sync now" button); None when it was deleted meanwhile."""
    account = MailAccount.objects.filter(pk=account_id).first()
    if account is None:
        return None
    result = actions.sync_account(account)
    return {
        "new": result.new,
        "proposals": result.proposals,
        "error_kind": result.error_kind,
        "error": result.error,
    }


@db_task(name="classify_new_mail")
def classify_new_mail(owner_id: int) -> int:
    """Classify what a sync stored and propose changes; one run per owner at a time."""
    from django.contrib.auth import get_user_model

    from nextround.mailboxes.classify import classify_pending

    owner = get_user_model().objects.filter(pk=owner_id).first()
    if owner is None:
        return 0
    with HUEY.lock_task(f"classify_new_mail-{owner_id}"):
        return classify_pending(owner)[1]


@db_task(name="import_mail_upload")
def import_upload(import_id: int) -> str | None:
    """Import one upload of mail files; the outcome is recorded on its MailImport."""
    job = uploads.run_import(import_id)
    return job.status if job else None
