"""Reads for applications: dashboard, board, list and timeline. Query counts do not grow with N."""

from dataclasses import dataclass, field
from datetime import datetime

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils import timezone

from nextround.applications.models import Application, Interview, Note, StageEvent
from nextround.applications.stages import BOARD_STAGES, OPEN_STAGES, Stage

BOARD_CARDS_PER_STAGE = 15  # the rest is one link away, in the filtered list
CARD_FIELDS = ("pk", "owner_id", "role_title", "stage", "last_activity_at", "company__name")
SORTS = {
    "recent": ("-last_activity_at", "-pk"),
    "applied": ("-applied_on", "-pk"),
    "company": ("company__name", "role_title", "pk"),
    "role": ("role_title", "pk"),
    "stage": ("stage", "-last_activity_at", "pk"),
}


def applications_for(owner):
    """Owner's applications with their company, ready for listing."""
    return Application.objects.owned_by(owner).select_related("company")


def stage_counts(owner) -> dict[str, int]:
    """How many applications owner has at each stage (every stage present)."""
    rows = Application.objects.owned_by(owner).values("stage").annotate(n=Count("pk"))
    counts = {stage.value: 0 for stage in Stage}
    counts.update({row["stage"]: row["n"] for row in rows})
    return counts


@dataclass
class BoardColumn:
    stage: Stage
    count: int
    cards: list = field(default_factory=list)


def board(owner, per_stage: int = BOARD_CARDS_PER_STAGE) -> list[BoardColumn]:
    """One column per stage, each with its most recently active cards (one query per column)."""
    counts = stage_counts(owner)
    columns = []
    for stage in BOARD_STAGES:
        # A card shows only these fields; loading fewer makes the biggest page cheaper.
        qs = applications_for(owner).filter(stage=stage).only(*CARD_FIELDS)
        cards = list(qs[:per_stage]) if counts[stage] else []
        columns.append(BoardColumn(stage=stage, count=counts[stage], cards=cards))
    return columns


def search_applications(owner, *, q: str = "", stage: str = "", sort: str = "recent"):
    """Owner's applications filtered by free text and stage, in a known order."""
    qs = applications_for(owner)
    if q:
        qs = qs.filter(
            Q(role_title__icontains=q) | Q(company__name__icontains=q) | Q(location__icontains=q)
        )
    if stage in Stage.values:
        qs = qs.filter(stage=stage)
    elif stage == "open":
        qs = qs.filter(stage__in=OPEN_STAGES)
    return qs.order_by(*SORTS.get(sort, SORTS["recent"]))


def page_of(qs, page: int | str | None, per_page: int = 25):
    """One page of a queryset; out-of-range pages give the last page."""
    return Paginator(qs, per_page).get_page(page)


def upcoming_interviews(owner, now: datetime | None = None, limit: int = 10):
    """Owner's next interviews, soonest first."""
    now = now or timezone.now()
    return list(
        Interview.objects.owned_by(owner)
        .filter(starts_at__gte=now - timezone.timedelta(hours=2))
        .select_related("application__company")
        .order_by("starts_at")[:limit]
    )


def offered_no_response(owner, limit: int = 20):
    """Applications the daily task offers to close as no_response."""
    return list(
        applications_for(owner)
        .filter(no_response_offered_at__isnull=False)
        .order_by("last_activity_at")[:limit]
    )


@dataclass(frozen=True)
class TimelineItem:
    at: datetime
    kind: str  # "stage", "interview" or "note"
    obj: object


def timeline(app: Application) -> list[TimelineItem]:
    """Stage events, interviews and notes of one application in time order."""
    items = [TimelineItem(e.at, "stage", e) for e in StageEvent.objects.filter(application=app)]
    # select_related("debrief") (a reverse one-to-one) lets the timeline link each debrief.
    interviews = (
        Interview.objects.filter(application=app)
        .select_related("debrief")
        .prefetch_related("interviewers")
    )
    items += [TimelineItem(i.starts_at, "interview", i) for i in interviews]
    items += [TimelineItem(n.created_at, "note", n) for n in Note.objects.filter(application=app)]
    return sorted(items, key=lambda item: item.at)


def interviews_awaiting_outcome(owner, now: datetime | None = None, limit: int = 10):
    """Owner's past interviews whose outcome is still pending, oldest first."""
    now = now or timezone.now()
    return list(
        Interview.objects.owned_by(owner)
        .filter(starts_at__lt=now, outcome="pending")
        .select_related("application__company")
        .order_by("starts_at")[:limit]
    )


def companies_with_counts(owner):
    """Owner's companies, each with how many applications it has."""
    from nextround.applications.models import Company

    qs = Company.objects.owned_by(owner).annotate(n_applications=Count("applications"))
    return qs.order_by("name", "pk")


def contacts_for(owner):
    """Owner's contacts with their company."""
    from nextround.applications.models import Contact

    return Contact.objects.owned_by(owner).select_related("company")
