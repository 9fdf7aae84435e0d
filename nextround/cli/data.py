"""`demo` and `export`: bulk data in and out."""

from pathlib import Path

import typer

from nextround.cli.common import UserOption, fail, resolve_user, setup_django

OutputOption = typer.Option(
    None, "--output", "-o", help="Write to this file instead of standard output."
)


def demo(user: str = UserOption) -> None:
    """Load a realistic demo data set (~40 applications) into an empty account."""
    setup_django()
    from nextround.core.demo import DemoRefused, load_demo

    owner = resolve_user(user)
    try:
        result = load_demo(owner)
    except DemoRefused as exc:
        fail(str(exc))
    typer.echo(result.message)


def export(
    fmt: str = typer.Option("json", "--format", "-f", help="Only json for now."),
    output: Path | None = OutputOption,
    user: str = UserOption,
) -> None:
    """Export all of a user's data: companies, contacts, applications with their history."""
    if fmt != "json":
        fail(f"Unknown format '{fmt}'. Only 'json' is supported.")
    setup_django()
    from nextround.core.export import export_user_data, to_json

    text = to_json(export_user_data(resolve_user(user)))
    if output is None:
        typer.echo(text)
        return
    try:
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        fail(f"Cannot write {output}: {exc.strerror}.")
    typer.echo(f"Exported to {output}.", err=True)


def register(app: typer.Typer) -> None:
    """Add these commands to the main app."""
    app.command()(demo)
    app.command()(export)
