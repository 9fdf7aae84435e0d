"""JSON endpoints for mail: proposals (list, accept, dismiss, undo) and messages (sanitised)."""

from datetime import datetime

from django.db import transaction
from ninja import Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from nextround.accounts.api import Error
from nextround.applications.schemas import InvalidInput
from nextround.mailboxes import queries, review
from nextround.mailboxes.models import MailMessage, Proposal
from nextround.mailboxes.sanitize import clean_html, preview

PAGE = {"page_size": 25, "max_page_size": 100}
ERRORS = {401: Error, 404: Error, 422: InvalidInput}
CONFLICT = {**ERRORS, 409: Error}

router = Router()
proposals = Router(tags=["mail"])
messages = Router(tags=["mail"])


class MessageOut(Schema):
    id: int
    subject: str
    from_name: str
    from_addr: str
    date: datetime | None
    kind: str
    company: str
    role: str
    has_specific_feedback: bool
    talent_pool: bool
    preview: str

    @staticmethod
    def resolve_preview(obj: MailMessage) -> str:
        return preview(obj.text, obj.html)


class MessageDetailOut(MessageOut):
    text: str
    html: str  # sanitised: no scripts, forms, styles, frames or remote images
    attachments: list[dict]
    parse_error: str

    @staticmethod
    def resolve_html(obj: MailMessage) -> str:
        return clean_html(obj.html)


class ProposalOut(Schema):
    id: int
    status: str
    action: str
    sentence: str
    confidence: float
    application_id: int | None
    to_stage: str
    interview_at: datetime | None
    company_name: str
    role_title: str
    contact_email: str
    reasons: list[str]
    auto_applied: bool
    event_id: int | None
    message: MessageOut

    @staticmethod
    def resolve_sentence(obj: Proposal) -> str:
        return obj.sentence()


@proposals.get("", response=list[ProposalOut])
@paginate(PageNumberPagination, **PAGE)
def list_proposals(request, status: str = "pending"):
    """Your proposals from mail, newest mail first; status pending|accepted|dismissed|undone|all."""
    return queries.proposals_for(request.auth, None if status == "all" else status)


def _decide(request, proposal_id: int, action):
    queries.get_proposal(request.auth, proposal_id)  # 404 first, whatever the state
    try:
        with transaction.atomic():
            action(request.auth, proposal_id)
    except review.ReviewError as exc:
        return 409, {"detail": str(exc)}
    return 200, queries.get_proposal(request.auth, proposal_id)


@proposals.post("/{proposal_id}/accept", response={200: ProposalOut, **CONFLICT})
def accept_proposal(request, proposal_id: int):
    """Apply the change; every stage change is a StageEvent with source=mail."""
    return _decide(request, proposal_id, review.accept)


@proposals.post("/{proposal_id}/dismiss", response={200: ProposalOut, **CONFLICT})
def dismiss_proposal(request, proposal_id: int):
    """Leave the application as it is."""
    return _decide(request, proposal_id, review.dismiss)


@proposals.post("/{proposal_id}/undo", response={200: ProposalOut, **CONFLICT})
def undo_proposal(request, proposal_id: int):
    """Put back what accepting changed; 409 when the application has moved since."""
    return _decide(request, proposal_id, review.undo)


@messages.get("", response=list[MessageOut])
@paginate(PageNumberPagination, **PAGE)
def list_messages(request, kind: str = ""):
    """Your stored mail, newest first; kind filters (rejection, offer, other, ...)."""
    return queries.messages_for(request.auth, kind or None)


@messages.get("/{message_id}", response={200: MessageDetailOut, **ERRORS})
def get_message(request, message_id: int):
    """One message with its HTML sanitised."""
    return queries.get_message(request.auth, message_id)


router.add_router("/mail/proposals", proposals)
router.add_router("/mail/messages", messages)
