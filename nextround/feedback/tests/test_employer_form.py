"""The employer's one-minute form: answers land as feedback; bad links get nothing."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nextround.feedback import actions, employer
from nextround.feedback.models import ActionItem, Feedback, FeedbackRequest, State
from nextround.feedback.tests.factories import recruiter, rejected_application

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(user):
    user.first_name = "Alex Jordan"
    user.last_name = "Secretname"
    user.email = "alex@private.test"
    user.save()
    app = rejected_application(user, company__name="Acme", role_title="Data Analyst")
    recruiter(app)
    req = actions.create_request(user, app.pk)
    actions.mark_sent(user, req.pk)
    return FeedbackRequest.objects.get(pk=req.pk)


@pytest.fixture
def link(sent):
    return reverse("employer_form", args=[employer.form_token(sent)])


def csrf_client():
    return Client(enforce_csrf_checks=True)


def post_with_csrf(client, url, data):
    page = client.get(url)
    token = page.cookies["csrftoken"].value
    return client.post(url, {**data, "csrfmiddlewaretoken": token})


def test_the_form_shows_only_the_role_and_the_first_name(client, link, sent):
    page = client.get(link)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Data Analyst" in html and "Alex" in html
    for secret in ("Secretname", "Jordan", "alex@private.test", "Acme", "priya@acme.test"):
        assert secret not in html
    sent.refresh_from_db()
    # The link carries only the signed random nonce: no id to count up from.
    assert link == f"/f/{link.split('/')[2]}/" and link.split("/")[2].startswith(sent.form_nonce)
    assert len(sent.form_nonce) >= 32
    assert page["Cache-Control"].startswith("max-age=0")


def test_an_answer_lands_on_the_application_analysed_and_in_the_plan(link, sent):
    client = csrf_client()
    response = post_with_csrf(
        client,
        link,
        {
            "skills": "2",
            "communication": "5",
            "motivation": "1",
            "comments": "Strong SQL, but you had not researched our customers at all.",
        },
    )
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    feedback = Feedback.objects.get(application=sent.application)
    assert feedback.source == "form" and feedback.request == sent
    assert feedback.scores == {"skills": 2, "communication": 5, "motivation": 1}
    assert {"technical_skills", "motivation_fit", "positive"} <= set(feedback.themes)
    assert "company_knowledge" in feedback.themes
    sent.refresh_from_db()
    assert sent.state == State.REPLIED and sent.form_used_at is not None
    assert set(ActionItem.objects.values_list("theme", flat=True)) == set(feedback.themes) - {
        "positive"
    }


def test_a_used_link_is_refused_with_a_clear_page_and_records_nothing(client, link, sent):
    client.post(link, {"skills": "3"})
    again = client.post(link, {"skills": "1", "comments": "second try"})
    assert again.status_code == 410
    assert "already been answered" in again.content.decode()
    assert "Data Analyst" not in again.content.decode()
    assert Feedback.objects.count() == 1
    assert client.get(link).status_code == 410


def test_a_tampered_link_is_not_found_and_shows_nothing(client, link):
    token = link.strip("/").split("/")[-1]
    nonce, stamp, signature = token.split(":")
    for bad in (f"{nonce}x:{stamp}:{signature}", f"{nonce}:{stamp}:{signature[:-2]}AA", "abc"):
        page = client.get(reverse("employer_form", args=[bad]))
        assert page.status_code == 404
        assert "not valid" in page.content.decode()
        assert "Data Analyst" not in page.content.decode()


def test_an_expired_link_is_gone(client, link, sent, settings):
    FeedbackRequest.objects.filter(pk=sent.pk).update(
        form_created_at=timezone.now() - dt.timedelta(days=31)
    )
    page = client.get(link)
    assert page.status_code == 410 and "expired" in page.content.decode()
    settings.NEXTROUND_FEEDBACK_FORM_DAYS = 0
    FeedbackRequest.objects.filter(pk=sent.pk).update(form_created_at=timezone.now())
    assert client.post(link, {"skills": "2"}).status_code == 410
    assert not Feedback.objects.exists()


def test_a_post_without_the_csrf_token_is_refused(link):
    response = csrf_client().post(link, {"skills": "2"})
    assert response.status_code == 403
    assert not Feedback.objects.exists()


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_not_allowed(client, link, method):
    assert getattr(client, method)(link).status_code == 405


def test_more_than_twenty_requests_in_ten_minutes_from_one_address_are_refused(client, link):
    statuses = [client.get(link).status_code for _ in range(employer.RATE_LIMIT + 1)]
    assert statuses[:-1] == [200] * employer.RATE_LIMIT and statuses[-1] == 429
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.get(link).status_code == 200


def test_comments_over_five_thousand_characters_are_refused(client, link):
    response = client.post(link, {"comments": "x" * 5001})
    assert response.status_code == 400
    assert "at most 5000 characters" in response.content.decode()
    assert not Feedback.objects.exists()


def test_an_empty_answer_is_refused_and_keeps_the_link_usable(client, link):
    response = client.post(link, {"comments": "   "})
    assert response.status_code == 400
    assert client.get(link).status_code == 200


def test_scores_outside_one_to_five_are_refused(client, link):
    assert client.post(link, {"skills": "9"}).status_code == 400
    assert not Feedback.objects.exists()


def test_comments_are_escaped_when_shown_to_the_user(client, logged_in, link, sent):
    client.post(link, {"comments": "<script>alert('x')</script> Great answers."})
    page = logged_in.get(reverse("feedback_request", args=[sent.pk])).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page


def test_the_user_creates_the_link_from_the_request_page(logged_in, sent):
    FeedbackRequest.objects.filter(pk=sent.pk).update(form_nonce="")
    logged_in.post(reverse("feedback_form_link", args=[sent.pk]))
    page = logged_in.get(reverse("feedback_request", args=[sent.pk])).content.decode()
    url = page.split('<code id="form-link">', 1)[1].split("</code>", 1)[0]
    assert url.startswith("http://testserver/f/")
    assert Client().get(url.removeprefix("http://testserver")).status_code == 200
