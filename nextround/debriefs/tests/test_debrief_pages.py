import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from nextround.applications.tests.factories import InterviewFactory
from nextround.debriefs.models import FlagReview, ReviewStatus

pytestmark = pytest.mark.django_db

STORY = (
    "Got there 20 mins late because of the trains, then moaned about my current manager when "
    "they asked why I'm leaving. My phone was definitely off."
)


def past_interview(user, days_ago=1, company="Acme"):
    return InterviewFactory(
        owner=user,
        application__company__name=company,
        starts_at=timezone.now() - dt.timedelta(days=days_ago),
    )


def form_data(notes="", flags=(), seen=(), **extra):
    data = {"notes": notes, "rating": "2", "flags": list(flags), "seen": list(seen)}
    data.update(extra)
    return data


def statuses(interview):
    return {r.flag: r.status for r in FlagReview.objects.filter(debrief__interview=interview)}


def test_the_notes_suggest_lateness_and_criticism_with_quotes_and_no_phone_flag(logged_in, user):
    interview = past_interview(user)
    url = reverse("debrief_analyze", args=[interview.pk])
    response = logged_in.post(url, form_data(STORY), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="late_arrival" checked' in html
    assert 'value="criticised_employer" checked' in html
    assert 'value="phone_interruption" checked' not in html
    assert "Got there 20 mins late because of the trains" in html
    assert "moaned about my current manager" in html


def test_saving_with_the_suggestions_ticked_confirms_them(logged_in, user):
    interview = past_interview(user)
    url = reverse("debrief_edit", args=[interview.pk])
    ticked = ["late_arrival", "criticised_employer"]
    response = logged_in.post(url, form_data(STORY, flags=ticked, seen=ticked))
    assert response.status_code == 302
    assert statuses(interview) == {
        "late_arrival": ReviewStatus.CONFIRMED,
        "criticised_employer": ReviewStatus.CONFIRMED,
    }


def test_unticking_a_seen_suggestion_keeps_it_as_a_dismissal(logged_in, user):
    interview = past_interview(user)
    url = reverse("debrief_edit", args=[interview.pk])
    seen = ["late_arrival", "criticised_employer"]
    logged_in.post(url, form_data(STORY, flags=["late_arrival"], seen=seen))
    assert statuses(interview)["criticised_employer"] == ReviewStatus.DISMISSED
    logged_in.post(url, form_data(STORY + " Also fine.", flags=["late_arrival"], seen=seen))
    assert statuses(interview)["criticised_employer"] == ReviewStatus.DISMISSED


def test_a_suggestion_the_user_never_saw_waits_for_review_on_the_page(logged_in, user):
    interview = past_interview(user)
    url = reverse("debrief_edit", args=[interview.pk])
    logged_in.post(url, form_data(STORY))
    assert statuses(interview)["late_arrival"] == ReviewStatus.SUGGESTED
    page = logged_in.get(url).content.decode()
    assert "Suggested from your words" in page and "Confirm" in page
    debrief = interview.debrief
    review_url = reverse("debrief_review", args=[debrief.pk, "late_arrival"])
    logged_in.post(review_url, {"decision": "confirm"})
    assert statuses(interview)["late_arrival"] == ReviewStatus.CONFIRMED


def test_three_debriefs_with_the_same_mistake_show_a_pattern_on_the_dashboard(logged_in, user):
    ticked = ["late_arrival", "criticised_employer"]
    for days, company in ((20, "Acme"), (10, "Globex"), (2, "Initech")):
        interview = past_interview(user, days, company)
        url = reverse("debrief_edit", args=[interview.pk])
        logged_in.post(url, form_data(STORY, flags=ticked, seen=ticked))
    page = logged_in.get(reverse("dashboard")).content.decode()
    assert "Criticised a past or current employer in 3 of your last 3 interviews." in page
    assert "Arrived late in 3 of your last 3 interviews." in page
    assert "Globex" in page


def test_a_mistake_that_stops_recurring_is_called_out(logged_in, user):
    ticked = ["criticised_employer"]
    for days in (60, 50):
        interview = past_interview(user, days, f"Company {days}")
        url = reverse("debrief_edit", args=[interview.pk])
        logged_in.post(url, form_data(STORY, flags=ticked, seen=["late_arrival", *ticked]))
    for days in (30, 20, 10):
        interview = past_interview(user, days, f"Company {days}")
        url = reverse("debrief_edit", args=[interview.pk])
        logged_in.post(url, form_data("It went well. I asked good questions."))
    page = logged_in.get(reverse("patterns")).content.decode()
    assert "It has stopped recurring." in page


def test_a_question_marked_misunderstood_suggests_that_flag(logged_in, user):
    interview = past_interview(user)
    url = reverse("debrief_analyze", args=[interview.pk])
    data = form_data("", q_text_0="Tell me about a conflict", q_mis_0="on")
    html = logged_in.post(url, data).content.decode()
    assert 'value="misunderstood_question" checked' in html


def test_plain_no_answers_to_the_guided_questions_raise_nothing(logged_in, user):
    interview = past_interview(user)
    url = reverse("debrief_edit", args=[interview.pk])
    logged_in.post(url, form_data("", misunderstood="No", distractions="Not really.", doubts="n/a"))
    assert statuses(interview) == {}


def test_a_recent_interview_without_a_debrief_is_offered_on_the_dashboard(logged_in, user):
    interview = past_interview(user, 1, "Umbrella")
    page = logged_in.get(reverse("dashboard")).content.decode()
    assert reverse("debrief_edit", args=[interview.pk]) in page and "debrief it" in page


def test_a_huge_note_is_refused_with_a_clear_error_and_nothing_saved(logged_in, user):
    interview = past_interview(user)
    url = reverse("debrief_edit", args=[interview.pk])
    response = logged_in.post(url, form_data("x" * 200_000))
    assert response.status_code == 200
    assert "at most 100000 characters" in response.content.decode()
    assert not hasattr(interview, "debrief") or not interview.debrief.pk


@pytest.mark.parametrize(
    ("name", "method"),
    [("debrief_edit", "get"), ("debrief_edit", "post"), ("debrief_analyze", "post")],
)
def test_a_stranger_gets_404_for_someone_elses_interview(stranger_client, user, name, method):
    interview = past_interview(user)
    url = reverse(name, args=[interview.pk])
    response = getattr(stranger_client, method)(url, form_data(STORY))
    assert response.status_code == 404
    assert statuses(interview) == {}


def test_a_stranger_cannot_review_someone_elses_flag(stranger_client, user):
    from nextround.debriefs.actions import save_debrief

    interview = past_interview(user)
    debrief = save_debrief(user, interview.pk, answers={"notes": STORY})
    url = reverse("debrief_review", args=[debrief.pk, "late_arrival"])
    assert stranger_client.post(url, {"decision": "dismiss"}).status_code == 404
    assert statuses(interview)["late_arrival"] == ReviewStatus.SUGGESTED
