"""Owner-scoped reads of mail accounts and messages: another user's rows are a 404."""

from nextround.core.scoping import get_owned_or_404, owned
from nextround.mailboxes.models import MailAccount, MailMessage, Proposal


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


def proposals_for(user, status: str | None = None):
    """The user's proposals with their message and application, newest mail first."""
    qs = owned(Proposal, user).select_related("message", "application__company")
    qs = qs.order_by("-message__date", "-pk")
    return qs.filter(status=status) if status else qs


def get_proposal(user, proposal_id: int) -> Proposal:
    """One of the user's proposals, or Http404."""
    qs = Proposal.objects.select_related("message", "application__company")
    return get_owned_or_404(qs, user, pk=proposal_id)
