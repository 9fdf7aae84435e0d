"""The `nextround` command: a thin layer over the same actions and queries the web UI uses."""

import typer

app = typer.Typer(help="Next Round: turn a rejection into the next, better interview.",
                  no_args_is_help=True)


def setup_django() -> None:
    """Configure Django only when a command needs it, so `--help` stays fast."""
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextround.settings")
    import django

    django.setup()
