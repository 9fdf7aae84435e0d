"""Mail accounts: add, edit, delete, test the connection, sync now, and upload mail files."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from nextround.applications.forms import add_action_errors
from nextround.mailboxes import actions, queries, tasks, uploads
from nextround.mailboxes.forms import AccountForm, UploadForm
from nextround.mailboxes.imap import test_connection
from nextround.mailboxes.models import ImportStatus

RECENT_IMPORTS = 10


def _accounts_page(request, upload_form, status=200):
    context = {
        "accounts": queries.accounts_for(request.user),
        "upload_form": upload_form,
        "imports": queries.imports_for(request.user)[:RECENT_IMPORTS],
    }
    return render(request, "mailboxes/accounts.html", context, status=status)


@login_required
def account_list(request):
    """The user's mail accounts, the upload form and the latest imports of uploaded files."""
    return _accounts_page(request, UploadForm())


@login_required
def account_create(request):
    return _edit(request, None)


@login_required
def account_edit(request, pk):
    return _edit(request, queries.get_account(request.user, pk))


def _edit(request, account):
    form = AccountForm(request.POST or None, instance=account)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        fields = {k: data[k] for k in ("host", "port", "security", "username", "first_sync_days")}
        try:
            actions.save_account(
                request.user,
                account,
                password=data["password"] or None,
                folders=data["folders"],
                **fields,
            )
        except ValidationError as exc:
            add_action_errors(form, exc)
        else:
            messages.success(request, "Saved the mail account.")
            return redirect("mail_accounts")
    title = "Edit mail account" if account else "Add a mail account"
    context = {"form": form, "title": title, "account": account}
    return render(
        request, "mailboxes/account_form.html", context, status=400 if form.errors else 200
    )


@login_required
def account_delete(request, pk):
    account = queries.get_account(request.user, pk)
    if request.method == "POST":
        actions.delete_account(request.user, account.pk)
        messages.success(request, f"Deleted {account} and the mail read from it.")
        return redirect("mail_accounts")
    return render(request, "mailboxes/account_delete.html", {"account": account})


@login_required
@require_POST
def account_test(request, pk):
    """Connect and log in now; say what went wrong in words the user can act on."""
    account = queries.get_account(request.user, pk)
    problem = test_connection(account)
    if problem is None:
        messages.success(request, f"Connected to {account.host} and found every folder.")
    else:
        messages.error(request, f"{problem.kind.upper()}: {problem.message}")
    return redirect("mail_accounts")


@login_required
@require_POST
def account_sync(request, pk):
    """Queue a sync of this account (it runs at once when tasks are immediate)."""
    account = queries.get_account(request.user, pk)
    result = tasks.sync_one_account(account.pk)
    outcome = result.get() if hasattr(result, "get") else result
    if outcome is None:
        messages.info(request, f"Sync of {account} queued; new mail shows up in the inbox.")
    elif outcome.get("error"):
        messages.error(request, f"{outcome['error_kind'].upper()}: {outcome['error']}")
    else:
        messages.success(
            request, f"Synced {account}: {outcome['new']} new, {outcome['proposals']} proposals."
        )
    return redirect("mail_accounts")


@login_required
@require_POST
def upload(request):
    """Keep uploaded .eml/.mbox files and queue their import; the page shows how it went."""
    form = UploadForm(request.POST, request.FILES)  # refuses too much before anything is kept
    job = None
    if form.is_valid():
        try:
            job = uploads.start_import(request.user, form.cleaned_data["files"])
        except uploads.UploadError as exc:
            form.add_error(None, str(exc))
    if job is None:
        return _accounts_page(request, form, status=400)
    _queue(request, job)
    return redirect("mail_accounts")


def _queue(request, job) -> None:
    """Queue job's import (it runs at once when tasks are immediate) and say how it stands."""
    tasks.import_upload(job.pk)
    job.refresh_from_db()
    text = uploads.describe_import(job)
    if job.status == ImportStatus.FAILED:
        messages.error(request, text)
    elif job.status == ImportStatus.DONE:
        messages.success(request, text)
    else:
        messages.info(request, text)


@login_required
def import_detail(request, pk):
    """One import and how it stands; htmx polls its row here until it has finished."""
    job = queries.get_import(request.user, pk)
    template = "mailboxes/_import.html" if request.htmx else "mailboxes/import_detail.html"
    return render(request, template, {"job": job})


@login_required
@require_POST
def import_retry(request, pk):
    """Queue a failed import again with the files it kept."""
    try:
        job = uploads.retry_import(request.user, pk)
    except uploads.UploadError as exc:
        messages.error(request, str(exc))
    else:
        _queue(request, job)
    return redirect("mail_accounts")
