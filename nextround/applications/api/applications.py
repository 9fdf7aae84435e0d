"""Endpoints for applications with their moves and timeline, interviews and notes."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from ninja import Router, Status
from ninja.pagination import PageNumberPagination, paginate

from nextround.applications import actions
from nextround.applications import schemas as s
from nextround.applications.api.common import CONFLICT, ERRORS, PAGE, _aware, _owned_ref
from nextround.applications.models import (
    Application,
    Company,
    Contact,
    Interview,
    InterviewOutcome,
    Note,
)
from nextround.applications.queries import applications_for, search_applications, timeline
from nextround.core.scoping import get_owned_or_404, owned

applications = Router(tags=["applications"])
interviews = Router(tags=["interviews"])
notes = Router(tags=["notes"])


# Applications -------------------------------------------------------------------------------


def _company_choice(user, data: dict, required: bool) -> dict:
    """Replace company_id / company_name in data by the company they name."""
    given = {"company_id", "company_name"} & data.keys()
    company_id, name = data.pop("company_id", None), data.pop("company_name", None)
    if company_id is not None:
        data["company"] = _owned_ref(Company, user, company_id, "company_id")
    elif name is not None:
        data["company"] = name
    elif required or given:
        raise ValidationError({"company_name": "Give company_id or company_name."})
    return data


@applications.get("", response=list[s.ApplicationOut])
@paginate(PageNumberPagination, **PAGE)
def list_applications(
    request,
    q: str = "",
    stage: s.StageFilter | None = None,
    company_id: int | None = None,
    sort: s.SortKey = "recent",
):
    """Your applications; q searches role, company and location; stage may also be 'open'."""
    qs = search_applications(request.auth, q=q, stage=stage or "", sort=sort)
    return qs.filter(company_id=company_id) if company_id is not None else qs


@applications.post("", response={201: s.ApplicationDetailOut, **ERRORS})
@transaction.atomic
def create_application(request, payload: s.ApplicationIn):
    """Add an application; its first stage event is recorded with it."""
    data = _company_choice(request.auth, payload.dict(), required=True)
    return Status(201, actions.create_application(request.auth, **data))


@applications.get("/{application_id}", response={200: s.ApplicationDetailOut, **ERRORS})
def get_application(request, application_id: int):
    """One of your applications with its job description."""
    return get_owned_or_404(applications_for(request.auth), request.auth, pk=application_id)


@applications.patch("/{application_id}", response={200: s.ApplicationDetailOut, **ERRORS})
@transaction.atomic
def update_application(request, application_id: int, payload: s.ApplicationPatch):
    """Change the fields you send; the stage changes only through a move."""
    app = get_owned_or_404(applications_for(request.auth), request.auth, pk=application_id)
    data = _company_choice(request.auth, payload.dict(exclude_unset=True), required=False)
    return actions.update_application(request.auth, app, **data)


@applications.delete("/{application_id}", response={204: None, **ERRORS})
@transaction.atomic
def delete_application(request, application_id: int):
    """Delete an application with its history, interviews and notes."""
    actions.delete_application(request.auth, application_id)
    return Status(204, None)


@applications.post("/{application_id}/moves", response={201: s.StageEventOut, **CONFLICT})
def move_application(request, application_id: int, payload: s.MoveIn):
    """Move to another stage; 409 when refused (same stage, or closed without reopen)."""
    move = actions.move_application(
        request.auth,
        application_id,
        payload.to_stage.value,
        note=payload.note,
        reopen=payload.reopen,
    )
    return Status(201, move.event)


@applications.get("/{application_id}/events", response={200: list[s.StageEventOut], **ERRORS})
def list_application_events(request, application_id: int):
    """The stage history, oldest first."""
    return get_owned_or_404(Application, request.auth, pk=application_id).stage_events.all()


TIMELINE_FIELD = {"stage": "stage_event", "interview": "interview", "note": "note"}


@applications.get("/{application_id}/timeline", response={200: list[s.TimelineItemOut], **ERRORS})
def get_application_timeline(request, application_id: int):
    """Stage events, interviews and notes in time order."""
    app = get_owned_or_404(Application, request.auth, pk=application_id)
    return [{"at": i.at, "kind": i.kind, TIMELINE_FIELD[i.kind]: i.obj} for i in timeline(app)]


# Interviews ---------------------------------------------------------------------------------


def _interview_fields(user, data: dict) -> dict:
    if "interviewer_ids" in data:
        ids = set(data.pop("interviewer_ids"))
        found = list(owned(Contact, user).filter(pk__in=ids))
        missing = ids - {c.pk for c in found}
        if missing:
            unknown = ", ".join(map(str, sorted(missing)))
            raise ValidationError({"interviewer_ids": f"Unknown contact id {unknown}."})
        data["interviewers"] = found
    if data.get("starts_at"):
        data["starts_at"] = _aware(data["starts_at"])
    return data


def _interviews(user):
    return owned(Interview, user).prefetch_related("interviewers")


@interviews.get("", response=list[s.InterviewOut])
@paginate(PageNumberPagination, **PAGE)
def list_interviews(
    request,
    application_id: int | None = None,
    outcome: InterviewOutcome | None = None,
    upcoming: bool = False,
):
    """Your interviews by start time; upcoming=true keeps those not yet started."""
    qs = _interviews(request.auth)
    if application_id is not None:
        qs = qs.filter(application_id=application_id)
    if outcome:
        qs = qs.filter(outcome=outcome)
    return qs.filter(starts_at__gte=timezone.now()) if upcoming else qs


@interviews.post("", response={201: s.InterviewOut, **ERRORS})
@transaction.atomic
def create_interview(request, payload: s.InterviewIn):
    """Schedule an interview for one of your applications."""
    data = _interview_fields(request.auth, payload.dict())
    app = _owned_ref(Application, request.auth, data.pop("application_id"), "application_id")
    return Status(201, actions.schedule_interview(request.auth, app, **data))


@interviews.get("/{interview_id}", response={200: s.InterviewOut, **ERRORS})
def get_interview(request, interview_id: int):
    """One of your interviews."""
    return get_owned_or_404(_interviews(request.auth), request.auth, pk=interview_id)


@interviews.patch("/{interview_id}", response={200: s.InterviewOut, **ERRORS})
@transaction.atomic
def update_interview(request, interview_id: int, payload: s.InterviewPatch):
    """Change the fields you send; interviewer_ids replaces the whole list."""
    interview = get_owned_or_404(_interviews(request.auth), request.auth, pk=interview_id)
    data = _interview_fields(request.auth, payload.dict(exclude_unset=True))
    return actions.update_interview(request.auth, interview, **data)


@interviews.delete("/{interview_id}", response={204: None, **ERRORS})
@transaction.atomic
def delete_interview(request, interview_id: int):
    """Delete an interview."""
    actions.delete_interview(request.auth, interview_id)
    return Status(204, None)


# Notes --------------------------------------------------------------------------------------


@notes.get("", response=list[s.NoteOut])
@paginate(PageNumberPagination, **PAGE)
def list_notes(request, application_id: int | None = None):
    """Your notes, oldest first; filter by application."""
    qs = owned(Note, request.auth)
    return qs.filter(application_id=application_id) if application_id is not None else qs


@notes.post("", response={201: s.NoteOut, **ERRORS})
@transaction.atomic
def create_note(request, payload: s.NoteIn):
    """Add a note to one of your applications."""
    app = _owned_ref(Application, request.auth, payload.application_id, "application_id")
    return Status(201, actions.add_note(request.auth, app, payload.body))


@notes.get("/{note_id}", response={200: s.NoteOut, **ERRORS})
def get_note(request, note_id: int):
    """One of your notes."""
    return get_owned_or_404(Note, request.auth, pk=note_id)


@notes.patch("/{note_id}", response={200: s.NoteOut, **ERRORS})
@transaction.atomic
def update_note(request, note_id: int, payload: s.NotePatch):
    """Replace a note's text."""
    return actions.update_note(request.auth, note_id, payload.body)


@notes.delete("/{note_id}", response={204: None, **ERRORS})
@transaction.atomic
def delete_note(request, note_id: int):
    """Delete a note."""
    actions.delete_note(request.auth, note_id)
    return Status(204, None)
