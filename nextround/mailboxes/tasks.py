"""Periodic mail sync, run by the Huey consumer."""

import os

from django.conf import settings
from huey import crontab
from huey.contrib.djhuey import HUEY, db_periodic_task

from nextround.mailboxes import actions


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
