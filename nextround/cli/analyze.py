"""`nextround analyze notes|email|feedback FILE...`: the offline analysers on files, no database."""

import json
import sys
from collections.abc import Callable
from pathlib import Path

import typer

analyze_app = typer.Typer(
    help="Analyse debrief notes, employer mail or feedback in files.", no_args_is_help=True
)

JSON_HELP = "One JSON object per file per line on stdout."


def _run(files: list[Path], as_json: bool, read: Callable, report: Callable, show: Callable):
    """Analyse each file; report unreadable ones on stderr and exit non-zero at the end."""
    failed = 0
    for path in files:
        try:
            result = {"file": str(path), **report(read(path))}
        except OSError as exc:  # unreadable, or not what the command analyses
            failed += 1
            reason = exc.strerror or str(exc)
            typer.echo(f"nextround: cannot read {path}: {reason}", err=True)
            continue
        if as_json:
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            show(result)
    if failed:
        raise typer.Exit(code=1)


def _read_text(path: Path) -> str:
    # Notes and feedback come from many editors: undecodable bytes are replaced, not fatal.
    return path.read_bytes().decode("utf-8", errors="replace")


def _show_notes(result: dict) -> None:
    typer.echo(f"{result['file']}: {', '.join(result['flags']) or 'no flags'}")
    for item in result["evidence"]:
        typer.echo(f'  {item["flag"]}: "{item["text"]}" [{item["start"]}:{item["end"]}]')


def _show_email(result: dict) -> None:
    extras = [k for k in ("has_specific_feedback", "talent_pool") if result[k]]
    who = " / ".join(v for v in (result["company"], result["role"]) if v) or "unknown sender"
    typer.echo(
        f"{result['file']}: {result['kind']} ({who}){' ' + ', '.join(extras) if extras else ''}"
    )


def _show_feedback(result: dict) -> None:
    typer.echo(f"{result['file']}: {', '.join(result['themes']) or 'no themes'}")
    for point in result["points"]:
        typer.echo(f'  {point["theme"]}: "{point["text"]}"')


FilesArg = typer.Argument(..., help="Files to analyse.", show_default=False)
JsonOpt = typer.Option(False, "--json", help=JSON_HELP)


@analyze_app.command("notes")
def notes(files: list[Path] = FilesArg, as_json: bool = JsonOpt):
    """Flag classic interview mistakes in debrief notes, quoting the evidence."""
    from nextround.analysis.notes import notes_report

    _run(files, as_json, _read_text, notes_report, _show_notes)


@analyze_app.command("email")
def email(files: list[Path] = FilesArg, as_json: bool = JsonOpt):
    """Classify RFC 822 .eml files: rejection, invitation, offer, feedback, …"""
    from nextround.analysis.employer_mail import email_report

    def report(raw: bytes) -> dict:
        try:
            return email_report(raw)
        except ValueError as exc:  # MalformedMessage: reported, the other files go on
            raise OSError(f"not an email ({exc})") from exc

    _run(files, as_json, Path.read_bytes, report, _show_email)


@analyze_app.command("feedback")
def feedback(files: list[Path] = FilesArg, as_json: bool = JsonOpt):
    """Find the themes in employer feedback and the sentences that carry them."""
    from nextround.analysis.feedback import feedback_report

    _run(files, as_json, _read_text, feedback_report, _show_feedback)
