"""The pipeline board and the one-action stage move (htmx, with a plain-form fallback)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed
from django.shortcuts import render
from django.utils.html import format_html_join

from nextround.applications import actions, queries
from nextround.applications.forms import MoveForm
from nextround.applications.models import Application
from nextround.applications.stages import CLOSED_STAGES, Stage
from nextround.applications.views.common import back_to, run_action, vary_on_htmx
from nextround.core.scoping import get_owned_or_404


def board_context(user, error: str = "", moved=None) -> dict:
    """What the board template needs."""
    columns = queries.board(user)
    for column in columns:
        # Every card in a column offers the same targets: build the <option>s once per column
        # rather than once per card (the board is the heaviest page to render).
        column.closed = column.stage in CLOSED_STAGES
        column.options_html = format_html_join(
            "",
            '<option value="{}">{}</option>',
            ((value, label) for value, label in Stage.choices if value != column.stage),
        )
    return {"columns": columns, "stages": Stage.choices, "error": error, "moved": moved}


@login_required
def board(request):
    """One column per stage with its most recently active cards."""
    return vary_on_htmx(render(request, "applications/board.html", board_context(request.user)))


@login_required
def move(request, pk):
    """Move an application to another stage; htmx gets the board back, a plain form a redirect."""
    app = get_owned_or_404(Application, request.user, pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = MoveForm(request.POST)
    moved = None
    if form.is_valid():
        data = form.cleaned_data
        moved = run_action(
            form,
            actions.move_application,
            request.user,
            app.pk,
            data["to_stage"],
            note=data["note"],
            reopen=data["reopen"],
        )
    error = "" if moved else _first_error(form)
    if request.htmx and request.POST.get("return_to") == "board":
        context = board_context(request.user, error=error, moved=moved)
        return render(
            request, "applications/board.html#board", context, status=400 if error else 200
        )
    if error and request.POST.get("return_to") not in ("board", "dashboard"):
        from nextround.applications.views.applications import render_detail

        return render_detail(request, app, move_form=form, status=400)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, f"Moved “{app}” to {moved.application.get_stage_display()}.")
    return back_to(request, app)


def _first_error(form) -> str:
    for errors in form.errors.values():
        return " ".join(errors)
    return ""
