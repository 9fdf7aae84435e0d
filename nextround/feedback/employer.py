"""The employer's one-minute form: signed, expiring, single-use links, and the rate limit."""

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from nextround.feedback.actions import FeedbackStateError, transition
from nextround.feedback.models import CLOSED_STATES, FeedbackRequest, Source, State
from nextround.feedback.plan import record_feedback

SALT = "nextround.feedback.employer-form"
RATE_LIMIT = 20  # requests per IP address per window
RATE_WINDOW = 600  # seconds


def form_days() -> int:
    return int(getattr(settings, "NEXTROUND_FEEDBACK_FORM_DAYS", 30))


def _signer() -> signing.TimestampSigner:
    return signing.TimestampSigner(salt=SALT)


def form_token(req: FeedbackRequest) -> str:
    """The signed token for req's form link, creating its random nonce on first use."""
    if req.state in CLOSED_STATES:
        raise FeedbackStateError("This request is closed; a form link would not be answered.")
    if req.form_used_at:
        raise FeedbackStateError("The employer already answered the form.")
    if not req.form_nonce:
        req.form_nonce = secrets.token_urlsafe(24)
        req.form_created_at = timezone.now()
        req.save(update_fields=["form_nonce", "form_created_at"])
    return _signer().sign(req.form_nonce)


@dataclass(frozen=True)
class Lookup:
    """A link's request, or the HTTP status and reason it is refused."""

    request: FeedbackRequest | None
    status: int = 200
    reason: str = ""


INVALID = Lookup(None, 404, "This link is not valid. Please check it was copied in full.")
EXPIRED = Lookup(None, 410, "This link has expired. Thank you for taking the time anyway.")
USED = Lookup(None, 410, "This form has already been answered. Thank you for your feedback.")


def resolve(token: str) -> Lookup:
    """The request a form link belongs to; nothing about it when tampered, expired or used."""
    try:
        nonce = _signer().unsign(token, max_age=form_days() * 86400)
    except signing.SignatureExpired:
        return EXPIRED
    except signing.BadSignature:
        return INVALID
    req = (
        FeedbackRequest.objects.select_related("application", "owner")
        .filter(form_nonce=nonce)
        .first()
    )
    if req is None or not nonce:
        return INVALID
    if req.form_used_at is not None:
        return USED
    # Re-shown links are signed afresh, so the expiry also counts from the link's creation.
    if req.form_created_at and timezone.now() - req.form_created_at > timedelta(days=form_days()):
        return EXPIRED
    return Lookup(req)


def over_limit(ip: str) -> bool:
    """Count a request from ip; True once it exceeds RATE_LIMIT in the window."""
    key = f"feedback-form-rate:{ip}"
    cache.add(key, 0, RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW)
        count = 1
    return count > RATE_LIMIT


def submit(token: str, scores: dict, comments: str) -> Lookup:
    """Record the employer's answer once: feedback on the application, the request replied."""
    with transaction.atomic():
        found = resolve(token)
        if found.request is None:
            return found
        req = FeedbackRequest.objects.select_for_update().get(pk=found.request.pk)
        if req.form_used_at is not None:
            return USED  # a double submit lost the race
        req.form_used_at = timezone.now()
        req.save(update_fields=["form_used_at"])
        record_feedback(
            req.owner,
            req.application,
            source=Source.FORM,
            text=comments,
            scores=scores,
            request=req,
        )
        if req.state in (State.SENT, State.FOLLOW_UP_SENT):
            transition(req, State.REPLIED, note="Answered the feedback form")
        return Lookup(req)


def candidate_first_name(req: FeedbackRequest) -> str:
    """All the form shows of the user: their first name (or 'the candidate')."""
    first = (req.owner.first_name or "").split()
    return first[0] if first else "the candidate"
