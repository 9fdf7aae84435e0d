"""Feedback received (email, pasted notes, employer form) and the action plan it feeds."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from nextround.analysis.action_plan import is_task, next_step
from nextround.analysis.feedback import THEMES, analyze_feedback
from nextround.applications.models import MAX_TEXT, Application
from nextround.core.scoping import get_owned_or_404
from nextround.feedback.models import ActionItem, Feedback, FeedbackRequest, Source, State

DUE_DAYS = 14
# Employer form areas and the theme a low score (1–2) in each raises.
AREAS = {
    "experience": ("Experience", "experience"),
    "skills": ("Skills", "technical_skills"),
    "communication": ("Communication", "communication"),
    "examples": ("Examples", "examples"),
    "motivation": ("Motivation", "motivation_fit"),
    "body_language": ("Body language", "body_language"),
    "company_knowledge": ("Company knowledge", "company_knowledge"),
}
LOW, HIGH = 2, 4


def analyse(text: str, scores: dict | None = None) -> tuple[list[str], list[dict]]:
    """Themes and points from scores (low → the area's theme, high → positive) and text."""
    points = []
    for area, score in sorted((scores or {}).items()):
        label, theme = AREAS[area]
        if score is not None and score <= LOW:
            points.append({"theme": theme, "text": f"{label}: {score}/5"})
        elif score is not None and score >= HIGH:
            points.append({"theme": "positive", "text": f"{label}: {score}/5"})
    for point in analyze_feedback(text or "").points:
        points.append({"theme": point.theme, "text": point.text})
    themes = sorted({p["theme"] for p in points}, key=THEMES.index)
    return themes, points


@transaction.atomic
def record_feedback(
    owner,
    application: Application,
    *,
    source: str,
    text: str = "",
    scores: dict | None = None,
    request: FeedbackRequest | None = None,
    received_at=None,
    plan: bool = True,
) -> Feedback:
    """Store feedback on the application, analysed, and add its themes to the action plan."""
    if application.owner_id != owner.pk:
        raise ValidationError({"application": "Unknown application."})
    themes, points = analyse(text, scores)
    feedback = Feedback(
        owner=owner,
        application=application,
        request=request,
        source=source,
        text=text or "",
        scores=scores or {},
        themes=themes,
        points=points,
        received_at=received_at or timezone.now(),
    )
    feedback.full_clean(exclude=["owner", "application", "request"])
    feedback.save()
    if plan:
        add_to_plan(owner, feedback)
    return feedback


def add_to_plan(owner, feedback: Feedback) -> list[ActionItem]:
    """One open item per non-positive theme: a new theme adds an item, a known one counts up."""
    items = []
    for theme in feedback.themes:
        if theme == "positive":
            continue
        item = (
            ActionItem.objects.select_for_update().filter(owner=owner, theme=theme, done=False)
        ).first()
        if item is None:
            task = is_task(theme)
            item = ActionItem.objects.create(
                owner=owner,
                theme=theme,
                next_step=next_step(theme),
                is_task=task,
                due_on=timezone.localdate() + timedelta(days=DUE_DAYS) if task else None,
            )
        item.count += 1
        item.save(update_fields=["count"])
        item.feedback.add(feedback)
        items.append(item)
    return items


@transaction.atomic
def add_pasted_feedback(owner, application_id: int, text: str) -> Feedback:
    """Notes from a call or a pasted message; a sent request for the application becomes replied."""
    from nextround.feedback.actions import transition

    app = get_owned_or_404(Application, owner, pk=application_id)
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": "Paste or type the feedback first."})
    if len(text) > MAX_TEXT:
        raise ValidationError({"text": f"At most {MAX_TEXT:,} characters."})
    req = (
        FeedbackRequest.objects.select_for_update()
        .filter(application=app, state__in=[State.SENT, State.FOLLOW_UP_SENT])
        .first()
    )
    feedback = record_feedback(owner, app, source=Source.PASTED, text=text, request=req)
    if req is not None:
        transition(req, State.REPLIED, note="Feedback added by you")
    return feedback


@transaction.atomic
def set_done(owner, item_id: int, done: bool) -> ActionItem:
    """Tick an action item done, or reopen it when no other item for its theme is open."""
    item = get_owned_or_404(ActionItem.objects.select_for_update(), owner, pk=item_id)
    if not item.is_task:
        raise ValidationError({"done": "This is a perspective, not a task: nothing to tick."})
    if done == item.done:
        return item
    if not done:
        clash = ActionItem.objects.filter(owner=owner, theme=item.theme, done=False)
        if clash.exists():
            raise ValidationError({"done": "An open item for this theme already exists."})
    item.done = done
    item.done_at = timezone.now() if done else None
    item.save(update_fields=["done", "done_at"])
    return item
