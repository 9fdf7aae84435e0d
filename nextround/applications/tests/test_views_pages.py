"""The tracker's pages as a logged-in user sees them: dashboard, board, list, detail."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from nextround.applications import actions
from nextround.applications.queries import BOARD_CARDS_PER_STAGE
from nextround.applications.tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
    NoteFactory,
)

pytestmark = pytest.mark.django_db

PAGES = [
    "dashboard",
    "board",
    "application_list",
    "application_create",
    "company_list",
    "company_create",
    "contact_list",
    "contact_create",
    "settings",
    "password_change",
]


@pytest.mark.parametrize("name", PAGES)
def test_every_page_asks_an_anonymous_visitor_to_log_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders_with_landmarks_for_its_owner(logged_in, name):
    html = logged_in.get(reverse(name)).content.decode()
    assert '<html lang="en">' in html
    assert "<header" in html and "<nav" in html and '<main id="main"' in html


def test_the_page_loads_htmx_from_the_app_not_from_the_internet(logged_in):
    html = logged_in.get(reverse("dashboard")).content.decode()
    assert "/static/django_htmx/htmx-2.min.js" in html
    assert "https://" not in html


def test_the_stylesheet_is_found_by_the_static_files_finders():
    from django.contrib.staticfiles import finders

    assert finders.find("nextround/app.css"), "add nextround/static to STATICFILES_DIRS"


def test_the_dashboard_shows_upcoming_interviews_and_counts_by_stage(logged_in, user):
    app = ApplicationFactory(owner=user, role_title="Data Engineer")
    InterviewFactory(owner=user, application=app)
    ApplicationFactory(owner=user, stage="offer")
    response = logged_in.get(reverse("dashboard"))
    html = response.content.decode()
    assert "Data Engineer" in html
    assert dict(response.context["counts"])["applied"] == 1
    assert dict(response.context["counts"])["offer"] == 1
    assert response.context["total"] == 2


def test_the_dashboard_lists_past_interviews_still_waiting_for_an_outcome(logged_in, user):
    past = InterviewFactory(owner=user, starts_at=timezone.now() - dt.timedelta(days=3))
    InterviewFactory(owner=user, starts_at=timezone.now() - dt.timedelta(days=3), outcome="passed")
    response = logged_in.get(reverse("dashboard"))
    assert [i.pk for i in response.context["awaiting_outcome"]] == [past.pk]
    assert reverse("interview_edit", args=[past.pk]) in response.content.decode()


def test_the_dashboard_offers_silent_applications_with_accept_and_dismiss(logged_in, user):
    app = ApplicationFactory(owner=user, last_activity_at=timezone.now() - dt.timedelta(days=90))
    actions.offer_no_response()
    html = logged_in.get(reverse("dashboard")).content.decode()
    assert reverse("no_response_accept", args=[app.pk]) in html
    assert reverse("no_response_dismiss", args=[app.pk]) in html


def test_the_board_has_a_column_per_stage_with_a_move_form_on_each_card(logged_in, user):
    app = ApplicationFactory(owner=user, role_title="Platform Engineer")
    html = logged_in.get(reverse("board")).content.decode()
    for stage in ("Saved", "Applied", "Screening", "Interviewing", "Offer", "No response"):
        assert f">{stage} <span" in html
    move_url = reverse("application_move", args=[app.pk])
    assert f'action="{move_url}"' in html and f'hx-post="{move_url}"' in html
    assert f'<label class="visually-hidden" for="move-{app.pk}">' in html


def test_a_full_board_column_links_to_the_rest_in_the_list(logged_in, user):
    company = CompanyFactory(owner=user)
    for _ in range(BOARD_CARDS_PER_STAGE + 2):
        ApplicationFactory(owner=user, company=company, stage="screening")
    html = logged_in.get(reverse("board")).content.decode()
    assert f'href="{reverse("application_list")}?stage=screening">and 2 more</a>' in html


def test_the_list_filters_by_text_and_stage_and_keeps_the_filters_in_page_links(logged_in, user):
    acme = CompanyFactory(owner=user, name="Acme")
    for n in range(30):
        ApplicationFactory(owner=user, company=acme, role_title=f"Analyst {n}")
    ApplicationFactory(owner=user, role_title="Gardener")
    response = logged_in.get(reverse("application_list"), {"q": "acme", "stage": "open"})
    assert response.context["page"].paginator.count == 30
    assert "Gardener" not in response.content.decode()
    assert 'href="?q=acme&amp;stage=open&amp;page=2"' in response.content.decode()


def test_the_list_sorts_by_each_known_key_and_ignores_an_unknown_one(logged_in, user):
    ApplicationFactory(owner=user, role_title="Zoologist")
    ApplicationFactory(owner=user, role_title="Archivist")
    by_role = logged_in.get(reverse("application_list"), {"sort": "role"}).context["page"]
    assert [a.role_title for a in by_role] == ["Archivist", "Zoologist"]
    assert logged_in.get(reverse("application_list"), {"sort": "nope"}).context["sort"] == "recent"


def test_htmx_gets_only_the_list_results(logged_in, user):
    ApplicationFactory(owner=user, role_title="Archivist")
    response = logged_in.get(reverse("application_list"), {"q": "arch"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="results"')
    assert "Archivist" in html and "<header" not in html
    assert "HX-Request" in response["Vary"]


def test_an_htmx_history_restore_gets_the_whole_list_page(logged_in, user):
    response = logged_in.get(
        reverse("application_list"), HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    )
    assert "<header" in response.content.decode()


def test_the_application_page_shows_events_interviews_and_notes_in_time_order(logged_in, user):
    app = ApplicationFactory(owner=user)
    now = timezone.now()
    InterviewFactory(owner=user, application=app, starts_at=now + dt.timedelta(days=1))
    NoteFactory(owner=user, application=app, body="Sent a thank-you mail")
    actions.move_application(user, app.pk, "screening", at=now + dt.timedelta(minutes=1))
    response = logged_in.get(reverse("application_detail", args=[app.pk]))
    kinds = [item.kind for item in response.context["timeline"]]
    assert kinds == ["stage", "note", "stage", "interview"]
    html = response.content.decode()
    assert html.index("Sent a thank-you mail") < html.index("Applied → Screening")


def test_the_company_page_lists_its_applications_and_contacts(logged_in, user):
    app = ApplicationFactory(owner=user, role_title="SRE")
    ContactFactory(owner=user, company=app.company, name="Robin Recruiter")
    html = logged_in.get(reverse("company_detail", args=[app.company.pk])).content.decode()
    assert "SRE" in html and "Robin Recruiter" in html
