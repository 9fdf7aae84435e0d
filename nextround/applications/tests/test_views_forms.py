"""Creating and changing things through the web forms: validation, refusals, no half writes."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from nextround.applications import actions
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
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
)

pytestmark = pytest.mark.django_db


def post(client, name, *args, data=None, **headers):
    return client.post(reverse(name, args=args), data or {}, **headers)


def test_creating_an_application_with_a_new_company_name_creates_both(logged_in, user):
    response = post(
        logged_in,
        "application_create",
        data={
            "company": "Globex",
            "role_title": "Data Analyst",
            "stage": "screening",
        },
    )
    app = Application.objects.get()
    assert response.status_code == 302 and response["Location"] == app.get_absolute_url()
    assert (app.owner, app.company.name, app.stage) == (user, "Globex", "screening")
    assert list(app.stage_events.values_list("to_stage", flat=True)) == ["screening"]


def test_an_application_reuses_the_company_whatever_the_case_of_its_name(logged_in, user):
    company = CompanyFactory(owner=user, name="Globex")
    post(
        logged_in,
        "application_create",
        data={
            "company": "GLOBEX",
            "role_title": "Analyst",
            "stage": "applied",
        },
    )
    assert Application.objects.get().company == company
    assert Company.objects.count() == 1


def test_an_invalid_application_shows_field_errors_and_writes_nothing(logged_in):
    response = post(
        logged_in,
        "application_create",
        data={
            "company": "Initech",
            "role_title": "",
            "stage": "applied",
            "job_url": "not a url",
            "applied_on": "2024-02-31",
        },
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) == {"role_title", "job_url", "applied_on"}
    assert "This field is required." in response.content.decode()
    assert not Application.objects.exists() and not Company.objects.exists()


def test_an_oversized_job_description_is_refused_on_its_field(logged_in):
    response = post(
        logged_in,
        "application_create",
        data={
            "company": "Initech",
            "role_title": "Analyst",
            "stage": "applied",
            "job_description": "x" * 100_001,
        },
    )
    assert response.status_code == 400
    assert "job_description" in response.context["form"].errors
    assert not Company.objects.exists()


def test_an_unknown_initial_stage_is_a_field_error(logged_in):
    response = post(
        logged_in,
        "application_create",
        data={
            "company": "Initech",
            "role_title": "Analyst",
            "stage": "hired-ish",
        },
    )
    assert response.status_code == 400 and "stage" in response.context["form"].errors


def test_editing_an_application_changes_its_details_but_not_its_stage(logged_in, user):
    app = ApplicationFactory(owner=user, role_title="Analyst")
    response = post(
        logged_in,
        "application_edit",
        app.pk,
        data={
            "company": "New Co",
            "role_title": "Senior Analyst",
            "location": "Leeds",
            "stage": "offer",
        },
    )
    assert response.status_code == 302
    app.refresh_from_db()
    assert (app.role_title, app.company.name, app.location, app.stage) == (
        "Senior Analyst",
        "New Co",
        "Leeds",
        "applied",
    )


def test_a_refused_edit_keeps_the_application_and_creates_no_company(logged_in, user):
    app = ApplicationFactory(owner=user, role_title="Analyst")
    response = post(
        logged_in,
        "application_edit",
        app.pk,
        data={
            "company": "Another Co",
            "role_title": "x" * 201,
        },
    )
    assert response.status_code == 400 and "role_title" in response.context["form"].errors
    app.refresh_from_db()
    assert app.role_title == "Analyst"
    assert not Company.objects.filter(name="Another Co").exists()


def test_deleting_an_application_asks_first_then_removes_it_with_its_history(logged_in, user):
    app = ApplicationFactory(owner=user)
    assert logged_in.get(reverse("application_delete", args=[app.pk])).status_code == 200
    assert Application.objects.exists()
    response = post(logged_in, "application_delete", app.pk)
    assert response["Location"] == reverse("application_list")
    assert not Application.objects.exists() and not StageEvent.objects.exists()


def test_a_plain_form_move_from_the_board_redirects_back_to_the_board(logged_in, user):
    app = ApplicationFactory(owner=user)
    response = post(
        logged_in,
        "application_move",
        app.pk,
        data={"to_stage": "interviewing", "return_to": "board"},
    )
    assert response.status_code == 302 and response["Location"] == reverse("board")
    app.refresh_from_db()
    assert app.stage == "interviewing"


def test_an_htmx_move_returns_the_re_rendered_board(logged_in, user):
    app = ApplicationFactory(owner=user, role_title="Platform Engineer")
    response = post(
        logged_in,
        "application_move",
        app.pk,
        HTTP_HX_REQUEST="true",
        data={"to_stage": "offer", "return_to": "board"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<div id="board"') and "<header" not in html
    offer_column = html[html.index('id="col-offer"') :].split("</section>")[0]
    assert f'id="card-{app.pk}"' in offer_column
    assert "Moved “Platform Engineer" in html


def test_moving_a_closed_card_on_the_board_shows_the_refusal_not_a_server_error(logged_in, user):
    app = ApplicationFactory(owner=user)
    actions.move_application(user, app.pk, "withdrawn")
    response = post(
        logged_in,
        "application_move",
        app.pk,
        HTTP_HX_REQUEST="true",
        data={"to_stage": "offer", "return_to": "board"},
    )
    assert response.status_code == 400
    assert "reopen it before moving it" in response.content.decode()
    assert app.stage_events.count() == 2


def test_a_closed_card_moves_when_the_board_form_reopens_it(logged_in, user):
    app = ApplicationFactory(owner=user)
    actions.move_application(user, app.pk, "withdrawn")
    post(
        logged_in,
        "application_move",
        app.pk,
        data={"to_stage": "applied", "return_to": "board", "reopen": "on"},
    )
    app.refresh_from_db()
    assert app.stage == "applied"


def test_a_refused_move_on_the_application_page_is_a_form_error(logged_in, user):
    app = ApplicationFactory(owner=user)
    response = post(logged_in, "application_move", app.pk, data={"to_stage": "applied"})
    assert response.status_code == 400
    assert "already at" in str(response.context["move_form"].non_field_errors())


def test_an_unknown_stage_in_a_move_is_refused_with_a_message(logged_in, user):
    app = ApplicationFactory(owner=user)
    response = post(
        logged_in, "application_move", app.pk, data={"to_stage": "hired-ish", "return_to": "board"}
    )
    assert response["Location"] == reverse("board")
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("not one of the available choices" in m for m in messages)
    assert app.stage_events.count() == 1


def test_a_move_with_a_note_records_the_note_on_the_event(logged_in, user):
    app = ApplicationFactory(owner=user)
    post(logged_in, "application_move", app.pk, data={"to_stage": "rejected", "note": "Too junior"})
    event = app.stage_events.last()
    assert (event.from_stage, event.to_stage, event.note) == ("applied", "rejected", "Too junior")


def test_an_empty_note_is_refused_and_a_real_one_lands_on_the_timeline(logged_in, user):
    app = ApplicationFactory(owner=user)
    response = post(logged_in, "note_add", app.pk, data={"body": "   "})
    assert response.status_code == 400 and not Note.objects.exists()
    post(logged_in, "note_add", app.pk, data={"body": "Asked about the team"})
    html = logged_in.get(app.get_absolute_url()).content.decode()
    assert "Asked about the team" in html


def test_scheduling_an_interview_with_one_of_my_contacts(logged_in, user):
    app = ApplicationFactory(owner=user)
    contact = ContactFactory(owner=user, company=app.company)
    response = post(
        logged_in,
        "interview_create",
        app.pk,
        data={
            "starts_at": "2030-05-04T10:30",
            "duration_minutes": "45",
            "format": "panel",
            "interviewers": [contact.pk],
            "outcome": "pending",
        },
    )
    assert response.status_code == 302
    interview = Interview.objects.get()
    assert (interview.application, interview.format, interview.duration_minutes) == (
        app,
        "panel",
        45,
    )
    assert list(interview.interviewers.all()) == [contact]


def test_someone_elses_contact_cannot_be_chosen_as_an_interviewer(logged_in, user, stranger):
    app = ApplicationFactory(owner=user)
    theirs = ContactFactory(owner=stranger)
    response = post(
        logged_in,
        "interview_create",
        app.pk,
        data={
            "starts_at": "2030-05-04T10:30",
            "duration_minutes": "45",
            "format": "video",
            "interviewers": [theirs.pk],
            "outcome": "pending",
        },
    )
    assert response.status_code == 400 and "interviewers" in response.context["form"].errors
    assert not Interview.objects.exists()


def test_an_impossible_interview_date_or_duration_is_a_field_error(logged_in, user):
    app = ApplicationFactory(owner=user)
    response = post(
        logged_in,
        "interview_create",
        app.pk,
        data={
            "starts_at": "2030-02-30T10:30",
            "duration_minutes": "0",
            "format": "video",
            "outcome": "pending",
        },
    )
    assert set(response.context["form"].errors) == {"starts_at", "duration_minutes"}


def test_recording_an_interview_outcome(logged_in, user):
    interview = InterviewFactory(owner=user, starts_at=timezone.now() - dt.timedelta(days=1))
    form = logged_in.get(reverse("interview_edit", args=[interview.pk])).context["form"]
    data = {**{k: v for k, v in form.initial.items() if k != "interviewers"}, "outcome": "passed"}
    data["starts_at"] = timezone.localtime(interview.starts_at).strftime("%Y-%m-%dT%H:%M")
    post(logged_in, "interview_edit", interview.pk, data=data)
    interview.refresh_from_db()
    assert interview.outcome == "passed"


def test_accepting_a_no_response_offer_closes_the_application(logged_in, user):
    app = ApplicationFactory(owner=user, last_activity_at=timezone.now() - dt.timedelta(days=90))
    actions.offer_no_response()
    post(logged_in, "no_response_accept", app.pk)
    app.refresh_from_db()
    assert app.stage == "no_response" and app.no_response_offered_at is None


def test_dismissing_a_no_response_offer_keeps_the_application_open(logged_in, user):
    app = ApplicationFactory(owner=user, last_activity_at=timezone.now() - dt.timedelta(days=90))
    actions.offer_no_response()
    post(logged_in, "no_response_dismiss", app.pk)
    app.refresh_from_db()
    assert app.stage == "applied" and app.no_response_dismissed_at is not None


def test_a_duplicate_company_name_is_a_field_error_not_a_crash(logged_in, user):
    CompanyFactory(owner=user, name="Acme")
    response = post(logged_in, "company_create", data={"name": "acme"})
    assert response.status_code == 400 and "name" in response.context["form"].errors
    assert Company.objects.count() == 1


def test_a_company_name_taken_by_a_stranger_is_still_free_for_me(logged_in, user, stranger):
    CompanyFactory(owner=stranger, name="Acme")
    response = post(logged_in, "company_create", data={"name": "Acme", "website": "acme.example"})
    company = Company.objects.get(owner=user)
    assert response["Location"] == company.get_absolute_url()
    assert company.website == "https://acme.example"


def test_contacts_are_created_edited_and_deleted(logged_in, user):
    company = CompanyFactory(owner=user)
    post(
        logged_in,
        "contact_create",
        data={"name": "Sam", "company": company.pk, "role": "recruiter"},
    )
    contact = Contact.objects.get()
    assert (contact.owner, contact.company, contact.role) == (user, company, "recruiter")
    post(logged_in, "contact_edit", contact.pk, data={"name": "Sam Lee", "role": "interviewer"})
    contact.refresh_from_db()
    assert (contact.name, contact.company) == ("Sam Lee", None)
    post(logged_in, "contact_delete", contact.pk)
    assert not Contact.objects.exists()


def test_a_contact_cannot_be_linked_to_someone_elses_company(logged_in, stranger):
    theirs = CompanyFactory(owner=stranger)
    response = post(
        logged_in,
        "contact_create",
        data={"name": "Sam", "company": theirs.pk, "role": "other", "email": "nope"},
    )
    assert set(response.context["form"].errors) == {"company", "email"}
    assert not Contact.objects.exists()
