"""Helpers the web views share: running an action on a form, safe redirects."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.cache import patch_vary_headers

from nextround.applications.forms import add_action_errors
from nextround.applications.stages import StageError

# Where a move may send the browser back to; anything else falls back to the application.
RETURN_TO = {"board": "board", "dashboard": "dashboard", "list": "application_list"}


def run_action(form, action, *args, **kwargs):
    """Call action in one transaction; on a refusal show it on form and return None."""
    try:
        with transaction.atomic():
            return action(*args, **kwargs)
    except StageError as exc:
        form.add_error(None, str(exc))
    except ValidationError as exc:
        add_action_errors(form, exc)
    return None


def wants_fragment(request) -> bool:
    """True for an htmx request that swaps part of the page (not a history restore)."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def vary_on_htmx(response):
    """Full page and fragment share a URL: keep caches from mixing them up."""
    patch_vary_headers(response, ["HX-Request"])
    return response


def back_to(request, app):
    """Redirect to the page a form named in return_to, or to the application."""
    name = RETURN_TO.get(request.POST.get("return_to", ""))
    return redirect(name) if name else redirect(app)


def form_page(request, form, title, cancel=None):
    """A page with one form; 400 when the form came back with errors."""
    context = {"form": form, "title": title, "cancel": cancel}
    status = 400 if form.errors else 200
    return render(request, "applications/form_page.html", context, status=status)
