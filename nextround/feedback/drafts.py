"""Request templates written for the project, personalised from the application and its debrief."""

from dataclasses import dataclass

from django.utils import timezone

from nextround.applications.models import Application, Contact, Interview
from nextround.debriefs.models import Debrief, Flag, ReviewStatus
from nextround.feedback.suggest import day_month

# What the user wants to improve, phrased for the employer, per confirmed debrief flag.
IMPROVE = {
    Flag.LATE_ARRIVAL: "my preparation on the day",
    Flag.CRITICISED_EMPLOYER: "how I talk about past roles",
    Flag.ARGUMENTATIVE: "how I handle challenging questions",
    Flag.BENEFITS_FOCUS: "the questions I ask about the role",
    Flag.PHONE_INTERRUPTION: "staying focused during interviews",
    Flag.NO_RESEARCH: "my research on the company",
    Flag.MISUNDERSTOOD_QUESTION: "how I clarify and answer questions",
    Flag.DISTRACTED: "staying focused during interviews",
    Flag.CAST_DOUBT: "how clearly I present my experience",
}

TEMPLATES = {
    "brief": (
        "Short and warm",
        "Thank you – {role} at {company}",
        "Hi {name},\n\n"
        "Thank you for letting me know about the {role} role, and for the time you and the team "
        "gave me{when}. I enjoyed learning about {company}.\n\n"
        "If you have a moment, I'd be grateful for any feedback on what I could do better in "
        "future interviews. Even one or two points would help.\n\n"
        "Best wishes,\n{sender}",
    ),
    "focused": (
        "Ask about what you are working on",
        "Feedback on my {role} interview",
        "Hi {name},\n\n"
        "Thank you again for considering me for the {role} position at {company}, and for "
        "your time{when}. "
        "Although I'm disappointed, I appreciated the conversation.\n\n"
        "I'm working on {improve}, and your view would help me focus. Was there anything in "
        "that area, or anything else, that I could strengthen for next time?\n\n"
        "Thank you for your time,\n{sender}",
    ),
    "keep_in_touch": (
        "Stay in touch for future roles",
        "Thank you – {company} {role} process",
        "Hi {name},\n\n"
        "Thanks for letting me know your decision on the {role} role. I enjoyed meeting the "
        "team{when} and I'm still very interested in {company}.\n\n"
        "Would you be open to sharing one or two things that would have made my application "
        "stronger? I'd also be glad to be considered for future roles.\n\n"
        "Kind regards,\n{sender}",
    ),
}
DEFAULT_TEMPLATE = "brief"

FOLLOW_UP = (
    "Hi {name},\n\n"
    "I hope you're well. I'm writing once more about my note below on the {role} role: if you "
    "have a moment for a few words of feedback, I'd really appreciate it. If it isn't possible, "
    "no problem at all, and thank you again.\n\n"
    "Best wishes,\n{sender}"
)


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str


def improve_areas(app: Application) -> list[str]:
    """Phrases for the flags confirmed in the debrief of the application's latest interview."""
    latest = Interview.objects.filter(application=app).order_by("-starts_at").first()
    debrief = Debrief.objects.filter(interview=latest).first() if latest else None
    if debrief is None:
        return []
    flags = debrief.flag_reviews.filter(status=ReviewStatus.CONFIRMED).order_by("flag")
    phrases = []
    for review in flags:
        phrase = IMPROVE.get(review.flag)
        if phrase and phrase not in phrases:
            phrases.append(phrase)
    return phrases


def _join(phrases: list[str]) -> str:
    if len(phrases) <= 1:
        return "".join(phrases)
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


def _fields(app: Application, contact: Contact | None, sender: str) -> dict:
    latest = (
        Interview.objects.filter(application=app, starts_at__lte=timezone.now())
        .order_by("-starts_at")
        .first()
    )
    when = ""
    if latest:
        when = " at the interview on " + day_month(latest.starts_at)
    first_name = contact.name.split()[0] if contact and contact.name.strip() else "there"
    return {
        "name": first_name,
        "role": app.role_title,
        "company": app.company.name,
        "when": when,
        "improve": _join(improve_areas(app)[:2]) or "my interview answers",
        "sender": sender or app.owner.get_full_name() or app.owner.get_username(),
    }


def render_draft(app, contact=None, template: str = DEFAULT_TEMPLATE, sender: str = "") -> Draft:
    """The chosen template filled in for this application and recipient."""
    _, subject, body = TEMPLATES.get(template, TEMPLATES[DEFAULT_TEMPLATE])
    fields = _fields(app, contact, sender)
    return Draft(subject.format(**fields), body.format(**fields))


def render_follow_up(request, sender: str = "") -> Draft:
    """The one follow-up, threaded as a reply to the request."""
    fields = _fields(request.application, request.contact, sender)
    subject = request.subject or "Feedback"
    if not subject.lower().startswith("re:"):
        subject = f"Re: {subject}"
    return Draft(subject, FOLLOW_UP.format(**fields))
