"""Who to ask, when, and the drafts: personalised, short, and with a clean tone."""

import datetime as dt
import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from nextround.analysis.tone import check_tone
from nextround.applications.models import Interview, StageEvent
from nextround.applications.tests.factories import ApplicationFactory, ContactFactory
from nextround.debriefs.actions import review_flag
from nextround.debriefs.tests.factories import DebriefFactory
from nextround.feedback import drafts, queries, suggest
from nextround.feedback.models import FeedbackRequest
from nextround.feedback.suggest import day_month
from nextround.feedback.tests.factories import recruiter, rejected_application

pytestmark = pytest.mark.django_db


def test_rejected_applications_without_a_request_are_suggested_on_the_feedback_page(
    logged_in, user
):
    waiting = rejected_application(user, company__name="Acme", role_title="Data Analyst")
    asked = rejected_application(user, company__name="Globex")
    ApplicationFactory(owner=user, stage="interviewing", company__name="Initech")
    logged_in.post(reverse("feedback_request_create", args=[asked.pk]))
    assert list(queries.requests_to_suggest(user)) == [waiting]
    page = logged_in.get(reverse("feedback_list")).content.decode()
    assert "Data Analyst at Acme" in page
    assert "Draft a request" in page and "Initech" not in page


def test_the_recruiter_is_suggested_first_with_the_reason(user):
    app = rejected_application(user, company__name="Acme")
    interviewer = ContactFactory(owner=user, company=app.company, role="interviewer")
    Interview.objects.get(application=app).interviewers.add(interviewer)
    hr = recruiter(app)
    found = suggest.suggest_recipient(app)
    assert found.contact == hr and found.address == "priya@acme.test"
    assert found.reason == "Priya Shah is the recruiter/HR contact for Acme."
    assert found.warning == ""


def test_without_a_recruiter_the_interviewer_the_user_met_is_suggested(user):
    app = rejected_application(user, company__name="Acme")
    interviewer = ContactFactory(
        owner=user, company=app.company, name="Sam Lee", email="sam@acme.test", role="interviewer"
    )
    Interview.objects.get(application=app).interviewers.add(interviewer)
    found = suggest.suggest_recipient(app)
    assert found.contact == interviewer
    assert found.reason.startswith("No recruiter on file; you dealt with Sam Lee directly")


def test_a_no_reply_address_with_nobody_else_warns_and_suggests_linkedin(user):
    app = rejected_application(user, company__name="Acme")
    ContactFactory(
        owner=user,
        company=app.company,
        name="Acme Careers",
        email="no-reply@acme.test",
        role="recruiter",
        linkedin_url="https://www.linkedin.com/company/acme",
    )
    found = suggest.suggest_recipient(app)
    assert found.address == "" and found.contact is None
    assert "no-reply@acme.test" in found.warning and "LinkedIn" in found.warning
    assert suggest.is_no_reply("DoNotReply@acme.test") and not suggest.is_no_reply("sam@acme.test")


def test_the_send_window_is_one_to_two_days_after_the_rejection_and_within_a_week(user):
    app = rejected_application(user, days_ago=0)
    rejected_at = StageEvent.objects.get(application=app, to_stage="rejected").at
    timing = suggest.suggest_timing(app)
    assert timing.send_from - rejected_at == dt.timedelta(days=1)
    assert timing.send_by - rejected_at == dt.timedelta(days=2)
    assert timing.latest - rejected_at == dt.timedelta(days=7)
    assert "not later than" in timing.sentence and timing.note == ""


def test_an_instant_rejection_before_any_interview_says_feedback_is_unlikely(logged_in, user):
    app = rejected_application(user, stage="applied", interview=False)
    assert "feedback is unlikely" in suggest.suggest_timing(app).note
    page = logged_in.get(reverse("feedback_list")).content.decode()
    assert "automated rejection before any interview" in page


@pytest.mark.parametrize("template", sorted(drafts.TEMPLATES))
def test_every_template_is_personalised_short_and_passes_the_tone_check(user, template):
    app = rejected_application(user, company__name="Acme", role_title="Data Analyst")
    interview = Interview.objects.get(application=app)
    debrief = DebriefFactory(owner=user, interview=interview)
    review_flag(user, debrief.pk, "no_research", confirm=True)
    draft = drafts.render_draft(app, recruiter(app), template, sender="Alex Morgan")
    text = f"{draft.subject}\n{draft.body}"
    assert "Hi Priya," in draft.body and "Data Analyst" in text and "Acme" in text
    assert day_month(interview.starts_at) in draft.body
    assert draft.body.rstrip().endswith("Alex Morgan")
    assert len(re.findall(r"\S+", draft.body)) <= 150
    assert check_tone(draft.body) == []
    if template == "focused":
        assert "I'm working on my research on the company" in draft.body


def test_the_draft_page_explains_tone_problems_with_a_rewrite(logged_in, user):
    app = rejected_application(user)
    logged_in.post(reverse("feedback_request_create", args=[app.pk]))
    req = FeedbackRequest.objects.get(application=app)
    body = "Hi, why was I rejected? Please explain your decision by Friday."
    response = logged_in.post(
        reverse("feedback_request", args=[req.pk]),
        {"to_address": "", "subject": "Feedback", "body": body},
    )
    assert response.status_code == 302
    page = logged_in.get(reverse("feedback_request", args=[req.pk])).content.decode()
    assert "asks the employer to defend the decision" in page
    assert "Try instead: <em>I&#x27;d be grateful for any feedback" in page
    live = logged_in.post(
        reverse("feedback_tone", args=[req.pk]),
        {"body": "Sorry to bother you."},
        HTTP_HX_REQUEST="1",
    )
    assert "Running yourself down" in live.content.decode()
    req.refresh_from_db()
    assert req.body == body and req.subject == "Feedback"


def test_an_invalid_recipient_address_is_refused_and_nothing_saved(logged_in, user):
    app = rejected_application(user)
    logged_in.post(reverse("feedback_request_create", args=[app.pk]))
    req = FeedbackRequest.objects.get(application=app)
    response = logged_in.post(
        reverse("feedback_request", args=[req.pk]),
        {"to_address": "not-an-address", "subject": "S", "body": "B"},
    )
    assert response.status_code == 400
    req.refresh_from_db()
    assert req.subject != "S"


def test_the_panel_tag_shows_the_suggestion_on_the_application_page(user):
    app = rejected_application(user, company__name="Acme")
    recruiter(app)
    request = RequestFactory().get("/")
    request.user = user
    html = Template("{% load feedback %}{% feedback_panel application %}").render(
        Context({"application": app, "request": request})
    )
    assert "Priya Shah is the recruiter/HR contact for Acme." in html
    assert "Draft a feedback request" in html
    assert reverse("feedback_paste", args=[app.pk]) in html
