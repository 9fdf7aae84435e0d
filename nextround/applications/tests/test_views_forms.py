"""Creating and changing applications through the web forms: validation, no half writes."""

import pytest
from django.urls import reverse

from nextround.applications.models import (
    Application,
    Company,
    Note,
    StageEvent,
)
from nextround.applications.tests.factories import (
    ApplicationFactory,
    CompanyFactory,
)

pytestmark = pytest.mark.django_db


def post(client, name, *args, data=None, **headers):
    return client.post(reverse(name, args=args), data or {}, **headers)


def test_creating_an_application_with_a_new_company_name_creates_both(logged_in, user):
    response = post(
        logged_in,
        "application_create",
        data={
            "company": "Globex",
            "role_title": "Data Analyst",
            "stage": "screening",
        },
    )
    app = Application.objects.get()
    assert response.status_code == 302 and response["Location"] == app.get_absolute_url()
    assert (app.owner, app.company.name, app.stage) == (user, "Globex", "screening")
    assert list(app.stage_events.values_list("to_stage", flat=True)) == ["screening"]


def test_an_application_reuses_the_company_whatever_the_case_of_its_name(logged_in, user):
    company = CompanyFactory(owner=user, name="Globex")
    post(
        logged_in,
        "application_create",
        data={
            "company": "GLOBEX",
            "role_title": "Analyst",
            "stage": "applied",
        },
    )
    assert Application.objects.get().company == company
    assert Company.objects.count() == 1


def test_an_invalid_application_shows_field_errors_and_writes_nothing(logged_in):
    response = post(
        logged_in,
        "application_create",
        data={
            "company": "Initech",
            "role_title": "",
            "stage": "applied",
            "job_url": "not a url",
            "applied_on": "2024-02-31",
        },
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) == {"role_title", "job_url", "applied_on"}
    assert "This field is required." in response.content.decode()
    assert not Application.objects.exists() and not Company.objects.exists()


def test_an_oversized_job_description_is_refused_on_its_field(logged_in):
    response = post(
        logged_in,
        "application_create",
        data={
            "company": "Initech",
            "role_title": "Analyst",
            "stage": "applied",
            "job_description": "x" * 100_001,
        },
    )
    assert response.status_code == 400
    assert "job_description" in response.context["form"].errors
    assert not Company.objects.exists()


def test_an_unknown_initial_stage_is_a_field_error(logged_in):
    response = post(
        logged_in,
        "application_create",
        data={
            "company": "Initech",
            "role_title": "Analyst",
            "stage": "hired-ish",
        },
    )
    assert response.status_code == 400 and "stage" in response.context["form"].errors


def test_editing_an_application_changes_its_details_but_not_its_stage(logged_in, user):
    app = ApplicationFactory(owner=user, role_title="Analyst")
    response = post(
        logged_in,
        "application_edit",
        app.pk,
        data={
            "company": "New Co",
            "role_title": "Senior Analyst",
            "location": "Leeds",
            "stage": "offer",
        },
    )
    assert response.status_code == 302
    app.refresh_from_db()
    assert (app.role_title, app.company.name, app.location, app.stage) == (
        "Senior Analyst",
        "New Co",
        "Leeds",
        "applied",
    )


def test_a_refused_edit_keeps_the_application_and_creates_no_company(logged_in, user):
    app = ApplicationFactory(owner=user, role_title="Analyst")
    response = post(
        logged_in,
        "application_edit",
        app.pk,
        data={
            "company": "Another Co",
            "role_title": "x" * 201,
        },
    )
    assert response.status_code == 400 and "role_title" in response.context["form"].errors
    app.refresh_from_db()
    assert app.role_title == "Analyst"
    assert not Company.objects.filter(name="Another Co").exists()


def test_deleting_an_application_asks_first_then_removes_it_with_its_history(logged_in, user):
    app = ApplicationFactory(owner=user)
    assert logged_in.get(reverse("application_delete", args=[app.pk])).status_code == 200
    assert Application.objects.exists()
    response = post(logged_in, "application_delete", app.pk)
    assert response["Location"] == reverse("application_list")
    assert not Application.objects.exists() and not StageEvent.objects.exists()


def test_an_empty_note_is_refused_and_a_real_one_lands_on_the_timeline(logged_in, user):
    app = ApplicationFactory(owner=user)
    response = post(logged_in, "note_add", app.pk, data={"body": "   "})
    assert response.status_code == 400 and not Note.objects.exists()
    post(logged_in, "note_add", app.pk, data={"body": "Asked about the team"})
    html = logged_in.get(app.get_absolute_url()).content.decode()
    assert "Asked about the team" in html
