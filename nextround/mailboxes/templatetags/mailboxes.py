"""Template filters for mail pages."""

from django import template

from nextround.mailboxes.sanitize import preview
from nextround.mailboxes.uploads import describe_import

register = template.Library()


@register.filter
def mail_preview(message) -> str:
    """A short plain-text preview of a message (HTML tags removed; escaped by the template)."""
    return preview(message.text, message.html)


@register.filter
def import_summary(job) -> str:
    """What an upload's import did, or that it is still running."""
    return describe_import(job)
