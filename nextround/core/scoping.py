"""Deny by default: every row a user reaches is fetched through these owner-scoped helpers."""

from django.db import models
from django.http import Http404


class OwnedQuerySet(models.QuerySet):
    """A queryset that knows how to keep to one owner's rows."""

    def owned_by(self, user):
        """Rows that belong to user (none for an anonymous user)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)


def owned(model, user):
    """The rows of model that user owns."""
    return model.objects.owned_by(user)


def get_owned_or_404(model_or_qs, user, **lookup):
    """One row owned by user, or Http404 whether it is missing or someone else's."""
    qs = model_or_qs if isinstance(model_or_qs, models.QuerySet) else model_or_qs.objects.all()
    try:
        return qs.owned_by(user).get(**lookup)
    except (qs.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404(f"No {qs.model._meta.verbose_name} found.") from exc
