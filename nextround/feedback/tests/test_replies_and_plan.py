"""Replies matched by thread then sender, pasted feedback, and the merged action plan."""

import pytest
from django.urls import reverse

from nextround.analysis.action_plan import PERSPECTIVE_MESSAGE, next_step
from nextround.feedback import actions
from nextround.feedback.models import ActionItem, Feedback, FeedbackRequest, State
from nextround.feedback.replies import attach_reply
from nextround.feedback.tests.factories import recruiter, rejected_application

pytestmark = pytest.mark.django_db

CRITIQUE = (
    "Thanks for asking. Your examples were vague and lacked measurable results, and you did not "
    "seem to know much about our products."
)
DECLINE = (
    "Thank you for your email. Unfortunately we are unable to provide individual feedback due to "
    "the volume of applications. We wish you every success."
)


def sent_request(user, company="Acme", email="priya@acme.test", message_id=""):
    app = rejected_application(user, company__name=company)
    recruiter(app, email=email)
    req = actions.create_request(user, app.pk)
    actions.mark_sent(user, req.pk)
    if message_id:
        FeedbackRequest.objects.filter(pk=req.pk).update(message_id=message_id)
    return FeedbackRequest.objects.get(pk=req.pk)


def test_a_reply_is_matched_by_its_thread_headers_before_its_sender(user):
    by_sender = sent_request(user, "Globex", email="hr@shared.test")
    by_thread = sent_request(user, "Acme", email="other@acme.test", message_id="<abc@me.test>")
    matched = attach_reply(
        user,
        in_reply_to="<abc@me.test>",
        references=["<zzz@elsewhere.test>"],
        from_addr="HR Team <hr@shared.test>",
        subject="Re: Thank you",
        body=CRITIQUE,
    )
    assert matched == by_thread
    by_thread.refresh_from_db()
    by_sender.refresh_from_db()
    assert by_thread.state == State.REPLIED and by_sender.state == State.SENT


def test_without_thread_headers_the_sender_address_matches(user):
    req = sent_request(user, email="priya@acme.test")
    matched = attach_reply(user, from_addr="Priya <PRIYA@acme.test>", body=CRITIQUE)
    assert matched == req
    feedback = Feedback.objects.get(request=req)
    assert feedback.source == "email" and feedback.text == CRITIQUE
    assert {"examples", "company_knowledge"} <= set(feedback.themes)


def test_an_unknown_sender_or_someone_elses_request_matches_nothing(user, stranger):
    sent_request(user, message_id="<abc@me.test>")
    assert attach_reply(user, from_addr="nobody@else.test", body=CRITIQUE) is None
    assert attach_reply(stranger, in_reply_to="<abc@me.test>", body=CRITIQUE) is None
    assert attach_reply(stranger, from_addr="priya@acme.test", body=CRITIQUE) is None
    assert not Feedback.objects.exists()


def test_a_reply_that_gives_no_feedback_is_recorded_as_declined_without_tasks(user):
    req = sent_request(user)
    attach_reply(user, from_addr="priya@acme.test", body=DECLINE)
    req.refresh_from_db()
    assert req.state == State.DECLINED
    assert Feedback.objects.get(request=req).themes == []
    assert not ActionItem.objects.exists()


def test_a_refusal_that_still_gives_a_point_counts_as_a_reply(user):
    req = sent_request(user)
    body = "We don't usually give feedback, but your examples were vague and lacked results."
    attach_reply(user, from_addr="priya@acme.test", body=body)
    req.refresh_from_db()
    assert req.state == State.REPLIED
    assert ActionItem.objects.get().theme == "examples"


def test_a_reply_to_the_follow_up_is_matched_too(user):
    req = sent_request(user)
    FeedbackRequest.objects.filter(pk=req.pk).update(
        state=State.FOLLOW_UP_SENT, follow_up_message_id="<fu@me.test>"
    )
    assert attach_reply(user, references=["<x@y.test>", "<fu@me.test>"], body=CRITIQUE) == req


def test_the_same_theme_across_applications_merges_into_one_counted_item(logged_in, user):
    first = rejected_application(user, company__name="Acme")
    second = rejected_application(user, company__name="Globex")
    for app in (first, second):
        logged_in.post(reverse("feedback_paste", args=[app.pk]), {"text": CRITIQUE})
    item = ActionItem.objects.get(theme="examples")
    assert item.count == 2 and not item.done
    assert item.next_step == next_step("examples")
    assert {f.application for f in item.feedback.all()} == {first, second}
    assert ActionItem.objects.filter(theme="examples").count() == 1
    page = logged_in.get(reverse("action_plan")).content.decode()
    assert "raised 2 times" in page and "Acme (pasted notes)" in page


def test_pasted_feedback_marks_the_sent_request_replied(logged_in, user):
    req = sent_request(user)
    logged_in.post(reverse("feedback_paste", args=[req.application_id]), {"text": CRITIQUE})
    req.refresh_from_db()
    assert req.state == State.REPLIED


def test_stronger_candidate_shows_the_perspective_message_instead_of_a_task(logged_in, user):
    app = rejected_application(user)
    text = "We went with a candidate who had more direct experience in the sector."
    logged_in.post(reverse("feedback_paste", args=[app.pk]), {"text": text})
    item = ActionItem.objects.get(theme="stronger_candidate")
    assert not item.is_task and item.due_on is None and item.next_step == PERSPECTIVE_MESSAGE
    page = logged_in.get(reverse("action_plan")).content.decode()
    assert "Out of your control" in page and "out of your control and says nothing" in page


def test_praise_alone_makes_no_action_item(logged_in, user):
    app = rejected_application(user)
    logged_in.post(
        reverse("feedback_paste", args=[app.pk]), {"text": "Your communication was excellent."}
    )
    assert Feedback.objects.get().themes == ["positive"]
    assert not ActionItem.objects.exists()


def test_items_are_ticked_with_htmx_or_a_plain_form(logged_in, user):
    app = rejected_application(user)
    logged_in.post(reverse("feedback_paste", args=[app.pk]), {"text": CRITIQUE})
    item = ActionItem.objects.get(theme="examples")
    url = reverse("action_item_toggle", args=[item.pk])
    fragment = logged_in.post(url, {"done": "1"}, HTTP_HX_REQUEST="true")
    assert fragment.status_code == 200 and f'id="item-{item.pk}"' in fragment.content.decode()
    assert "<html" not in fragment.content.decode()
    item.refresh_from_db()
    assert item.done and item.done_at is not None
    assert logged_in.post(url, {"done": "0"}).status_code == 302
    item.refresh_from_db()
    assert not item.done


def test_a_done_theme_that_comes_back_opens_a_new_item(logged_in, user):
    app = rejected_application(user)
    logged_in.post(reverse("feedback_paste", args=[app.pk]), {"text": CRITIQUE})
    ActionItem.objects.filter(theme="examples").update(done=True)
    logged_in.post(reverse("feedback_paste", args=[app.pk]), {"text": CRITIQUE})
    assert list(
        ActionItem.objects.filter(theme="examples").order_by("pk").values_list("done", "count")
    ) == [(True, 1), (False, 1)]


def test_empty_pasted_feedback_is_refused(logged_in, user):
    app = rejected_application(user)
    response = logged_in.post(reverse("feedback_paste", args=[app.pk]), {"text": "  "}, follow=True)
    assert "required" in response.content.decode() or "first" in response.content.decode()
    assert not Feedback.objects.exists()
