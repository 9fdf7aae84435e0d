"""The mail API: proposals list/accept/dismiss/undo and messages with sanitised HTML."""

import pytest
from django.test import Client

from nextround.accounts.actions import create_token
from nextround.applications.tests.factories import ApplicationFactory
from nextround.mailboxes.models import Proposal
from nextround.mailboxes.tests.mails import deliver, employer

pytestmark = pytest.mark.django_db
HOSTILE = (
    '<p onmouseover="steal()">Hello<script>alert(1)</script>'
    '<a href="javascript:alert(2)">x</a><img src="https://tracker.example/p.gif"></p>'
)


@pytest.fixture
def api(user):
    _, secret = create_token(user, "tests")
    return Client(headers={"Authorization": f"Bearer {secret}"})


@pytest.fixture
def proposal(user, tmp_path):
    ApplicationFactory(
        owner=user, company__name="Acme", role_title="Data Analyst", stage="interviewing"
    )
    deliver(user, tmp_path, employer(1))
    return Proposal.objects.get(owner=user)


def test_pending_proposals_are_listed_with_their_sentence_and_message(api, proposal):
    body = api.get("/api/v1/mail/proposals").json()

    assert body["count"] == 1
    item = body["items"][0]
    assert item["sentence"] == proposal.sentence()
    assert (item["action"], item["to_stage"], item["status"]) == ("move", "rejected", "pending")
    assert item["message"]["from_addr"] == "jane@acme.example"


def test_accept_then_undo_then_undo_again_is_a_conflict(api, proposal):
    accepted = api.post(f"/api/v1/mail/proposals/{proposal.pk}/accept").json()
    assert accepted["status"] == "accepted" and accepted["event_id"]
    proposal.application.refresh_from_db()
    assert proposal.application.stage == "rejected"

    assert api.post(f"/api/v1/mail/proposals/{proposal.pk}/undo").json()["status"] == "undone"
    again = api.post(f"/api/v1/mail/proposals/{proposal.pk}/undo")
    assert again.status_code == 409
    assert "Only an accepted proposal" in again.json()["detail"]


def test_dismiss_leaves_the_application_alone(api, proposal):
    response = api.post(f"/api/v1/mail/proposals/{proposal.pk}/dismiss")

    assert response.json()["status"] == "dismissed"
    proposal.application.refresh_from_db()
    assert proposal.application.stage == "interviewing"
    assert api.get("/api/v1/mail/proposals").json()["count"] == 0
    assert api.get("/api/v1/mail/proposals?status=all").json()["count"] == 1


def test_a_message_is_served_with_its_html_sanitised(api, user, tmp_path):
    deliver(user, tmp_path, employer(2, html=HOSTILE))
    listed = api.get("/api/v1/mail/messages").json()["items"]
    assert listed[0]["preview"].startswith("Hello")

    body = api.get(f"/api/v1/mail/messages/{listed[0]['id']}").json()

    assert "<script" not in body["html"] and "onmouseover" not in body["html"]
    assert "javascript:" not in body["html"] and "tracker.example" not in body["html"]
    assert "Hello" in body["html"]
