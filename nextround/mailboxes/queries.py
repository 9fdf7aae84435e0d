"""Owner-scoped reads of mail accounts, messages, proposals and imports: others' rows are a 404."""

from django.core.paginator import Page, Paginator

from nextround.core.scoping import get_owned_or_404, owned
from nextround.mailboxes.models import (
    ACTIVE_IMPORT,
    MailAccount,
    MailImport,
    MailMessage,
    Proposal,
)

PROPOSALS_PER_PAGE = 25


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


def pending_page(user, page: int | str | None) -> Page:
    """One page of the user's pending proposals; a junk page gives the first, too far the last."""
    return Paginator(proposals_for(user, "pending"), PROPOSALS_PER_PAGE).get_page(page)


def get_proposal(user, proposal_id: int) -> Proposal:
    """One of the user's proposals, or Http404."""
    qs = Proposal.objects.select_related("message", "application__company")
    return get_owned_or_404(qs, user, pk=proposal_id)


def imports_for(user, *, active: bool = False):
    """The user's uploads of mail files, newest first; active: only those not finished yet."""
    qs = owned(MailImport, user)
    return qs.filter(status__in=ACTIVE_IMPORT) if active else qs


def get_import(user, import_id: int) -> MailImport:
    """One of the user's imports, or Http404."""
    return get_owned_or_404(MailImport, user, pk=import_id)
