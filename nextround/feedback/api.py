"""Feedback requests, received feedback and the action plan in the JSON API."""

from datetime import date, datetime
from typing import Literal

from ninja import Field, Router, Schema

from nextround.analysis.tone import check_tone
from nextround.applications.models import MAX_TEXT, Application
from nextround.core.scoping import get_owned_or_404
from nextround.feedback import actions, plan, queries
from nextround.feedback.drafts import TEMPLATES
from nextround.feedback.models import ActionItem, FeedbackRequest

router = Router(tags=["feedback"])


class ToneIssueOut(Schema):
    """A wording problem, why it hurts, and a rewrite."""

    kind: str
    text: str
    start: int
    end: int
    explanation: str
    suggestion: str


class RequestOut(Schema):
    """A feedback request and where it stands."""

    id: int
    application_id: int
    state: str
    to_address: str
    recipient_reason: str
    template: str
    subject: str
    body: str
    follow_up_subject: str
    follow_up_body: str
    message_id: str
    sent_at: datetime | None
    sent_via: str
    follow_up_sent_at: datetime | None
    pending_send: str
    last_error: str
    closed_message: str
    updated_at: datetime


class RequestDetailOut(RequestOut):
    """A request with the tone check of its current text."""

    tone: list[ToneIssueOut]

    @staticmethod
    def resolve_tone(obj):
        return check_tone(obj.follow_up_body if obj.state == "sent" else obj.body)


class CreateIn(Schema):
    """Which template to start from."""

    template: Literal[tuple(TEMPLATES)] = "brief"  # type: ignore[valid-type]


class DraftIn(Schema):
    """The edited request (while a draft) or follow-up (once sent)."""

    subject: str = Field(..., min_length=1, max_length=300)
    body: str = Field(..., min_length=1, max_length=MAX_TEXT)
    to_address: str = Field("", max_length=254)


class TextIn(Schema):
    """A text to check or to record."""

    text: str = Field(..., min_length=1, max_length=MAX_TEXT)


class MarkSentIn(Schema):
    """What was sent by hand."""

    kind: Literal["request", "follow_up"] = "request"


class FeedbackOut(Schema):
    """Feedback received for an application, with its themes."""

    id: int
    application_id: int
    request_id: int | None
    source: str
    text: str
    scores: dict
    themes: list[str]
    points: list[dict]
    received_at: datetime


class ItemOut(Schema):
    """One action item; stronger_candidate carries a perspective, not a task."""

    id: int
    theme: str
    next_step: str
    is_task: bool
    due_on: date | None
    done: bool
    count: int
    feedback_ids: list[int]

    @staticmethod
    def resolve_feedback_ids(obj):
        return sorted(f.pk for f in obj.feedback.all())


class DoneIn(Schema):
    done: bool


def _request(user, pk):
    return get_owned_or_404(FeedbackRequest, user, pk=pk)


@router.get("/feedback-requests", response=list[RequestOut])
def list_feedback_requests(request):
    """The user's feedback requests, most recently changed first."""
    return list(queries.requests_for(request.auth))


@router.get("/feedback-requests/{request_id}", response=RequestDetailOut)
def get_feedback_request(request, request_id: int):
    """One request with the tone check of its text."""
    return _request(request.auth, request_id)


@router.post("/applications/{application_id}/feedback-request", response={201: RequestDetailOut})
def create_feedback_request(request, application_id: int, payload: CreateIn):
    """Draft the request for a rejected application (409 if one is already open)."""
    req = actions.create_request(request.auth, application_id, template=payload.template)
    return 201, req


@router.put("/feedback-requests/{request_id}/draft", response=RequestDetailOut)
def save_feedback_draft(request, request_id: int, payload: DraftIn):
    """Save the edited text; the answer carries its tone check."""
    actions.save_draft(request.auth, request_id, **payload.dict())
    return _request(request.auth, request_id)


@router.post("/feedback/tone", response=list[ToneIssueOut])
def check_feedback_tone(request, payload: TextIn):
    """Tone problems in a draft; nothing is stored."""
    return check_tone(payload.text)


@router.post("/feedback-requests/{request_id}/mark-sent", response=RequestDetailOut)
def mark_feedback_sent(request, request_id: int, payload: MarkSentIn):
    """Record that the request (or the follow-up) was sent from the user's own mail app."""
    actions.mark_sent(request.auth, request_id, kind=payload.kind)
    return _request(request.auth, request_id)


@router.post("/feedback-requests/{request_id}/send", response={202: RequestDetailOut})
def send_feedback_request(request, request_id: int, payload: MarkSentIn):
    """Send the request (or the follow-up) over the user's SMTP server; failures are retried."""
    from nextround.feedback.tasks import send_feedback_request as task

    actions.queue_send(request.auth, request_id, kind=payload.kind)
    task(request_id)
    return 202, _request(request.auth, request_id)


@router.post("/applications/{application_id}/feedback", response={201: FeedbackOut})
def add_feedback(request, application_id: int, payload: TextIn):
    """Record pasted feedback (notes from a call); it is analysed into themes and the plan."""
    get_owned_or_404(Application, request.auth, pk=application_id)
    return 201, plan.add_pasted_feedback(request.auth, application_id, payload.text)


@router.get("/action-items", response=list[ItemOut])
def list_action_items(request):
    """The action plan: open items first, one per theme."""
    return queries.action_plan(request.auth)


@router.patch("/action-items/{item_id}", response=ItemOut)
def set_action_item_done(request, item_id: int, payload: DoneIn):
    """Tick an item done or reopen it."""
    plan.set_done(request.auth, item_id, payload.done)
    return get_owned_or_404(
        ActionItem.objects.prefetch_related("feedback"), request.auth, pk=item_id
    )
