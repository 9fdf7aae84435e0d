"""Companies: list, page, create and edit."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from nextround.applications import actions, queries
from nextround.applications.forms import CompanyForm
from nextround.applications.models import Company
from nextround.applications.views.common import run_action
from nextround.core.scoping import get_owned_or_404


@login_required
def company_list(request):
    """Every company with how many applications it has."""
    companies = queries.page_of(
        queries.companies_with_counts(request.user), request.GET.get("page")
    )
    return render(request, "applications/company_list.html", {"page": companies})


@login_required
def company_detail(request, pk):
    """A company with its applications and contacts."""
    company = get_owned_or_404(Company, request.user, pk=pk)
    context = {
        "company": company,
        "applications": queries.applications_for(request.user).filter(company=company),
        "contacts": queries.contacts_for(request.user).filter(company=company),
    }
    return render(request, "applications/company_detail.html", context)


@login_required
def company_create(request):
    """Add a company."""
    return _edit(request, None)


@login_required
def company_edit(request, pk):
    """Change a company's details."""
    return _edit(request, get_owned_or_404(Company, request.user, pk=pk))


def _edit(request, company):
    form = CompanyForm(request.POST or None, instance=company, owner=request.user)
    if request.method == "POST" and form.is_valid():
        saved = run_action(
            form, actions.save_company, request.user, company, **form.action_fields()
        )
        if saved:
            messages.success(request, f"Saved {saved}.")
            return redirect(saved)
    context = {
        "form": form,
        "title": f"Edit {company}" if company else "New company",
        "cancel": company.get_absolute_url() if company else None,
    }
    return render(
        request, "applications/form_page.html", context, status=400 if form.errors else 200
    )
