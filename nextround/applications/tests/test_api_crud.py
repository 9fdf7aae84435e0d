"""Create, read, update, delete and list through /api/v1/ with a personal access token."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from nextround.accounts.actions import create_token
from nextround.applications.models import Application, Company, Contact, Interview, Note
from nextround.applications.tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
    NoteFactory,
)

API = "/api/v1"


@pytest.fixture
def api(user):
    """A client that authenticates every request with user's bearer token."""
    _, secret = create_token(user, "tests")
    return Client(headers={"Authorization": f"Bearer {secret}"})


def send(client, method, path, body=None):
    """One JSON request to the API."""
    return getattr(client, method)(f"{API}{path}", body, content_type="application/json")


def test_a_company_is_created_read_renamed_listed_and_deleted(api, user):
    created = send(api, "post", "/companies", {"name": "Acme", "website": "https://acme.test"})
    assert created.status_code == 201, created.json()
    company_id = created.json()["id"]
    assert Company.objects.get(pk=company_id).owner == user

    assert api.get(f"{API}/companies/{company_id}").json()["website"] == "https://acme.test"
    renamed = send(api, "patch", f"/companies/{company_id}", {"name": "Acme Ltd"})
    assert renamed.json()["name"] == "Acme Ltd"
    assert renamed.json()["website"] == "https://acme.test"  # untouched by the PATCH
    listed = api.get(f"{API}/companies", {"q": "acme"}).json()
    assert [c["name"] for c in listed["items"]] == ["Acme Ltd"]

    assert send(api, "delete", f"/companies/{company_id}").status_code == 204
    assert not Company.objects.filter(pk=company_id).exists()


def test_a_second_company_with_the_same_name_is_refused_per_field(api, user):
    CompanyFactory(owner=user, name="Acme")
    response = send(api, "post", "/companies", {"name": "ACME"})
    assert response.status_code == 422
    assert "already have a company" in response.json()["errors"]["name"][0]
    assert Company.objects.filter(owner=user).count() == 1


def test_a_company_with_applications_cannot_be_deleted(api, user):
    app = ApplicationFactory(owner=user)
    response = send(api, "delete", f"/companies/{app.company_id}")
    assert response.status_code == 409
    assert "applications" in response.json()["detail"]
    assert Company.objects.filter(pk=app.company_id).exists()


def test_a_contact_is_created_at_a_company_moved_off_it_and_deleted(api, user):
    company = CompanyFactory(owner=user)
    body = {"name": "Sam Reed", "company_id": company.pk, "role": "recruiter"}
    created = send(api, "post", "/contacts", body)
    assert created.status_code == 201, created.json()
    assert created.json()["company"] == {"id": company.pk, "name": company.name}

    contact_id = created.json()["id"]
    updated = send(api, "patch", f"/contacts/{contact_id}", {"company_id": None, "phone": "123"})
    assert updated.json()["company"] is None
    assert Contact.objects.get(pk=contact_id).phone == "123"
    assert send(api, "delete", f"/contacts/{contact_id}").status_code == 204
    assert not Contact.objects.filter(pk=contact_id).exists()


def test_contacts_are_filtered_by_role_and_company(api, user):
    company = CompanyFactory(owner=user)
    ContactFactory(owner=user, company=company, name="Rita", role="recruiter")
    ContactFactory(owner=user, company=company, name="Ian", role="interviewer")
    ContactFactory(owner=user, name="Other", role="recruiter")
    params = {"role": "recruiter", "company_id": company.pk}
    names = [c["name"] for c in api.get(f"{API}/contacts", params).json()["items"]]
    assert names == ["Rita"]


def test_an_application_is_created_with_a_new_company_and_its_first_event(api, user):
    body = {"company_name": "Globex", "role_title": "Analyst", "stage": "applied"}
    response = send(api, "post", "/applications", body)
    assert response.status_code == 201, response.json()
    data = response.json()
    assert data["company"]["name"] == "Globex"
    assert data["stage"] == "applied"
    app = Application.objects.get(pk=data["id"])
    assert app.owner == user
    assert list(app.stage_events.values_list("from_stage", "to_stage")) == [("", "applied")]


def test_an_application_is_updated_without_touching_its_stage(api, user):
    app = ApplicationFactory(owner=user, role_title="Analyst")
    body = {"role_title": "Senior Analyst", "applied_on": "2025-03-01", "remote": "hybrid"}
    response = send(api, "patch", f"/applications/{app.pk}", body)
    assert response.status_code == 200, response.json()
    app.refresh_from_db()
    assert (app.role_title, app.applied_on, app.remote) == (
        "Senior Analyst",
        dt.date(2025, 3, 1),
        "hybrid",
    )
    assert app.stage == "applied"


def test_an_application_moves_to_another_company_by_id(api, user):
    app = ApplicationFactory(owner=user)
    other = CompanyFactory(owner=user, name="Initech")
    response = send(api, "patch", f"/applications/{app.pk}", {"company_id": other.pk})
    assert response.json()["company"]["name"] == "Initech"


def test_an_application_is_deleted_with_its_history(api, user):
    app = ApplicationFactory(owner=user)
    NoteFactory(owner=user, application=app)
    assert send(api, "delete", f"/applications/{app.pk}").status_code == 204
    assert not Application.objects.filter(pk=app.pk).exists()
    assert not Note.objects.filter(application_id=app.pk).exists()


def test_the_application_list_is_paginated_filtered_and_sorted(api, user):
    for title in ["Zeta role", "Alpha role", "Beta role"]:
        ApplicationFactory(owner=user, role_title=title)
    ApplicationFactory(owner=user, role_title="Saved role", stage="saved")
    page = api.get(f"{API}/applications", {"stage": "applied", "sort": "role", "page_size": 2})
    data = page.json()
    assert data["count"] == 3
    assert [a["role_title"] for a in data["items"]] == ["Alpha role", "Beta role"]
    second = api.get(
        f"{API}/applications", {"stage": "applied", "sort": "role", "page_size": 2, "page": 2}
    )
    assert [a["role_title"] for a in second.json()["items"]] == ["Zeta role"]
    searched = api.get(f"{API}/applications", {"q": "saved"}).json()
    assert [a["role_title"] for a in searched["items"]] == ["Saved role"]


def test_an_interview_is_scheduled_with_interviewers_and_updated(api, user):
    app = ApplicationFactory(owner=user)
    alice, bob = ContactFactory(owner=user), ContactFactory(owner=user)
    body = {
        "application_id": app.pk,
        "starts_at": "2026-05-04T10:00:00+02:00",
        "duration_minutes": 45,
        "format": "panel",
        "interviewer_ids": [alice.pk, bob.pk],
    }
    created = send(api, "post", "/interviews", body)
    assert created.status_code == 201, created.json()
    data = created.json()
    assert sorted(data["interviewer_ids"]) == sorted([alice.pk, bob.pk])
    interview = Interview.objects.get(pk=data["id"])
    assert interview.starts_at == dt.datetime(2026, 5, 4, 8, 0, tzinfo=dt.UTC)

    patch = {"outcome": "passed", "interviewer_ids": [bob.pk]}
    updated = send(api, "patch", f"/interviews/{interview.pk}", patch)
    assert updated.json()["outcome"] == "passed"
    assert updated.json()["interviewer_ids"] == [bob.pk]
    assert updated.json()["duration_minutes"] == 45
    assert send(api, "delete", f"/interviews/{interview.pk}").status_code == 204
    assert not Interview.objects.filter(pk=interview.pk).exists()


def test_upcoming_interviews_leave_out_past_ones(api, user):
    app = ApplicationFactory(owner=user)
    InterviewFactory(owner=user, application=app, starts_at=timezone.now() - dt.timedelta(days=3))
    soon = InterviewFactory(owner=user, application=app)
    items = api.get(f"{API}/interviews", {"upcoming": "true"}).json()["items"]
    assert [i["id"] for i in items] == [soon.pk]


def test_a_note_is_added_edited_listed_and_deleted(api, user):
    app = ApplicationFactory(owner=user)
    created = send(api, "post", "/notes", {"application_id": app.pk, "body": "Call Sam"})
    assert created.status_code == 201, created.json()
    note_id = created.json()["id"]
    edited = send(api, "patch", f"/notes/{note_id}", {"body": "Called Sam"})
    assert edited.json()["body"] == "Called Sam"
    listed = api.get(f"{API}/notes", {"application_id": app.pk}).json()["items"]
    assert [n["body"] for n in listed] == ["Called Sam"]
    assert send(api, "delete", f"/notes/{note_id}").status_code == 204
    assert not Note.objects.filter(pk=note_id).exists()


def test_an_interview_time_without_an_offset_is_read_in_the_instance_time_zone(api, user, settings):
    settings.TIME_ZONE = "Europe/Berlin"
    app = ApplicationFactory(owner=user)
    body = {"application_id": app.pk, "starts_at": "2026-01-15T09:30:00"}
    created = send(api, "post", "/interviews", body)
    assert created.status_code == 201, created.json()
    starts_at = Interview.objects.get(pk=created.json()["id"]).starts_at
    assert starts_at == dt.datetime(2026, 1, 15, 8, 30, tzinfo=dt.UTC)
