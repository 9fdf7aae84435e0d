"""Sync against a real Dovecot: first, incremental, nothing new, UIDVALIDITY change, outage."""

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from nextround.analysis.employer_mail import classify_email
from nextround.analysis.mime import parse_message
from nextround.mailboxes.actions import sync_account
from nextround.mailboxes.models import FolderState, MailMessage
from nextround.mailboxes.tests.helpers import append, employer_mail, make_account, recreate_folder

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("trust_test_ca")]


def stored(account, **filters):
    return MailMessage.objects.filter(account=account, **filters)


def test_a_first_sync_stores_each_message_once_with_its_classification(user, dovecot, mailbox_user):
    raws = [employer_mail(1), employer_mail(2, "other")]
    append(dovecot, mailbox_user, raws)
    account = make_account(user, dovecot, mailbox_user)

    result = sync_account(account)

    assert (result.ok, result.new, result.seen) == (True, 2, 2)
    for uid, raw in enumerate(raws, start=1):
        analysis = classify_email(parse_message(raw))
        row = stored(account).get(uid=uid)
        assert (row.kind, row.talent_pool, row.company or None, row.role or None) == (
            analysis.kind,
            analysis.talent_pool,
            analysis.company,
            analysis.role,
        )
    rejection = stored(account).get(message_id="<m1-rejection@acme.example>")
    assert (rejection.kind, rejection.company) == ("rejection", "Acme")
    assert rejection.role == "Data Analyst"
    assert rejection.has_specific_feedback is True
    assert rejection.from_addr == "talent@acme.example"
    assert (rejection.folder, rejection.uid, rejection.owner) == ("INBOX", 1, user)
    assert stored(account).get(uid=2).from_addr == "news@club.example"
    account.refresh_from_db()
    assert account.last_sync_at is not None and account.last_error == ""


def test_the_first_sync_leaves_out_mail_received_before_the_window(user, dovecot, mailbox_user):
    old = datetime.now().astimezone() - timedelta(days=400)
    append(dovecot, mailbox_user, [employer_mail(1)], when=old)
    append(dovecot, mailbox_user, [employer_mail(2)])
    account = make_account(user, dovecot, mailbox_user, first_sync_days=180)

    result = sync_account(account)

    assert result.new == 1
    assert list(stored(account).values_list("uid", flat=True)) == [2]


def test_an_incremental_sync_reads_only_the_mail_that_arrived_since(user, dovecot, mailbox_user):
    append(dovecot, mailbox_user, [employer_mail(n) for n in range(3)])
    account = make_account(user, dovecot, mailbox_user)
    sync_account(account)
    append(dovecot, mailbox_user, [employer_mail(n) for n in range(3, 5)])

    result = sync_account(account)

    assert (result.new, result.seen) == (2, 2)
    assert sorted(stored(account).values_list("uid", flat=True)) == [1, 2, 3, 4, 5]
    assert FolderState.objects.get(account=account, folder="INBOX").last_uid == 5


def test_a_sync_with_nothing_new_fetches_nothing(user, dovecot, mailbox_user):
    append(dovecot, mailbox_user, [employer_mail(n) for n in range(3)])
    account = make_account(user, dovecot, mailbox_user)
    sync_account(account)

    result = sync_account(account)

    assert (result.ok, result.new, result.seen) == (True, 0, 0)
    assert stored(account).count() == 3


def test_several_folders_are_synced_each_with_its_own_state(user, dovecot, mailbox_user):
    append(dovecot, mailbox_user, [employer_mail(1)])
    append(dovecot, mailbox_user, [employer_mail(2), employer_mail(3)], folder="Jobs")
    account = make_account(user, dovecot, mailbox_user, folders=["INBOX", "Jobs"])

    result = sync_account(account)

    assert result.folders == {"INBOX": 1, "Jobs": 2}
    states = dict(FolderState.objects.filter(account=account).values_list("folder", "last_uid"))
    assert states == {"INBOX": 1, "Jobs": 2}


def test_a_uidvalidity_change_rescans_the_folder_without_duplicates(user, dovecot, mailbox_user):
    append(dovecot, mailbox_user, [employer_mail(n) for n in range(3)], folder="Jobs")
    account = make_account(user, dovecot, mailbox_user, folders=["Jobs"])
    sync_account(account)
    before = FolderState.objects.get(account=account).uidvalidity
    recreate_folder(dovecot, mailbox_user, "Jobs")
    append(dovecot, mailbox_user, [employer_mail(n) for n in range(4)], folder="Jobs")

    result = sync_account(account)

    state = FolderState.objects.get(account=account)
    assert state.uidvalidity != before and state.last_uid == 4
    assert (result.ok, result.seen, result.new) == (True, 4, 1)
    ids = list(stored(account).values_list("message_id", flat=True))
    assert sorted(ids) == sorted(f"<m{n}-rejection@acme.example>" for n in range(4))


def test_a_sync_killed_mid_way_resumes_with_no_duplicate_and_no_gap(
    user, own_dovecot, mailbox_user, settings
):
    settings.MAIL_BATCH_SIZE = 5
    settings.MAIL_CA_FILE = str(own_dovecot.cert)
    append(own_dovecot, mailbox_user, [employer_mail(n) for n in range(12)])
    account = make_account(user, own_dovecot, mailbox_user)
    batches = []

    def outage_after_first_batch(folder, done, total):
        batches.append(done)
        own_dovecot.stop()  # every Dovecot process, not a polite drain

    broken = sync_account(account, progress=outage_after_first_batch)

    assert batches == [5]
    assert broken.error_kind == "connection" and not broken.ok
    assert stored(account).count() == 5
    account.refresh_from_db()
    assert account.last_error_kind == "connection"
    own_dovecot.start()

    resumed = sync_account(account)

    assert (resumed.ok, resumed.new, resumed.seen) == (True, 7, 7)
    assert sorted(stored(account).values_list("uid", flat=True)) == list(range(1, 13))
    ids = list(stored(account).values_list("message_id", flat=True))
    assert sorted(ids) == sorted(f"<m{n}-rejection@acme.example>" for n in range(12))
    account.refresh_from_db()
    assert account.last_error == ""


def test_a_message_larger_than_the_fetch_cap_is_kept_in_part(user, dovecot, mailbox_user, settings):
    settings.MAIL_FETCH_CAP_BYTES = 20_000
    big = employer_mail(1).replace(b"Best regards", b"x" * 60 + b"\r\n" * 1 + b"y" * 80_000)
    append(dovecot, mailbox_user, [big, employer_mail(2)])
    account = make_account(user, dovecot, mailbox_user)

    result = sync_account(account)

    assert result.new == 2
    partial = stored(account).get(uid=1)
    assert partial.truncated and partial.size > 80_000
    assert partial.subject.startswith("Your application for Data Analyst")
    assert len(partial.text) < 20_000
    assert not stored(account).get(uid=2).truncated


def test_the_same_mail_in_two_folders_is_stored_once(user, dovecot, mailbox_user):
    append(dovecot, mailbox_user, [employer_mail(1)])
    append(dovecot, mailbox_user, [employer_mail(1)], folder="Archive")
    account = make_account(user, dovecot, mailbox_user, folders=["INBOX", "Archive"])

    result = sync_account(account)

    assert (result.seen, result.new) == (2, 1)
    assert MailMessage.objects.filter(owner=user).count() == 1


def test_last_sync_time_moves_only_when_a_sync_succeeds(user, dovecot, mailbox_user):
    account = make_account(user, dovecot, mailbox_user)
    sync_account(account)
    account.refresh_from_db()
    first = account.last_sync_at
    assert first is not None and first <= timezone.now()
    account.port = 1  # nothing listens there
    sync_account(account)
    account.refresh_from_db()
    assert account.last_sync_at == first and account.last_error_kind == "refused"


def test_old_mail_moved_in_after_the_first_sync_is_still_read(user, dovecot, mailbox_user):
    old = datetime.now().astimezone() - timedelta(days=400)
    append(dovecot, mailbox_user, [employer_mail(1)], when=old)
    account = make_account(user, dovecot, mailbox_user, first_sync_days=180)
    assert sync_account(account).new == 0
    append(dovecot, mailbox_user, [employer_mail(2)], when=old)

    result = sync_account(account)

    assert result.new == 1
    assert list(stored(account).values_list("uid", flat=True)) == [2]


def test_a_batch_is_fetched_in_pieces_that_fit_the_memory_budget(
    user, dovecot, mailbox_user, settings
):
    settings.MAIL_FETCH_BUDGET_BYTES = 1200  # about two of these messages per FETCH
    append(dovecot, mailbox_user, [employer_mail(n) for n in range(7)])
    account = make_account(user, dovecot, mailbox_user)

    result = sync_account(account)

    assert (result.seen, result.new) == (7, 7)
    assert sorted(stored(account).values_list("uid", flat=True)) == list(range(1, 8))
