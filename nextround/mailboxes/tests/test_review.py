"""Accepting, undoing and auto-applying proposals, and what follows a rejection from mail."""

import datetime as dt

import pytest
from django.utils import timezone

from nextround.applications.actions import move_application
from nextround.applications.models import Application, Company, Contact, Interview, StageEvent
from nextround.applications.tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
)
from nextround.debriefs.queries import debriefs_due
from nextround.feedback.models import State
from nextround.feedback.queries import requests_to_suggest
from nextround.feedback.tests.factories import FeedbackRequestFactory
from nextround.mailboxes import review
from nextround.mailboxes.models import Proposal
from nextround.mailboxes.proposals import save_preferences
from nextround.mailboxes.tests.mails import deliver, employer

pytestmark = pytest.mark.django_db


@pytest.fixture
def acme(user):
    """An application at interviewing whose recruiter writes from jane@acme.example."""
    app = ApplicationFactory(
        owner=user, company__name="Acme", role_title="Data Analyst", stage="interviewing"
    )
    ContactFactory(owner=user, company=app.company, email="jane@acme.example", name="Jane")
    return app


def only_proposal(user) -> Proposal:
    return Proposal.objects.get(owner=user)


def test_accepting_a_rejection_records_a_mail_event_linked_to_the_message(user, acme, tmp_path):
    deliver(user, tmp_path, employer(1))
    proposal = only_proposal(user)

    review.accept(user, proposal.pk)

    acme.refresh_from_db()
    event = acme.stage_events.last()
    assert (acme.stage, acme.rejected_at_stage) == ("rejected", "interviewing")
    assert (event.source, event.message, event.to_stage) == ("mail", proposal.message, "rejected")
    proposal.refresh_from_db()
    assert (proposal.status, proposal.event) == ("accepted", event)


def test_a_rejection_from_mail_puts_the_debrief_due_and_the_feedback_request_on_offer(
    user, acme, tmp_path
):
    interview = InterviewFactory(
        owner=user, application=acme, starts_at=timezone.now() - dt.timedelta(days=40)
    )
    assert interview not in debriefs_due(user)  # too old to be due while the job was open
    assert acme not in requests_to_suggest(user)
    deliver(user, tmp_path, employer(2))

    review.accept(user, only_proposal(user).pk)

    assert interview in debriefs_due(user)
    assert acme in requests_to_suggest(user)


def test_undo_deletes_the_event_and_restores_the_stage(user, acme, tmp_path):
    deliver(user, tmp_path, employer(3))
    proposal = review.accept(user, only_proposal(user).pk)

    review.undo(user, proposal.pk)

    acme.refresh_from_db()
    assert (acme.stage, acme.rejected_at_stage) == ("interviewing", "")
    assert not acme.stage_events.filter(source="mail").exists()
    proposal.refresh_from_db()
    assert (proposal.status, proposal.event) == ("undone", None)


def test_undo_is_refused_once_the_application_has_moved_on(user, acme, tmp_path):
    deliver(user, tmp_path, employer(4))
    proposal = review.accept(user, only_proposal(user).pk)
    move_application(user, acme.pk, "interviewing", reopen=True)

    with pytest.raises(review.ReviewError, match="has moved since"):
        review.undo(user, proposal.pk)
    assert Proposal.objects.get(pk=proposal.pk).status == "accepted"


def test_a_talent_pool_mail_notes_it_on_the_company_until_undone(user, acme, tmp_path):
    deliver(user, tmp_path, employer(5, "talent_pool"))
    proposal = review.accept(user, only_proposal(user).pk)

    acme.company.refresh_from_db()
    assert acme.company.notes.endswith("Said they will keep your details on file — 16 Nov 2026")
    review.undo(user, proposal.pk)
    acme.company.refresh_from_db()
    assert "on file" not in acme.company.notes


def test_accepting_an_invitation_schedules_the_interview_with_its_link(user, tmp_path):
    app = ApplicationFactory(owner=user, company__name="Acme", role_title="Data Analyst")
    deliver(user, tmp_path, employer(6, "interview_invitation"))

    proposal = review.accept(user, only_proposal(user).pk)

    interview = Interview.objects.get(application=app)
    assert interview.location == "https://acme.zoom.us/j/8123456789"
    assert interview.starts_at == proposal.interview_at
    app.refresh_from_db()
    assert app.stage == "interviewing"
    contact = Contact.objects.get(owner=user, email="jane@acme.example")
    assert contact.company == app.company  # the unknown sender became a contact
    review.undo(user, proposal.pk)
    assert not Interview.objects.filter(application=app).exists()
    assert not Contact.objects.filter(pk=contact.pk).exists()


def test_unmatched_mail_becomes_a_new_application_in_one_action_and_undo_removes_it(user, tmp_path):
    raw = employer(7, "offer", company="Globex", role="Buyer", sender="Hank <hank@globex.example>")
    deliver(user, tmp_path, raw)

    proposal = review.accept(user, only_proposal(user).pk)

    app = Application.objects.get(owner=user)
    assert (app.company.name, app.role_title, app.stage) == (
        proposal.company_name,
        "Buyer",
        "offer",
    )
    assert app.company.name.startswith("Globex")
    event = app.stage_events.get()
    assert (event.source, event.message) == ("mail", proposal.message)
    review.undo(user, proposal.pk)
    assert not Application.objects.filter(owner=user).exists()
    assert not Company.objects.filter(owner=user).exists()


def test_editing_a_proposal_points_it_at_another_application_and_stage(user, acme, tmp_path):
    other = ApplicationFactory(owner=user, company=acme.company, role_title="BI Developer")
    deliver(user, tmp_path, employer(8))
    proposal = only_proposal(user)

    review.edit(user, proposal.pk, application_id=other.pk, action="move", to_stage="withdrawn")
    review.accept(user, proposal.pk)

    other.refresh_from_db()
    acme.refresh_from_db()
    assert (other.stage, acme.stage) == ("withdrawn", "interviewing")


def test_a_decided_proposal_cannot_be_accepted_again(user, acme, tmp_path):
    deliver(user, tmp_path, employer(9))
    proposal = review.dismiss(user, only_proposal(user).pk)

    with pytest.raises(review.ReviewError, match="already dismissed"):
        review.accept(user, proposal.pk)
    acme.refresh_from_db()
    assert acme.stage == "interviewing"


def test_auto_apply_is_off_by_default_and_applies_only_above_the_threshold(user, acme, tmp_path):
    deliver(user, tmp_path, employer(10))
    assert only_proposal(user).status == "pending"

    save_preferences(user, auto_apply=True, threshold=0.9)
    deliver(
        user,
        tmp_path,
        employer(11, "offer", company="Hooli", role="Analyst", sender="x@hooli.example"),
    )
    other = ApplicationFactory(owner=user, company__name="Initech", role_title="Analyst")
    ContactFactory(owner=user, company=other.company, email="bo@initech.example")
    deliver(
        user,
        tmp_path,
        employer(12, company="Initech", role="Analyst", sender="Bo <bo@initech.example>"),
    )

    statuses = {p.message.message_id: (p.status, p.auto_applied) for p in Proposal.objects.all()}
    assert statuses["<p11-offer@mail.test>"] == ("pending", False)  # a guess: new application
    assert statuses["<p12-rejection@mail.test>"] == ("accepted", True)
    other.refresh_from_db()
    assert other.stage == "rejected"
    assert StageEvent.objects.filter(application=other, source="mail").count() == 1


def test_a_feedback_reply_threaded_to_the_request_is_attached_on_arrival(user, tmp_path):
    app = ApplicationFactory(
        owner=user, company__name="Acme", role_title="Data Analyst", stage="rejected"
    )
    req = FeedbackRequestFactory(
        application=app,
        state=State.SENT,
        message_id="<ask-1@candidate.test>",
        to_address="jane@acme.example",
        sent_at=timezone.now(),
    )
    deliver(user, tmp_path, employer(13, "feedback_reply", in_reply_to="<ask-1@candidate.test>"))
    proposal = only_proposal(user)
    assert (proposal.application, proposal.action) == (app, "feedback")
    # Its thread headers name the request: certain, so no review is needed (issue 5).
    assert proposal.status == "accepted"
    req.refresh_from_db()
    assert req.state == State.REPLIED
    with pytest.raises(review.ReviewError, match="undone on its feedback request"):
        review.undo(user, proposal.pk)
