"""Application list, page (with its timeline), create, edit, delete and notes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render

from nextround.applications import actions, queries
from nextround.applications.forms import ApplicationForm, MoveForm, NoteForm
from nextround.applications.models import Application
from nextround.applications.stages import Stage
from nextround.applications.views.common import form_page, run_action, vary_on_htmx, wants_fragment
from nextround.core.scoping import get_owned_or_404

STAGE_FILTERS = [("", "All stages"), ("open", "Open (not closed)"), *Stage.choices]
SORT_LABELS = {
    "recent": "Recent activity",
    "applied": "Applied date",
    "company": "Company",
    "role": "Role",
    "stage": "Stage",
}


@login_required
def application_list(request):
    """Search, filter, sort and page through applications; htmx gets only the results."""
    q = request.GET.get("q", "").strip()[:200]
    stage = request.GET.get("stage", "")
    sort = request.GET.get("sort", "recent")
    sort = sort if sort in queries.SORTS else "recent"
    found = queries.search_applications(request.user, q=q, stage=stage, sort=sort)
    context = {
        "page": queries.page_of(found, request.GET.get("page")),
        "q": q,
        "stage": stage,
        "sort": sort,
        "stage_filters": STAGE_FILTERS,
        "sorts": [(key, SORT_LABELS.get(key, key.title())) for key in queries.SORTS],
    }
    template = "applications/application_list.html"
    if wants_fragment(request):
        template += "#results"
    return vary_on_htmx(render(request, template, context))


def render_detail(request, app, *, move_form=None, note_form=None, status=200):
    """The application page, with any form that came back invalid."""
    context = {
        "app": app,
        "timeline": queries.timeline(app),
        "move_form": move_form or MoveForm(initial={"reopen": app.is_closed}),
        "note_form": note_form or NoteForm(),
        "stages": [(v, label) for v, label in Stage.choices if v != app.stage],
    }
    return render(request, "applications/application_detail.html", context, status=status)


@login_required
def application_detail(request, pk):
    """One application and its whole history."""
    app = get_owned_or_404(queries.applications_for(request.user), request.user, pk=pk)
    return render_detail(request, app)


@login_required
def application_create(request):
    """Record a new application; the company is typed as a name."""
    form = ApplicationForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid():
        fields = form.action_fields()
        app = run_action(
            form,
            actions.create_application,
            request.user,
            stage=form.cleaned_data["stage"],
            **fields,
        )
        if app:
            messages.success(request, f"Saved “{app}”.")
            return redirect(app)
    return form_page(request, form, "New application")


@login_required
def application_edit(request, pk):
    """Change an application's details (its stage moves separately)."""
    app = get_owned_or_404(queries.applications_for(request.user), request.user, pk=pk)
    form = ApplicationForm(request.POST or None, instance=app, owner=request.user)
    if request.method == "POST" and form.is_valid():
        fields = form.action_fields()
        if run_action(form, actions.update_application, request.user, app, **fields):
            messages.success(request, "Saved your changes.")
            return redirect(app)
    return form_page(request, form, f"Edit {app}", app.get_absolute_url())


@login_required
def application_delete(request, pk):
    """Confirm, then delete an application with its history."""
    app = get_owned_or_404(queries.applications_for(request.user), request.user, pk=pk)
    if request.method == "POST":
        actions.delete_application(request.user, app.pk)
        messages.success(request, f"Deleted “{app}”.")
        return redirect("application_list")
    context = {"object": app, "cancel": app.get_absolute_url()}
    return render(request, "applications/confirm_delete.html", context)


@login_required
def note_add(request, pk):
    """Add a note to an application's timeline."""
    app = get_owned_or_404(Application, request.user, pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = NoteForm(request.POST)
    if form.is_valid() and run_action(
        form, actions.add_note, request.user, app, form.cleaned_data["body"]
    ):
        messages.success(request, "Note added.")
        return redirect(app)
    return render_detail(request, app, note_form=form, status=400)
