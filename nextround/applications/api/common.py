"""What the API routers share: page sizes, documented error bodies and lookup helpers."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone

from nextround.accounts.api import Error
from nextround.applications import schemas as s
from nextround.core.scoping import get_owned_or_404

PAGE = {"page_size": 25, "max_page_size": 100}
# Documented error bodies; the handlers in nextround.api produce them.
ERRORS = {401: Error, 404: Error, 422: s.InvalidInput}
CONFLICT = {**ERRORS, 409: Error}


def _owned_ref(model, user, pk, field: str):
    """One of user's rows named by id in a request body, or a 422 on that field."""
    try:
        return get_owned_or_404(model, user, pk=pk)
    except Http404:
        raise ValidationError({field: f"Unknown {model._meta.verbose_name} id {pk}."}) from None


def _aware(value: datetime) -> datetime:
    """A datetime sent without an offset is read in the instance's time zone."""
    return timezone.make_aware(value) if timezone.is_naive(value) else value
