"""Accept, edit, dismiss and undo proposals; every change is a StageEvent with source=mail."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone

from nextround.applications import actions as apps
from nextround.applications.models import (
    Application,
    Company,
    Contact,
    ContactRole,
    EventSource,
    Interview,
    InterviewFormat,
    StageEvent,
)
from nextround.applications.stages import CLOSED_STAGES, Stage, StageError
from nextround.core.scoping import get_owned_or_404
from nextround.feedback.replies import attach_reply
from nextround.mailboxes.models import MailMessage, Proposal, ProposalAction, ProposalStatus


class ReviewError(ValueError):
    """A proposal that cannot be accepted, edited or undone; the message is for the user."""


def _locked(owner, proposal_id: int) -> Proposal:
    # of=self: the application is an outer join (nullable), which PostgreSQL cannot lock.
    qs = Proposal.objects.select_for_update(of=("self",)).select_related(
        "message", "application__company"
    )
    return get_owned_or_404(qs, owner, pk=proposal_id)


def _pending(owner, proposal_id: int) -> Proposal:
    proposal = _locked(owner, proposal_id)
    if proposal.status != ProposalStatus.PENDING:
        raise ReviewError(f"This proposal was already {proposal.get_status_display().lower()}.")
    return proposal


@transaction.atomic
def dismiss(owner, proposal_id: int) -> Proposal:
    """Leave the application as it is."""
    proposal = _pending(owner, proposal_id)
    proposal.status, proposal.decided_at = ProposalStatus.DISMISSED, timezone.now()
    proposal.save(update_fields=["status", "decided_at"])
    return proposal


@transaction.atomic
def edit(owner, proposal_id: int, **changes) -> Proposal:
    """Change what a pending proposal will do (application, action, stage, new company/role)."""
    proposal = _pending(owner, proposal_id)
    app_id = changes.pop("application_id", None)
    if app_id is not None:
        proposal.application = get_owned_or_404(Application, owner, pk=app_id)
    for key in ("action", "to_stage", "company_name", "role_title", "interview_at"):
        if key in changes:
            setattr(proposal, key, changes.pop(key) or ("" if key != "interview_at" else None))
    if changes:
        raise TypeError(f"Unknown proposal fields: {sorted(changes)}")
    if proposal.action == ProposalAction.CREATE:
        proposal.application = None
    elif proposal.application is None:
        raise ReviewError("Choose the application this mail is about.")
    if proposal.to_stage and proposal.to_stage not in Stage.values:
        raise ReviewError(f"Unknown stage '{proposal.to_stage}'.")
    proposal.save()
    return proposal


@transaction.atomic
def accept(owner, proposal_id: int, *, auto: bool = False) -> Proposal:
    """Apply the proposal: move, schedule, add the contact, create, or attach the reply."""
    proposal = _pending(owner, proposal_id)
    message, undo = proposal.message, {}
    if proposal.action == ProposalAction.CREATE:
        app = _create(owner, proposal, message, undo)
    elif proposal.action == ProposalAction.FEEDBACK:
        app = proposal.application
        _attach_feedback(owner, message)
    else:
        app = _require_app(owner, proposal)
        if proposal.to_stage and proposal.to_stage != app.stage:
            _move(owner, proposal, app, message, undo)
        if proposal.interview_at:
            undo["interview"] = _schedule(owner, app, proposal).pk
    if app is not None:
        _add_contact(owner, proposal, app, undo)
        if message.talent_pool:
            undo["company_note"] = _note_talent_pool(app.company, message)
    proposal.application = app
    proposal.status, proposal.decided_at = ProposalStatus.ACCEPTED, timezone.now()
    proposal.auto_applied, proposal.undo = auto, undo
    proposal.save()
    return proposal


def _require_app(owner, proposal: Proposal) -> Application:
    if proposal.application_id is None:
        raise ReviewError("Choose the application this mail is about.")
    return get_owned_or_404(
        Application.objects.select_related("company"), owner, pk=proposal.application_id
    )


def _event_time(app: Application | None, message: MailMessage):
    """The mail's date, unless the application has history after it (keeps the order)."""
    now = timezone.now()
    at = min(message.date or now, now)
    latest = app.stage_events.order_by("-at").values_list("at", flat=True).first() if app else None
    return max(at, latest) if latest else at


def _note(message: MailMessage) -> str:
    return f"From mail: {message.subject or '(no subject)'}"[:500]


def _move(owner, proposal, app, message, undo) -> None:
    undo.update(
        stage=app.stage,
        rejected_at_stage=app.rejected_at_stage,
        applied_on=app.applied_on.isoformat() if app.applied_on else None,
    )
    try:
        move = apps.move_application(
            owner,
            app.pk,
            proposal.to_stage,
            note=_note(message),
            source=EventSource.MAIL,
            at=_event_time(app, message),
            reopen=app.stage in CLOSED_STAGES,
        )
    except StageError as exc:
        raise ReviewError(str(exc)) from exc
    move.event.message = message
    move.event.save(update_fields=["message"])
    proposal.event = move.event


def _create(owner, proposal, message, undo) -> Application:
    if not proposal.company_name.strip() or not proposal.role_title.strip():
        raise ReviewError("Give the company and the role before creating the application.")
    known = Company.objects.owned_by(owner).filter(name__iexact=proposal.company_name.strip())
    undo["created_company"] = not known.exists()
    app = apps.create_application(
        owner,
        company=proposal.company_name.strip(),
        role_title=proposal.role_title.strip(),
        stage=proposal.to_stage or Stage.APPLIED,
        event_source=EventSource.MAIL,
        at=_event_time(None, message),
    )
    event = app.stage_events.get()
    event.message, event.note = message, _note(message)
    event.save(update_fields=["message", "note"])
    proposal.event = event
    undo["created_application"] = app.pk
    if proposal.interview_at:
        undo["interview"] = _schedule(owner, app, proposal).pk
    return app


def _schedule(owner, app: Application, proposal: Proposal) -> Interview:
    link = proposal.meeting_link
    fmt = InterviewFormat.VIDEO if link else InterviewFormat.PHONE
    return apps.schedule_interview(
        owner, app, starts_at=proposal.interview_at, location=link[:500], format=fmt
    )


def _add_contact(owner, proposal: Proposal, app: Application, undo: dict) -> None:
    email = proposal.contact_email
    if not email or Contact.objects.owned_by(owner).filter(email__iexact=email).exists():
        return
    contact = apps.save_contact(
        owner,
        name=proposal.contact_name or email,
        email=email,
        company=app.company,
        role=ContactRole.RECRUITER,
    )
    undo["contact"] = contact.pk


def _note_talent_pool(company: Company, message: MailMessage) -> str:
    day = timezone.localdate(message.date) if message.date else timezone.localdate()
    line = f"Said they will keep your details on file — {day:%-d %b %Y}"
    company.notes = f"{company.notes.rstrip()}\n{line}".strip()
    company.save(update_fields=["notes"])
    return line


def _attach_feedback(owner, message: MailMessage) -> None:
    found = attach_reply(
        owner,
        in_reply_to=message.in_reply_to,
        references=message.references,
        from_addr=message.from_addr,
        subject=message.subject,
        body=message.text,
        received_at=message.date,
    )
    if found is None:
        raise ReviewError("No feedback request is waiting for this reply any more.")


@transaction.atomic
def undo(owner, proposal_id: int) -> Proposal:
    """Put back what accepting changed; refused when the application has moved on since."""
    proposal = _locked(owner, proposal_id)
    if proposal.status != ProposalStatus.ACCEPTED:
        raise ReviewError("Only an accepted proposal can be undone.")
    if proposal.action == ProposalAction.FEEDBACK:
        raise ReviewError("A recorded feedback reply is undone on its feedback request.")
    data = proposal.undo or {}
    _remove(owner, Interview, data.get("interview"))
    _remove(owner, Contact, data.get("contact"))
    if data.get("created_application"):
        _undo_created(owner, data["created_application"], data.get("created_company", False))
        proposal.application = None
    elif proposal.event_id:
        _undo_move(owner, proposal, data)
    if data.get("company_note") and proposal.application:
        _remove_note(proposal.application.company, data["company_note"])
    proposal.status, proposal.decided_at = ProposalStatus.UNDONE, timezone.now()
    proposal.event = None
    proposal.save()
    return proposal


def _remove(owner, model, pk) -> None:
    if pk:
        model.objects.owned_by(owner).filter(pk=pk).delete()


def _undo_created(owner, app_id: int, created_company: bool) -> None:
    app = Application.objects.owned_by(owner).filter(pk=app_id).first()
    if app is None:
        return
    if app.stage_events.count() > 1:
        raise ReviewError("The application has moved since it was created; delete it yourself.")
    company = app.company
    app.delete()
    if created_company and not company.applications.exists():
        company.delete()  # it was made for this mail only


def _undo_move(owner, proposal: Proposal, data: dict) -> None:
    """Delete the event the proposal made and restore the stage it left."""
    event = StageEvent.objects.owned_by(owner).filter(pk=proposal.event_id).first()
    if event is None:
        return
    app = Application.objects.select_for_update().get(pk=event.application_id)
    if app.stage_events.filter(pk__gt=event.pk).exists() or app.stage != event.to_stage:
        raise ReviewError(
            "The application has moved since this was applied; change its stage yourself."
        )
    app.stage = data.get("stage", event.from_stage)
    app.rejected_at_stage = data.get("rejected_at_stage", "")
    applied_on = data.get("applied_on")
    app.applied_on = date.fromisoformat(applied_on) if applied_on else None
    app.updated_at = timezone.now()
    event.delete()
    app.save()


def _remove_note(company: Company, line: str) -> None:
    lines = company.notes.split("\n")
    if line in lines:
        lines.remove(line)
        company.notes = "\n".join(lines).strip()
        company.save(update_fields=["notes"])
