"""A stranger reaches none of another user's rows through the web pages: always a 404."""

import pytest
from django.urls import reverse

from nextround.applications.models import Application, Company, Contact, Interview, Note
from nextround.applications.tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    NoteFactory,
)

pytestmark = pytest.mark.django_db

# Every web URL that names one row, with the kind of row it names.
ROW_URLS = [
    ("application_detail", "application"),
    ("application_edit", "application"),
    ("application_delete", "application"),
    ("application_move", "application"),
    ("note_add", "application"),
    ("interview_create", "application"),
    ("no_response_accept", "application"),
    ("no_response_dismiss", "application"),
    ("interview_edit", "interview"),
    ("company_detail", "company"),
    ("company_edit", "company"),
    ("contact_edit", "contact"),
    ("contact_delete", "contact"),
]
# A POST that would change the row if the owner sent it.
PAYLOAD = {
    "to_stage": "offer",
    "body": "mine now",
    "company": "Stolen Co",
    "role_title": "Thief",
    "stage": "applied",
    "name": "Stolen",
    "role": "other",
    "starts_at": "2030-01-01T10:00",
    "duration_minutes": "30",
    "format": "video",
    "outcome": "passed",
}


@pytest.fixture
def rows(user):
    """One of each of user's rows, keyed by kind."""
    app = ApplicationFactory(owner=user)
    NoteFactory(owner=user, application=app)
    return {
        "application": app,
        "interview": InterviewFactory(owner=user, application=app),
        "company": app.company,
        "contact": ContactFactory(owner=user, company=app.company),
    }


def snapshot():
    """Everything in the tracker, to prove a stranger's request changed nothing."""
    return [
        list(model.objects.order_by("pk").values())
        for model in (Application, Company, Contact, Interview, Note)
    ]


def test_the_list_of_urls_covers_every_row_url_the_app_has():
    from nextround.applications.urls import urlpatterns

    with_pk = {p.name for p in urlpatterns if "<int:pk>" in str(p.pattern)}
    assert with_pk == {name for name, _ in ROW_URLS}


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize(("name", "kind"), ROW_URLS)
def test_a_stranger_gets_404_on_every_row_url(stranger_client, rows, name, kind, method):
    before = snapshot()
    url = reverse(name, args=[rows[kind].pk])
    response = getattr(stranger_client, method)(url, PAYLOAD)
    assert response.status_code == 404
    assert snapshot() == before


@pytest.mark.parametrize(("name", "kind"), ROW_URLS)
def test_the_owner_reaches_every_row_url(logged_in, rows, name, kind):
    # The counterpart of the stranger test: the same URLs do exist for the owner.
    response = logged_in.post(reverse(name, args=[rows[kind].pk]), PAYLOAD)
    assert response.status_code in (200, 302, 400)


def test_a_stranger_sees_nothing_of_mine_on_the_list_pages(stranger_client, rows):
    for name in ("dashboard", "board", "application_list", "company_list", "contact_list"):
        html = stranger_client.get(reverse(name)).content.decode()
        assert rows["application"].role_title not in html
        assert rows["company"].name not in html and rows["contact"].name not in html


def test_a_stranger_cannot_pick_my_company_for_their_contact(stranger_client, rows):
    data = {"name": "Sneaky", "company": rows["company"].pk, "role": "other"}
    response = stranger_client.post(reverse("contact_create"), data)
    assert response.status_code == 400
    assert not Contact.objects.filter(name="Sneaky").exists()
