"""Mail accounts: the password is encrypted at rest, and another user's rows are a 404."""

import stat

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import Http404

from nextround.mailboxes import crypto, queries
from nextround.mailboxes.actions import delete_account, save_account
from nextround.mailboxes.imap import test_connection as check_connection
from nextround.mailboxes.models import MailMessage
from nextround.mailboxes.store import RawMail, build_message, save_new
from nextround.mailboxes.tests.helpers import employer_mail

pytestmark = pytest.mark.django_db
SECRET = "correct horse battery staple 42"


def new_account(owner, **fields):
    values = {"host": "imap.example.test", "username": "alex@example.test", "password": SECRET}
    return save_account(owner, **(values | fields))


def test_the_password_is_stored_encrypted_and_decrypts_for_the_login(user):
    account = new_account(user)

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT password_encrypted FROM mailboxes_mailaccount WHERE id = %s", [account.pk]
        )
        (raw_column,) = cursor.fetchone()
    assert raw_column and SECRET not in raw_column
    assert account.get_password() == SECRET


def test_the_key_file_is_created_in_the_data_directory_with_mode_600(user, settings):
    new_account(user)

    path = crypto.key_path()
    assert path.parent == settings.DATA_DIR
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_password_never_appears_in_str_or_repr(user):
    account = new_account(user)

    assert SECRET not in str(account) and SECRET not in repr(account)


def test_saving_without_a_password_keeps_the_saved_one(user):
    account = new_account(user)

    save_account(user, account, host="imap2.example.test", password=None)

    account.refresh_from_db()
    assert account.host == "imap2.example.test" and account.get_password() == SECRET


def test_a_key_that_does_not_match_makes_the_password_unreadable(user):
    account = new_account(user)
    account.password_encrypted = account.password_encrypted[:-4] + "AAAA"

    with pytest.raises(crypto.SecretUnreadable):
        account.get_password()


def test_an_unreadable_password_is_reported_before_any_connection_is_tried(user):
    account = new_account(user, host="imap.nextround-test.invalid")
    account.password_encrypted = "not-a-fernet-token"

    problem = check_connection(account)

    assert problem.kind == "secret" and "enter it again" in problem.message


def test_an_unknown_security_mode_is_refused(user):
    with pytest.raises(ValidationError):
        new_account(user, security="plaintext")


def test_folders_default_to_the_inbox(user):
    assert new_account(user).watched_folders == ["INBOX"]


def test_another_users_accounts_and_messages_are_not_found(user, stranger):
    account = new_account(user)
    save_new(user, [build_message(user, RawMail(employer_mail(1)))])
    message = MailMessage.objects.get(owner=user)

    with pytest.raises(Http404):
        queries.get_account(stranger, account.pk)
    with pytest.raises(Http404):
        queries.get_message(stranger, message.pk)
    with pytest.raises(Http404):
        delete_account(stranger, account.pk)
    assert not queries.accounts_for(stranger).exists()
    assert not queries.messages_for(stranger).exists()
    assert queries.get_message(user, message.pk) == message
    assert list(queries.messages_for(user, kind="rejection")) == [message]


def test_saving_someone_elses_account_is_refused(user, stranger):
    account = new_account(user)

    with pytest.raises(PermissionError):
        save_account(stranger, account, host="evil.example.test")
