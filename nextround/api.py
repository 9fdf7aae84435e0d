"""The JSON API under /api/v1/: personal access tokens (Bearer) or the browser session."""

from django.core.exceptions import ValidationError
from django.http import Http404
from ninja import NinjaAPI
from ninja.security import APIKeyHeader, HttpBearer, django_auth

from nextround.accounts.actions import user_for_token
from nextround.applications.stages import StageError


class TokenAuth(HttpBearer):
    """Authorization: Bearer nr_… with a personal access token."""

    def authenticate(self, request, token):
        user = user_for_token(token)
        if user is not None:
            request.user = user
        return user


class TokenHeaderAuth(APIKeyHeader):
    """X-API-Token: nr_… for clients that cannot set Authorization."""

    param_name = "X-API-Token"

    def authenticate(self, request, key):
        return TokenAuth().authenticate(request, key)


api = NinjaAPI(
    title="Next Round API",
    version="1.0.0",
    description="Track applications, interviews, contacts and their stage history.",
    urls_namespace="api-1",
    auth=[TokenAuth(), TokenHeaderAuth(), django_auth],
    csrf=True,
)


@api.exception_handler(ValidationError)
def validation_error(request, exc):
    """Model validation errors become 422 with messages per field."""
    detail = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    return api.create_response(request, {"detail": detail}, status=422)


@api.exception_handler(StageError)
def stage_error(request, exc):
    """A refused stage move is a 409 conflict with the reason."""
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.exception_handler(Http404)
def not_found(request, exc):
    """Missing and someone else's rows look the same."""
    return api.create_response(request, {"detail": "Not found."}, status=404)
