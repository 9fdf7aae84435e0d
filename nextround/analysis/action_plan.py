"""Next steps for feedback themes: one concrete task per theme to work on."""

from __future__ import annotations

NEXT_STEPS: dict[str, str] = {
    "experience": (
        "List the three requirements where your experience fell short and, for each, write one "
        "project, course or volunteer task you can start this month to close the gap."
    ),
    "technical_skills": (
        "Pick the skill that was tested, do three timed practice exercises on it this week and "
        "compare your answers with a model solution."
    ),
    "communication": (
        "Record yourself answering five common questions; cut each answer to under two minutes "
        "with a one-line headline first, then re-record."
    ),
    "body_language": (
        "Record a two-minute answer on video and watch it muted: note every fidget, then re-record."
    ),
    "company_knowledge": (
        "Before the next interview, write one page on the company: what it sells, to whom, "
        "its main competitors, a recent piece of news and why the role matters."
    ),
    "examples": (
        "Write five STAR stories (situation, task, action, result) with a number in each result, "
        "and say them out loud until each takes under two minutes."
    ),
    "motivation_fit": (
        "Write three sentences on why this kind of role and company, linked to your past work and "
        "where you want to go, and rehearse them until they sound like you."
    ),
    "attitude": (
        "Prepare neutral, forward-looking answers about past employers and challenges, and "
        "practise a mock interview where a friend pushes back so you can stay calm and curious."
    ),
    "logistics": (
        "Settle your salary range, notice period, start date, location and right-to-work answers "
        "in writing before the next application, and raise deal-breakers early."
    ),
}

PERSPECTIVE_MESSAGE = (
    "Another candidate was a closer match this time. That was out of your control and says nothing "
    "bad about your interview: keep applying, and keep the contact warm for future roles."
)


def next_step(theme: str) -> str:
    """The next step for a theme to work on; the perspective message for stronger_candidate."""
    if theme == "stronger_candidate":
        return PERSPECTIVE_MESSAGE
    try:
        return NEXT_STEPS[theme]
    except KeyError:
        raise ValueError(f"no next step for theme {theme!r}") from None


def is_task(theme: str) -> bool:
    """Whether a theme becomes a task (stronger_candidate and positive do not)."""
    return theme in NEXT_STEPS
