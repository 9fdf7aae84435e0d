"""Typed request and response bodies of the applications API."""

from datetime import date, datetime
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import ConfigDict, StringConstraints, create_model
from pydantic.fields import FieldInfo

from nextround.applications.models import (
    MAX_TEXT,
    ContactRole,
    EventSource,
    InterviewFormat,
    InterviewOutcome,
    Remote,
)
from nextround.applications.queries import SORTS
from nextround.applications.stages import Stage

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
LongText = Annotated[str, Field(max_length=MAX_TEXT)]
StageFilter = Literal[tuple([*Stage.values, "open"])]
SortKey = Literal[tuple(SORTS)]


class InputSchema(Schema):
    """A request body; a misspelt or read-only field is an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


def patch_of(schema: type[Schema], name: str) -> type[Schema]:
    """The same fields, each optional: a PATCH sends only what changes (null stays invalid)."""
    fields = {
        name_: (
            info.annotation,
            FieldInfo.merge_field_infos(info, default=None, default_factory=None),
        )
        for name_, info in schema.model_fields.items()
    }
    return create_model(
        name, __base__=InputSchema, __doc__=f"Partial update: {schema.__doc__}", **fields
    )


class InvalidInput(Schema):
    """Field-level messages for input that was refused; nothing was written."""

    detail: str
    errors: dict[str, list[str]]


class CompanyIn(InputSchema):
    """A company you apply to."""

    name: Name
    website: str = Field("", max_length=200)
    careers_url: str = Field("", max_length=200)
    notes: LongText = ""


CompanyPatch = patch_of(CompanyIn, "CompanyPatch")


class CompanyRef(Schema):
    id: int
    name: str


class CompanyOut(CompanyRef):
    website: str
    careers_url: str
    notes: str
    created_at: datetime


class ContactIn(InputSchema):
    """A person at a company: recruiter, interviewer, hiring manager."""

    name: Name
    company_id: int | None = None
    email: str = Field("", max_length=254)
    phone: str = Field("", max_length=50)
    linkedin_url: str = Field("", max_length=200)
    role: ContactRole = ContactRole.OTHER


ContactPatch = patch_of(ContactIn, "ContactPatch")


class ContactOut(Schema):
    id: int
    name: str
    company: CompanyRef | None
    email: str
    phone: str
    linkedin_url: str
    role: ContactRole
    created_at: datetime


class ApplicationFields(InputSchema):
    """An application's details; its company by id or by name (created when new)."""

    company_id: int | None = None
    company_name: Name | None = None
    role_title: Name
    location: str = Field("", max_length=200)
    remote: Remote = Remote.UNKNOWN
    source: str = Field("", max_length=100)
    job_url: str = Field("", max_length=1000)
    job_description: LongText = ""
    salary_text: str = Field("", max_length=200)
    applied_on: date | None = None


class ApplicationIn(ApplicationFields):
    """A new application and the stage it starts at."""

    stage: Stage = Stage.APPLIED


ApplicationPatch = patch_of(ApplicationFields, "ApplicationPatch")


class ApplicationOut(Schema):
    id: int
    company: CompanyRef
    role_title: str
    location: str
    remote: Remote
    source: str
    job_url: str
    salary_text: str
    applied_on: date | None
    stage: Stage
    rejected_at_stage: Stage | None
    created_at: datetime
    updated_at: datetime
    last_activity_at: datetime
    no_response_offered_at: datetime | None

    @staticmethod
    def resolve_rejected_at_stage(obj):
        return obj.rejected_at_stage or None


class ApplicationDetailOut(ApplicationOut):
    job_description: str


class MoveIn(InputSchema):
    """Move an application to another stage; reopen=true is needed to leave a closed stage."""

    to_stage: Stage
    note: LongText = ""
    reopen: bool = False


class StageEventOut(Schema):
    id: int
    application_id: int
    from_stage: Stage | None
    to_stage: Stage
    at: datetime
    note: str
    source: EventSource

    @staticmethod
    def resolve_from_stage(obj):
        return obj.from_stage or None


class InterviewFields(InputSchema):
    """An interview: when, how long, how, with whom, and how it went."""

    starts_at: datetime
    duration_minutes: int = Field(60, gt=0, le=24 * 60, description="Minutes, 1 to 1440")
    format: InterviewFormat = InterviewFormat.VIDEO
    interviewer_ids: list[int] = Field(default_factory=list, description="Your contacts' ids")
    location: str = Field("", max_length=500, description="Address or meeting link")
    outcome: InterviewOutcome = InterviewOutcome.PENDING


class InterviewIn(InterviewFields):
    """A new interview for one of your applications."""

    application_id: int


InterviewPatch = patch_of(InterviewFields, "InterviewPatch")


class InterviewOut(Schema):
    id: int
    application_id: int
    starts_at: datetime
    duration_minutes: int
    format: InterviewFormat
    interviewer_ids: list[int]
    location: str
    outcome: InterviewOutcome
    created_at: datetime

    @staticmethod
    def resolve_interviewer_ids(obj):
        # .all() reads the prefetch cache that list endpoints fill.
        return [contact.pk for contact in obj.interviewers.all()]


class NoteIn(InputSchema):
    """A note on an application's timeline."""

    application_id: int
    body: Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]


class NotePatch(InputSchema):
    """A note's new text."""

    body: Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]


class NoteOut(Schema):
    id: int
    application_id: int
    body: str
    created_at: datetime


class TimelineItemOut(Schema):
    """One entry of an application's history; exactly one of the three objects is set."""

    at: datetime
    kind: Literal["stage", "interview", "note"]
    stage_event: StageEventOut | None = None
    interview: InterviewOut | None = None
    note: NoteOut | None = None
