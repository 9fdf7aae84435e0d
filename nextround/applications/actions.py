"""State changes for applications: each is one transaction and keeps the history consistent."""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from nextround.applications.models import (
    Application,
    Company,
    Contact,
    EventSource,
    Interview,
    Note,
    StageEvent,
)
from nextround.applications.stages import Stage, StageError, check_move
from nextround.core.scoping import get_owned_or_404


def _save_valid(obj, exclude=None):
    """Validate every field (lengths, choices, URLs) before writing; raise ValidationError."""
    obj.full_clean(exclude=exclude)
    obj.save()
    return obj


def get_or_create_company(owner, name: str, **fields) -> Company:
    """The owner's company called name (case-insensitive), created if new."""
    name = (name or "").strip()
    if not name:
        raise ValidationError({"company": "A company name is required."})
    company = Company.objects.owned_by(owner).filter(name__iexact=name).first()
    if company:
        return company
    return _save_valid(Company(owner=owner, name=name, **fields))


def save_company(owner, company: Company | None = None, **fields) -> Company:
    """Create or update a company of owner's; names are unique per owner, ignoring case."""
    company = company or Company(owner=owner)
    for key, value in fields.items():
        setattr(company, key, value)
    company.name = (company.name or "").strip()
    check_company_name(owner, company.name, exclude_pk=company.pk)
    return _save_valid(company, exclude=["owner"])


def check_company_name(owner, name: str, exclude_pk=None) -> None:
    """Raise ValidationError when owner already has a company of that name (any case)."""
    clash = Company.objects.owned_by(owner).filter(name__iexact=name).exclude(pk=exclude_pk)
    if name and clash.exists():
        raise ValidationError({"name": f"You already have a company called '{name}'."})


def delete_company(owner, company_id: int) -> None:
    """Delete a company; ProtectedError while it still has applications (contacts stay)."""
    get_owned_or_404(Company, owner, pk=company_id).delete()


def save_contact(owner, contact: Contact | None = None, **fields) -> Contact:
    """Create or update a contact of owner's."""
    contact = contact or Contact(owner=owner)
    for key, value in fields.items():
        setattr(contact, key, value)
    if contact.company_id and contact.company.owner_id != owner.pk:
        raise ValidationError({"company": "Unknown company."})
    return _save_valid(contact, exclude=["owner"])


@transaction.atomic
def create_application(
    owner,
    *,
    company: Company | str,
    role_title: str,
    stage: str = Stage.APPLIED,
    event_source: str = EventSource.USER,
    at: datetime | None = None,
    **fields,
) -> Application:
    """Create an application and its first stage event (recorded as coming from event_source)."""
    if isinstance(company, str):
        company = get_or_create_company(owner, company)
    elif company.owner_id != owner.pk:
        raise ValidationError({"company": "Unknown company."})
    if stage not in Stage.values:
        raise ValidationError({"stage": f"Unknown stage '{stage}'."})
    at = at or timezone.now()
    if stage != Stage.SAVED and not fields.get("applied_on"):
        fields["applied_on"] = timezone.localdate(at)
    app = Application(
        owner=owner,
        company=company,
        role_title=role_title,
        stage=stage,
        last_activity_at=at,
        updated_at=at,
        **fields,
    )
    if stage == Stage.REJECTED:
        app.rejected_at_stage = Stage.APPLIED
    _save_valid(app, exclude=["owner"])
    StageEvent.objects.create(
        owner=owner, application=app, from_stage="", to_stage=stage, at=at, source=event_source
    )
    return app


@transaction.atomic
def update_application(owner, app: Application, **fields) -> Application:
    """Change an application's details (not its stage: use move_application)."""
    if "stage" in fields:
        raise ValidationError({"stage": "Use a stage move to change the stage."})
    company = fields.get("company")
    if isinstance(company, str):
        fields["company"] = get_or_create_company(owner, company)
    elif company is not None and company.owner_id != owner.pk:
        raise ValidationError({"company": "Unknown company."})
    for key, value in fields.items():
        setattr(app, key, value)
    app.updated_at = timezone.now()
    return _save_valid(app, exclude=["owner"])


@dataclass(frozen=True)
class Move:
    """The result of a stage move."""

    application: Application
    event: StageEvent


@transaction.atomic
def move_application(
    owner,
    application_id: int,
    to_stage: str,
    *,
    note: str = "",
    source: str = EventSource.USER,
    at: datetime | None = None,
    reopen: bool = False,
) -> Move:
    """Move an application to another stage, recording the event in the same transaction."""
    # Re-read under a row lock (PostgreSQL) / the IMMEDIATE write lock (SQLite) so that two
    # concurrent moves serialise and each event's from_stage is the stage it really left.
    qs = Application.objects.select_for_update()
    app = get_owned_or_404(qs, owner, pk=application_id)
    check_move(app.stage, to_stage, reopen=reopen)
    at = at or timezone.now()
    event = StageEvent(
        owner=owner,
        application=app,
        from_stage=app.stage,
        to_stage=to_stage,
        at=at,
        note=note,
        source=source,
    )
    event.full_clean(exclude=["owner", "application"])
    event.save()
    if to_stage == Stage.REJECTED:
        app.rejected_at_stage = app.stage
    elif app.stage == Stage.REJECTED:
        app.rejected_at_stage = ""
    if to_stage != Stage.SAVED and app.applied_on is None:
        app.applied_on = timezone.localdate(at)
    app.stage = to_stage
    app.last_activity_at = max(app.last_activity_at, at)
    app.updated_at = timezone.now()
    app.no_response_offered_at = None
    app.save()
    return Move(app, event)


def delete_application(owner, application_id: int) -> None:
    """Delete an application with its history, interviews and notes."""
    get_owned_or_404(Application, owner, pk=application_id).delete()


def _touch(app: Application, at: datetime) -> None:
    if at > app.last_activity_at:
        Application.objects.filter(pk=app.pk).update(last_activity_at=at)
        app.last_activity_at = at


@transaction.atomic
def schedule_interview(owner, app: Application, *, interviewers=(), **fields) -> Interview:
    """Add an interview to an application."""
    if app.owner_id != owner.pk:
        raise ValidationError({"application": "Unknown application."})
    interview = _save_valid(Interview(owner=owner, application=app, **fields), exclude=["owner"])
    _set_interviewers(owner, interview, interviewers)
    _touch(app, timezone.now())
    return interview


@transaction.atomic
def update_interview(owner, interview: Interview, *, interviewers=None, **fields) -> Interview:
    """Change an interview's details or outcome."""
    for key, value in fields.items():
        setattr(interview, key, value)
    _save_valid(interview, exclude=["owner"])
    if interviewers is not None:
        _set_interviewers(owner, interview, interviewers)
    return interview


def _set_interviewers(owner, interview: Interview, contacts) -> None:
    contacts = list(contacts)
    if any(c.owner_id != owner.pk for c in contacts):
        raise ValidationError({"interviewers": "Unknown contact."})
    interview.interviewers.set(contacts)


def delete_interview(owner, interview_id: int) -> None:
    """Delete an interview (and its debrief)."""
    get_owned_or_404(Interview, owner, pk=interview_id).delete()


def update_note(owner, note_id: int, body: str) -> Note:
    """Change a note's text."""
    note = get_owned_or_404(Note, owner, pk=note_id)
    if not (body or "").strip():
        raise ValidationError({"body": "A note cannot be empty."})
    note.body = body
    return _save_valid(note, exclude=["owner"])


def delete_note(owner, note_id: int) -> None:
    """Delete a note."""
    get_owned_or_404(Note, owner, pk=note_id).delete()


def add_note(owner, app: Application, body: str) -> Note:
    """Add a note to an application's timeline."""
    if app.owner_id != owner.pk:
        raise ValidationError({"application": "Unknown application."})
    if not (body or "").strip():
        raise ValidationError({"body": "A note cannot be empty."})
    note = _save_valid(Note(owner=owner, application=app, body=body), exclude=["owner"])
    _touch(app, note.created_at)
    return note


__all__ = [
    "Move",
    "StageError",
    "add_note",
    "create_application",
    "delete_application",
    "delete_company",
    "delete_contact",
    "delete_interview",
    "delete_note",
    "get_or_create_company",
    "move_application",
    "save_company",
    "save_contact",
    "schedule_interview",
    "update_application",
    "update_interview",
    "update_note",
]


def offer_no_response(now: datetime | None = None, days: int | None = None) -> int:
    """Mark long-silent open applications as *offered* for no_response; return how many."""
    from django.conf import settings

    now = now or timezone.now()
    cutoff = now - timezone.timedelta(days=days or settings.STALE_AFTER_DAYS)
    stale = Application.objects.filter(
        stage__in=[Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING],
        last_activity_at__lt=cutoff,
        no_response_offered_at__isnull=True,
    ).exclude(no_response_dismissed_at__gte=cutoff)
    return stale.update(no_response_offered_at=now)


def dismiss_no_response(owner, application_id: int) -> Application:
    """Keep an application open although it looks silent."""
    app = get_owned_or_404(Application, owner, pk=application_id)
    app.no_response_offered_at = None
    app.no_response_dismissed_at = timezone.now()
    app.save(update_fields=["no_response_offered_at", "no_response_dismissed_at"])
    return app


def delete_contact(owner, contact_id: int) -> None:
    """Delete one of owner's contacts (interviews keep happening without them)."""
    get_owned_or_404(Contact, owner, pk=contact_id).delete()
