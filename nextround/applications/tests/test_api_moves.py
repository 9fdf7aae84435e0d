"""Stage moves, the stage history and the timeline through /api/v1/."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from nextround.accounts.actions import create_token
from nextround.applications.models import StageEvent
from nextround.applications.tests.factories import (
    ApplicationFactory,
    InterviewFactory,
    NoteFactory,
)

API = "/api/v1"


@pytest.fixture
def api(user):
    """A client that authenticates every request with user's bearer token."""
    _, secret = create_token(user, "tests")
    return Client(headers={"Authorization": f"Bearer {secret}"})


def move(client, app_id, **body):
    return client.post(f"{API}/applications/{app_id}/moves", body, content_type="application/json")


def test_a_move_answers_201_with_the_recorded_event(api, user):
    app = ApplicationFactory(owner=user)
    response = move(api, app.pk, to_stage="screening", note="Recruiter called")
    assert response.status_code == 201, response.json()
    event = response.json()
    assert (event["from_stage"], event["to_stage"], event["note"]) == (
        "applied",
        "screening",
        "Recruiter called",
    )
    app.refresh_from_db()
    assert app.stage == "screening"
    assert StageEvent.objects.filter(application=app).count() == 2


def test_a_rejection_remembers_the_stage_it_happened_at(api, user):
    app = ApplicationFactory(owner=user, stage="interviewing")
    move(api, app.pk, to_stage="rejected")
    data = api.get(f"{API}/applications/{app.pk}").json()
    assert (data["stage"], data["rejected_at_stage"]) == ("rejected", "interviewing")


def test_moving_to_the_same_stage_is_a_conflict_that_says_why(api, user):
    app = ApplicationFactory(owner=user)
    response = move(api, app.pk, to_stage="applied")
    assert response.status_code == 409
    assert "already" in response.json()["detail"]
    assert StageEvent.objects.filter(application=app).count() == 1


def test_moving_a_closed_application_is_a_conflict_until_it_is_reopened(api, user):
    app = ApplicationFactory(owner=user, stage="withdrawn")
    refused = move(api, app.pk, to_stage="applied")
    assert refused.status_code == 409
    assert "closed" in refused.json()["detail"]
    app.refresh_from_db()
    assert app.stage == "withdrawn"

    reopened = move(api, app.pk, to_stage="applied", reopen=True)
    assert reopened.status_code == 201
    app.refresh_from_db()
    assert app.stage == "applied"


def test_an_unknown_stage_is_refused_as_invalid_input(api, user):
    app = ApplicationFactory(owner=user)
    response = move(api, app.pk, to_stage="hired")
    assert response.status_code == 422
    assert "to_stage" in response.json()["errors"]
    app.refresh_from_db()
    assert app.stage == "applied"
    assert StageEvent.objects.filter(application=app).count() == 1


def test_the_event_history_lists_every_move_oldest_first(api, user):
    app = ApplicationFactory(owner=user)
    for stage in ["screening", "interviewing", "offer"]:
        assert move(api, app.pk, to_stage=stage).status_code == 201
    events = api.get(f"{API}/applications/{app.pk}/events").json()
    assert [(e["from_stage"], e["to_stage"]) for e in events] == [
        (None, "applied"),
        ("applied", "screening"),
        ("screening", "interviewing"),
        ("interviewing", "offer"),
    ]


def test_the_timeline_interleaves_events_interviews_and_notes_by_time(api, user):
    app = ApplicationFactory(owner=user)
    StageEvent.objects.filter(application=app).update(at=timezone.now() - dt.timedelta(days=5))
    NoteFactory(owner=user, application=app, body="Sent thank-you mail")
    interview = InterviewFactory(owner=user, application=app)
    items = api.get(f"{API}/applications/{app.pk}/timeline").json()
    assert [item["kind"] for item in items] == ["stage", "note", "interview"]
    assert items[0]["stage_event"]["to_stage"] == "applied"
    assert items[1]["note"]["body"] == "Sent thank-you mail"
    assert items[2]["interview"]["id"] == interview.pk
    assert items[2]["note"] is None
