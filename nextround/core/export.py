"""Everything a user owns as one JSON-ready dict: companies, contacts, applications, history."""

import datetime
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch
from django.utils import timezone

from nextround.applications.models import (
    Application,
    Company,
    Contact,
    Interview,
    Note,
    StageEvent,
)

EXPORT_FORMAT = "nextround-export"
EXPORT_VERSION = 1

COMPANY_FIELDS = ("id", "name", "website", "careers_url", "notes", "created_at")
CONTACT_FIELDS = (
    "id",
    "company_id",
    "name",
    "email",
    "phone",
    "linkedin_url",
    "role",
    "created_at",
)
APPLICATION_FIELDS = (
    "id",
    "company_id",
    "role_title",
    "location",
    "remote",
    "source",
    "job_url",
    "job_description",
    "salary_text",
    "applied_on",
    "stage",
    "rejected_at_stage",
    "created_at",
    "updated_at",
    "last_activity_at",
    "no_response_offered_at",
    "no_response_dismissed_at",
)
EVENT_FIELDS = ("id", "from_stage", "to_stage", "at", "note", "source")
INTERVIEW_FIELDS = (
    "id",
    "starts_at",
    "duration_minutes",
    "format",
    "location",
    "outcome",
    "created_at",
)
NOTE_FIELDS = ("id", "body", "created_at")


def _pick(obj, fields) -> dict:
    return {name: getattr(obj, name) for name in fields}


def _interview_dict(interview) -> dict:
    people = sorted(c.pk for c in interview.interviewers.all())
    return {**_pick(interview, INTERVIEW_FIELDS), "interviewer_ids": people}


def application_dict(app: Application) -> dict:
    """One application with its company name, stage events, interviews and notes."""
    data = _pick(app, APPLICATION_FIELDS)
    data["company"] = app.company.name
    data["stage_events"] = [_pick(e, EVENT_FIELDS) for e in app.stage_events.all()]
    data["interviews"] = [_interview_dict(i) for i in app.interviews.all()]
    data["notes"] = [_pick(n, NOTE_FIELDS) for n in app.notes.all()]
    return data


def applications_with_history(owner):
    """Owner's applications with everything application_dict reads, in a fixed number of queries."""
    return (
        Application.objects.owned_by(owner)
        .select_related("company")
        .prefetch_related(
            Prefetch("stage_events", queryset=StageEvent.objects.order_by("at", "pk")),
            Prefetch(
                "interviews",
                queryset=Interview.objects.order_by("starts_at", "pk").prefetch_related(
                    "interviewers"
                ),
            ),
            Prefetch("notes", queryset=Note.objects.order_by("created_at", "pk")),
        )
        .order_by("pk")
    )


def export_user_data(owner) -> dict:
    """All of owner's data, ordered by id so two exports of the same data are identical."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": timezone.now(),
        "user": owner.get_username(),
        "companies": [
            _pick(c, COMPANY_FIELDS) for c in Company.objects.owned_by(owner).order_by("pk")
        ],
        "contacts": [
            _pick(c, CONTACT_FIELDS) for c in Contact.objects.owned_by(owner).order_by("pk")
        ],
        "applications": [application_dict(a) for a in applications_with_history(owner)],
    }


class ExportEncoder(DjangoJSONEncoder):
    """ISO 8601 with full microseconds (DjangoJSONEncoder keeps only milliseconds)."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            return o.isoformat()
        return super().default(o)


def to_json(data, *, indent: int | None = 2) -> str:
    """JSON text for export data; datetimes keep their microseconds so nothing is lost."""
    return json.dumps(data, cls=ExportEncoder, indent=indent, ensure_ascii=False)
