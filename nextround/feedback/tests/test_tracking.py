"""The request's state machine: one follow-up at most, never a second chase, auto-close."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from nextround.feedback import actions
from nextround.feedback.models import FeedbackEvent, FeedbackRequest, State
from nextround.feedback.tasks import close_unanswered_feedback_daily
from nextround.feedback.tests.factories import recruiter, rejected_application

pytestmark = pytest.mark.django_db


def sent_request(user, days_ago=8):
    app = rejected_application(user)
    recruiter(app)
    req = actions.create_request(user, app.pk)
    actions.mark_sent(user, req.pk, at=timezone.now() - dt.timedelta(days=days_ago))
    req.refresh_from_db()
    return req


def followed_up(user, days_ago):
    req = sent_request(user, days_ago=days_ago + 8)
    actions.mark_sent(
        user, req.pk, kind="follow_up", at=timezone.now() - dt.timedelta(days=days_ago)
    )
    req.refresh_from_db()
    return req


def history(req):
    events = FeedbackEvent.objects.filter(request=req).order_by("pk")  # the tests backdate `at`
    return list(events.values_list("from_state", "to_state"))


def test_a_follow_up_before_seven_days_is_refused_with_the_date_it_is_offered(logged_in, user):
    req = sent_request(user, days_ago=3)
    response = logged_in.post(
        reverse("feedback_mark_sent", args=[req.pk]), {"kind": "follow_up"}, follow=True
    )
    assert "Give them time: a follow-up is offered from" in response.content.decode()
    req.refresh_from_db()
    assert req.state == State.SENT


def test_a_second_follow_up_is_refused_with_a_clear_error(logged_in, user):
    req = followed_up(user, days_ago=2)
    response = logged_in.post(
        reverse("feedback_mark_sent", args=[req.pk]), {"kind": "follow_up"}, follow=True
    )
    assert "You have already followed up once" in response.content.decode()
    with pytest.raises(actions.FeedbackStateError, match="already followed up once"):
        actions.queue_send(user, req.pk, kind="follow_up")
    assert FeedbackEvent.objects.filter(request=req, to_state=State.FOLLOW_UP_SENT).count() == 1


def test_the_follow_up_is_offered_after_the_configured_days(logged_in, user, settings):
    settings.NEXTROUND_FEEDBACK_FOLLOW_UP_DAYS = 3
    req = sent_request(user, days_ago=4)
    page = logged_in.get(reverse("feedback_request", args=[req.pk])).content.decode()
    assert "Your one follow-up" in page
    req.refresh_from_db()
    assert req.follow_up_subject == f"Re: {req.subject}" and "once more" in req.follow_up_body


def test_the_daily_task_closes_requests_silent_fourteen_days_after_the_follow_up(user):
    stale = followed_up(user, days_ago=15)
    fresh = followed_up(user, days_ago=13)
    assert close_unanswered_feedback_daily.call_local() == 1
    stale.refresh_from_db()
    fresh.refresh_from_db()
    assert stale.state == State.NO_REPLY_MOVED_ON and fresh.state == State.FOLLOW_UP_SENT
    assert "says nothing about you" in stale.closed_message
    assert history(stale) == [
        ("", State.DRAFT),
        (State.DRAFT, State.SENT),
        (State.SENT, State.FOLLOW_UP_SENT),
        (State.FOLLOW_UP_SENT, State.NO_REPLY_MOVED_ON),
    ]


def test_the_close_days_setting_is_honoured(user, settings):
    settings.NEXTROUND_FEEDBACK_CLOSE_DAYS = 5
    req = followed_up(user, days_ago=6)
    assert actions.close_unanswered() == 1
    req.refresh_from_db()
    assert req.state == State.NO_REPLY_MOVED_ON


def test_a_reply_recorded_from_sent_closes_it_and_nothing_else_is_allowed(logged_in, user):
    req = sent_request(user)
    logged_in.post(reverse("feedback_outcome", args=[req.pk]), {"state": "replied"})
    req.refresh_from_db()
    assert req.state == State.REPLIED
    response = logged_in.post(
        reverse("feedback_mark_sent", args=[req.pk]), {"kind": "follow_up"}, follow=True
    )
    assert "You have already followed up once" not in response.content.decode()
    assert "only possible after the request was sent" in response.content.decode()
    with pytest.raises(actions.FeedbackStateError, match="cannot become"):
        actions.record_outcome(user, req.pk, State.DECLINED)


def test_a_draft_cannot_be_declined_or_closed(user):
    app = rejected_application(user)
    req = actions.create_request(user, app.pk)
    for state in (State.DECLINED, State.REPLIED, State.NO_REPLY_MOVED_ON):
        with pytest.raises(actions.FeedbackStateError):
            actions.record_outcome(user, req.pk, state)
    assert FeedbackRequest.objects.get(pk=req.pk).state == State.DRAFT


def test_only_one_open_request_per_application(logged_in, user):
    app = rejected_application(user)
    url = reverse("feedback_request_create", args=[app.pk])
    logged_in.post(url, {"template": "brief"})
    response = logged_in.post(url, {"template": "focused"}, follow=True)
    assert "already has an open feedback request" in response.content.decode()
    assert FeedbackRequest.objects.filter(application=app).count() == 1


def test_a_request_is_refused_for_an_application_that_was_not_rejected(logged_in, user):
    from nextround.applications.tests.factories import ApplicationFactory

    app = ApplicationFactory(owner=user, stage="interviewing")
    response = logged_in.post(reverse("feedback_request_create", args=[app.pk]), follow=True)
    assert "Feedback is requested after a rejection" in response.content.decode()
    assert not FeedbackRequest.objects.filter(application=app).exists()


@pytest.mark.parametrize("state", [s.value for s in State])
def test_the_request_page_renders_in_every_state_with_its_history(logged_in, user, state):
    req = sent_request(user, days_ago=2)
    FeedbackRequest.objects.filter(pk=req.pk).update(state=state)
    page = logged_in.get(reverse("feedback_request", args=[req.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert f'<span class="badge" id="request-state">{State(state).label}</span>' in html
    assert "Draft → Sent" in html
    offers_outcome = state in (State.SENT, State.FOLLOW_UP_SENT)
    assert ("What happened?" in html) is offers_outcome
