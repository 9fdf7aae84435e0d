"""Template filters for mail pages."""

from django import template

from nextround.mailboxes.sanitize import preview

register = template.Library()


@register.filter
def mail_preview(message) -> str:
    """A short plain-text preview of a message (HTML tags removed; escaped by the template)."""
    return preview(message.text, message.html)
