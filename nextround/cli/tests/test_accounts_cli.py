import pytest
from django.contrib.auth import authenticate, get_user_model
from typer.testing import CliRunner

from nextround.accounts.actions import user_for_token
from nextround.accounts.tests.factories import UserFactory
from nextround.applications import actions
from nextround.cli.main import app

pytestmark = pytest.mark.django_db
runner = CliRunner()


def nextround(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def printed_password(output: str) -> str:
    return output.strip().splitlines()[-1].rsplit(": ", 1)[1]


def test_createuser_prints_a_generated_password_that_logs_in():
    result = nextround("createuser", "sam")
    assert result.exit_code == 0, result.output
    password = printed_password(result.stdout)
    assert authenticate(username="sam", password=password) is not None


def test_createuser_reads_the_password_from_stdin_and_does_not_echo_it():
    result = nextround("createuser", "sam", "--password-stdin", input="a-long-passphrase-9\n")
    assert result.exit_code == 0, result.output
    assert "a-long-passphrase-9" not in result.output
    assert authenticate(username="sam", password="a-long-passphrase-9") is not None


def test_createuser_refuses_an_existing_name_whatever_its_case(user):
    result = nextround("createuser", "ALEX")
    assert result.exit_code == 1
    assert "already exists" in result.stderr
    assert get_user_model().objects.count() == 1


def test_createuser_refuses_a_weak_password():
    result = nextround("createuser", "sam", "--password-stdin", input="123\n")
    assert result.exit_code == 1
    assert "too short" in result.stderr
    assert not get_user_model().objects.exists()


def test_createuser_with_an_empty_stdin_is_refused():
    result = nextround("createuser", "sam", "--password-stdin", input="")
    assert result.exit_code == 1
    assert "No password" in result.stderr


def test_password_gives_a_user_a_new_working_password(user):
    result = nextround("password", "alex")
    assert result.exit_code == 0, result.output
    new = printed_password(result.stdout)
    assert authenticate(username="alex", password=new) is not None
    assert authenticate(username="alex", password="correct-horse-battery") is None


def test_token_create_prints_a_secret_that_authenticates_as_the_user(user):
    result = nextround("token", "create", "--name", "laptop")
    assert result.exit_code == 0, result.output
    secret = result.stdout.strip()
    assert secret.startswith("nr_")
    assert user_for_token(secret) == user
    assert "laptop" in result.stderr


def test_an_unknown_user_is_a_clear_error(user):
    result = nextround("token", "create", "--user", "nobody")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: No user 'nobody'."


def test_with_several_users_the_owner_is_the_default(user):
    owner = UserFactory(username="owner", is_superuser=True, is_staff=True)
    actions.create_application(owner, company="Owned by owner", role_title="Analyst")
    actions.create_application(user, company="Owned by alex", role_title="Analyst")
    listed = nextround("list").stdout
    assert "Owned by owner" in listed and "Owned by alex" not in listed
    assert "Owned by alex" in nextround("list", "--user", "alex").stdout


def test_with_several_users_and_no_owner_a_user_must_be_chosen(user, stranger):
    result = nextround("list")
    assert result.exit_code == 1
    assert "choose one with --user" in result.stderr


def test_without_any_user_the_error_says_how_to_make_one():
    result = nextround("list")
    assert result.exit_code == 1
    assert "nextround createuser" in result.stderr
