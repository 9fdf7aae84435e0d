"""The connection test names the problem: DNS, refused, TLS, authentication, missing folder."""

import pytest

from nextround.mailboxes.actions import sync_account
from nextround.mailboxes.imap import test_connection as check_connection
from nextround.mailboxes.tests.dovecot import PASSWORD, free_port
from nextround.mailboxes.tests.helpers import append, employer_mail, make_account

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("trust_test_ca")
@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_with_the_test_ca_trusted_both_tls_modes_connect(user, dovecot, mailbox_user, security):
    account = make_account(user, dovecot, mailbox_user, security=security)

    assert check_connection(account) is None


def test_implicit_tls_against_an_untrusted_certificate_is_a_tls_error(user, dovecot, mailbox_user):
    account = make_account(user, dovecot, mailbox_user, security="ssl")

    problem = check_connection(account)

    assert problem.kind == "tls"
    assert "not trusted" in problem.message and "self-signed" in problem.message


def test_starttls_against_an_untrusted_certificate_is_a_tls_error(user, dovecot, mailbox_user):
    account = make_account(user, dovecot, mailbox_user, security="starttls")

    problem = check_connection(account)

    assert problem.kind == "tls" and "not trusted" in problem.message


@pytest.mark.usefixtures("trust_test_ca")
def test_implicit_tls_on_the_plain_port_is_a_tls_error_that_suggests_starttls(
    user, dovecot, mailbox_user
):
    account = make_account(user, dovecot, mailbox_user, security="ssl")
    account.port = dovecot.imap_port

    problem = check_connection(account)

    assert problem.kind == "tls" and "STARTTLS" in problem.message


@pytest.mark.usefixtures("trust_test_ca")
def test_a_wrong_password_is_an_authentication_failure_that_never_echoes_it(
    user, dovecot, mailbox_user
):
    append(dovecot, mailbox_user, [employer_mail(1)])
    account = make_account(user, dovecot, mailbox_user, password="not-the-pass-word")

    problem = check_connection(account)
    result = sync_account(account)

    assert problem.kind == "auth" and "password" in problem.message
    assert "not-the-pass-word" not in problem.message
    account.refresh_from_db()
    assert account.last_error_kind == "auth" and result.new == 0
    assert "not-the-pass-word" not in account.last_error


@pytest.mark.usefixtures("trust_test_ca")
def test_a_missing_folder_is_named_and_the_other_folders_still_sync(user, dovecot, mailbox_user):
    append(dovecot, mailbox_user, [employer_mail(1)])
    account = make_account(user, dovecot, mailbox_user, folders=["INBOX", "Recruiters"])

    problem = check_connection(account)
    result = sync_account(account)

    assert problem.kind == "folder" and "Recruiters" in problem.message
    assert result.error_kind == "folder" and result.new == 1


def test_an_unknown_host_name_is_a_dns_error(user):
    account = make_account_at(user, "imap.nextround-test.invalid", 993)

    problem = check_connection(account)

    assert problem.kind == "dns" and "imap.nextround-test.invalid" in problem.message


def test_a_port_nobody_listens_on_is_a_refused_connection(user):
    port = free_port()
    account = make_account_at(user, "127.0.0.1", port)

    problem = check_connection(account)

    assert problem.kind == "refused" and f"127.0.0.1:{port}" in problem.message


def make_account_at(owner, host, port):
    from nextround.mailboxes.actions import save_account

    return save_account(
        owner, host=host, port=port, security="ssl", username="alex", password=PASSWORD
    )
