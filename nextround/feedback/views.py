"""Feedback pages: the requests, the draft with its tone check, sending, and the action plan."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from nextround.analysis.tone import check_tone
from nextround.applications.models import Application
from nextround.core.scoping import get_owned_or_404
from nextround.feedback import actions, employer, plan, queries
from nextround.feedback.forms import DraftForm, PastedFeedbackForm, SmtpAccountForm, TemplateForm
from nextround.feedback.models import FeedbackRequest, SmtpAccount, State


def _errors(request, exc) -> None:
    text = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
    messages.error(request, text)


@login_required
def feedback_list(request):
    """All feedback requests, and rejected applications still to ask."""
    suggestions = [queries.suggestion_for(a) for a in queries.requests_to_suggest(request.user)]
    context = {
        "requests": queries.requests_for(request.user),
        "suggestions": suggestions,
        "template_form": TemplateForm(),
    }
    return render(request, "feedback/list.html", context)


@login_required
@require_POST
def request_create(request, pk):
    """Create the draft request for a rejected application."""
    app = get_owned_or_404(Application, request.user, pk=pk)
    form = TemplateForm(request.POST)
    template = form.cleaned_data["template"] if form.is_valid() else ""
    try:
        req = actions.create_request(request.user, app.pk, template=template)
    except (ValidationError, actions.FeedbackStateError) as exc:
        _errors(request, exc)
        return redirect("application_detail", app.pk)
    return redirect(req)


def _draft_initial(req: FeedbackRequest) -> dict:
    if req.state == State.SENT:
        return {
            "to_address": req.to_address,
            "subject": req.follow_up_subject,
            "body": req.follow_up_body,
        }
    return {"to_address": req.to_address, "subject": req.subject, "body": req.body}


def _form_link(request, req) -> str:
    if not req.form_nonce or req.form_used_at or req.state not in actions.TRANSITIONS:
        return ""
    return request.build_absolute_uri(reverse("employer_form", args=[employer.form_token(req)]))


class MailtoRedirect(HttpResponseRedirect):
    """A redirect into the user's mail app."""

    allowed_schemes = ["mailto"]


@login_required
def request_detail(request, pk):
    """One request: edit the draft (or the follow-up), check its tone, send, track."""
    req = get_owned_or_404(queries.requests_for(request.user), request.user, pk=pk)
    if queries.follow_up_offered(req):
        actions.prepare_follow_up(req)
    form = DraftForm(initial=_draft_initial(req))
    status = 200
    if request.method == "POST":
        form = DraftForm(request.POST)
        if form.is_valid():
            try:
                actions.save_draft(request.user, req.pk, **form.cleaned_data)
            except (ValidationError, actions.FeedbackStateError) as exc:
                form.add_error(None, exc if isinstance(exc, ValidationError) else str(exc))
            else:
                if request.POST.get("then") == "mailto":
                    # Save first so the mail app gets exactly what is on screen.
                    req.refresh_from_db()
                    return MailtoRedirect(queries.mailto_link(req))
                messages.success(request, "Draft saved.")
                return redirect(req)
        status = 400
    body = form["body"].value() or ""
    context = {
        "req": req,
        "form": form,
        "tone": check_tone(body),
        "editable": req.state in (State.DRAFT,) or queries.follow_up_offered(req),
        "follow_up_offered": queries.follow_up_offered(req),
        "follow_up_refusal": actions.follow_up_refusal(req) if req.state != State.DRAFT else "",
        "mailto": queries.mailto_link(req),
        "has_smtp": queries.has_smtp(request.user),
        "suggestion": queries.suggestion_for(req.application),
        "events": req.events.all(),
        "feedback": queries.feedback_for(req.application),
        "pasted_form": PastedFeedbackForm(),
        "form_link": _form_link(request, req),
    }
    return render(request, "feedback/detail.html", context, status=status)


@login_required
@require_POST
def tone_check(request, pk):
    """The tone check of the unsaved draft (htmx, as the user types)."""
    get_owned_or_404(FeedbackRequest, request.user, pk=pk)
    body = request.POST.get("body", "")[:20_000]
    return render(request, "feedback/_tone.html", {"tone": check_tone(body)})


@login_required
@require_POST
def request_send(request, pk):
    """Queue the request (or the follow-up) for sending over SMTP."""
    from nextround.feedback.tasks import send_feedback_request

    kind = request.POST.get("kind", "request")
    try:
        req = actions.queue_send(request.user, pk, kind=kind)
    except (ValidationError, actions.FeedbackStateError) as exc:
        _errors(request, exc)
        return redirect("feedback_request", pk)
    send_feedback_request(req.pk)
    req.refresh_from_db()
    if req.pending_send and req.last_error:
        messages.error(request, f"Not sent yet: {req.last_error} It will be retried.")
    elif req.pending_send:  # a real queue: the consumer sends it shortly
        messages.info(request, "Queued for sending; this page shows when it has gone.")
    else:
        messages.success(request, f"Sent to {req.to_address}.")
    return redirect(req)


@login_required
@require_POST
def request_mark_sent(request, pk):
    """The user sent it from their own mail app."""
    try:
        actions.mark_sent(request.user, pk, kind=request.POST.get("kind", "request"))
    except (ValidationError, actions.FeedbackStateError) as exc:
        _errors(request, exc)
    else:
        messages.success(request, "Marked as sent.")
    return redirect("feedback_request", pk)


@login_required
@require_POST
def request_outcome(request, pk):
    """Record a reply, a refusal to give feedback, or moving on."""
    try:
        req = actions.record_outcome(request.user, pk, request.POST.get("state", ""))
    except (ValidationError, actions.FeedbackStateError) as exc:
        _errors(request, exc)
    else:
        messages.success(request, req.closed_message or f"Marked {req.get_state_display()}.")
    return redirect("feedback_request", pk)


@login_required
@require_POST
def request_form_link(request, pk):
    """Create the private link to the employer's one-minute form."""
    req = get_owned_or_404(FeedbackRequest, request.user, pk=pk)
    try:
        employer.form_token(req)
    except actions.FeedbackStateError as exc:
        _errors(request, exc)
    else:
        messages.success(request, "Form link created: add it to your message.")
    return redirect(req)


@login_required
@require_POST
def pasted_feedback(request, pk):
    """Add feedback from a call or a pasted message to an application."""
    app = get_owned_or_404(Application, request.user, pk=pk)
    form = PastedFeedbackForm(request.POST)
    if form.is_valid():
        try:
            plan.add_pasted_feedback(request.user, app.pk, form.cleaned_data["text"])
        except ValidationError as exc:
            _errors(request, exc)
        else:
            messages.success(request, "Feedback added and analysed; see your action plan.")
    else:
        messages.error(request, "; ".join(e for errs in form.errors.values() for e in errs))
    back = request.POST.get("next", "")
    if back.startswith("/") and not back.startswith("//"):
        return redirect(back)
    return redirect("application_detail", app.pk)


@login_required
def action_plan(request):
    """My action plan: one item per theme to work on, merged across applications."""
    items = queries.action_plan(request.user)
    context = {
        "tasks": [i for i in items if i.is_task],
        "perspective": [i for i in items if not i.is_task],
    }
    return render(request, "feedback/action_plan.html", context)


@login_required
@require_POST
def item_toggle(request, pk):
    """Tick an action item done or reopen it (htmx swaps the row; plain form redirects)."""
    try:
        item = plan.set_done(request.user, pk, request.POST.get("done") == "1")
    except ValidationError as exc:
        if request.htmx:
            return render(request, "feedback/_error.html", {"error": exc}, status=409)
        _errors(request, exc)
        return redirect("action_plan")
    if request.htmx:
        return render(request, "feedback/_item.html", {"item": item})
    return redirect("action_plan")


@login_required
def smtp_settings(request):
    """The outgoing mail server used to send feedback requests."""
    account = SmtpAccount.objects.filter(owner=request.user).first()
    form = SmtpAccountForm(request.POST or None, instance=account)
    if request.method == "POST" and form.is_valid():
        account = form.save(commit=False)
        account.owner = request.user
        if form.cleaned_data["password"]:
            account.set_password(form.cleaned_data["password"])
        account.save()
        messages.success(request, "Mail settings saved.")
        return redirect("feedback_list")
    status = 400 if request.method == "POST" else 200
    return render(request, "feedback/smtp.html", {"form": form, "account": account}, status=status)
