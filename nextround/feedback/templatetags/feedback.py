"""Template tags that put the feedback request on the application page."""

from django import template

from nextround.applications.stages import Stage
from nextround.feedback import queries
from nextround.feedback.forms import PastedFeedbackForm, TemplateForm
from nextround.feedback.models import FeedbackRequest

register = template.Library()


@register.inclusion_tag("feedback/_panel.html", takes_context=True)
def feedback_panel(context, application):
    """The application's feedback request (or the suggestion to make one) and its feedback."""
    latest = FeedbackRequest.objects.filter(application=application).order_by("-pk").first()
    suggestion = None
    if latest is None and application.stage == Stage.REJECTED:
        suggestion = queries.suggestion_for(application)
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "application": application,
        "feedback_request": latest,
        "suggestion": suggestion,
        "feedback": queries.feedback_for(application),
        "template_form": TemplateForm(),
        "pasted_form": PastedFeedbackForm(),
    }


@register.filter
def theme_label(theme: str) -> str:
    """A theme's readable name."""
    from nextround.analysis.feedback import THEME_LABELS

    return THEME_LABELS.get(theme, theme)


@register.filter
def area_label(area: str) -> str:
    """An employer-form area's readable name."""
    from nextround.feedback.plan import AREAS

    return AREAS.get(area, (area,))[0]
