"""Scheduling an interview and recording how it went."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect

from nextround.applications import actions
from nextround.applications.forms import InterviewForm
from nextround.applications.models import Application, Interview
from nextround.applications.views.common import form_page, run_action
from nextround.core.scoping import get_owned_or_404


@login_required
def interview_create(request, pk):
    """Add an interview to an application."""
    app = get_owned_or_404(Application, request.user, pk=pk)
    form = InterviewForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid():
        fields = form.action_fields()
        if run_action(form, actions.schedule_interview, request.user, app, **fields):
            messages.success(request, "Interview added.")
            return redirect(app)
    return form_page(request, form, f"New interview for {app}", app.get_absolute_url())


@login_required
def interview_edit(request, pk):
    """Change an interview's details or record its outcome."""
    interview = get_owned_or_404(
        Interview.objects.select_related("application__company"), request.user, pk=pk
    )
    app = interview.application
    form = InterviewForm(request.POST or None, instance=interview, owner=request.user)
    if request.method == "POST" and form.is_valid():
        fields = form.action_fields()
        if run_action(form, actions.update_interview, request.user, interview, **fields):
            messages.success(request, "Interview saved.")
            return redirect(app)
    return form_page(request, form, f"Interview for {app}", app.get_absolute_url())
