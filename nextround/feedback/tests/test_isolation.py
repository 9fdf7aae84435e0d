"""A stranger reaches none of user's feedback rows: 404 on every page and endpoint, no change."""

import pytest
from django.test import Client
from django.urls import reverse

from nextround.accounts.actions import create_token
from nextround.feedback import actions, plan
from nextround.feedback.models import ActionItem, Feedback, FeedbackEvent, FeedbackRequest
from nextround.feedback.tests.factories import recruiter, rejected_application

pytestmark = pytest.mark.django_db

MODELS = [FeedbackRequest, FeedbackEvent, Feedback, ActionItem]

PAGES = [
    ("get", "feedback_request", "request", {}),
    ("post", "feedback_request", "request", {"subject": "Spy", "body": "Spy"}),
    ("post", "feedback_tone", "request", {"body": "x"}),
    ("post", "feedback_send", "request", {"kind": "request"}),
    ("post", "feedback_mark_sent", "request", {"kind": "request"}),
    ("post", "feedback_outcome", "request", {"state": "replied"}),
    ("post", "feedback_form_link", "request", {}),
    ("post", "feedback_request_create", "application", {}),
    ("post", "feedback_paste", "application", {"text": "Spy notes"}),
    ("post", "action_item_toggle", "item", {"done": "1"}),
]
ENDPOINTS = [
    ("get", "/feedback-requests/{request}", None),
    ("put", "/feedback-requests/{request}/draft", {"subject": "Spy", "body": "Spy"}),
    ("post", "/feedback-requests/{request}/mark-sent", {"kind": "request"}),
    ("post", "/feedback-requests/{request}/send", {"kind": "request"}),
    ("post", "/applications/{application}/feedback-request", {}),
    ("post", "/applications/{application}/feedback", {"text": "Spy notes"}),
    ("patch", "/action-items/{item}", {"done": True}),
]


@pytest.fixture
def owned(user):
    """A drafted request on a rejected application whose feedback raised an action item."""
    app = rejected_application(user)
    recruiter(app)
    req = actions.create_request(user, app.pk)
    feedback = plan.record_feedback(user, app, source="pasted", text="Your examples were vague.")
    other = rejected_application(user)  # no request yet: the stranger must not create one
    return {
        "request": req.pk,
        "application": other.pk,
        "item": feedback.action_items.get().pk,
    }


def snapshot():
    return {m.__name__: list(m.objects.order_by("pk").values()) for m in MODELS}


@pytest.mark.parametrize(("method", "name", "kind", "data"), PAGES)
def test_a_stranger_gets_404_from_every_page_and_changes_nothing(
    stranger_client, owned, method, name, kind, data
):
    before = snapshot()
    response = getattr(stranger_client, method)(reverse(name, args=[owned[kind]]), data)
    assert response.status_code == 404
    assert snapshot() == before


@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
def test_a_stranger_gets_404_from_every_endpoint_and_changes_nothing(
    stranger, owned, method, path, body
):
    _, secret = create_token(stranger, "stranger")
    api = Client(headers={"Authorization": f"Bearer {secret}"})
    before = snapshot()
    url = "/api/v1" + path.format(**owned)
    response = getattr(api, method)(url, body, content_type="application/json")
    assert response.status_code == 404, response.content
    assert snapshot() == before


def test_lists_show_a_stranger_nothing_of_users(stranger_client, stranger, owned):
    assert "Data Analyst" not in stranger_client.get(reverse("feedback_list")).content.decode()
    assert "Examples" not in stranger_client.get(reverse("action_plan")).content.decode()
    _, secret = create_token(stranger, "stranger")
    api = Client(headers={"Authorization": f"Bearer {secret}"})
    assert api.get("/api/v1/feedback-requests").json() == []
    assert api.get("/api/v1/action-items").json() == []


@pytest.mark.parametrize("name", ["feedback_list", "action_plan", "feedback_smtp"])
def test_pages_need_a_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and "/login/" in response["Location"]
