"""Owner-scoped reads of mail accounts and messages: another user's rows are a 404."""

from nextround.core.scoping import get_owned_or_404, owned
from nextround.mailboxes.models import MailAccount, MailMessage


def accounts_for(user):
    """The user's mail accounts."""
    return owned(MailAccount, user)


def messages_for(user, kind: str | None = None):
    """The user's stored messages, newest first, optionally of one kind."""
    qs = owned(MailMessage, user).select_related("account")
    return qs.filter(kind=kind) if kind else qs


def get_account(user, account_id: int) -> MailAccount:
    """One of the user's accounts, or Http404."""
    return get_owned_or_404(MailAccount, user, pk=account_id)


def get_message(user, message_id: int) -> MailMessage:
    """One of the user's messages, or Http404."""
    return get_owned_or_404(MailMessage.objects.select_related("account"), user, pk=message_id)
