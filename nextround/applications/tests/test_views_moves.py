"""Stage moves from the board, the application page and the dashboard: htmx and plain forms."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from nextround.applications import actions
from nextround.applications.tests.factories import (
    ApplicationFactory,
)

pytestmark = pytest.mark.django_db


def post(client, name, *args, data=None, **headers):
    return client.post(reverse(name, args=args), data or {}, **headers)


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
