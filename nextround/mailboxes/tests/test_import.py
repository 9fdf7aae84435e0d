"""Offline import of .eml files, an .mbox and folders of them: same storage, same dedup."""

import mailbox

import pytest

from nextround.mailboxes.actions import import_messages, sync_account
from nextround.mailboxes.models import MailMessage, MailSource
from nextround.mailboxes.tests.helpers import append, employer_mail, make_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_folder(tmp_path):
    """Two .eml files, an .mbox of three messages and a stray non-mail file."""
    (tmp_path / "one.eml").write_bytes(employer_mail(1))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "two.EML").write_bytes(employer_mail(2, "other"))
    box = mailbox.mbox(tmp_path / "archive.mbox")
    for n in range(3, 6):
        box.add(employer_mail(n))
    box.close()
    (tmp_path / "notes.txt").write_text("not mail")
    return tmp_path


def test_a_folder_of_eml_and_mbox_files_is_imported_once(user, mail_folder):
    first = import_messages(user, [mail_folder])
    again = import_messages(user, [mail_folder])

    assert (first.read, first.new, first.errors) == (5, 5, 0)
    assert (again.read, again.new) == (5, 0)
    rows = MailMessage.objects.filter(owner=user)
    assert rows.count() == 5 and set(rows.values_list("source", flat=True)) == {MailSource.IMPORT}
    assert rows.get(message_id="<m1-rejection@acme.example>").kind == "rejection"


def test_single_files_and_an_mbox_without_its_suffix_are_read(user, mail_folder, tmp_path):
    plain = tmp_path / "exported-mail"
    plain.write_bytes((mail_folder / "archive.mbox").read_bytes())

    result = import_messages(user, [mail_folder / "one.eml", plain])

    assert (result.read, result.new) == (4, 4)


def test_a_broken_file_is_recorded_with_its_error_and_a_missing_one_is_reported(user, tmp_path):
    (tmp_path / "junk.eml").write_bytes(b"\x00\x01 binary junk without headers\n")
    (tmp_path / "good.eml").write_bytes(employer_mail(7))

    result = import_messages(user, [tmp_path, tmp_path / "gone.eml"])

    assert (result.read, result.new, result.errors) == (2, 2, 1)
    assert result.failed_files and "gone.eml" in result.failed_files[0]
    junk = MailMessage.objects.get(owner=user, parse_error__gt="")
    assert junk.parse_error == "no email headers found" and junk.dedup_key.startswith("sha256:")


@pytest.mark.usefixtures("trust_test_ca")
def test_mail_already_synced_over_imap_is_not_imported_twice(
    user, dovecot, mailbox_user, mail_folder
):
    append(dovecot, mailbox_user, [employer_mail(1), employer_mail(2, "other")])
    sync_account(make_account(user, dovecot, mailbox_user))

    result = import_messages(user, [mail_folder])

    assert result.new == 3
    assert MailMessage.objects.filter(owner=user).count() == 5


def test_imports_are_kept_per_owner(user, stranger, mail_folder):
    import_messages(user, [mail_folder / "one.eml"])

    result = import_messages(stranger, [mail_folder / "one.eml"])

    assert result.new == 1
    assert MailMessage.objects.filter(owner=stranger).count() == 1
