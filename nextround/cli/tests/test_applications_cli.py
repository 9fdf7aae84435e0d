import json

import pytest
from typer.testing import CliRunner

from nextround.applications import actions
from nextround.applications.models import Application, StageEvent
from nextround.applications.tests.factories import InterviewFactory, NoteFactory
from nextround.cli.main import app

pytestmark = pytest.mark.django_db
runner = CliRunner()


def nextround(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_add_records_an_application_with_its_first_stage_event(user):
    result = nextround(
        "add",
        "Acme",
        "Data Analyst",
        "--stage",
        "screening",
        "--location",
        "Leeds",
        "--url",
        "https://acme.example/jobs/1",
    )
    assert result.exit_code == 0, result.output
    created = Application.objects.get(owner=user)
    assert f"Added application {created.pk}: Data Analyst at Acme" in result.stdout
    assert (created.stage, created.location) == ("screening", "Leeds")
    assert created.job_url == "https://acme.example/jobs/1"
    assert list(created.stage_events.values_list("to_stage", flat=True)) == ["screening"]


def test_add_keeps_where_the_advert_was_found_apart_from_who_made_the_event(user):
    result = nextround("add", "Acme", "Analyst", "--source", "Recruiter outreach")
    assert result.exit_code == 0, result.output
    created = Application.objects.get(owner=user)
    assert created.source == "Recruiter outreach"
    assert created.stage_events.get().source == "user"


def test_add_with_an_unknown_stage_fails_with_the_reason_and_writes_nothing(user):
    result = nextround("add", "Acme", "Data Analyst", "--stage", "hired-ish")
    assert result.exit_code == 1
    assert "Unknown stage 'hired-ish'" in result.stderr
    assert "Traceback" not in result.output
    assert not Application.objects.exists()


def test_add_with_an_impossible_date_is_refused(user):
    result = nextround("add", "Acme", "Analyst", "--applied-on", "2025-02-30")
    assert result.exit_code == 1
    assert "'2025-02-30' is not a date" in result.stderr
    assert not Application.objects.exists()


def test_add_with_a_malformed_url_names_the_field(user):
    result = nextround("add", "Acme", "Analyst", "--url", "not a url")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: job_url:")


def test_list_shows_applications_and_filters_by_stage_and_text(user):
    actions.create_application(user, company="Acme", role_title="Data Analyst")
    moved = actions.create_application(user, company="Globex", role_title="BI Developer")
    actions.move_application(user, moved.pk, "offer")
    everything = nextround("list")
    assert "Acme" in everything.stdout and "Globex" in everything.stdout
    offers = nextround("list", "--stage", "offer")
    assert "Globex" in offers.stdout and "Acme" not in offers.stdout
    searched = nextround("list", "--q", "acme")
    assert "Acme" in searched.stdout and "Globex" not in searched.stdout


def test_list_as_json_gives_one_object_per_application(user):
    first = actions.create_application(user, company="Acme", role_title="Data Analyst")
    rows = json.loads(nextround("list", "--json").stdout)
    assert rows == [
        {
            "id": first.pk,
            "company": "Acme",
            "role_title": "Data Analyst",
            "stage": "applied",
            "location": "",
            "applied_on": first.applied_on.isoformat(),
            "last_activity_at": rows[0]["last_activity_at"],
        }
    ]


def test_list_with_an_unknown_stage_is_refused(user):
    result = nextround("list", "--stage", "limbo")
    assert result.exit_code == 1
    assert "Unknown stage 'limbo'" in result.stderr


def test_list_says_so_when_nothing_matches(user):
    assert nextround("list").stdout.strip() == "No applications yet."
    actions.create_application(user, company="Acme", role_title="Analyst")
    assert nextround("list", "--q", "zzz").stdout.strip() == "No applications match."


def test_show_prints_details_and_the_timeline_in_time_order(user):
    created = actions.create_application(
        user, company="Acme", role_title="Data Analyst", location="Bristol"
    )
    actions.move_application(user, created.pk, "screening", note="Recruiter called")
    InterviewFactory(owner=user, application=created, format="phone")
    NoteFactory(owner=user, application=created, body="Ask about the team size")
    result = nextround("show", str(created.pk))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Data Analyst at Acme" in out and "Bristol" in out
    stage_line = out.index("Stage: applied -> screening (Recruiter called)")
    assert out.index("Stage: new -> applied") < stage_line < out.index("Interview (Phone")
    assert "Note: Ask about the team size" in out


def test_show_as_json_includes_the_stage_history(user):
    created = actions.create_application(user, company="Acme", role_title="Analyst")
    actions.move_application(user, created.pk, "rejected", note="Email")
    data = json.loads(nextround("show", str(created.pk), "--json").stdout)
    assert data["id"] == created.pk and data["stage"] == "rejected"
    assert [(e["from_stage"], e["to_stage"]) for e in data["stage_events"]] == [
        ("", "applied"),
        ("applied", "rejected"),
    ]
    assert data["rejected_at_stage"] == "applied"


def test_show_of_an_unknown_id_says_there_is_no_such_application(user):
    result = nextround("show", "4242")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: No application 4242"


def test_someone_elses_application_looks_missing(user, stranger):
    theirs = actions.create_application(stranger, company="Initech", role_title="Analyst")
    result = nextround("show", str(theirs.pk), "--user", "alex")
    assert result.exit_code == 1
    assert f"No application {theirs.pk}" in result.stderr
    refused = nextround("move", str(theirs.pk), "offer", "--user", "alex")
    assert refused.exit_code == 1
    assert Application.objects.get(pk=theirs.pk).stage == "applied"


def test_move_records_a_stage_event_with_the_note(user):
    created = actions.create_application(user, company="Acme", role_title="Analyst")
    result = nextround("move", str(created.pk), "interviewing", "--note", "Booked")
    assert result.exit_code == 0, result.output
    assert "applied -> interviewing" in result.stdout
    event = StageEvent.objects.filter(application=created).last()
    assert (event.from_stage, event.to_stage, event.note) == ("applied", "interviewing", "Booked")


def test_a_refused_move_prints_the_stage_error_and_changes_nothing(user):
    created = actions.create_application(user, company="Acme", role_title="Analyst")
    actions.move_application(user, created.pk, "withdrawn")
    result = nextround("move", str(created.pk), "offer")
    assert result.exit_code == 1
    assert "The application is closed (Withdrawn); reopen it before moving it." in result.stderr
    assert created.stage_events.count() == 2


def test_a_closed_application_moves_with_reopen(user):
    created = actions.create_application(user, company="Acme", role_title="Analyst")
    actions.move_application(user, created.pk, "rejected")
    result = nextround("move", str(created.pk), "interviewing", "--reopen")
    assert result.exit_code == 0, result.output
    assert Application.objects.get(pk=created.pk).stage == "interviewing"


def test_moving_an_unknown_id_says_there_is_no_such_application(user):
    result = nextround("move", "999", "offer")
    assert result.exit_code == 1
    assert "No application 999" in result.stderr


def test_a_non_numeric_id_is_a_usage_error():
    result = nextround("show", "abc")
    assert result.exit_code == 2
