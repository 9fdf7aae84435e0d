"""Load a realistic demo data set for one user, through the same actions the UI uses."""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from nextround.applications import actions
from nextround.applications.models import Application, Company, ContactRole, Note
from nextround.core import demo_data as data
from nextround.core.demo_reflection import add_reflection

LADDER = ["applied", "screening", "interviewing", "offer"]
# Days between entering one stage and the next (low, high), by the stage entered next.
GAPS = {
    "applied": (1, 5),
    "screening": (4, 12),
    "interviewing": (5, 12),
    "offer": (7, 18),
    "accepted": (2, 6),
    "rejected": (3, 15),
    "withdrawn": (3, 10),
    "no_response": (35, 50),
}
# How long ago (days) an application that ends at this stage was first recorded.
STARTS = {"saved": (1, 20), "applied": (2, 60), "no_response": (75, 120)}
DEFAULT_START = (14, 120)


class DemoRefused(Exception):
    """The account already holds data that is not the demo's."""


@dataclass(frozen=True)
class DemoResult:
    loaded: bool
    applications: int
    message: str


def demo_present(owner) -> bool:
    """Whether owner already has the demo companies."""
    names = [name for name, _ in data.COMPANIES]
    return Company.objects.owned_by(owner).filter(name__in=names).exists()


def load_demo(owner, *, seed: int = 7, now: datetime | None = None) -> DemoResult:
    """Give owner ~40 applications across every stage; no-op if loaded, refused over real data."""
    if demo_present(owner):
        return DemoResult(False, 0, "Demo data is already loaded; nothing to do.")
    existing = Application.objects.owned_by(owner).count()
    if existing:
        raise DemoRefused(
            f"{owner.get_username()} already has {existing} applications; demo data is only "
            "loaded into an empty account."
        )
    now = now or timezone.now()
    with transaction.atomic():
        count = _Builder(owner, random.Random(seed), now).build()
        add_reflection(owner, now)
    return DemoResult(True, count, f"Loaded {count} demo applications for {owner.get_username()}.")


def stage_path(final: str, closed_from: str, rng: random.Random) -> list[str]:
    """The stages an application passed through to reach final."""
    if final == "saved":
        return ["saved"]
    top = closed_from if final in ("rejected", "withdrawn", "no_response") else final
    if top == "accepted":
        top = "offer"
    path = LADDER[: LADDER.index(top) + 1]
    if rng.random() < 0.3:
        path = ["saved", *path]
    if top != final:
        path.append(final)
    return path


def stage_times(path: list[str], start: datetime, now: datetime, rng) -> list[datetime]:
    """When each stage of path was entered: increasing, and all before now."""
    gaps = [timedelta(days=rng.uniform(*GAPS[stage])) for stage in path[1:]]
    room = (now - timedelta(hours=12)) - start
    total = sum(gaps, timedelta())
    if total > room:
        # Squeeze the history so the last move still lies in the past.
        gaps = [gap * (room / total) for gap in gaps]
    times = [office_hours(start)]
    for gap in gaps:
        moment = start + gap
        snapped = office_hours(moment)
        # Keep the order even when a squeezed gap is shorter than the snap.
        times.append(snapped if times[-1] < snapped < now else moment)
        start = moment
    return times


def office_hours(moment: datetime) -> datetime:
    """The same day at a plausible working hour (08:00-18:59), minutes kept."""
    if 8 <= moment.hour <= 18:
        return moment
    return moment.replace(hour=8 + moment.hour % 11)


class _Builder:
    """Creates companies, contacts and applications with their timelines."""

    def __init__(self, owner, rng: random.Random, now: datetime):
        self.owner, self.rng, self.now = owner, rng, now
        self.companies: dict[str, tuple] = {}
        self.names = [f"{f} {last}" for f in data.FIRST_NAMES for last in data.LAST_NAMES]
        rng.shuffle(self.names)

    def build(self) -> int:
        plan = list(data.STAGE_PLAN)
        self.rng.shuffle(plan)
        for index, (final, closed_from) in enumerate(plan):
            name, domain = data.COMPANIES[index % len(data.COMPANIES)]
            self.application(name, domain, final, closed_from)
        return len(plan)

    def company(self, name: str, domain: str):
        """The company with its recruiter, hiring manager and two interviewers."""
        if name not in self.companies:
            company = actions.save_company(
                self.owner,
                name=name,
                website=f"https://www.{domain}.example/",
                careers_url=f"https://careers.{domain}.example/",
            )
            roles = [ContactRole.RECRUITER, ContactRole.HIRING_MANAGER] + [
                ContactRole.INTERVIEWER
            ] * 2
            contacts = [self.contact(company, domain, role) for role in roles]
            self.companies[name] = (company, contacts)
        return self.companies[name]

    def contact(self, company, domain: str, role: str):
        person = self.names.pop()
        first, last = person.split(" ", 1)
        return actions.save_contact(
            self.owner,
            company=company,
            name=person,
            role=role,
            email=f"{first}.{last}@{domain}.example".lower(),
            phone=f"+44 20 7946 0{self.rng.randrange(100, 999)}",
        )

    def application(self, name: str, domain: str, final: str, closed_from: str) -> None:
        rng = self.rng
        company, contacts = self.company(name, domain)
        path = stage_path(final, closed_from, rng)
        start = self.now - timedelta(days=rng.uniform(*STARTS.get(final, DEFAULT_START)))
        times = stage_times(path, start, self.now, rng)
        role = rng.choice(data.ROLES)
        location, remote = rng.choice(data.LOCATIONS)
        app = actions.create_application(
            self.owner,
            company=company,
            role_title=role,
            stage=path[0],
            at=times[0],
            location=location,
            remote=remote,
            salary_text=rng.choice(data.SALARIES),
            source=rng.choice(data.SOURCES),
            job_url=f"https://careers.{domain}.example/jobs/{rng.randrange(1000, 9999)}",
            job_description=data.JOB_DESCRIPTION.format(
                role=role,
                team=rng.choice(data.TEAMS),
                location=location,
                extra=rng.choice(data.EXTRAS),
            ),
        )
        for stage, at in zip(path[1:], times[1:], strict=True):
            self.move(app, stage, at)
        self.interviews(app, path, times, contacts)
        self.notes(app, path, times)
        self.settle_activity(app)

    def move(self, app, stage: str, at: datetime) -> None:
        note, source = "", "user"
        if stage == "rejected":
            note, source = self.rng.choice(data.REJECTION_NOTES), "mail"
        actions.move_application(self.owner, app.pk, stage, note=note, source=source, at=at)

    def interviews(self, app, path, times, contacts) -> None:
        """A phone screen per screening stage and two rounds per interviewing stage."""
        recruiter, manager, *interviewers = contacts
        for i, stage in enumerate(path):
            end = times[i + 1] if i + 1 < len(path) else None
            after = path[i + 1] if end else ""
            if stage == "screening":
                rounds = [("phone", [recruiter], 0.4)]
            elif stage == "interviewing":
                rounds = [
                    ("video", [manager], 0.3),
                    (
                        self.rng.choice(["onsite", "panel", "assessment"]),
                        [manager, *interviewers],
                        0.7,
                    ),
                ]
            else:
                continue
            for n, (fmt, people, share) in enumerate(rounds):
                last = n == len(rounds) - 1
                starts = self.when(times[i], end, share)
                outcome = self.outcome(starts, after, last)
                actions.schedule_interview(
                    self.owner,
                    app,
                    interviewers=people,
                    starts_at=starts,
                    format=fmt,
                    duration_minutes=30 if fmt == "phone" else 60,
                    outcome=outcome,
                    location="Phone call" if fmt == "phone" else self.place(fmt, app),
                )

    def when(self, entered: datetime, left: datetime | None, share: float) -> datetime:
        """A time inside the stage's span; the current stage's span runs a week past now."""
        moment = entered + ((left or self.now + timedelta(days=7)) - entered) * share
        snapped = office_hours(moment)
        if entered < snapped < (left or snapped + timedelta(seconds=1)):
            moment = snapped
        if moment > self.now:
            # Upcoming interviews sit in office hours.
            hour = self.rng.choice([9, 10, 11, 14, 15])
            moment = moment.replace(hour=hour, minute=0, second=0, microsecond=0)
        return moment

    def outcome(self, starts: datetime, after: str, last: bool) -> str:
        if starts > self.now:
            return "pending"
        if not after:
            return "passed" if not last else "pending"
        if after == "rejected" and last:
            return "rejected"
        if after == "withdrawn" and last:
            return "cancelled"
        return "passed"

    def place(self, fmt: str, app) -> str:
        if fmt == "video":
            return f"https://meet.{app.company.website.split('.')[1]}.example/r/{app.pk}"
        return f"{app.location.split(' ')[0]} office, 3rd floor"

    def notes(self, app, path, times) -> None:
        """About half the stages get a note written a day after reaching them."""
        for stage, at in zip(path, times, strict=True):
            if self.rng.random() < 0.5:
                note = actions.add_note(self.owner, app, self.rng.choice(data.NOTES[stage]))
                written = min(office_hours(at + timedelta(hours=self.rng.uniform(2, 30))), self.now)
                Note.objects.filter(pk=note.pk).update(created_at=written)

    def settle_activity(self, app) -> None:
        """Activity is the latest past event, interview or note (the actions stamp 'now')."""
        past = [app.stage_events.aggregate(m=Max("at"))["m"]]
        past.append(app.notes.aggregate(m=Max("created_at"))["m"])
        past.append(
            app.interviews.filter(starts_at__lte=self.now).aggregate(m=Max("starts_at"))["m"]
        )
        latest = max(moment for moment in past if moment is not None)
        Application.objects.filter(pk=app.pk).update(last_activity_at=latest, updated_at=latest)
