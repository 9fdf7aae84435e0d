"""List endpoints run a fixed number of SQL queries however many rows they return."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from nextround.accounts.actions import create_token
from nextround.applications.tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    NoteFactory,
)

API = "/api/v1"
LISTS = ["/companies", "/contacts", "/applications", "/interviews", "/notes"]


@pytest.fixture
def api(user):
    _, secret = create_token(user, "tests")
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    client.get(f"{API}/me")  # the first use records last_used_at; keep that write out of counts
    return client


def make_rows(user, n):
    """n applications, each at its own company with an interview (two interviewers) and a note."""
    for _ in range(n):
        interview = InterviewFactory(owner=user)
        company = interview.application.company
        interview.interviewers.add(*ContactFactory.create_batch(2, owner=user, company=company))
        NoteFactory(owner=user, application=interview.application)


def queries_for(client, path, params=None):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"{API}{path}", params or {"page_size": 100})
    assert response.status_code == 200, response.content
    return len(ctx.captured_queries), response.json()


@pytest.mark.parametrize("path", LISTS)
def test_a_list_runs_as_many_queries_for_30_rows_as_for_3(api, user, path):
    make_rows(user, 3)
    few, few_data = queries_for(api, path)
    make_rows(user, 27)
    many, many_data = queries_for(api, path)
    assert len(many_data["items"]) > len(few_data["items"]) >= 3
    assert many == few, f"{path}: {few} queries for 3 rows, {many} for 30"


def test_the_application_list_is_pinned_at_three_queries(api, user, django_assert_num_queries):
    # token lookup, count, page with companies joined
    ApplicationFactory.create_batch(3, owner=user)
    with django_assert_num_queries(3):
        assert len(api.get(f"{API}/applications").json()["items"]) == 3
    ApplicationFactory.create_batch(27, owner=user)
    with django_assert_num_queries(3):
        assert len(api.get(f"{API}/applications", {"page_size": 30}).json()["items"]) == 30


def test_the_timeline_and_history_do_not_grow_with_their_length(api, user):
    app = ApplicationFactory(owner=user)
    contact = ContactFactory(owner=user)
    for _ in range(3):
        InterviewFactory(owner=user, application=app).interviewers.add(contact)
        NoteFactory(owner=user, application=app)
    few = [queries_for(api, f"/applications/{app.pk}/{p}", {})[0] for p in ("timeline", "events")]
    for _ in range(27):
        InterviewFactory(owner=user, application=app).interviewers.add(contact)
        NoteFactory(owner=user, application=app)
    many = [queries_for(api, f"/applications/{app.pk}/{p}", {})[0] for p in ("timeline", "events")]
    assert many == few
