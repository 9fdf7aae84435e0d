"""Interviews, companies and contacts through the web forms."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from nextround.applications.models import (
    Company,
    Contact,
    Interview,
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
