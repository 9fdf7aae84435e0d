"""Endpoints for companies and contacts (/companies, /contacts)."""

from django.db import transaction
from django.db.models import Q
from ninja import Router, Status
from ninja.pagination import PageNumberPagination, paginate

from nextround.applications import actions
from nextround.applications import schemas as s
from nextround.applications.api.common import CONFLICT, ERRORS, PAGE, _owned_ref
from nextround.applications.models import Company, Contact, ContactRole
from nextround.core.scoping import get_owned_or_404, owned

companies = Router(tags=["companies"])
contacts = Router(tags=["contacts"])


# Companies ----------------------------------------------------------------------------------


@companies.get("", response=list[s.CompanyOut])
@paginate(PageNumberPagination, **PAGE)
def list_companies(request, q: str = ""):
    """Your companies by name; q filters by part of the name."""
    qs = owned(Company, request.auth)
    return qs.filter(name__icontains=q) if q else qs


@companies.post("", response={201: s.CompanyOut, **ERRORS})
@transaction.atomic
def create_company(request, payload: s.CompanyIn):
    """Add a company."""
    return Status(201, actions.save_company(request.auth, **payload.dict()))


@companies.get("/{company_id}", response={200: s.CompanyOut, **ERRORS})
def get_company(request, company_id: int):
    """One of your companies."""
    return get_owned_or_404(Company, request.auth, pk=company_id)


@companies.patch("/{company_id}", response={200: s.CompanyOut, **ERRORS})
@transaction.atomic
def update_company(request, company_id: int, payload: s.CompanyPatch):
    """Change the fields you send."""
    company = get_owned_or_404(Company, request.auth, pk=company_id)
    data = payload.dict(exclude_unset=True)
    return actions.save_company(request.auth, company, **data)


@companies.delete("/{company_id}", response={204: None, **CONFLICT})
@transaction.atomic
def delete_company(request, company_id: int):
    """Delete a company without applications (409 while it still has some)."""
    actions.delete_company(request.auth, company_id)
    return Status(204, None)


# Contacts -----------------------------------------------------------------------------------


def _contact_fields(user, data: dict) -> dict:
    if "company_id" in data:
        company_id = data.pop("company_id")
        data["company"] = None  # null takes the contact off its company
        if company_id is not None:
            data["company"] = _owned_ref(Company, user, company_id, "company_id")
    return data


@contacts.get("", response=list[s.ContactOut])
@paginate(PageNumberPagination, **PAGE)
def list_contacts(
    request, q: str = "", company_id: int | None = None, role: ContactRole | None = None
):
    """Your contacts by name; filter by part of name or email, company or role."""
    qs = owned(Contact, request.auth).select_related("company")
    if q:
        qs = qs.filter(Q(name__icontains=q) | Q(email__icontains=q))
    if company_id is not None:
        qs = qs.filter(company_id=company_id)
    return qs.filter(role=role) if role else qs


@contacts.post("", response={201: s.ContactOut, **ERRORS})
@transaction.atomic
def create_contact(request, payload: s.ContactIn):
    """Add a contact, optionally at one of your companies."""
    data = _contact_fields(request.auth, payload.dict())
    return Status(201, actions.save_contact(request.auth, **data))


@contacts.get("/{contact_id}", response={200: s.ContactOut, **ERRORS})
def get_contact(request, contact_id: int):
    """One of your contacts."""
    return get_owned_or_404(Contact.objects.select_related("company"), request.auth, pk=contact_id)


@contacts.patch("/{contact_id}", response={200: s.ContactOut, **ERRORS})
@transaction.atomic
def update_contact(request, contact_id: int, payload: s.ContactPatch):
    """Change the fields you send."""
    contact = get_owned_or_404(Contact, request.auth, pk=contact_id)
    data = _contact_fields(request.auth, payload.dict(exclude_unset=True))
    return actions.save_contact(request.auth, contact, **data)


@contacts.delete("/{contact_id}", response={204: None, **ERRORS})
@transaction.atomic
def delete_contact(request, contact_id: int):
    """Delete a contact; interviews keep their other interviewers."""
    actions.delete_contact(request.auth, contact_id)
    return Status(204, None)
