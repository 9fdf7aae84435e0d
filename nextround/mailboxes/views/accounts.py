"""Mail accounts: add, edit, delete, test the connection, sync now, and upload mail files."""

import tempfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from nextround.applications.forms import add_action_errors
from nextround.mailboxes import actions, queries, tasks
from nextround.mailboxes.forms import AccountForm, UploadForm
from nextround.mailboxes.imap import test_connection


@login_required
def account_list(request):
    """The user's mail accounts and the upload form."""
    context = {"accounts": queries.accounts_for(request.user), "upload_form": UploadForm()}
    return render(request, "mailboxes/accounts.html", context)


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
    """Import uploaded .eml/.mbox files, then review what they propose."""
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        context = {"accounts": queries.accounts_for(request.user), "upload_form": form}
        return render(request, "mailboxes/accounts.html", context, status=400)
    with tempfile.TemporaryDirectory(prefix="nextround-upload-") as folder:
        paths = []
        for n, upload in enumerate(form.cleaned_data["files"]):
            # Never trust the uploaded name as a path: only its suffix is kept.
            path = Path(folder) / f"{n}{Path(upload.name).suffix.lower()}"
            with path.open("wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
            paths.append(path)
        result = actions.import_messages(request.user, paths)
    text = f"Imported {result.new} new of {result.read} messages; {result.proposals} proposals."
    if result.errors:
        text += f" {result.errors} could not be read and were kept with their error."
    messages.success(request, text)
    return redirect("inbox")
