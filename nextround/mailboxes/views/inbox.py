"""The inbox review page: accept, edit, dismiss or undo proposals, one action each."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponseNotAllowed, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from nextround.mailboxes import queries, review
from nextround.mailboxes.forms import PreferencesForm, ProposalEditForm
from nextround.mailboxes.proposals import preferences_for
from nextround.mailboxes.sanitize import clean_html, has_own_text


@login_required
def inbox(request):
    """A page of pending proposals, recently accepted ones (for undo), the auto-apply setting."""
    context = {
        "page": queries.pending_page(request.user, request.GET.get("page")),
        "accepted": queries.proposals_for(request.user, "accepted")[:20],
        "prefs_form": PreferencesForm(instance=preferences_for(request.user)),
        "accounts": queries.accounts_for(request.user),
        "importing": queries.imports_for(request.user, active=True).count(),
        # Posted back by every row's forms, so that a plain form returns to the same page.
        "inbox_query": request.GET.urlencode(),
    }
    return render(request, "mailboxes/inbox.html", context)


def inbox_url(query: str) -> str:
    """The inbox with the query string (page) a form came from."""
    # Only the query comes from the request and it is re-encoded: the path stays the inbox.
    query = QueryDict(query).urlencode()
    return f"{reverse('inbox')}?{query}" if query else reverse("inbox")


def _done(request, proposal, text: str, error: str = ""):
    """The proposal's row for htmx, else back to the same inbox page with a flash message."""
    query = request.POST.get("inbox_query", "")
    if request.htmx:
        context = {"proposal": proposal, "done": text, "error": error, "inbox_query": query}
        return render(request, "mailboxes/_proposal.html", context, status=400 if error else 200)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, text)
    return redirect(inbox_url(query))


def _run(request, pk, action, text: str):
    proposal = queries.get_proposal(request.user, pk)  # 404 before anything else
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        with transaction.atomic():
            proposal = action(request.user, proposal.pk)
    except review.ReviewError as exc:
        proposal.refresh_from_db()
        return _done(request, proposal, "", str(exc))
    return _done(request, queries.get_proposal(request.user, pk), text)


@login_required
def accept(request, pk):
    """Apply a proposal."""
    return _run(request, pk, review.accept, "Accepted.")


@login_required
def dismiss(request, pk):
    """Leave the application as it is."""
    return _run(request, pk, review.dismiss, "Dismissed.")


@login_required
def undo(request, pk):
    """Reverse an accepted proposal."""
    return _run(request, pk, review.undo, "Undone.")


@login_required
def edit(request, pk):
    """Choose another application, action or stage, then accept in the same step."""
    proposal = queries.get_proposal(request.user, pk)
    initial = {
        "action": proposal.action,
        "application": proposal.application_id,
        "to_stage": proposal.to_stage,
        "company_name": proposal.company_name,
        "role_title": proposal.role_title,
    }
    form = ProposalEditForm(request.user, request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                review.edit(request.user, pk, **form.changes())
                review.accept(request.user, pk)
        except review.ReviewError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Accepted with your changes.")
            return redirect(inbox_url(request.GET.urlencode()))
    context = {"form": form, "proposal": proposal, "cancel": inbox_url(request.GET.urlencode())}
    return render(
        request, "mailboxes/proposal_edit.html", context, status=400 if form.errors else 200
    )


@login_required
@require_POST
def preferences(request):
    """Turn auto-apply on or off."""
    form = PreferencesForm(request.POST, instance=preferences_for(request.user))
    if form.is_valid():
        form.save()
        messages.success(request, "Saved the auto-apply setting.")
    else:
        messages.error(request, "Choose a confidence between 0.5 and 1.0.")
    return redirect("inbox")


@login_required
def message_detail(request, pk):
    """One message: plain text when there is any, else sanitised HTML."""
    message = queries.get_message(request.user, pk)
    html = "" if has_own_text(message.text, message.html) else clean_html(message.html)
    proposal = getattr(message, "proposal", None)
    context = {"message": message, "safe_html": html, "proposal": proposal}
    return render(request, "mailboxes/message_detail.html", context)
