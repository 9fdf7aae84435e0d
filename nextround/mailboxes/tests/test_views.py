"""The inbox page, the message page, mail accounts and uploads over HTTP."""

import pytest
from django.urls import reverse

from nextround.applications.tests.factories import ApplicationFactory
from nextround.mailboxes.models import MailAccount, MailMessage, MailPreferences, Proposal
from nextround.mailboxes.tests.helpers import employer_mail
from nextround.mailboxes.tests.mails import deliver, employer

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposal(user, tmp_path):
    ApplicationFactory(
        owner=user, company__name="Acme", role_title="Data Analyst", stage="interviewing"
    )
    deliver(user, tmp_path, employer(1))
    return Proposal.objects.get(owner=user)


def test_the_inbox_lists_pending_proposals_with_sender_subject_and_preview(logged_in, proposal):
    page = logged_in.get(reverse("inbox")).content.decode()

    assert "Rejection from Acme for Data Analyst — mark rejected at stage interviewing?" in page
    assert "jane@acme.example" in page and "Your application for Data Analyst" in page
    assert "decided not to move forward" in page
    assert reverse("proposal_accept", args=[proposal.pk]) in page


def test_accept_by_plain_form_redirects_and_by_htmx_returns_the_row_with_undo(logged_in, proposal):
    response = logged_in.post(reverse("proposal_accept", args=[proposal.pk]))
    assert response.status_code == 302 and response.url == reverse("inbox")
    proposal.refresh_from_db()
    assert proposal.status == "accepted"

    fragment = logged_in.post(reverse("proposal_undo", args=[proposal.pk]), HTTP_HX_REQUEST="true")
    assert fragment.status_code == 200
    html = fragment.content.decode()
    assert html.startswith(f'<li id="proposal-{proposal.pk}"') and "Undone." in html
    assert "<html" not in html


def test_accepting_twice_by_htmx_shows_the_refusal_in_the_row(logged_in, proposal):
    logged_in.post(reverse("proposal_dismiss", args=[proposal.pk]))

    response = logged_in.post(
        reverse("proposal_accept", args=[proposal.pk]), HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 400
    assert "already dismissed" in response.content.decode()


def test_edit_chooses_another_application_and_accepts(logged_in, user, proposal):
    other = ApplicationFactory(owner=user, company__name="Globex", role_title="Buyer")
    url = reverse("proposal_edit", args=[proposal.pk])
    assert logged_in.get(url).status_code == 200

    response = logged_in.post(
        url, {"action": "move", "application": other.pk, "to_stage": "rejected"}
    )

    assert response.status_code == 302
    other.refresh_from_db()
    assert other.stage == "rejected"


def test_the_auto_apply_setting_is_saved_and_refuses_a_silly_threshold(logged_in, user):
    logged_in.post(reverse("mail_preferences"), {"auto_apply": "on", "threshold": "0.95"})
    prefs = MailPreferences.objects.get(owner=user)
    assert (prefs.auto_apply, prefs.threshold) == (True, 0.95)

    logged_in.post(reverse("mail_preferences"), {"auto_apply": "on", "threshold": "0.1"})
    prefs.refresh_from_db()
    assert prefs.threshold == 0.95


def test_the_timeline_links_an_event_from_mail_to_its_message(logged_in, proposal):
    logged_in.post(reverse("proposal_accept", args=[proposal.pk]))

    page = logged_in.get(proposal.application.get_absolute_url()).content.decode()

    assert "(from Mail)" in page
    assert reverse("mail_message", args=[proposal.message.pk]) in page


def test_an_account_is_added_without_ever_showing_the_password_back(logged_in, user):
    data = {
        "host": "imap.example.test",
        "port": 993,
        "security": "ssl",
        "username": "alex",
        "password": "hunter2-secret",
        "first_sync_days": 30,
        "folders": "INBOX\nJobs",
    }
    response = logged_in.post(reverse("mail_account_create"), data)
    assert response.status_code == 302
    account = MailAccount.objects.get(owner=user)
    assert (account.get_password(), account.folders) == ("hunter2-secret", ["INBOX", "Jobs"])

    edit_page = logged_in.get(reverse("mail_account_edit", args=[account.pk])).content.decode()
    assert "hunter2-secret" not in edit_page and account.password_encrypted not in edit_page
    logged_in.post(reverse("mail_account_edit", args=[account.pk]), {**data, "password": ""})
    account.refresh_from_db()
    assert account.get_password() == "hunter2-secret"  # empty keeps the saved one


def test_a_new_account_needs_a_password(logged_in, user):
    data = {
        "host": "imap.example.test",
        "port": 993,
        "security": "ssl",
        "username": "alex",
        "first_sync_days": 30,
    }
    response = logged_in.post(reverse("mail_account_create"), data)
    assert response.status_code == 400
    assert not MailAccount.objects.filter(owner=user).exists()


def test_deleting_an_account_takes_its_messages(logged_in, user):
    account = MailAccount.objects.create(owner=user, host="h.example", username="u")
    MailMessage.objects.create(owner=user, account=account, dedup_key="k1")

    logged_in.post(reverse("mail_account_delete", args=[account.pk]))

    assert not MailMessage.objects.filter(owner=user).exists()


def test_test_connection_names_the_error_category(logged_in, user):
    account = MailAccount(owner=user, host="no-such-host.invalid", port=993, username="u")
    account.set_password("x")
    account.save()

    response = logged_in.post(reverse("mail_account_test", args=[account.pk]), follow=True)

    assert "DNS: The server name &#x27;no-such-host.invalid&#x27; could not be found." in (
        response.content.decode()
    )


def test_an_upload_imports_mail_and_proposes_changes(logged_in, user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    mbox = b"From news@club.example Mon Nov 16 10:00:00 2026\n" + employer_mail(9, "other")
    files = [SimpleUploadedFile("acme.eml", employer(2)), SimpleUploadedFile("club.mbox", mbox)]
    response = logged_in.post(reverse("mail_upload"), {"files": files}, follow=True)

    assert "Imported 2 new of 2 messages; 1 proposals." in response.content.decode()
    assert Proposal.objects.filter(owner=user, action="create").count() == 1


@pytest.mark.parametrize(
    ("name", "error"),
    [("notes.txt", "is not an .eml or .mbox file"), ("big.eml", "larger than 0.001 MB")],
)
def test_a_wrong_or_too_large_upload_is_refused_with_a_clear_error(
    logged_in, user, settings, name, error
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MAIL_UPLOAD_MAX_BYTES = 1000
    upload = SimpleUploadedFile(name, employer(3) + b"x" * 2000)
    response = logged_in.post(reverse("mail_upload"), {"files": [upload]})

    assert response.status_code == 400
    assert error in response.content.decode()
    assert not MailMessage.objects.filter(owner=user).exists()
