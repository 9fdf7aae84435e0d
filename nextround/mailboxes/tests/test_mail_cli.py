"""`nextround mail sync|import|accounts` against files and a real Dovecot."""

import pytest
from typer.testing import CliRunner

from nextround.cli.main import app
from nextround.mailboxes.models import MailMessage, Proposal
from nextround.mailboxes.tests.helpers import append, employer_mail, make_account
from nextround.mailboxes.tests.mails import employer

pytestmark = pytest.mark.django_db
runner = CliRunner()


def nextround(*args: str):
    return runner.invoke(app, list(args))


def test_import_reads_files_and_folders_and_counts_the_proposals(user, tmp_path):
    (tmp_path / "a.eml").write_bytes(employer(1))
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "b.eml").write_bytes(employer_mail(2, "other"))

    result = nextround("mail", "import", str(tmp_path / "a.eml"), str(tmp_path / "more"))

    assert result.exit_code == 0, result.output
    assert "Read 2 messages: 2 new, 0 unreadable, 1 proposals to review." in result.output
    assert Proposal.objects.filter(owner=user).count() == 1


def test_import_of_a_missing_path_fails_clearly(user, tmp_path):
    result = nextround("mail", "import", str(tmp_path / "nope.eml"))

    assert result.exit_code == 1
    assert "No such file or folder" in result.output
    assert not MailMessage.objects.exists()


@pytest.mark.usefixtures("trust_test_ca")
def test_sync_reads_the_mailbox_and_reports_each_account(user, dovecot, mailbox_user):
    append(dovecot, mailbox_user, [employer(3), employer_mail(4, "other")])
    account = make_account(user, dovecot, mailbox_user)

    result = nextround("mail", "sync", "--account", str(account.pk))

    assert result.exit_code == 0, result.output
    assert f"{account}: 2 new, 0 unreadable, 1 proposals." in result.output
    assert nextround("mail", "sync").output.count("0 new") == 1
    listing = nextround("mail", "accounts").output
    assert f"{account.pk}\t{account}\tINBOX\tlast sync 20" in listing


@pytest.mark.usefixtures("trust_test_ca")
def test_sync_with_a_wrong_password_exits_1_with_the_category(user, dovecot, mailbox_user):
    make_account(user, dovecot, "known-user", password="wrong")

    result = nextround("mail", "sync")

    assert result.exit_code == 1
    assert ": auth: The server at" in result.output


def test_sync_of_an_unknown_account_fails(user):
    result = nextround("mail", "sync", "--account", "999")

    assert result.exit_code == 1 and "No mail account 999." in result.output
