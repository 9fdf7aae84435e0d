"""State changes for feedback requests: create, draft, send, follow up once, close."""

from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from nextround.applications.models import Application
from nextround.applications.stages import Stage, StageError
from nextround.core.scoping import get_owned_or_404
from nextround.feedback import drafts, suggest
from nextround.feedback.models import (
    TRANSITIONS,
    FeedbackEvent,
    FeedbackRequest,
    SmtpAccount,
    State,
)
from nextround.feedback.smtp import MailSender, Outgoing, SendError, SmtpSender, build_message
from nextround.feedback.suggest import day_month

# The Huey task retries a failed send this many times, waiting 1, 2, 4, 8, 16 minutes.
RETRIES = 5
RETRY_DELAY = 60
RETRY_BACKOFF = 2

MOVED_ON_MESSAGE = (
    "No reply after your request and one follow-up, so this one is closed. Silence is common "
    "and says nothing about you: your time is better spent on the next application."
)
SECOND_CHASE = (
    "You have already followed up once. A second chase rarely gets an answer and can cost the "
    "goodwill you built; mark it as moved on, or wait for the reply."
)


class FeedbackStateError(StageError):
    """A refused change of a feedback request (answered 409 by the API); shown to the user."""


def follow_up_days() -> int:
    return int(getattr(settings, "NEXTROUND_FEEDBACK_FOLLOW_UP_DAYS", 7))


def close_days() -> int:
    return int(getattr(settings, "NEXTROUND_FEEDBACK_CLOSE_DAYS", 14))


def transition(req: FeedbackRequest, to_state: str, note: str = "", at=None) -> FeedbackEvent:
    """Move req to to_state if the state machine allows it, recording the event."""
    if to_state not in TRANSITIONS.get(req.state, set()):
        raise FeedbackStateError(
            f"A request that is '{State(req.state).label}' cannot become '{State(to_state).label}'."
        )
    at = at or timezone.now()
    event = FeedbackEvent.objects.create(
        owner_id=req.owner_id,
        request=req,
        from_state=req.state,
        to_state=to_state,
        at=at,
        note=note,
    )
    req.state = to_state
    req.updated_at = timezone.now()
    req.save()
    return event


def _locked(owner, request_id) -> FeedbackRequest:
    qs = FeedbackRequest.objects.select_for_update().select_related("application__company")
    return get_owned_or_404(qs, owner, pk=request_id)


def _sender_name(owner) -> str:
    account = SmtpAccount.objects.filter(owner=owner).first()
    return (account.from_name if account else "") or owner.get_full_name()


@transaction.atomic
def create_request(owner, application_id: int, *, template: str = "") -> FeedbackRequest:
    """Create the draft request for a rejected application, with recipient and text suggested."""
    app = get_owned_or_404(
        Application.objects.select_for_update().select_related("company"), owner, pk=application_id
    )
    if app.stage != Stage.REJECTED:
        raise ValidationError({"application": "Feedback is requested after a rejection."})
    if app.feedback_requests.filter(state__in=[State.DRAFT, State.SENT, State.FOLLOW_UP_SENT]):
        raise FeedbackStateError("This application already has an open feedback request.")
    recipient = suggest.suggest_recipient(app)
    template = template if template in drafts.TEMPLATES else drafts.DEFAULT_TEMPLATE
    draft = drafts.render_draft(app, recipient.contact, template, _sender_name(owner))
    req = FeedbackRequest.objects.create(
        owner=owner,
        application=app,
        contact=recipient.contact,
        to_address=recipient.address,
        recipient_reason=recipient.reason,
        template=template,
        subject=draft.subject,
        body=draft.body,
    )
    FeedbackEvent.objects.create(owner=owner, request=req, to_state=State.DRAFT, note="Drafted")
    return req


@transaction.atomic
def save_draft(owner, request_id: int, *, subject: str, body: str, to_address: str = ""):
    """Store the user's edits: the request while a draft, the follow-up once sent."""
    req = _locked(owner, request_id)
    to_address = (to_address or "").strip()
    if to_address:
        try:
            validate_email(to_address)
        except ValidationError as exc:
            raise ValidationError({"to_address": "Enter a valid email address."}) from exc
    if not (subject or "").strip() or not (body or "").strip():
        raise ValidationError({"body": "A subject and a message are both needed."})
    if req.state == State.DRAFT:
        req.subject, req.body, req.to_address = subject.strip(), body, to_address
    elif req.state == State.SENT:
        req.follow_up_subject, req.follow_up_body = subject.strip(), body
    else:
        raise FeedbackStateError("This request has been sent and followed up; nothing to edit.")
    req.updated_at = timezone.now()
    req.full_clean(exclude=["owner", "application", "contact"])
    req.save()
    return req


def follow_up_refusal(req: FeedbackRequest, now: datetime | None = None) -> str:
    """Why a follow-up cannot go out now ('' when it can)."""
    now = now or timezone.now()
    if req.state == State.FOLLOW_UP_SENT or req.follow_up_sent_at:
        return SECOND_CHASE
    if req.state != State.SENT or req.sent_at is None:
        return "A follow-up is only possible after the request was sent and before any reply."
    due = req.sent_at + timedelta(days=follow_up_days())
    if now < due:
        when = day_month(due)
        return f"Give them time: a follow-up is offered from {when} ({follow_up_days()} days)."
    return ""


def prepare_follow_up(req: FeedbackRequest) -> FeedbackRequest:
    """Fill in the follow-up text from the template unless the user already edited it."""
    if not req.follow_up_body:
        draft = drafts.render_follow_up(req, _sender_name(req.owner))
        req.follow_up_subject, req.follow_up_body = draft.subject, draft.body
        req.save(update_fields=["follow_up_subject", "follow_up_body"])
    return req


def _check_sendable(req: FeedbackRequest, kind: str) -> None:
    if kind == "request" and req.state != State.DRAFT:
        raise FeedbackStateError("This request has already been sent.")
    if kind == "follow_up":
        refusal = follow_up_refusal(req)
        if refusal:
            raise FeedbackStateError(refusal)
        prepare_follow_up(req)
    if kind not in ("request", "follow_up"):
        raise ValidationError({"kind": "Send 'request' or 'follow_up'."})


@transaction.atomic
def mark_sent(owner, request_id: int, *, kind: str = "request", at=None) -> FeedbackRequest:
    """The user sent it from their own mail app: record it by hand."""
    req = _locked(owner, request_id)
    _check_sendable(req, kind)
    return _record_sent(req, kind, message_id="", via="manual", at=at)


def _record_sent(req, kind, *, message_id, via, at=None) -> FeedbackRequest:
    at = at or timezone.now()
    req.pending_send, req.last_error, req.next_retry_at = "", "", None
    if kind == "request":
        req.message_id, req.sent_at, req.sent_via = message_id, at, via
        transition(req, State.SENT, note=f"Sent ({via})", at=at)
    else:
        req.follow_up_message_id, req.follow_up_sent_at = message_id, at
        transition(req, State.FOLLOW_UP_SENT, note=f"Followed up ({via})", at=at)
    return req


@transaction.atomic
def queue_send(owner, request_id: int, *, kind: str = "request") -> FeedbackRequest:
    """Check the request can go out over SMTP and mark it pending; the caller enqueues the task."""
    req = _locked(owner, request_id)
    _check_sendable(req, kind)
    if req.pending_send and not req.last_error:
        # A second click while the first send is queued would mail the employer twice.
        raise FeedbackStateError("This message is already on its way.")
    if not SmtpAccount.objects.filter(owner=owner).exists():
        raise ValidationError(
            {"smtp": "Set up your outgoing mail server first, or use 'open in my mail app'."}
        )
    if not req.to_address:
        raise ValidationError({"to_address": "Who should receive it? Add an email address."})
    req.pending_send, req.send_attempts, req.last_error, req.next_retry_at = kind, 0, "", None
    req.save(update_fields=["pending_send", "send_attempts", "last_error", "next_retry_at"])
    return req


def sender_for(owner) -> MailSender:
    """The SMTP adapter for owner's saved account."""
    account = SmtpAccount.objects.get(owner=owner)
    return SmtpSender(
        account.host, account.port, account.security, account.username, account.get_password()
    )


def _outgoing(req: FeedbackRequest, account: SmtpAccount) -> Outgoing:
    follow_up = req.pending_send == "follow_up"
    return Outgoing(
        from_address=account.from_address,
        from_name=account.from_name,
        to_address=req.to_address,
        subject=req.follow_up_subject if follow_up else req.subject,
        body=req.follow_up_body if follow_up else req.body,
        in_reply_to=req.message_id if follow_up else "",
    )


def deliver(request_id: int, sender: MailSender | None = None) -> bool:
    """Send the pending message; True once the server accepted it, else record the error."""
    req = FeedbackRequest.objects.select_related("owner").filter(pk=request_id).first()
    if req is None or not req.pending_send:
        return True  # deleted, sent by hand meanwhile, or already delivered: nothing to retry
    account = SmtpAccount.objects.filter(owner=req.owner).first()
    try:
        if account is None:
            raise SendError("No outgoing mail server is set up.")
        message = build_message(_outgoing(req, account))
        message_id = (sender or sender_for(req.owner)).send(message)
    except Exception as exc:  # any failure leaves it unsent with the reason shown
        _record_failure(req, exc)
        return False
    with transaction.atomic():
        req = FeedbackRequest.objects.select_for_update().get(pk=req.pk)
        if req.pending_send:
            _record_sent(req, req.pending_send, message_id=message_id, via="smtp")
    return True


def _record_failure(req: FeedbackRequest, exc: Exception) -> None:
    attempts = req.send_attempts + 1
    error = str(exc) if isinstance(exc, SendError) else f"Sending failed ({exc})."
    next_retry = None
    if attempts <= RETRIES:
        delay = RETRY_DELAY * RETRY_BACKOFF ** (attempts - 1)
        next_retry = timezone.now() + timedelta(seconds=delay)
    else:
        error += " Gave up retrying: check the mail settings, then send again."
    FeedbackRequest.objects.filter(pk=req.pk).update(
        send_attempts=attempts, last_error=error[:500], next_retry_at=next_retry
    )


@transaction.atomic
def record_outcome(owner, request_id: int, state: str, note: str = "") -> FeedbackRequest:
    """The user records a reply, a refusal to give feedback, or that they moved on."""
    req = _locked(owner, request_id)
    if state not in (State.REPLIED, State.DECLINED, State.NO_REPLY_MOVED_ON):
        raise ValidationError({"state": "Choose replied, declined or no_reply_moved_on."})
    if state == State.NO_REPLY_MOVED_ON:
        req.closed_message = MOVED_ON_MESSAGE
    req.pending_send = ""
    transition(req, state, note=note[:500] or "Recorded by you")
    return req


def close_unanswered(now: datetime | None = None) -> int:
    """Close requests with no reply close_days() after the follow-up; return how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=close_days())
    stale = FeedbackRequest.objects.filter(
        state=State.FOLLOW_UP_SENT, follow_up_sent_at__lt=cutoff
    ).values_list("pk", flat=True)
    closed = 0
    for pk in list(stale):
        with transaction.atomic():
            req = FeedbackRequest.objects.select_for_update().get(pk=pk)
            if req.state != State.FOLLOW_UP_SENT:
                continue  # a reply arrived meanwhile
            req.closed_message = MOVED_ON_MESSAGE
            transition(req, State.NO_REPLY_MOVED_ON, note="Closed: no reply after the follow-up")
            closed += 1
    return closed


def delete_request(owner, request_id: int) -> None:
    """Delete a request and its history (the feedback received stays on the application)."""
    get_owned_or_404(FeedbackRequest, owner, pk=request_id).delete()
