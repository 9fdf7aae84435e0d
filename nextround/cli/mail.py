"""`nextround mail sync|import|accounts`: read mail and turn it into proposals for the inbox."""

from pathlib import Path

import typer

from nextround.cli.common import UserOption, fail, resolve_user, setup_django

PathsArg = typer.Argument(..., help=".eml files, .mbox files, or folders of them.")
mail_app = typer.Typer(help="Read employer mail over IMAP or from files.", no_args_is_help=True)


@mail_app.command("accounts")
def accounts(user: str | None = UserOption) -> None:
    """List the mail accounts with when they last synced (passwords are never shown)."""
    setup_django()
    from nextround.mailboxes.queries import accounts_for

    owner = resolve_user(user)
    rows = list(accounts_for(owner))
    if not rows:
        typer.echo("No mail accounts. Add one in the web UI under Inbox → Mail accounts.")
    for account in rows:
        synced = f"{account.last_sync_at:%Y-%m-%d %H:%M}" if account.last_sync_at else "never"
        error = f"  error ({account.last_error_kind}): {account.last_error}"
        error = error if account.last_error else ""
        folders = ", ".join(account.watched_folders)
        typer.echo(f"{account.pk}\t{account}\t{folders}\tlast sync {synced}{error}")


@mail_app.command("sync")
def sync(
    account_id: int | None = typer.Option(None, "--account", help="Only this account (its id)."),
    user: str | None = UserOption,
) -> None:
    """Fetch new mail from the accounts, showing progress; exit 1 if any account failed."""
    setup_django()
    from rich.progress import Progress

    from nextround.mailboxes.actions import sync_account
    from nextround.mailboxes.queries import accounts_for

    owner = resolve_user(user)
    chosen = accounts_for(owner)
    if account_id is not None:
        chosen = chosen.filter(pk=account_id)
        if not chosen.exists():
            fail(f"No mail account {account_id}.")
    failed = 0
    with Progress(transient=False) as progress:
        for account in chosen:
            task = progress.add_task(str(account), total=None)

            def report(folder, done, total, task=task, account=account):
                progress.update(
                    task, description=f"{account} {folder}", completed=done, total=total
                )

            result = sync_account(account, report, classify_now=True)
            progress.update(task, total=max(1, result.seen), completed=max(1, result.seen))
            if result.ok:
                progress.console.print(
                    f"{account}: {result.new} new, {result.errors} unreadable, "
                    f"{result.proposals} proposals."
                )
            else:
                failed += 1
                progress.console.print(f"{account}: {result.error_kind}: {result.error}")
    if failed:
        raise typer.Exit(1)


@mail_app.command("import")
def import_(
    paths: list[Path] = PathsArg,
    user: str | None = UserOption,
) -> None:
    """Import mail from files; already stored messages are skipped."""
    setup_django()
    from nextround.mailboxes.actions import import_messages

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"No such file or folder: {', '.join(missing)}")
    owner = resolve_user(user)
    result = import_messages(owner, paths)
    for problem in result.failed_files:
        typer.echo(f"nextround: cannot read {problem}", err=True)
    typer.echo(
        f"Read {result.read} messages: {result.new} new, {result.errors} unreadable, "
        f"{result.proposals} proposals to review."
    )
    if result.failed_files:
        raise typer.Exit(1)
