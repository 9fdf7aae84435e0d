"""A sync from a real Dovecot ends in proposals; "Sync now" runs the Huey task."""

import pytest
from django.urls import reverse

from nextround.applications.tests.factories import ApplicationFactory
from nextround.mailboxes.actions import sync_account
from nextround.mailboxes.models import Proposal
from nextround.mailboxes.tests.helpers import append, employer_mail, make_account
from nextround.mailboxes.tests.mails import employer

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("trust_test_ca")]


def test_a_sync_proposes_once_per_employer_mail_across_syncs(user, dovecot, mailbox_user):
    app = ApplicationFactory(
        owner=user, company__name="Acme", role_title="Data Analyst", stage="interviewing"
    )
    append(dovecot, mailbox_user, [employer(1), employer_mail(2, "other")])
    account = make_account(user, dovecot, mailbox_user)

    first = sync_account(account)
    append(
        dovecot,
        mailbox_user,
        [employer(3, "offer", company="Globex", role="Buyer", sender="hank@globex.example")],
    )
    second = sync_account(account)

    assert (first.proposals, second.proposals) == (1, 1)
    rejection = Proposal.objects.get(message__message_id="<p1-rejection@mail.test>")
    assert (rejection.application, rejection.to_stage) == (app, "rejected")
    assert Proposal.objects.filter(owner=user).count() == 2


def test_sync_now_runs_the_task_and_reports_what_it_found(logged_in, user, dovecot, mailbox_user):
    append(dovecot, mailbox_user, [employer(4)])
    account = make_account(user, dovecot, mailbox_user)

    response = logged_in.post(reverse("mail_account_sync", args=[account.pk]), follow=True)

    assert f"Synced {account}: 1 new, 1 proposals." in response.content.decode()
    assert Proposal.objects.filter(owner=user, action="create").count() == 1


def test_test_connection_says_all_is_well_for_a_good_account(
    logged_in, user, dovecot, mailbox_user
):
    account = make_account(user, dovecot, mailbox_user)

    response = logged_in.post(reverse("mail_account_test", args=[account.pk]), follow=True)

    assert "Connected to 127.0.0.1 and found every folder." in response.content.decode()


def test_test_connection_names_a_wrong_password(logged_in, user, dovecot):
    account = make_account(user, dovecot, "someone", password="wrong")

    response = logged_in.post(reverse("mail_account_test", args=[account.pk]), follow=True)

    assert "AUTH: The server at 127.0.0.1:" in response.content.decode()
