"""The feedback endpoints of the JSON API."""

import pytest
from django.test import Client

from nextround.accounts.actions import create_token
from nextround.analysis.action_plan import next_step
from nextround.feedback.models import FeedbackRequest, State
from nextround.feedback.tests.factories import (
    SmtpAccountFactory,
    recruiter,
    rejected_application,
)

pytestmark = pytest.mark.django_db
API = "/api/v1"


@pytest.fixture
def api(user):
    _, secret = create_token(user, "tests")
    return Client(headers={"Authorization": f"Bearer {secret}"})


def post(api, path, body, method="post"):
    return getattr(api, method)(API + path, body, content_type="application/json")


def test_creating_a_request_drafts_it_for_the_recruiter_with_its_tone(api, user):
    app = rejected_application(user, company__name="Acme")
    recruiter(app)
    response = post(api, f"/applications/{app.pk}/feedback-request", {"template": "keep_in_touch"})
    assert response.status_code == 201
    body = response.json()
    assert body["state"] == "draft" and body["to_address"] == "priya@acme.test"
    assert body["recipient_reason"] == "Priya Shah is the recruiter/HR contact for Acme."
    assert body["template"] == "keep_in_touch" and body["tone"] == []
    again = post(api, f"/applications/{app.pk}/feedback-request", {})
    assert again.status_code == 409
    assert "already has an open feedback request" in again.json()["detail"]


def test_an_unknown_template_is_refused_with_422(api, user):
    app = rejected_application(user)
    response = post(api, f"/applications/{app.pk}/feedback-request", {"template": "rude"})
    assert response.status_code == 422 and "template" in response.json()["errors"]


def test_listing_and_getting_requests(api, user):
    app = rejected_application(user)
    created = post(api, f"/applications/{app.pk}/feedback-request", {}).json()
    listed = api.get(f"{API}/feedback-requests").json()
    assert [r["id"] for r in listed] == [created["id"]]
    one = api.get(f"{API}/feedback-requests/{created['id']}").json()
    assert one["subject"] == created["subject"] and one["application_id"] == app.pk


def test_saving_a_draft_returns_its_tone_check(api, user):
    app = rejected_application(user)
    rid = post(api, f"/applications/{app.pk}/feedback-request", {}).json()["id"]
    draft = {"subject": "Feedback", "body": "Who did you hire instead of me?", "to_address": ""}
    response = post(api, f"/feedback-requests/{rid}/draft", draft, method="put")
    assert response.status_code == 200
    assert [i["kind"] for i in response.json()["tone"]] == ["compares_candidate"]
    assert FeedbackRequest.objects.get(pk=rid).body == draft["body"]
    bad = {**draft, "to_address": "nope"}
    assert post(api, f"/feedback-requests/{rid}/draft", bad, method="put").status_code == 422


def test_the_tone_endpoint_checks_a_text_without_storing_it(api):
    response = post(api, "/feedback/tone", {"text": "Please reply ASAP, I need an answer."})
    issues = response.json()
    assert response.status_code == 200 and [i["kind"] for i in issues] == ["pressure"]
    assert issues[0]["suggestion"] and issues[0]["explanation"]


def test_marking_sent_moves_the_state_and_refuses_a_second_time(api, user):
    app = rejected_application(user)
    rid = post(api, f"/applications/{app.pk}/feedback-request", {}).json()["id"]
    response = post(api, f"/feedback-requests/{rid}/mark-sent", {"kind": "request"})
    assert response.status_code == 200 and response.json()["state"] == State.SENT
    again = post(api, f"/feedback-requests/{rid}/mark-sent", {"kind": "request"})
    assert again.status_code == 409 and "already been sent" in again.json()["detail"]


def test_pasted_feedback_is_analysed_into_the_action_plan_and_items_toggle(api, user):
    app = rejected_application(user)
    text = "Your examples were vague and lacked results."
    response = post(api, f"/applications/{app.pk}/feedback", {"text": text})
    assert response.status_code == 201
    feedback = response.json()
    assert feedback["source"] == "pasted" and feedback["themes"] == ["examples"]
    assert feedback["points"] == [{"theme": "examples", "text": text}]
    [item] = api.get(f"{API}/action-items").json()
    assert item["theme"] == "examples" and item["count"] == 1 and item["is_task"]
    assert item["next_step"] == next_step("examples")
    assert item["feedback_ids"] == [feedback["id"]] and item["due_on"]
    done = post(api, f"/action-items/{item['id']}", {"done": True}, method="patch")
    assert done.status_code == 200 and done.json()["done"] is True


def test_empty_pasted_feedback_is_refused_with_422(api, user):
    app = rejected_application(user)
    response = post(api, f"/applications/{app.pk}/feedback", {"text": ""})
    assert response.status_code == 422


def test_sending_over_smtp_reaches_the_server_and_reports_the_state(api, user, smtp_server):
    handler, port = smtp_server
    SmtpAccountFactory(owner=user, port=port)
    app = rejected_application(user)
    recruiter(app)
    rid = post(api, f"/applications/{app.pk}/feedback-request", {}).json()["id"]
    response = post(api, f"/feedback-requests/{rid}/send", {"kind": "request"})
    assert response.status_code == 202
    body = response.json()
    assert body["state"] == State.SENT and body["message_id"] and body["last_error"] == ""
    assert [e.rcpt_tos for e in handler.envelopes] == [["priya@acme.test"]]
