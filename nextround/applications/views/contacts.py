"""Contacts: recruiters, interviewers and hiring managers."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse

from nextround.applications import actions, queries
from nextround.applications.forms import ContactForm
from nextround.applications.models import Contact
from nextround.applications.views.common import run_action
from nextround.core.scoping import get_owned_or_404


@login_required
def contact_list(request):
    """Every contact with their company."""
    contacts = queries.page_of(queries.contacts_for(request.user), request.GET.get("page"))
    return render(request, "applications/contact_list.html", {"page": contacts})


@login_required
def contact_create(request):
    """Add a contact."""
    return _edit(request, None)


@login_required
def contact_edit(request, pk):
    """Change a contact's details."""
    return _edit(request, get_owned_or_404(Contact, request.user, pk=pk))


@login_required
def contact_delete(request, pk):
    """Confirm, then delete a contact."""
    contact = get_owned_or_404(Contact, request.user, pk=pk)
    if request.method == "POST":
        actions.delete_contact(request.user, contact.pk)
        messages.success(request, f"Deleted {contact}.")
        return redirect("contact_list")
    context = {"object": contact, "cancel": reverse("contact_list")}
    return render(request, "applications/confirm_delete.html", context)


def _edit(request, contact):
    form = ContactForm(request.POST or None, instance=contact, owner=request.user)
    if request.method == "POST" and form.is_valid():
        saved = run_action(
            form, actions.save_contact, request.user, contact, **form.action_fields()
        )
        if saved:
            messages.success(request, f"Saved {saved}.")
            return redirect("contact_list")
    context = {
        "form": form,
        "title": f"Edit {contact}" if contact else "New contact",
        "cancel": reverse("contact_list"),
    }
    return render(
        request, "applications/form_page.html", context, status=400 if form.errors else 200
    )
