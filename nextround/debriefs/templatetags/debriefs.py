"""Template tags that put debrief prompts and patterns on other apps' pages."""

from django import template

from nextround.debriefs import queries

register = template.Library()


@register.inclusion_tag("debriefs/_dashboard_panel.html", takes_context=True)
def debrief_panel(context):
    """Debriefs due and recurring patterns for the logged-in user."""
    user = context["request"].user
    return {"due": queries.debriefs_due(user), "patterns": queries.patterns(user)}
