"""Accounts: first-run owner, new users and API tokens."""

import hashlib
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from nextround.accounts.models import ApiToken
from nextround.core.scoping import get_owned_or_404

TOKEN_PREFIX = "nr_"  # noqa: S105 - a public prefix that marks tokens, not a secret


def generate_password() -> str:
    """A random one-time password that passes Django's validators."""
    return secrets.token_urlsafe(15)


def create_user(username: str, password: str | None = None, *, is_staff: bool = False):
    """Create a user; return (user, password). A password is generated when none is given."""
    User = get_user_model()
    username = (username or "").strip()
    if not username:
        raise ValidationError({"username": "A username is required."})
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": f"The user '{username}' already exists."})
    password = password or generate_password()
    user = User(username=username, is_staff=is_staff, is_superuser=is_staff)
    validate_password(password, user)
    user.set_password(password)
    user.save()
    return user, password


@transaction.atomic
def ensure_owner(username: str = "owner"):
    """On first run create the owner account; return its one-time password, else None."""
    User = get_user_model()
    if User.objects.exists():
        return None
    _, password = create_user(username, is_staff=True)
    return password


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_token(owner, name: str) -> tuple[ApiToken, str]:
    """Make a personal access token; the secret is returned once and never stored."""
    name = (name or "").strip() or "API token"
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        owner=owner, name=name[:100], prefix=secret[:10], digest=_digest(secret)
    )
    return token, secret


def revoke_token(owner, token_id: int) -> None:
    """Delete one of owner's tokens."""
    get_owned_or_404(ApiToken, owner, pk=token_id).delete()


def user_for_token(secret: str):
    """The active user a token secret belongs to, or None."""
    if not secret or not secret.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("owner")
        .filter(digest=_digest(secret), owner__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    # Write at most once a minute so reads through the API stay cheap.
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.owner
