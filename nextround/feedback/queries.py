"""Reads for feedback: what to ask for, the requests, follow-ups due, and the action plan."""

from dataclasses import dataclass
from urllib.parse import quote

from django.db.models import Exists, OuterRef, Prefetch

from nextround.applications.models import Application
from nextround.applications.stages import Stage
from nextround.feedback import actions, suggest
from nextround.feedback.models import (
    ACTIVE_STATES,
    ActionItem,
    Feedback,
    FeedbackRequest,
    SmtpAccount,
    State,
)


def requests_to_suggest(owner):
    """Owner's rejected applications that have no feedback request yet."""
    asked = FeedbackRequest.objects.filter(application=OuterRef("pk"))
    return (
        Application.objects.owned_by(owner)
        .filter(stage=Stage.REJECTED)
        .exclude(Exists(asked))
        .select_related("company")
        .order_by("-last_activity_at", "-pk")
    )


def requests_for(owner):
    """Owner's feedback requests with their application, most recently changed first."""
    return FeedbackRequest.objects.owned_by(owner).select_related("application__company")


def active_request(application):
    """The application's open request, if any."""
    return (
        FeedbackRequest.objects.filter(application=application, state__in=ACTIVE_STATES)
        .select_related("application__company")
        .first()
    )


def feedback_for(application):
    """Feedback received for an application, newest first."""
    return list(Feedback.objects.filter(application=application))


@dataclass(frozen=True)
class Suggestion:
    """Who and when, for a rejected application without a request."""

    application: Application
    recipient: suggest.Recipient
    timing: suggest.Timing


def suggestion_for(application) -> Suggestion:
    """The recipient and timing suggested for one application."""
    return Suggestion(
        application, suggest.suggest_recipient(application), suggest.suggest_timing(application)
    )


def mailto_link(req: FeedbackRequest) -> str:
    """A mailto: link with the subject and body URL-encoded (the follow-up once sent)."""
    follow_up = req.state == State.SENT and req.follow_up_body
    subject = req.follow_up_subject if follow_up else req.subject
    body = req.follow_up_body if follow_up else req.body
    return f"mailto:{quote(req.to_address, safe='@')}?subject={quote(subject)}&body={quote(body)}"


def has_smtp(owner) -> bool:
    return SmtpAccount.objects.filter(owner=owner).exists()


def follow_up_offered(req: FeedbackRequest) -> bool:
    """Whether the one follow-up is due now."""
    return req.state == State.SENT and not actions.follow_up_refusal(req)


def action_plan(owner):
    """Owner's action items (open first) with the feedback that raised them."""
    linked = Feedback.objects.select_related("application__company")
    return list(
        ActionItem.objects.owned_by(owner).prefetch_related(Prefetch("feedback", queryset=linked))
    )
