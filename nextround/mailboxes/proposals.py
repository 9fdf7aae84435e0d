"""Turn classified employer mail into proposals: one per message, auto-applied only if asked."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q

from nextround.applications.models import Application
from nextround.applications.stages import OPEN_STAGES, Stage
from nextround.feedback.replies import match_request
from nextround.mailboxes.matching import Match, Matcher, is_personal_sender
from nextround.mailboxes.models import (
    MailMessage,
    MailPreferences,
    Proposal,
    ProposalAction,
    ProposalStatus,
)
from nextround.mailboxes.review import ReviewError, accept

log = logging.getLogger(__name__)
# The stage an application reaches when the mail is about one that is not tracked yet.
NEW_STAGE = {
    "acknowledgement": Stage.APPLIED,
    "interview_invitation": Stage.INTERVIEWING,
    "rejection": Stage.REJECTED,
    "offer": Stage.OFFER,
    "feedback_reply": Stage.REJECTED,
}
ORDER = [Stage.SAVED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER]


def preferences_for(owner) -> MailPreferences:
    """The owner's mail settings (defaults until changed)."""
    prefs = MailPreferences.objects.filter(owner=owner).first()
    return prefs or MailPreferences(owner=owner)


def save_preferences(owner, *, auto_apply: bool, threshold: float) -> MailPreferences:
    """Turn auto-apply on or off and set its confidence threshold."""
    prefs = preferences_for(owner)
    prefs.auto_apply, prefs.threshold = auto_apply, threshold
    prefs.full_clean(exclude=["owner"])
    prefs.save()
    return prefs


def propose_for_keys(owner, dedup_keys: Iterable[str]) -> list[Proposal]:
    """Proposals for the owner's stored messages with these keys that have none yet."""
    keys = list(dedup_keys)
    if not keys:
        return []
    qs = MailMessage.objects.filter(owner=owner, dedup_key__in=keys)
    return propose(owner, qs)


def propose(owner, messages) -> list[Proposal]:
    """One proposal per employer message (kind not other) that has none; then auto-apply."""
    pending = list(
        messages.filter(proposal__isnull=True, parse_error="")
        .exclude(Q(kind="") | Q(kind="other"))
        .order_by("date", "pk")
    )
    if not pending:
        return []
    matcher = Matcher(owner)
    made = []
    for message in pending:
        proposal = build_proposal(matcher, message)
        if proposal is not None:
            made.append(proposal)
    Proposal.objects.bulk_create(made, ignore_conflicts=True)
    made = list(Proposal.objects.filter(message__in=[p.message for p in made]))
    _auto_apply(owner, made)
    return made


def build_proposal(matcher: Matcher, message: MailMessage) -> Proposal | None:
    """The change message suggests, unsaved; None when there is nothing to change."""
    found = matcher.match(message)
    proposal = Proposal(
        owner=message.owner,
        message=message,
        application=found.application,
        confidence=min(found.score, message.confidence) if found.application else 0.0,
        reasons=found.reasons,
        company_name=message.company or "",
        role_title=message.role or "",
    )
    if not found.known_sender and is_personal_sender(message.from_addr):
        proposal.contact_email = message.from_addr[:300]
        proposal.contact_name = (message.from_name or message.from_addr)[:200]
    if found.application is None:
        return _new_application(proposal, message)
    matcher.remember(message, found.application)
    return _change(proposal, message, found)


def _new_application(proposal: Proposal, message: MailMessage) -> Proposal:
    proposal.action = ProposalAction.CREATE
    proposal.to_stage = NEW_STAGE.get(message.kind, Stage.APPLIED)
    proposal.confidence = round(message.confidence * 0.5, 2)  # never auto-apply a guess
    _interview_details(proposal, message)
    return proposal


def _interview_details(proposal: Proposal, message: MailMessage) -> None:
    if message.kind == "interview_invitation":
        proposal.interview_at = message.interview_at
        proposal.meeting_link = message.meeting_link


def _change(proposal: Proposal, message: MailMessage, found: Match) -> Proposal | None:
    app, kind = found.application, message.kind
    is_open = app.stage in OPEN_STAGES
    if kind in ("feedback_reply", "rejection") and _waiting_request(message):
        proposal.action = ProposalAction.FEEDBACK
    elif kind in ("rejection", "feedback_reply") and is_open:
        proposal.action, proposal.to_stage = ProposalAction.MOVE, Stage.REJECTED
    elif kind == "offer" and is_open and _before(app.stage, Stage.OFFER):
        proposal.action, proposal.to_stage = ProposalAction.MOVE, Stage.OFFER
    elif kind == "interview_invitation" and is_open and app.stage != Stage.OFFER:
        proposal.action = ProposalAction.INTERVIEW
        if _before(app.stage, Stage.INTERVIEWING):
            proposal.to_stage = Stage.INTERVIEWING
        _interview_details(proposal, message)
        if not proposal.to_stage and not proposal.interview_at:
            return _contact_only(proposal)
    elif kind == "acknowledgement" and app.stage == Stage.SAVED:
        proposal.action, proposal.to_stage = ProposalAction.MOVE, Stage.APPLIED
    else:
        return _contact_only(proposal)
    return proposal


def _contact_only(proposal: Proposal) -> Proposal | None:
    """Nothing to change on the application: offer the unknown sender as a contact, if any."""
    if not proposal.contact_email:
        return None
    proposal.action = ProposalAction.CONTACT
    return proposal


def _before(stage: str, target: str) -> bool:
    return stage in ORDER and ORDER.index(stage) < ORDER.index(target)


def _waiting_request(message: MailMessage) -> bool:
    found = match_request(
        message.owner,
        in_reply_to=message.in_reply_to,
        references=message.references,
        from_addr=message.from_addr,
    )
    return found is not None


def _threads_to_request(proposal: Proposal) -> bool:
    """A reply whose thread headers name a feedback request the user sent: certain, no guess."""
    if proposal.action != ProposalAction.FEEDBACK:
        return False
    message = proposal.message
    found = match_request(
        message.owner, in_reply_to=message.in_reply_to, references=message.references
    )
    return found is not None


def _auto_apply(owner, proposals: list[Proposal]) -> None:
    """Attach thread-matched feedback replies; accept confident proposals if auto-apply is on."""
    prefs = preferences_for(owner)
    for proposal in proposals:
        if proposal.status != ProposalStatus.PENDING:
            continue
        certain = _threads_to_request(proposal)
        if not certain and not (prefs.auto_apply and proposal.confidence >= prefs.threshold):
            continue
        try:
            with transaction.atomic():
                accept(owner, proposal.pk, auto=True)
        except ReviewError as exc:
            log.info("proposal %s left for review: %s", proposal.pk, exc)


def applications_to_choose(owner):
    """The owner's applications for the edit form, open ones first."""
    return Application.objects.owned_by(owner).select_related("company").order_by("company__name")
