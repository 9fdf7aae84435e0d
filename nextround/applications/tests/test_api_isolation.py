"""A stranger's token reaches none of user's rows: 404 for every id, and nothing changes."""

import pytest
from django.test import Client

from nextround.accounts.actions import create_token
from nextround.applications.models import (
    Application,
    Company,
    Contact,
    Interview,
    Note,
    StageEvent,
)
from nextround.applications.tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    NoteFactory,
)

API = "/api/v1"
MODELS = [Company, Contact, Application, StageEvent, Interview, Note]

# (method, path, body) for every endpoint that takes an id in its path.
ID_ENDPOINTS = [
    ("get", "/companies/{company}", None),
    ("patch", "/companies/{company}", {"name": "Taken over"}),
    ("delete", "/companies/{company}", None),
    ("get", "/contacts/{contact}", None),
    ("patch", "/contacts/{contact}", {"name": "Taken over"}),
    ("delete", "/contacts/{contact}", None),
    ("get", "/applications/{application}", None),
    ("patch", "/applications/{application}", {"role_title": "Taken over"}),
    ("delete", "/applications/{application}", None),
    ("post", "/applications/{application}/moves", {"to_stage": "withdrawn"}),
    ("get", "/applications/{application}/events", None),
    ("get", "/applications/{application}/timeline", None),
    ("get", "/interviews/{interview}", None),
    ("patch", "/interviews/{interview}", {"outcome": "cancelled"}),
    ("delete", "/interviews/{interview}", None),
    ("get", "/notes/{note}", None),
    ("patch", "/notes/{note}", {"body": "Taken over"}),
    ("delete", "/notes/{note}", None),
]


@pytest.fixture
def owned_rows(user):
    """One row of each kind owned by user; returns their ids by kind."""
    interview = InterviewFactory(owner=user)
    interview.interviewers.add(ContactFactory(owner=user, company=interview.application.company))
    note = NoteFactory(owner=user, application=interview.application)
    return {
        "company": interview.application.company_id,
        "contact": interview.interviewers.get().pk,
        "application": interview.application_id,
        "interview": interview.pk,
        "note": note.pk,
    }


@pytest.fixture
def stranger_api(stranger):
    _, secret = create_token(stranger, "stranger")
    return Client(headers={"Authorization": f"Bearer {secret}"})


def snapshot():
    """Every row of every model, field by field, to prove that nothing changed."""
    rows = {model.__name__: list(model.objects.order_by("pk").values()) for model in MODELS}
    rows["interviewers"] = list(Interview.interviewers.through.objects.values())
    return rows


@pytest.mark.parametrize(("method", "path", "body"), ID_ENDPOINTS)
def test_a_stranger_gets_404_from_every_id_endpoint_and_changes_nothing(
    stranger_api, owned_rows, method, path, body
):
    before = snapshot()
    url = API + path.format(**owned_rows)
    response = getattr(stranger_api, method)(url, body, content_type="application/json")
    assert response.status_code == 404, (method, url, response.content)
    assert response.json() == {"detail": "Not found."}
    assert snapshot() == before


def test_a_missing_id_looks_exactly_like_someone_elses(stranger_api, owned_rows):
    theirs = stranger_api.get(f"{API}/applications/{owned_rows['application']}")
    missing = stranger_api.get(f"{API}/applications/999999")
    assert (theirs.status_code, theirs.json()) == (missing.status_code, missing.json())


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/contacts", {"name": "Spy", "company_id": "{company}"}, "company_id"),
        ("/applications", {"role_title": "Spy", "company_id": "{company}"}, "company_id"),
        ("/notes", {"application_id": "{application}", "body": "Spy"}, "application_id"),
        (
            "/interviews",
            {"application_id": "{application}", "starts_at": "2026-05-04T10:00:00Z"},
            "application_id",
        ),
    ],
)
def test_a_stranger_cannot_attach_rows_to_someone_elses_ids(
    stranger_api, owned_rows, path, body, field
):
    before = snapshot()
    body = {k: int(v.format(**owned_rows)) if k.endswith("_id") else v for k, v in body.items()}
    response = stranger_api.post(f"{API}{path}", body, content_type="application/json")
    assert response.status_code == 422
    assert "Unknown" in response.json()["errors"][field][0]
    assert snapshot() == before


def test_a_stranger_cannot_name_someone_elses_contacts_as_interviewers(
    stranger_api, stranger, owned_rows
):
    own_app = ApplicationFactory(owner=stranger)
    before = snapshot()
    body = {
        "application_id": own_app.pk,
        "starts_at": "2026-05-04T10:00:00Z",
        "interviewer_ids": [owned_rows["contact"]],
    }
    response = stranger_api.post(f"{API}/interviews", body, content_type="application/json")
    assert response.status_code == 422
    assert "interviewer_ids" in response.json()["errors"]
    assert snapshot() == before


@pytest.mark.parametrize(
    "resource", ["companies", "contacts", "applications", "interviews", "notes"]
)
def test_a_strangers_lists_hold_none_of_users_rows(stranger_api, owned_rows, resource):
    params = {"application_id": owned_rows["application"], "company_id": owned_rows["company"]}
    data = stranger_api.get(f"{API}/{resource}", params).json()
    assert (data["count"], data["items"]) == (0, [])
    # Without filters too: the stranger owns nothing at all.
    assert stranger_api.get(f"{API}/{resource}").json()["count"] == 0
