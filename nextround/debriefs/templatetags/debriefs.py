"""Template tags that put debrief prompts and patterns on other apps' pages."""

from django import template

from nextround.debriefs import queries

register = template.Library()


@register.inclusion_tag("debriefs/_dashboard_panel.html", takes_context=True)
def debrief_panel(context):
    """Debriefs due and recurring patterns for the logged-in user."""
    user = context["request"].user
    # The dashboard shows the five most recent; My patterns lists the rest.
    return {"due": queries.debriefs_due(user, limit=5), "patterns": queries.patterns(user)}
