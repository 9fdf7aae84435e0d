"""Every mail page and endpoint answers 404 to someone who does not own the row."""

import pytest
from django.test import Client
from django.urls import reverse

from nextround.accounts.actions import create_token
from nextround.mailboxes.models import MailAccount, MailMessage, Proposal
from nextround.mailboxes.tests.mails import deliver, employer

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows(user, tmp_path):
    """user's account, message and proposal."""
    account = MailAccount(owner=user, host="127.0.0.1", port=1, username="alex")
    account.set_password("secret")
    account.save()
    deliver(user, tmp_path, employer(1, company="Globex", sender="hank@globex.example"))
    proposal = Proposal.objects.get(owner=user)
    return {"account": account.pk, "message": proposal.message_id, "proposal": proposal.pk}


PAGES = [
    ("get", "proposal_edit", "proposal"),
    ("post", "proposal_edit", "proposal"),
    ("post", "proposal_accept", "proposal"),
    ("post", "proposal_dismiss", "proposal"),
    ("post", "proposal_undo", "proposal"),
    ("get", "mail_message", "message"),
    ("get", "mail_account_edit", "account"),
    ("post", "mail_account_edit", "account"),
    ("get", "mail_account_delete", "account"),
    ("post", "mail_account_delete", "account"),
    ("post", "mail_account_test", "account"),
    ("post", "mail_account_sync", "account"),
]


@pytest.mark.parametrize(("method", "name", "row"), PAGES)
def test_a_stranger_gets_404_from_every_mail_page(stranger_client, rows, user, method, name, row):
    response = getattr(stranger_client, method)(reverse(name, args=[rows[row]]))

    assert response.status_code == 404
    assert Proposal.objects.get(pk=rows["proposal"]).status == "pending"
    assert MailAccount.objects.filter(pk=rows["account"]).exists()


ENDPOINTS = [
    ("post", "/api/v1/mail/proposals/{proposal}/accept"),
    ("post", "/api/v1/mail/proposals/{proposal}/dismiss"),
    ("post", "/api/v1/mail/proposals/{proposal}/undo"),
    ("get", "/api/v1/mail/messages/{message}"),
]


@pytest.mark.parametrize(("method", "path"), ENDPOINTS)
def test_a_stranger_gets_404_from_every_mail_endpoint(stranger, rows, method, path):
    _, secret = create_token(stranger, "s")
    client = Client(headers={"Authorization": f"Bearer {secret}"})

    response = getattr(client, method)(path.format(**rows))

    assert response.status_code == 404
    assert Proposal.objects.get(pk=rows["proposal"]).status == "pending"


def test_a_stranger_sees_none_of_the_users_mail_in_lists(stranger_client, stranger, rows):
    _, secret = create_token(stranger, "s")
    client = Client(headers={"Authorization": f"Bearer {secret}"})

    assert client.get("/api/v1/mail/proposals?status=all").json()["count"] == 0
    assert client.get("/api/v1/mail/messages").json()["count"] == 0
    page = stranger_client.get(reverse("inbox")).content.decode()
    assert MailMessage.objects.get(pk=rows["message"]).subject not in page
