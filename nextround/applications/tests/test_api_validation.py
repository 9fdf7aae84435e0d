"""Bad input through /api/v1/: clear 4xx answers, messages per field, nothing half-written."""

import pytest
from django.test import Client

from nextround.accounts.actions import create_token
from nextround.applications import actions
from nextround.applications.models import (
    MAX_TEXT,
    Application,
    Company,
    Contact,
    Interview,
    Note,
    StageEvent,
)
from nextround.applications.tests.factories import ApplicationFactory, InterviewFactory

API = "/api/v1"
MODELS = [Company, Contact, Application, StageEvent, Interview, Note]


@pytest.fixture
def api(user):
    """A client that authenticates every request with user's bearer token."""
    _, secret = create_token(user, "tests")
    return Client(headers={"Authorization": f"Bearer {secret}"})


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def post(client, path, body):
    return client.post(f"{API}{path}", body, content_type="application/json")


def patch(client, path, body):
    return client.patch(f"{API}{path}", body, content_type="application/json")


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/companies", {"name": "   "}, "name"),
        ("/companies", {"name": "Acme", "website": "not a url"}, "website"),
        ("/contacts", {"name": "Sam", "email": "sam-at-example"}, "email"),
        ("/contacts", {"name": "Sam", "role": "boss"}, "role"),
        ("/contacts", {"name": "Sam", "company_id": 0}, "company_id"),
        ("/applications", {"company_name": "Acme", "role_title": ""}, "role_title"),
        ("/applications", {"role_title": "Analyst"}, "company_name"),
        ("/applications", {"company_name": "Acme", "role_title": "A", "stage": "hired"}, "stage"),
        (
            "/applications",
            {"company_name": "Acme", "role_title": "A", "applied_on": "2026-02-30"},
            "applied_on",
        ),
        (
            "/applications",
            {"company_name": "Acme", "role_title": "A", "job_url": "ftp//broken"},
            "job_url",
        ),
    ],
)
def test_invalid_fields_answer_422_per_field_and_write_nothing(api, path, body, field):
    before = counts()
    response = post(api, path, body)
    assert response.status_code == 422, response.content
    data = response.json()
    assert field in data["errors"], data
    assert all(isinstance(m, str) and m for m in data["errors"][field])
    assert "nothing was saved" in data["detail"]
    assert counts() == before


def test_an_invalid_application_creates_no_company_on_the_way(api):
    # The company name is valid and would be created first; the bad URL must undo it.
    body = {"company_name": "Brand New Co", "role_title": "Analyst", "job_url": "not a url"}
    before = counts()
    assert post(api, "/applications", body).status_code == 422
    assert counts() == before


def test_an_invalid_patch_leaves_the_application_as_it_was(api, user):
    app = ApplicationFactory(owner=user, role_title="Analyst")
    body = {"company_name": "Brand New Co", "role_title": "Lead", "job_url": "not a url"}
    response = patch(api, f"/applications/{app.pk}", body)
    assert response.status_code == 422
    assert "job_url" in response.json()["errors"]
    app.refresh_from_db()
    assert app.role_title == "Analyst"
    assert not Company.objects.filter(name="Brand New Co").exists()


def test_a_patch_cannot_change_the_stage_or_null_a_required_field(api, user):
    app = ApplicationFactory(owner=user)
    nulled = patch(api, f"/applications/{app.pk}", {"role_title": None})
    assert nulled.status_code == 422
    assert "role_title" in nulled.json()["errors"]
    staged = patch(api, f"/applications/{app.pk}", {"stage": "offer", "location": "Leeds"})
    assert staged.status_code == 422
    assert "stage" in staged.json()["errors"]
    app.refresh_from_db()
    assert (app.stage, app.location) == ("applied", "")


def test_a_ten_megabyte_job_description_is_refused_clearly(api):
    before = counts()
    body = {"company_name": "Acme", "role_title": "Analyst", "job_description": "x" * 10_000_000}
    response = post(api, "/applications", body)
    assert response.status_code in {413, 422}
    assert "job_description" in response.json()["errors"]
    assert str(MAX_TEXT) in response.json()["errors"]["job_description"][0]
    assert counts() == before


def test_a_body_beyond_the_upload_limit_is_refused_with_413(api, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000_000
    before = counts()
    body = {"company_name": "Acme", "role_title": "Analyst", "job_description": "x" * 2_000_000}
    response = post(api, "/applications", body)
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]
    assert counts() == before


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("starts_at", "2026-02-30T10:00:00Z"),
        ("starts_at", "next tuesday"),
        ("duration_minutes", 0),
        ("duration_minutes", -30),
        ("format", "carrier pigeon"),
    ],
)
def test_an_impossible_interview_is_refused_per_field(api, user, field, value):
    app = ApplicationFactory(owner=user)
    body = {"application_id": app.pk, "starts_at": "2026-05-04T10:00:00Z", field: value}
    before = counts()
    response = post(api, "/interviews", body)
    assert response.status_code == 422
    assert field in response.json()["errors"]
    assert counts() == before


def test_an_interview_patch_with_a_zero_duration_keeps_the_old_one(api, user):
    interview = InterviewFactory(owner=user, duration_minutes=45)
    response = patch(api, f"/interviews/{interview.pk}", {"duration_minutes": 0})
    assert response.status_code == 422
    interview.refresh_from_db()
    assert interview.duration_minutes == 45


def test_an_empty_note_is_refused(api, user):
    app = ApplicationFactory(owner=user)
    response = post(api, "/notes", {"application_id": app.pk, "body": "   "})
    assert response.status_code == 422
    assert "body" in response.json()["errors"]
    assert Note.objects.count() == 0


def test_an_unknown_filter_value_is_refused_not_ignored(api):
    response = api.get(f"{API}/applications", {"stage": "hired"})
    assert response.status_code == 422
    assert "stage" in response.json()["errors"]


def test_a_body_that_is_not_json_is_a_client_error(api):
    response = api.post(f"{API}/companies", "{not json", content_type="application/json")
    assert 400 <= response.status_code < 500
    assert Company.objects.count() == 0


def test_a_duplicate_that_slips_past_the_checks_is_a_conflict_not_a_crash(api, user, monkeypatch):
    # Two clients racing can both pass the name check; the database constraint then decides.
    monkeypatch.setattr(actions, "check_company_name", lambda *args, **kwargs: None)
    assert post(api, "/companies", {"name": "Acme"}).status_code == 201
    response = post(api, "/companies", {"name": "Acme"})
    assert response.status_code == 409
    assert "duplicate" in response.json()["detail"]
    assert Company.objects.filter(owner=user).count() == 1
