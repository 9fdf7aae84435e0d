"""Issue 5 end to end: a request sent over real SMTP, the reply in a real IMAP mailbox."""

from email.message import EmailMessage

import pytest
from django.urls import reverse

from nextround.feedback.models import ActionItem, Feedback, FeedbackRequest, State
from nextround.feedback.tests.conftest import smtp_account, smtp_server  # noqa: F401 - fixtures
from nextround.feedback.tests.factories import recruiter, rejected_application
from nextround.mailboxes.actions import sync_account
from nextround.mailboxes.tests.helpers import append, make_account

pytestmark = pytest.mark.django_db


def reply_to(req: FeedbackRequest, body: str, *, threaded: bool = True) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Priya Shah <priya@acme.test>"
    msg["To"] = "alex@candidate.test"
    msg["Subject"] = "Re: " + req.subject
    msg["Date"] = "Wed, 25 Nov 2026 10:00:00 +0000"
    msg["Message-ID"] = "<reply-1@acme.test>"
    if threaded:
        msg["In-Reply-To"] = req.message_id
        msg["References"] = req.message_id
    msg.set_content(body)
    return msg.as_bytes()


def sent_request(logged_in, user) -> FeedbackRequest:
    """A feedback request for a rejection at Acme, sent through the test SMTP server."""
    app = rejected_application(user, company__name="Acme")
    recruiter(app)
    logged_in.post(reverse("feedback_request_create", args=[app.pk]), {"template": "brief"})
    req = FeedbackRequest.objects.get(application=app)
    logged_in.post(reverse("feedback_send", args=[req.pk]), {"kind": "request"})
    req.refresh_from_db()
    assert req.state == State.SENT and req.message_id  # accepted by the SMTP server
    return req


FEEDBACK = (
    "Hi Alex,\n\nThanks for asking. The panel liked your SQL exercise. The main gap was your "
    "examples: they stayed general and we wanted specific results with numbers.\n\nBest,\nPriya"
)


@pytest.mark.usefixtures("smtp_server", "smtp_account", "trust_test_ca")
def test_a_reply_in_the_mailbox_lands_on_the_request_with_themes_and_a_plan(
    logged_in, user, dovecot, mailbox_user
):
    req = sent_request(logged_in, user)
    app = req.application

    append(dovecot, mailbox_user, [reply_to(req, FEEDBACK)])
    result = sync_account(make_account(user, dovecot, mailbox_user))

    assert result.ok and result.new == 1
    req.refresh_from_db()
    assert req.state == State.REPLIED
    feedback = Feedback.objects.get(request=req)
    assert {"examples", "positive"} <= set(feedback.themes)
    assert ActionItem.objects.filter(owner=user, theme="examples", done=False).exists()
    page = logged_in.get(app.get_absolute_url()).content.decode()
    assert "Replied" in page


@pytest.mark.usefixtures("smtp_server", "smtp_account", "trust_test_ca")
def test_a_reply_matched_only_by_its_sender_waits_for_review(
    logged_in, user, dovecot, mailbox_user
):
    req = sent_request(logged_in, user)

    append(dovecot, mailbox_user, [reply_to(req, FEEDBACK, threaded=False)])
    sync_account(make_account(user, dovecot, mailbox_user))

    req.refresh_from_db()
    assert req.state == State.SENT  # a guess by sender is proposed, not applied
    inbox = logged_in.get(reverse("inbox")).content.decode()
    assert "Acme" in inbox
