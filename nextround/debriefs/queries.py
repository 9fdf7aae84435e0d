"""Reads for debriefs: what is due, one debrief's reviews, and patterns across interviews."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Prefetch, Q
from django.utils import timezone

from nextround.applications.models import Interview, InterviewOutcome
from nextround.applications.stages import Stage
from nextround.debriefs.models import Debrief, Flag, FlagReview, ReviewStatus

RECENT_DAYS = 14
PATTERN_WINDOW = 5
PATTERN_MIN = 2
STOPPED_AFTER = 3  # debriefs in a row without a flag before we say it stopped recurring


def debriefs_due(owner, now: datetime | None = None, limit: int = 10) -> list[Interview]:
    """Past interviews without a debrief: recent ones, and any of a rejected application."""
    now = now or timezone.now()
    recent = now - timedelta(days=RECENT_DAYS)
    return list(
        Interview.objects.owned_by(owner)
        .filter(starts_at__lt=now, debrief__isnull=True)
        .filter(Q(starts_at__gte=recent) | Q(application__stage=Stage.REJECTED))
        .exclude(outcome=InterviewOutcome.CANCELLED)
        .select_related("application__company")
        .order_by("-starts_at")[:limit]
    )


def debrief_for_interview(owner, interview: Interview) -> Debrief | None:
    """The interview's debrief with its questions and reviews, or None."""
    return (
        Debrief.objects.owned_by(owner)
        .filter(interview=interview)
        .prefetch_related("questions", "flag_reviews")
        .first()
    )


@dataclass
class Pattern:
    """A flag confirmed in several recent debriefs, or one that has stopped recurring."""

    flag: str
    count: int
    window: int
    debriefs: list = field(default_factory=list)  # the debriefs it was confirmed in
    stopped: bool = False

    @property
    def label(self) -> str:
        return Flag(self.flag).label

    @property
    def sentence(self) -> str:
        label = self.label[0].lower() + self.label[1:]
        if self.stopped:
            return f"Not in your last {self.window} interviews: {label}. It has stopped recurring."
        return f"{self.label} in {self.count} of your last {self.window} interviews."


def _recent_debriefs(owner, limit: int):
    confirmed = FlagReview.objects.filter(status=ReviewStatus.CONFIRMED)
    return list(
        Debrief.objects.owned_by(owner)
        .select_related("interview__application__company")
        .prefetch_related(Prefetch("flag_reviews", queryset=confirmed, to_attr="confirmed"))
        .order_by("-interview__starts_at", "-pk")[:limit]
    )


def _has(debrief, flag) -> bool:
    return any(r.flag == flag for r in debrief.confirmed)


def patterns(owner, window: int = PATTERN_WINDOW, history: int = 20) -> list[Pattern]:
    """Recurring confirmed flags in the last `window` debriefs, and flags that stopped."""
    debriefs = _recent_debriefs(owner, history)  # newest first
    quiet, older = debriefs[:STOPPED_AFTER], debriefs[STOPPED_AFTER:]
    found = []
    for flag in Flag.values:
        earlier = [d for d in older if _has(d, flag)]
        stopped = len(quiet) == STOPPED_AFTER and not any(_has(d, flag) for d in quiet)
        if stopped and len(earlier) >= PATTERN_MIN:
            found.append(Pattern(flag, len(earlier), STOPPED_AFTER, earlier, stopped=True))
            continue
        hits = [d for d in debriefs[:window] if _has(d, flag)]
        if len(hits) >= PATTERN_MIN:
            found.append(Pattern(flag, len(hits), len(debriefs[:window]), hits))
    return sorted(found, key=lambda p: (p.stopped, -p.count, p.flag))
