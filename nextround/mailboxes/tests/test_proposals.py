"""Matching employer mail to applications and proposing the change, once per message."""

import pytest

from nextround.applications.tests.factories import ApplicationFactory, ContactFactory
from nextround.mailboxes.models import MailMessage, Proposal
from nextround.mailboxes.proposals import propose
from nextround.mailboxes.tests.helpers import employer_mail
from nextround.mailboxes.tests.mails import deliver, employer

pytestmark = pytest.mark.django_db


def proposal_for(user, n: int, kind: str = "rejection") -> Proposal:
    return Proposal.objects.get(owner=user, message__message_id=f"<p{n}-{kind}@mail.test>")


def test_a_rejection_from_a_contact_proposes_marking_the_application_rejected(user, tmp_path):
    app = ApplicationFactory(
        owner=user, company__name="Acme", role_title="Data Analyst", stage="interviewing"
    )
    ContactFactory(owner=user, company=app.company, email="jane@acme.example", name="Jane")

    result = deliver(user, tmp_path, employer(1))

    proposal = proposal_for(user, 1)
    assert result.proposals == 1
    assert (proposal.application, proposal.action, proposal.to_stage) == (app, "move", "rejected")
    assert proposal.sentence() == (
        "Rejection from Acme for Data Analyst — mark rejected at stage interviewing?"
    )
    assert "sent by your contact Jane" in proposal.reasons
    assert proposal.contact_email == ""  # a known sender is not offered again
    assert proposal.confidence >= 0.9


def test_the_sender_domain_matches_the_company_website(user, tmp_path):
    app = ApplicationFactory(
        owner=user,
        company__name="Initech",
        company__website="https://www.initech.co.uk",
        role_title="Analyst",
    )
    raw = employer(
        2, company="Initrode Holdings", role="Buyer", sender="Sam <sam@careers.initech.co.uk>"
    )

    deliver(user, tmp_path, raw)

    proposal = proposal_for(user, 2)
    assert proposal.application == app
    assert any("company website" in r for r in proposal.reasons)


def test_company_and_role_names_pick_the_right_application_ignoring_case(user, tmp_path):
    ApplicationFactory(owner=user, company__name="ACME Ltd", role_title="Warehouse Lead")
    analyst = ApplicationFactory(owner=user, company__name="Acme Corp.", role_title="data analyst")
    # A shared ATS domain says nothing: only the names can match.
    deliver(user, tmp_path, employer(3, sender="Acme via Greenhouse <no-reply@greenhouse.io>"))

    proposal = proposal_for(user, 3)
    assert proposal.application == analyst
    assert proposal.contact_email == ""  # no-reply senders are never offered as contacts


def test_a_reply_in_a_thread_follows_the_earlier_mail_to_its_application(user, tmp_path):
    app = ApplicationFactory(
        owner=user, company__name="Acme", role_title="Data Analyst", stage="screening"
    )
    ContactFactory(owner=user, company=app.company, email="jane@acme.example")
    deliver(user, tmp_path, employer(4, "interview_invitation"))
    later = employer(
        5,
        company="Someone",
        role="Other",
        sender="Bo <bo@gmail.com>",
        in_reply_to="<p4-interview_invitation@mail.test>",
    )

    deliver(user, tmp_path, later)

    proposal = proposal_for(user, 5)
    assert proposal.application == app
    assert proposal.reasons[0] == "replies to mail about this application"


def test_mail_about_an_untracked_job_proposes_creating_the_application(user, tmp_path):
    deliver(
        user,
        tmp_path,
        employer(
            6,
            "interview_invitation",
            company="Globex",
            role="Buyer",
            sender="Hank <hank@globex.example>",
        ),
    )

    proposal = proposal_for(user, 6, "interview_invitation")
    assert (proposal.application, proposal.action, proposal.to_stage) == (
        None,
        "create",
        "interviewing",
    )
    assert (proposal.company_name, proposal.role_title) == ("Globex", "Buyer")
    assert (proposal.contact_name, proposal.contact_email) == ("Hank", "hank@globex.example")
    assert proposal.interview_at is not None
    assert proposal.sentence().startswith(
        "Interview invitation from Globex for Buyer — not tracked"
    )


def test_each_message_gets_one_proposal_however_often_it_is_imported(user, tmp_path):
    ApplicationFactory(owner=user, company__name="Acme", role_title="Data Analyst")
    deliver(user, tmp_path, employer(7))
    deliver(user, tmp_path, employer(7))
    propose(user, MailMessage.objects.filter(owner=user))

    assert Proposal.objects.filter(owner=user).count() == 1


def test_ordinary_mail_and_unreadable_mail_get_no_proposal(user, tmp_path):
    broken = b"From: x@y.example\r\nContent-Type: multipart/mixed\r\n\r\n--nope"
    result = deliver(user, tmp_path, employer_mail(8, "other"), broken)

    assert result.read == 2
    assert not Proposal.objects.filter(owner=user).exists()


def test_an_invitation_for_an_application_proposes_the_interview_and_the_stage(user, tmp_path):
    app = ApplicationFactory(owner=user, company__name="Acme", role_title="Data Analyst")
    deliver(user, tmp_path, employer(9, "interview_invitation"))

    proposal = proposal_for(user, 9, "interview_invitation")
    assert (proposal.application, proposal.action) == (app, "interview")
    assert proposal.to_stage == "interviewing"
    assert proposal.meeting_link == "https://acme.zoom.us/j/8123456789"
    assert "schedule the interview on 3 Dec 2026" in proposal.sentence()


def test_a_rejection_for_an_application_already_closed_proposes_nothing(user, tmp_path):
    ApplicationFactory(
        owner=user, company__name="Acme", role_title="Data Analyst", stage="withdrawn"
    )
    ContactFactory(owner=user, email="jane@acme.example")

    deliver(user, tmp_path, employer(10))

    assert not Proposal.objects.filter(owner=user).exists()
