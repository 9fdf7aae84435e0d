"""Classify mail a sync stored unclassified, then propose changes: the sync itself stays fast."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import transaction

from nextround.mailboxes.models import MailMessage
from nextround.mailboxes.proposals import propose
from nextround.mailboxes.store import classify_row

log = logging.getLogger(__name__)
CHUNK = 200
FIELDS = [
    "kind",
    "has_specific_feedback",
    "talent_pool",
    "company",
    "role",
    "feedback_sentences",
    "confidence",
    "interview_at",
    "meeting_link",
    "parse_error",
    "classified",
]


def pending_for(owner):
    """The owner's messages still waiting for the classifier, oldest first."""
    return MailMessage.objects.filter(owner=owner, classified=False).order_by("pk")


def classify_pending(owner, progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """Classify every waiting message of owner in chunks; return (classified, proposals)."""
    total = pending_for(owner).count()
    done = proposals = 0
    while True:
        rows = list(pending_for(owner)[:CHUNK])
        if not rows:
            return done, proposals
        for row in rows:
            classify_row(row)  # never raises: a classifier failure is kept on the row
        with transaction.atomic():
            # One plain UPDATE per row: bulk_update's CASE expressions were slower here.
            for row in rows:
                MailMessage.objects.filter(pk=row.pk).update(**{f: getattr(row, f) for f in FIELDS})
            proposals += _propose(owner, rows)
        done += len(rows)
        if progress:
            progress(done, max(total, done))


def _propose(owner, rows) -> int:
    employer = [r.pk for r in rows if r.kind and r.kind != "other" and not r.parse_error]
    if not employer:
        return 0
    try:
        with transaction.atomic():
            return len(propose(owner, MailMessage.objects.filter(pk__in=employer)))
    except Exception:  # a matching bug must not stop classification; the mail stays stored
        log.exception("proposals for %s messages failed", len(employer))
        return 0
