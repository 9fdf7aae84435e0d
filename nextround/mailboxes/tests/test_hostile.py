"""Hostile mail over IMAP: every bad message is recorded with its error, nothing else is lost."""

import pytest

from nextround.mailboxes.actions import sync_account
from nextround.mailboxes.models import MailMessage
from nextround.mailboxes.tests.helpers import append, employer_mail, make_account
from nextround.mailboxes.tests.hostile import hostile_corpus, huge_attachment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("trust_test_ca")]


def test_a_hostile_corpus_is_stored_message_by_message_and_the_good_mail_survives(
    user, dovecot, mailbox_user, settings
):
    settings.MAIL_BATCH_SIZE = 25  # several batches, each mixing good and bad mail
    corpus = hostile_corpus()
    good = [employer_mail(n) for n in range(3)]
    raws = [raw for _, raw in corpus[:50]] + good[:2] + [raw for _, raw in corpus[50:]] + good[2:]
    append(dovecot, mailbox_user, raws)
    account = make_account(user, dovecot, mailbox_user)

    result = sync_account(account)

    assert len(corpus) >= 100
    assert result.ok and result.seen == len(raws) == result.new
    rows = MailMessage.objects.filter(account=account)
    assert sorted(rows.values_list("uid", flat=True)) == list(range(1, len(raws) + 1))
    broken = rows.exclude(parse_error="")
    assert broken.count() == result.errors == sum(1 for k, _ in corpus if k == "not_an_email")
    assert all(e == "no email headers found" for e in broken.values_list("parse_error", flat=True))
    goods = rows.filter(message_id__endswith="-rejection@acme.example>")
    assert sorted(goods.values_list("kind", flat=True)) == ["rejection"] * 3


def test_hostile_headers_and_bodies_are_stored_tamed(user, dovecot, mailbox_user):
    append(dovecot, mailbox_user, [raw for _, raw in hostile_corpus(per_kind=1)])
    account = make_account(user, dovecot, mailbox_user)

    sync_account(account)

    rows = MailMessage.objects.filter(account=account)
    injected = rows.get(message_id="<inject-0@hostile.example>")
    assert "\n" not in injected.subject and "\r" not in injected.subject
    assert "nesting too deep" in rows.get(message_id="<nested-0@hostile.example>").defects
    assert "invalid base64" in rows.get(message_id="<b64-0@hostile.example>").defects
    assert "broken multipart" in rows.get(message_id="<boundary-0@hostile.example>").defects
    assert rows.get(message_id="<date-0@hostile.example>").date is None


def test_a_50_mb_attachment_is_fetched_only_up_to_the_cap_and_the_next_mail_still_syncs(
    user, dovecot, mailbox_user
):
    append(dovecot, mailbox_user, [huge_attachment("huge", 50), employer_mail(1)])
    account = make_account(user, dovecot, mailbox_user)

    result = sync_account(account)

    assert result.ok and result.new == 2
    huge = MailMessage.objects.get(account=account, message_id="<huge@hostile.example>")
    assert huge.truncated and huge.size > 50 * 1024 * 1024
    assert huge.text.startswith("Please find the contract attached.")
    [attachment] = huge.attachments
    assert attachment["name"] == "contract.pdf"
    assert abs(attachment["size"] - 50 * 1024 * 1024) < 1024 * 1024
    assert MailMessage.objects.get(account=account, uid=2).kind == "rejection"


NESTED = (
    b"From: hr@acme.example\r\nSubject: Contract\r\nMessage-ID: <nested-att@acme.example>\r\n"
    b'Content-Type: multipart/mixed; boundary="a"\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\n'
    + b"Please sign.\r\n"
    * 2000
    + b"--a\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n"
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
    b'Content-Type: image/png; name="=?utf-8?q?caf=C3=A9.png?="\r\n'
    b"Content-Transfer-Encoding: base64\r\n\r\n" + b"A" * 76 + b"\r\n--b--\r\n--a--\r\n"
)


def test_attachments_of_a_cut_message_come_from_the_server_structure(
    user, dovecot, mailbox_user, settings
):
    settings.MAIL_FETCH_CAP_BYTES = 1000  # the attached message lies beyond the cut
    append(dovecot, mailbox_user, [NESTED])
    account = make_account(user, dovecot, mailbox_user)

    sync_account(account)

    row = MailMessage.objects.get(account=account)
    assert row.truncated and row.subject == "Contract"
    assert row.attachments == [{"name": "café.png", "size": 57}]
