import json

import pytest
from django.utils.dateparse import parse_datetime
from typer.testing import CliRunner

from nextround.applications import actions
from nextround.applications.models import Application, Company, Contact, StageEvent
from nextround.applications.tests.factories import ContactFactory
from nextround.cli.main import app
from nextround.core.demo import load_demo
from nextround.core.export import export_user_data, to_json

pytestmark = pytest.mark.django_db


def exported(owner) -> dict:
    return json.loads(to_json(export_user_data(owner)))


def test_an_export_round_trips_every_application_with_its_history(user):
    load_demo(user)
    data = exported(user)
    assert data["format"] == "nextround-export" and data["user"] == "alex"
    assert len(data["applications"]) == Application.objects.owned_by(user).count()
    for item in data["applications"]:
        app = Application.objects.get(pk=item["id"])
        assert (item["stage"], item["company"], item["role_title"]) == (
            app.stage,
            app.company.name,
            app.role_title,
        )
        events = StageEvent.objects.filter(application=app).order_by("at", "pk")
        assert [
            (e["from_stage"], e["to_stage"], parse_datetime(e["at"])) for e in item["stage_events"]
        ] == [(e.from_stage, e.to_stage, e.at) for e in events]
        assert [n["body"] for n in item["notes"]] == list(
            app.notes.order_by("created_at", "pk").values_list("body", flat=True)
        )
        assert [sorted(c.pk for c in i.interviewers.all()) for i in app.interviews.all()] == [
            i["interviewer_ids"] for i in item["interviews"]
        ]


def test_an_export_has_every_company_and_contact_of_the_user(user):
    load_demo(user)
    data = exported(user)
    assert {c["name"] for c in data["companies"]} == set(
        Company.objects.owned_by(user).values_list("name", flat=True)
    )
    assert [c["id"] for c in data["contacts"]] == list(
        Contact.objects.owned_by(user).order_by("pk").values_list("pk", flat=True)
    )


def test_an_export_contains_nothing_of_another_user(user, stranger):
    actions.create_application(user, company="Acme", role_title="Analyst")
    actions.create_application(stranger, company="Secret Employer", role_title="Spy")
    ContactFactory(owner=stranger, name="Hidden Person")
    text = to_json(export_user_data(user))
    assert "Secret Employer" not in text and "Hidden Person" not in text


def test_the_export_command_writes_a_json_file(user, tmp_path):
    created = actions.create_application(user, company="Acme", role_title="Analyst")
    target = tmp_path / "export.json"
    result = CliRunner().invoke(app, ["export", "--format", "json", "--output", str(target)])
    assert result.exit_code == 0, result.output
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["applications"]] == [created.pk]


def test_the_export_command_prints_to_stdout_without_an_output_file(user):
    actions.create_application(user, company="Zürich Insurance", role_title="Analyst")
    result = CliRunner().invoke(app, ["export"])
    assert json.loads(result.stdout)["companies"][0]["name"] == "Zürich Insurance"


def test_an_unknown_export_format_is_refused(user):
    result = CliRunner().invoke(app, ["export", "--format", "xml"])
    assert result.exit_code == 1
    assert "Only 'json'" in result.stderr


def test_an_unwritable_output_path_is_a_clear_error(user, tmp_path):
    result = CliRunner().invoke(app, ["export", "-o", str(tmp_path / "missing" / "x.json")])
    assert result.exit_code == 1
    assert "Cannot write" in result.stderr
