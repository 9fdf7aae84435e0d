"""The busiest pages run the same number of SQL queries whether a user has 2 or 20 of each row."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from nextround.applications import actions
from nextround.applications.tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
    NoteFactory,
)

pytestmark = pytest.mark.django_db


def fill(user, n: int):
    """n applications across stages, each with an interview, a note and a contact."""
    apps = []
    for i in range(n):
        company = CompanyFactory(owner=user)
        app = ApplicationFactory(owner=user, company=company, stage="applied")
        actions.move_application(user, app.pk, ["screening", "offer", "rejected"][i % 3])
        interview = InterviewFactory(
            owner=user, application=app, starts_at=timezone.now() + dt.timedelta(days=i - n // 2)
        )
        interview.interviewers.set([ContactFactory(owner=user, company=company)])
        NoteFactory(owner=user, application=app)
        apps.append(app)
    return apps


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "name", ["dashboard", "board", "application_list", "company_list", "contact_list"]
)
def test_a_list_page_runs_the_same_queries_for_few_and_many_rows(logged_in, user, name):
    fill(user, 3)  # one of each stage fill() uses: the board queries each non-empty column
    few = queries_for(logged_in, reverse(name))
    fill(user, 17)
    assert queries_for(logged_in, reverse(name)) == few


def test_the_application_page_runs_the_same_queries_for_a_short_and_a_long_history(logged_in, user):
    short, long = fill(user, 2)
    for n in range(15):
        NoteFactory(owner=user, application=long, body=f"note {n}")
        interview = InterviewFactory(owner=user, application=long)
        interview.interviewers.set([ContactFactory(owner=user)])
    few = queries_for(logged_in, reverse("application_detail", args=[short.pk]))
    assert queries_for(logged_in, reverse("application_detail", args=[long.pk])) == few
