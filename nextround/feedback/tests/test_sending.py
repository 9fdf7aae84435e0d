"""Sending over a real SMTP server on loopback, by hand, and retrying failures."""

import datetime as dt
import stat
from email import message_from_bytes
from email.policy import default
from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse
from django.utils import timezone
from huey.contrib.djhuey import HUEY

from nextround.feedback import actions, crypto
from nextround.feedback.models import FeedbackRequest, SmtpAccount, State
from nextround.feedback.tests.conftest import free_port
from nextround.feedback.tests.factories import (
    SmtpAccountFactory,
    recruiter,
    rejected_application,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_schedule():
    HUEY.flush()
    yield
    HUEY.flush()


def drafted(logged_in, user):
    app = rejected_application(user, company__name="Acme")
    recruiter(app)
    logged_in.post(reverse("feedback_request_create", args=[app.pk]), {"template": "brief"})
    return FeedbackRequest.objects.get(application=app)


def parsed(envelope):
    return message_from_bytes(envelope.content, policy=default)


def test_sending_delivers_from_to_subject_message_id_and_body_to_the_server(
    logged_in, user, smtp_server, smtp_account
):
    handler, _ = smtp_server
    req = drafted(logged_in, user)
    response = logged_in.post(reverse("feedback_send", args=[req.pk]), {"kind": "request"})
    assert response.status_code == 302
    req.refresh_from_db()
    assert req.state == State.SENT and req.sent_via == "smtp"
    [envelope] = handler.envelopes
    assert envelope.mail_from == "alex@candidate.test"
    assert envelope.rcpt_tos == ["priya@acme.test"]
    msg = parsed(envelope)
    assert msg["From"] == "Alex Morgan <alex@candidate.test>"
    assert msg["To"] == "priya@acme.test"
    assert msg["Subject"] == req.subject
    assert msg["Message-ID"] == req.message_id
    assert req.message_id.endswith("@candidate.test>")
    assert msg["In-Reply-To"] is None
    assert msg.get_content().replace("\r\n", "\n").strip() == req.body.strip()


def test_the_follow_up_threads_to_the_first_request(logged_in, user, smtp_server, smtp_account):
    handler, _ = smtp_server
    req = drafted(logged_in, user)
    logged_in.post(reverse("feedback_send", args=[req.pk]), {"kind": "request"})
    FeedbackRequest.objects.filter(pk=req.pk).update(sent_at=timezone.now() - dt.timedelta(days=8))
    page = logged_in.get(reverse("feedback_request", args=[req.pk]))
    assert "Your one follow-up" in page.content.decode()
    logged_in.post(reverse("feedback_send", args=[req.pk]), {"kind": "follow_up"})
    req.refresh_from_db()
    assert req.state == State.FOLLOW_UP_SENT
    first, follow_up = (parsed(e) for e in handler.envelopes)
    assert follow_up["In-Reply-To"] == first["Message-ID"]
    assert follow_up["References"] == first["Message-ID"]
    assert follow_up["Message-ID"] == req.follow_up_message_id != first["Message-ID"]
    assert follow_up["Subject"] == f"Re: {first['Subject']}"
    assert "writing once more" in follow_up.get_content()


def test_a_refusing_server_leaves_the_request_unsent_with_the_error_shown_and_a_retry_queued(
    logged_in, user, refusing_server
):
    SmtpAccountFactory(owner=user, port=refusing_server[1])
    req = drafted(logged_in, user)
    response = logged_in.post(
        reverse("feedback_send", args=[req.pk]), {"kind": "request"}, follow=True
    )
    req.refresh_from_db()
    assert req.state == State.DRAFT and req.sent_at is None and req.message_id == ""
    assert req.pending_send == "request" and req.send_attempts == 1
    assert "554" in req.last_error and "refused the message" in req.last_error
    assert "554 5.7.1 Message rejected as spam" in response.content.decode()
    assert refusing_server[0].envelopes == []
    [retry] = HUEY.scheduled()
    assert retry.name.endswith("send_feedback_request") and retry.args == (req.pk,)
    assert retry.eta is not None


def test_a_server_that_is_down_leaves_the_request_unsent_and_retried(logged_in, user):
    SmtpAccountFactory(owner=user, port=free_port())  # nothing listens there
    req = drafted(logged_in, user)
    logged_in.post(reverse("feedback_send", args=[req.pk]), {"kind": "request"})
    req.refresh_from_db()
    assert req.state == State.DRAFT and req.pending_send == "request"
    assert "Could not reach 127.0.0.1" in req.last_error
    assert req.next_retry_at > timezone.now()
    assert len(HUEY.scheduled()) == 1
    page = logged_in.get(reverse("feedback_request", args=[req.pk])).content.decode()
    assert "Not sent: Could not reach 127.0.0.1" in page


def test_a_retry_after_the_server_comes_back_marks_it_sent(logged_in, user, smtp_server):
    handler, port = smtp_server
    account = SmtpAccountFactory(owner=user, port=free_port())
    req = drafted(logged_in, user)
    logged_in.post(reverse("feedback_send", args=[req.pk]), {"kind": "request"})
    account.port = port
    account.save()
    assert actions.deliver(req.pk) is True
    req.refresh_from_db()
    assert req.state == State.SENT and req.last_error == "" and req.pending_send == ""
    assert len(handler.envelopes) == 1


def test_a_second_click_on_send_while_the_first_is_queued_is_refused(logged_in, user):
    SmtpAccountFactory(owner=user, port=free_port())
    req = drafted(logged_in, user)
    actions.queue_send(user, req.pk)
    with pytest.raises(actions.FeedbackStateError, match="already on its way"):
        actions.queue_send(user, req.pk)
    assert actions.deliver(req.pk) is False  # the server is down: it may be sent again now
    assert actions.queue_send(user, req.pk).pending_send == "request"


def test_retries_back_off_and_give_up_after_the_last_attempt(logged_in, user):
    SmtpAccountFactory(owner=user, port=free_port())
    req = drafted(logged_in, user)
    actions.queue_send(user, req.pk)
    delays = []
    for _ in range(actions.RETRIES + 1):
        before = timezone.now()
        assert actions.deliver(req.pk) is False
        req.refresh_from_db()
        if req.next_retry_at:
            delays.append(round((req.next_retry_at - before).total_seconds() / 60))
    assert delays == [1, 2, 4, 8, 16]
    assert req.next_retry_at is None and "Gave up retrying" in req.last_error
    assert req.state == State.DRAFT


def test_opening_in_the_mail_app_gives_an_encoded_mailto_and_marking_sent_records_it(
    logged_in, user
):
    req = drafted(logged_in, user)
    page = logged_in.get(reverse("feedback_request", args=[req.pk])).content.decode()
    href = page.split('href="mailto:', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    link = urlparse("mailto:" + href)
    query = parse_qs(link.query)
    assert link.path == "priya@acme.test"
    assert query["subject"] == [req.subject]
    assert query["body"] == [req.body]
    logged_in.post(reverse("feedback_mark_sent", args=[req.pk]), {"kind": "request"})
    req.refresh_from_db()
    assert req.state == State.SENT and req.sent_via == "manual" and req.message_id == ""


def test_sending_without_a_mail_server_is_refused_with_the_other_way_offered(logged_in, user):
    req = drafted(logged_in, user)
    response = logged_in.post(reverse("feedback_send", args=[req.pk]), follow=True)
    assert "Set up your outgoing mail server first" in response.content.decode()
    req.refresh_from_db()
    assert req.state == State.DRAFT and req.pending_send == ""


def test_the_smtp_password_is_stored_encrypted_and_the_key_file_is_private(logged_in, user):
    response = logged_in.post(
        reverse("feedback_smtp"),
        {
            "from_address": "alex@candidate.test",
            "from_name": "Alex",
            "host": "smtp.candidate.test",
            "port": "587",
            "security": "starttls",
            "username": "alex",
            "password": "s3cret-app-password",
        },
    )
    assert response.status_code == 302
    account = SmtpAccount.objects.get(owner=user)
    assert "s3cret" not in account.password_encrypted
    assert account.get_password() == "s3cret-app-password"
    assert stat.S_IMODE(crypto.key_path().stat().st_mode) == 0o600
