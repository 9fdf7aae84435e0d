"""The employer's one-minute form at /f/<token>/: no account, no ids, nothing else shown."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from nextround.feedback import employer
from nextround.feedback.forms import EmployerForm

TEMPLATE = "feedback/employer_form.html"


def _refused(request, reason: str, status: int):
    return render(request, "feedback/employer_refused.html", {"reason": reason}, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def employer_form(request, token):
    """Show the form for a valid link, record one answer, refuse everything else plainly."""
    if employer.over_limit(request.META.get("REMOTE_ADDR", "")):
        return _refused(request, "Too many requests. Please try again in a few minutes.", 429)
    found = employer.resolve(token)
    if found.request is None:
        return _refused(request, found.reason, found.status)
    req = found.request
    form = EmployerForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid() and not form.is_empty():
            result = employer.submit(token, form.scores(), form.cleaned_data["comments"])
            if result.request is None:
                return _refused(request, result.reason, result.status)
            return render(request, "feedback/employer_thanks.html")
        if form.is_valid():
            form.add_error(None, "Please score at least one area or write a comment.")
        status = 400
    context = {
        "form": form,
        "role_title": req.application.role_title,
        "first_name": employer.candidate_first_name(req),
    }
    return render(request, TEMPLATE, context, status=status)
