"""The JSON API under /api/v1/: personal access tokens (Bearer or X-API-Token) or the session.

`python -m nextround.api --write-openapi docs/openapi.json` rewrites the committed schema.
"""

import os

if __name__ == "__main__":  # run as a script: Django must be set up before any model loads
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextround.settings")
    django.setup()

import argparse
import json
from pathlib import Path

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as InputError

from nextround.accounts.api import AUTH
from nextround.accounts.api import router as accounts_router
from nextround.applications.api import router as applications_router
from nextround.applications.stages import StageError
from nextround.debriefs.api import router as debriefs_router
from nextround.feedback.api import router as feedback_router
from nextround.mailboxes.api import router as mailboxes_router

PREFIX = "/api/v1/"  # where nextround.urls mounts api.urls
NO_CREDENTIALS = (
    "Authentication required: send 'Authorization: Bearer <token>' or 'X-API-Token: <token>' "
    "(make a token in the web UI or with `nextround token create`), or log in."
)


class NextRoundAPI(NinjaAPI):
    """Operation ids are the view functions' names: list_companies, move_application, …"""

    def get_openapi_operation_id(self, operation):
        return operation.view_func.__name__


api = NextRoundAPI(
    title="Next Round API",
    version="1.0.0",
    description=(
        "Track applications, interviews, contacts and their stage history. Authenticate with a "
        "personal access token (`Authorization: Bearer nr_…` or `X-API-Token: nr_…`) or the "
        "browser session (unsafe methods then need the `X-CSRFToken` header). Another user's "
        "rows answer 404. Refused input answers 422 with messages per field."
    ),
    urls_namespace="api-1",
    auth=AUTH,
    # Without "ninja" in INSTALLED_APPS the docs page would load Swagger UI from a CDN.
    docs_url="/docs" if "ninja" in settings.INSTALLED_APPS else None,
)
api.add_router("", accounts_router)
api.add_router("", applications_router)
api.add_router("", debriefs_router)
api.add_router("", feedback_router)
api.add_router("", mailboxes_router)


def _invalid(request, errors: dict[str, list[str]]):
    detail = f"Invalid input ({', '.join(sorted(errors))})"
    detail += "." if request.method in ("GET", "HEAD", "OPTIONS") else "; nothing was saved."
    return api.create_response(request, {"detail": detail, "errors": errors}, status=422)


@api.exception_handler(ValidationError)
def validation_error(request, exc):
    """Model validation errors become 422 with messages per field."""
    errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    return _invalid(request, errors)


def _field_name(loc) -> str:
    # ("body", "payload", "interviewer_ids", 0) -> "interviewer_ids.0"; ("query", "q") -> "q"
    parts = [str(p) for p in loc[1:]]
    if loc and loc[0] == "body" and parts:
        parts = parts[1:]  # the view's parameter name says nothing to a client
    return ".".join(parts) or str(loc[0] if loc else "__all__")


@api.exception_handler(InputError)
def input_error(request, exc):
    """Schema errors (types, lengths, unknown choices, impossible dates) in the same shape."""
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        errors.setdefault(_field_name(error.get("loc", ())), []).append(error["msg"])
    return _invalid(request, errors)


@api.exception_handler(StageError)
def stage_error(request, exc):
    """A refused stage move is a 409 conflict with the reason."""
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.exception_handler(ProtectedError)
def protected_error(request, exc):
    """Deleting a row that others still point at (a company with applications) is refused."""
    detail = "Still in use: delete or move the applications that refer to it first."
    return api.create_response(request, {"detail": detail}, status=409)


@api.exception_handler(IntegrityError)
def integrity_error(request, exc):
    """A write that a database constraint refused (a race the checks could not see)."""
    detail = "Conflicts with data you already have (for example a duplicate name)."
    return api.create_response(request, {"detail": detail}, status=409)


@api.exception_handler(Http404)
def not_found(request, exc):
    """Missing and someone else's rows look the same."""
    return api.create_response(request, {"detail": "Not found."}, status=404)


@api.exception_handler(AuthenticationError)
def unauthenticated(request, exc):
    """401 that says what to send."""
    detail = str(exc) if str(exc) != "Unauthorized" else NO_CREDENTIALS
    response = api.create_response(request, {"detail": detail}, status=401)
    response["WWW-Authenticate"] = 'Bearer realm="nextround"'
    return response


@api.exception_handler(RequestDataTooBig)
def too_big(request, exc):
    """A body beyond DATA_UPLOAD_MAX_MEMORY_SIZE is refused before it is parsed."""
    detail = "Request body too large; a job description or note holds at most 100,000 characters."
    return api.create_response(request, {"detail": detail}, status=413)


def openapi_json() -> str:
    """The OpenAPI schema exactly as committed in docs/openapi.json."""
    # An explicit prefix keeps the file independent of the rest of the URLconf.
    schema = api.get_openapi_schema(path_prefix=PREFIX)
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def main(argv=None) -> None:
    """Command line: --write-openapi PATH writes the schema."""
    parser = argparse.ArgumentParser(prog="python -m nextround.api")
    parser.add_argument("--write-openapi", metavar="PATH", required=True, type=Path)
    args = parser.parse_args(argv)
    # The URLconf imports nextround.api; use that module's api, not this __main__ copy.
    from nextround.api import openapi_json as served_json

    args.write_openapi.write_text(served_json())
    print(f"Wrote {args.write_openapi}")


if __name__ == "__main__":
    main()
