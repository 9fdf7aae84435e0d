"""Shared CLI plumbing: lazy Django set-up, choosing the user, and turning errors into messages."""

import os
from contextlib import contextmanager

import typer

UserOption = typer.Option(
    None, "--user", "-u", help="Act as this user (default: the only user, else the owner)."
)


def setup_django(*, migrate: bool = True) -> None:
    """Configure Django only when a command needs it, so `--help` stays fast."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextround.settings")
    import django

    django.setup()
    if migrate:
        apply_pending_migrations()


def apply_pending_migrations() -> None:
    """Bring the database schema up to date, quietly (a no-op when nothing is pending)."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=0)


def fail(message: str, code: int = 1) -> None:
    """Print message to stderr and exit with code (never a traceback)."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def validation_text(exc) -> str:
    """A Django ValidationError as 'field: message' lines."""
    if hasattr(exc, "error_dict"):
        return "\n".join(
            f"{field}: {' '.join(messages)}" if field != "__all__" else " ".join(messages)
            for field, messages in exc.message_dict.items()
        )
    return " ".join(exc.messages)


@contextmanager
def user_errors(not_found: str = "Not found."):
    """Turn validation errors, refused moves and missing rows into one-line messages."""
    from django.core.exceptions import ValidationError
    from django.http import Http404

    from nextround.applications.stages import StageError

    try:
        yield
    except ValidationError as exc:
        fail(validation_text(exc))
    except StageError as exc:
        fail(str(exc))
    except Http404:
        fail(not_found)


def resolve_user(username: str | None):
    """The named user; else the only user; else the owner (first superuser)."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    if username:
        user = users.filter(username__iexact=username.strip()).first()
        if user is None:
            fail(f"No user '{username}'.")
        return user
    if users.count() == 1:
        return users.get()
    owner = users.filter(is_superuser=True).order_by("pk").first()
    if owner is not None:
        return owner
    if users.exists():
        fail("There are several users; choose one with --user NAME.")
    fail("No user yet. Run `nextround serve` once, or `nextround createuser NAME`.")


def echo_json(data) -> None:
    """Print data as indented JSON, dates as ISO 8601 (the same encoding as `export`)."""
    from nextround.core.export import to_json

    typer.echo(to_json(data))
