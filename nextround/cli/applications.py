"""`add`, `list`, `show`, `move`: applications from the command line."""

import datetime as dt

import typer

from nextround.cli.common import (
    UserOption,
    echo_json,
    fail,
    resolve_user,
    setup_django,
    user_errors,
)

STAGE_HELP = (
    "saved, applied, screening, interviewing, offer, accepted, rejected, withdrawn, no_response"
)


def add(
    company: str = typer.Argument(..., help="Company name (created if new)."),
    role: str = typer.Argument(..., help="Role title."),
    stage: str = typer.Option("applied", "--stage", "-s", help=STAGE_HELP),
    url: str = typer.Option("", "--url", help="Job advert URL."),
    location: str = typer.Option("", "--location", "-l"),
    remote: str = typer.Option("", "--remote", help="onsite, hybrid or remote."),
    source: str = typer.Option("", "--source", help="Where you found it (LinkedIn, referral…)."),
    salary: str = typer.Option("", "--salary", help="Salary as advertised."),
    applied_on: str = typer.Option(None, "--applied-on", help="YYYY-MM-DD (default: today)."),
    user: str = UserOption,
) -> None:
    """Record a new application."""
    setup_django()
    from django.db import transaction

    from nextround.applications import actions

    owner = resolve_user(user)
    fields = dict(
        job_url=url, location=location, remote=remote, salary_text=salary, source=source or ""
    )
    if applied_on:
        fields["applied_on"] = parse_date(applied_on)
    with user_errors(), transaction.atomic():
        app = actions.create_application(
            owner, company=company, role_title=role, stage=stage, **fields
        )
    typer.echo(f"Added application {app.pk}: {app} ({app.get_stage_display()}).")


def parse_date(text: str) -> dt.date:
    """A YYYY-MM-DD date, or a clear error."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"'{text}' is not a date; use YYYY-MM-DD.")


def list_(
    stage: str = typer.Option("", "--stage", "-s", help=f"{STAGE_HELP}, or 'open'."),
    q: str = typer.Option("", "--q", "-q", help="Search company, role and location."),
    sort: str = typer.Option("recent", "--sort", help="recent, applied, company, role, stage."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    user: str = UserOption,
) -> None:
    """List applications, most recently active first."""
    setup_django()
    from nextround.applications.queries import SORTS, search_applications
    from nextround.applications.stages import Stage

    if stage and stage != "open" and stage not in Stage.values:
        fail(f"Unknown stage '{stage}'. Choose one of: {STAGE_HELP}, open.")
    if sort not in SORTS:
        fail(f"Unknown sort '{sort}'. Choose one of: {', '.join(SORTS)}.")
    apps = list(search_applications(resolve_user(user), q=q, stage=stage, sort=sort))
    if as_json:
        echo_json([summary(a) for a in apps])
        return
    if not apps:
        typer.echo("No applications match." if (q or stage) else "No applications yet.")
        return
    for a in apps:
        typer.echo(
            f"{a.pk:>6}  {a.stage:<12}  {a.company.name[:28]:<28}  {a.role_title[:36]:<36}  "
            f"{a.last_activity_at:%Y-%m-%d}"
        )


def summary(app) -> dict:
    """The fields `list --json` prints for one application."""
    return {
        "id": app.pk,
        "company": app.company.name,
        "role_title": app.role_title,
        "stage": app.stage,
        "location": app.location,
        "applied_on": app.applied_on,
        "last_activity_at": app.last_activity_at,
    }


def show(
    application_id: int = typer.Argument(..., metavar="ID"),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    user: str = UserOption,
) -> None:
    """Show one application with its timeline."""
    setup_django()
    from nextround.applications.queries import timeline
    from nextround.core.export import application_dict, applications_with_history
    from nextround.core.scoping import get_owned_or_404

    owner = resolve_user(user)
    with user_errors(f"No application {application_id}"):
        app = get_owned_or_404(applications_with_history(owner), owner, pk=application_id)
    if as_json:
        echo_json(application_dict(app))
        return
    typer.echo(f"{app}  [{app.get_stage_display()}]  #{app.pk}")
    details = [
        ("Location", app.location),
        ("Remote", app.get_remote_display()),
        ("Source", app.source),
        ("Salary", app.salary_text),
        ("Advert", app.job_url),
        ("Applied", app.applied_on),
    ]
    for label, value in details:
        if value:
            typer.echo(f"  {label + ':':<10}{value}")
    typer.echo("Timeline:")
    for item in timeline(app):
        typer.echo(f"  {item.at:%Y-%m-%d %H:%M}  {timeline_text(item)}")


def timeline_text(item) -> str:
    """One line describing a stage event, interview or note."""
    obj = item.obj
    if item.kind == "stage":
        text = f"Stage: {obj.from_stage or 'new'} -> {obj.to_stage}"
        return f"{text} ({obj.note})" if obj.note else text
    if item.kind == "interview":
        people = ", ".join(c.name for c in obj.interviewers.all())
        text = f"Interview ({obj.get_format_display()}, {obj.get_outcome_display().lower()})"
        return f"{text} with {people}" if people else text
    return f"Note: {obj.body.splitlines()[0][:100] if obj.body else ''}"


def move(
    application_id: int = typer.Argument(..., metavar="ID"),
    stage: str = typer.Argument(..., help=STAGE_HELP),
    note: str = typer.Option("", "--note", "-n", help="Why it moved."),
    reopen: bool = typer.Option(False, "--reopen", help="Allow moving a closed application."),
    user: str = UserOption,
) -> None:
    """Move an application to another stage (recorded in its history)."""
    setup_django()
    from nextround.applications import actions

    owner = resolve_user(user)
    with user_errors(f"No application {application_id}"):
        result = actions.move_application(owner, application_id, stage, note=note, reopen=reopen)
    event = result.event
    typer.echo(
        f"Moved {application_id} ({result.application}): {event.from_stage} -> {event.to_stage}."
    )


def register(app: typer.Typer) -> None:
    """Add these commands to the main app."""
    app.command()(add)
    app.command("list")(list_)
    app.command()(show)
    app.command()(move)
