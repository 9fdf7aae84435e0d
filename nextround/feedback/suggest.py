"""Who to ask for feedback and when: suggestions with the reason shown to the user."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import dateformat, timezone

from nextround.applications.models import (
    Application,
    Contact,
    ContactRole,
    Interview,
    InterviewOutcome,
    StageEvent,
)
from nextround.applications.stages import Stage

NO_REPLY_PARTS = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply")
EARLY_STAGES = (Stage.APPLIED, Stage.SCREENING, Stage.SAVED)


def day_month(value: datetime) -> str:
    """'21 November' in the user's time zone (portable, unlike strftime's %-d)."""
    return dateformat.format(timezone.localtime(value), "j F")


def is_no_reply(address: str) -> bool:
    """Whether an address is an unattended no-reply mailbox."""
    local = (address or "").split("@", 1)[0].lower()
    return any(local.startswith(part) for part in NO_REPLY_PARTS)


@dataclass(frozen=True)
class Recipient:
    """The suggested recipient, why, and a warning when there is nobody to write to."""

    contact: Contact | None
    address: str
    reason: str
    warning: str = ""


def _human(contacts) -> list[Contact]:
    return [c for c in contacts if c.email and not is_no_reply(c.email)]


def _other_channel(contacts) -> str:
    for contact in contacts:
        if contact.linkedin_url:
            return f"try {contact.name} on LinkedIn ({contact.linkedin_url})"
        if contact.phone:
            return f"try calling {contact.name} ({contact.phone})"
    return "look for the recruiter or your interviewer on LinkedIn, or ask by phone"


def suggest_recipient(app: Application) -> Recipient:
    """Recruiter/HR first, else an interviewer the user met, else a warning."""
    company_contacts = list(Contact.objects.filter(owner=app.owner, company=app.company_id))
    recruiters = _human(c for c in company_contacts if c.role == ContactRole.RECRUITER)
    if recruiters:
        c = recruiters[0]
        return Recipient(c, c.email, f"{c.name} is the recruiter/HR contact for {app.company}.")
    met = (
        Interview.objects.filter(application=app, starts_at__lte=timezone.now())
        .exclude(outcome=InterviewOutcome.CANCELLED)
        .order_by("-starts_at")
    )
    for interview in met:
        people = _human(interview.interviewers.all())
        if people:
            c = people[0]
            when = day_month(interview.starts_at)
            reason = (
                f"No recruiter on file; you dealt with {c.name} directly at the {when} interview."
            )
            return Recipient(c, c.email, reason)
    others = _human(company_contacts)
    if others:
        c = others[0]
        return Recipient(c, c.email, f"{c.name} is your only contact at {app.company}.")
    return _no_human(app, company_contacts)


def _no_human(app, contacts) -> Recipient:
    no_reply = [c for c in contacts if c.email and is_no_reply(c.email)]
    if no_reply:
        warning = (
            f"The only address you have ({no_reply[0].email}) is a no-reply mailbox and there is "
            f"no person to write to: {_other_channel(contacts)}."
        )
        return Recipient(None, "", "Only a no-reply address is known.", warning)
    warning = f"No contact with an email address at {app.company}: {_other_channel(contacts)}."
    return Recipient(None, "", "No contact on file.", warning)


@dataclass(frozen=True)
class Timing:
    """When to send: 1–2 days after the rejection, not later than a week."""

    rejected_at: datetime | None
    send_from: datetime | None
    send_by: datetime | None
    latest: datetime | None
    note: str = ""

    @property
    def sentence(self) -> str:
        if self.rejected_at is None:
            return "Send it soon, and not later than a week after the rejection."
        start, end = day_month(self.send_from), day_month(self.send_by)
        latest = day_month(self.latest)
        return f"Best sent {start}–{end} (1–2 days after the rejection), not later than {latest}."


def rejection_event(app: Application) -> StageEvent | None:
    """The event that recorded the application's latest rejection."""
    return (
        StageEvent.objects.filter(application=app, to_stage=Stage.REJECTED).order_by("-at").first()
    )


def suggest_timing(app: Application) -> Timing:
    """The suggested send window, with a note when feedback is unlikely."""
    event = rejection_event(app)
    note = ""
    instant = app.rejected_at_stage in EARLY_STAGES or not app.rejected_at_stage
    if instant and not Interview.objects.filter(application=app).exists():
        note = (
            "This looks like an automated rejection before any interview: feedback is unlikely, "
            "so keep the request short and don't be discouraged by silence."
        )
    if event is None:
        return Timing(None, None, None, None, note)
    at = event.at
    return Timing(at, at + timedelta(days=1), at + timedelta(days=2), at + timedelta(days=7), note)
