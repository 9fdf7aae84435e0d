"""Turn raw message bytes into MailMessage rows: parse, classify, cap, deduplicate."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings

from nextround.analysis.employer_mail import classify_email
from nextround.analysis.mime import MalformedMessage, ParsedMessage, parse_message
from nextround.mailboxes.models import MailAccount, MailMessage, MailSource


def text_cap() -> int:
    """Characters of text (and of HTML) kept per message."""
    return int(getattr(settings, "MAIL_TEXT_CAP", 100_000))


@dataclass(frozen=True)
class RawMail:
    """Bytes of one message and where they came from."""

    raw: bytes
    size: int = 0
    truncated: bool = False
    folder: str = ""
    uid: int | None = None
    uidvalidity: int | None = None
    attachments: tuple[tuple[str, int], ...] | None = None  # known from the server, if cut


def dedup_key(parsed: ParsedMessage | None, raw: bytes) -> str:
    """Message-ID when there is one, otherwise a hash of the bytes."""
    if parsed and parsed.message_id and len(parsed.message_id) <= 290:
        return parsed.message_id
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def build_message(
    owner, mail: RawMail, account: MailAccount | None = None, *, classify: bool = True
) -> MailMessage:
    """A MailMessage for raw bytes; a message that cannot be read keeps its error instead.

    classify=False leaves the (slower) classification to classify_row later: a sync stores
    first and classifies in a follow-up task.
    """
    source = MailSource.IMAP if account else MailSource.IMPORT
    row = MailMessage(
        owner=owner,
        account=account,
        source=source,
        folder=mail.folder,
        uid=mail.uid,
        uidvalidity=mail.uidvalidity,
        size=mail.size or len(mail.raw),
        truncated=mail.truncated,
    )
    cap = text_cap()
    try:
        parsed = parse_message(mail.raw, body_cap=cap)
    except MalformedMessage as exc:
        row.parse_error = exc.reason
        row.dedup_key = dedup_key(None, mail.raw)
        return row
    except Exception as exc:  # hostile input must never stop a sync
        row.parse_error = f"parser failed: {exc.__class__.__name__}"
        row.dedup_key = dedup_key(None, mail.raw)
        return row
    _fill(row, parsed, cap, mail.attachments)
    row.dedup_key = dedup_key(parsed, mail.raw)
    if classify:
        _classify(row, parsed)
    else:
        row.classified = False
    return row


def _fill(row: MailMessage, parsed: ParsedMessage, cap: int, known_attachments) -> None:
    row.message_id = parsed.message_id[:300]
    row.in_reply_to = parsed.in_reply_to[:300]
    row.references = list(parsed.references[:100])
    row.subject = parsed.subject[:500]
    row.from_name = parsed.from_name[:300]
    row.from_addr = parsed.from_addr[:300]
    row.to_addrs = list(parsed.to_addrs[:100])
    row.date = parsed.date
    row.text = parsed.text[:cap]
    row.html = parsed.html[:cap]
    found = parsed.attachments if known_attachments is None else known_attachments
    row.attachments = [{"name": n[:300], "size": s} for n, s in found[:200]]
    row.defects = list(parsed.defects[:50])
    row.bulk = parsed.bulk
    if row.truncated:
        row.defects.append(f"only the first part of a {row.size}-byte message was fetched")


def _classify(row: MailMessage, parsed: ParsedMessage) -> None:
    try:
        analysis = classify_email(parsed)
    except Exception as exc:  # a classifier bug must not lose the message
        row.parse_error = f"classifier failed: {exc.__class__.__name__}"
        return
    row.kind = analysis.kind
    row.has_specific_feedback = analysis.has_specific_feedback
    row.talent_pool = analysis.talent_pool
    row.company = (analysis.company or "")[:200]
    row.role = (analysis.role or "")[:200]
    row.feedback_sentences = list(analysis.feedback_sentences[:50])
    row.confidence = float(analysis.confidence)
    row.interview_at = analysis.interview_at
    row.meeting_link = (analysis.meeting_link or "")[:1000]


def parsed_from_row(row: MailMessage) -> ParsedMessage:
    """The parsed message again from a stored row (for classifying it after the sync)."""
    return ParsedMessage(
        message_id=row.message_id,
        in_reply_to=row.in_reply_to,
        references=tuple(row.references or ()),
        subject=row.subject,
        from_name=row.from_name,
        from_addr=row.from_addr,
        to_addrs=tuple(row.to_addrs or ()),
        date=row.date,
        text=row.text,
        html=row.html,
        attachments=tuple((a.get("name", ""), a.get("size", 0)) for a in row.attachments or ()),
        defects=tuple(row.defects or ()),
        bulk=row.bulk,
    )


def classify_row(row: MailMessage) -> None:
    """Classify a row stored unclassified (its fields are set, not saved)."""
    _classify(row, parsed_from_row(row))
    row.classified = True


def save_new(owner, rows: Iterable[MailMessage]) -> int:
    """Insert the rows not stored yet (by Message-ID/hash and by folder+UID); return how many."""
    unique: dict[str, MailMessage] = {}
    for row in rows:
        unique.setdefault(row.dedup_key, row)
    if not unique:
        return 0
    known = set(
        MailMessage.objects.filter(owner=owner, dedup_key__in=list(unique)).values_list(
            "dedup_key", flat=True
        )
    )
    fresh = [row for key, row in unique.items() if key not in known]
    # ignore_conflicts: a concurrent sync that stored the same mail first is not an error.
    MailMessage.objects.bulk_create(fresh, ignore_conflicts=True)
    return len(fresh)
