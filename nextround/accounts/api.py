"""API authentication (tokens or the browser session), the current user and token management."""

from datetime import datetime

from django.conf import settings
from django.db import transaction
from ninja import Field, Router, Schema, Status
from ninja.errors import AuthenticationError, HttpError
from ninja.security import APIKeyCookie, APIKeyHeader, HttpBearer
from ninja.utils import check_csrf
from pydantic import ConfigDict

from nextround.accounts import actions
from nextround.accounts.models import ApiToken


class InvalidToken(AuthenticationError):
    """A token was sent but matches no active user's token."""

    def __init__(self):
        super().__init__(message="Invalid or revoked API token.")


def _token_user(request, secret: str | None):
    if secret is None:
        return None  # no token sent: let the next method try
    user = actions.user_for_token(secret.strip())
    if user is None:
        # A wrong token is refused outright rather than falling back to a session cookie.
        raise InvalidToken()
    request.user = user
    request.auth_method = "token"
    return user


class TokenAuth(HttpBearer):
    """Authorization: Bearer nr_… with a personal access token."""

    def authenticate(self, request, token):
        return _token_user(request, token)


class TokenHeaderAuth(APIKeyHeader):
    """X-API-Token: nr_… for clients that cannot set Authorization."""

    param_name = "X-API-Token"

    def authenticate(self, request, key):
        return _token_user(request, key)


class SessionAuth(APIKeyCookie):
    """The browser session; unsafe methods need Django's CSRF token like any form post."""

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request):
        # Only a logged-in session is CSRF-checked, so a client with no credentials gets 401.
        if not request.user.is_authenticated:
            return None
        if check_csrf(request) is not None:
            raise HttpError(
                403, "CSRF check failed: send the csrftoken cookie's value as X-CSRFToken."
            )
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request, key):
        if not request.user.is_authenticated:
            return None
        request.auth_method = "session"
        return request.user


AUTH = [TokenAuth(), TokenHeaderAuth(), SessionAuth()]

router = Router(tags=["account"])


class Error(Schema):
    """What went wrong, in one sentence."""

    detail: str


class MeOut(Schema):
    id: int
    username: str
    email: str
    auth_method: str = Field(description="How this request was authenticated: token or session")


class TokenIn(Schema):
    model_config = ConfigDict(extra="forbid")

    """A name that tells you later where the token is used."""

    name: str = Field("API token", max_length=100)


class TokenOut(Schema):
    id: int
    name: str
    prefix: str = Field(description="The token's first characters, to tell tokens apart")
    created_at: datetime
    last_used_at: datetime | None


class NewTokenOut(TokenOut):
    token: str = Field(description="The secret; shown once, store it now")


def _session_only(request) -> None:
    # A leaked token must not be able to mint tokens that outlive its revocation.
    if getattr(request, "auth_method", None) != "session":
        raise HttpError(403, "API tokens are managed from a logged-in browser session only.")


@router.get("/me", response={200: MeOut, 401: Error})
def get_me(request):
    """The user this request acts as."""
    user = request.auth
    return {
        "id": user.pk,
        "username": user.get_username(),
        "email": user.email,
        "auth_method": request.auth_method,
    }


@router.get("/tokens", response={200: list[TokenOut], 401: Error, 403: Error})
def list_tokens(request):
    """Your personal access tokens (session only; secrets are never shown again)."""
    _session_only(request)
    return ApiToken.objects.owned_by(request.auth)


@router.post("/tokens", response={201: NewTokenOut, 401: Error, 403: Error})
def create_token(request, payload: TokenIn):
    """Make a token (session only); the response holds its secret, once."""
    _session_only(request)
    token, secret = actions.create_token(request.auth, payload.name)
    token.token = secret
    return Status(201, token)


@router.delete(
    "/tokens/{token_id}",
    response={204: None, 401: Error, 403: Error, 404: Error},
)
@transaction.atomic
def revoke_token(request, token_id: int):
    """Revoke one of your tokens (session only); it stops working at once."""
    _session_only(request)
    actions.revoke_token(request.auth, token_id)
    return Status(204, None)
