"""`createuser`, `password` and `token create`: accounts from the command line."""

import sys

import typer

from nextround.cli.common import UserOption, fail, resolve_user, setup_django, user_errors

token_app = typer.Typer(help="Personal access tokens for the JSON API.", no_args_is_help=True)


def createuser(
    username: str = typer.Argument(...),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from standard input."
    ),
    admin: bool = typer.Option(False, "--admin", help="Give access to the admin site."),
) -> None:
    """Create a user; a password is generated and printed when none is given."""
    setup_django()
    from nextround.accounts.actions import create_user

    password = read_password() if password_stdin else None
    with user_errors():
        user, password_used = create_user(username, password, is_staff=admin)
    typer.echo(f"Created user {user.get_username()}.")
    if not password_stdin:
        typer.echo(f"Password (shown once): {password_used}")


def read_password() -> str:
    """The first line of standard input, which must not be empty."""
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        fail("No password on standard input.")
    return password


def password(username: str = typer.Argument(...)) -> None:
    """Give a user a new generated password and print it once."""
    setup_django()
    from nextround.accounts.actions import generate_password

    user = resolve_user(username)
    new = generate_password()
    user.set_password(new)
    user.save(update_fields=["password"])
    typer.echo(f"New password for {user.get_username()} (shown once): {new}")


@token_app.command("create")
def token_create(
    name: str = typer.Option("CLI token", "--name", "-n", help="A label to tell tokens apart."),
    user: str = UserOption,
) -> None:
    """Make a personal access token and print its secret once."""
    setup_django()
    from nextround.accounts.actions import create_token

    owner = resolve_user(user)
    token, secret = create_token(owner, name)
    # The secret alone goes to stdout so that `TOKEN=$(nextround token create)` works.
    typer.echo(
        f"Token '{token.name}' for {owner.get_username()} (shown once, keep it safe):", err=True
    )
    typer.echo(secret)


def register(app: typer.Typer) -> None:
    """Add these commands to the main app."""
    app.command()(createuser)
    app.command()(password)
    app.add_typer(token_app, name="token")
