"""The dashboard: what is coming, what is due, where everything stands."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render

from nextround.applications import actions, queries
from nextround.applications.forms import MoveForm
from nextround.applications.models import Application
from nextround.applications.stages import Stage
from nextround.applications.views.common import run_action
from nextround.core.scoping import get_owned_or_404


@login_required
def dashboard(request):
    """Upcoming interviews, due decisions and counts by stage."""
    counts = queries.stage_counts(request.user)
    context = {
        "upcoming": queries.upcoming_interviews(request.user),
        "awaiting_outcome": queries.interviews_awaiting_outcome(request.user),
        "offered": queries.offered_no_response(request.user),
        "counts": [(stage, counts[stage.value]) for stage in Stage],
        "total": sum(counts.values()),
    }
    return render(request, "applications/dashboard.html", context)


@login_required
def accept_no_response(request, pk):
    """Close an application the daily task offered as no_response."""
    app = get_owned_or_404(Application, request.user, pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = MoveForm({"to_stage": Stage.NO_RESPONSE})
    if form.is_valid() and run_action(
        form, actions.move_application, request.user, app.pk, Stage.NO_RESPONSE
    ):
        messages.success(request, f"Closed “{app}” as no response.")
    else:
        messages.error(request, " ".join(form.non_field_errors()))
    return redirect("dashboard")


@login_required
def dismiss_no_response(request, pk):
    """Keep an application open although it looks silent."""
    get_owned_or_404(Application, request.user, pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    app = actions.dismiss_no_response(request.user, pk)
    messages.success(request, f"Kept “{app}” open.")
    return redirect("dashboard")
