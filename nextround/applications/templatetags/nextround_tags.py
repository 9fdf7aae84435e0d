"""Small template helpers for stages and the board."""

from django import template

from nextround.applications.stages import CLOSED_STAGES, Stage

register = template.Library()


@register.filter
def stage_label(value: str) -> str:
    """The human label of a stage value ("no_response" → "No response")."""
    return Stage(value).label if value in Stage.values else value


@register.filter
def is_closed_stage(value: str) -> bool:
    """True for accepted, rejected, withdrawn and no_response."""
    return value in CLOSED_STAGES


@register.filter
def not_shown(column) -> int:
    """How many of a board column's applications did not fit on the board."""
    return max(column.count - len(column.cards), 0)
