from datetime import timedelta

import pytest
from django.utils import timezone
from typer.testing import CliRunner

from nextround.applications import actions
from nextround.applications.models import Application, Contact, Interview, Note, StageEvent
from nextround.applications.stages import Stage
from nextround.cli.main import app
from nextround.core.demo import DemoRefused, load_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_user(user):
    load_demo(user)
    return user


def test_the_demo_has_about_forty_applications_in_every_stage(demo_user):
    stages = list(Application.objects.owned_by(demo_user).values_list("stage", flat=True))
    assert 35 <= len(stages) <= 45
    assert set(stages) == set(Stage.values)


def test_every_demo_history_is_a_consistent_chain_ending_at_the_current_stage(demo_user):
    now = timezone.now()
    for application in Application.objects.owned_by(demo_user):
        events = list(StageEvent.objects.filter(application=application).order_by("at", "pk"))
        assert events[0].from_stage == ""
        assert events[-1].to_stage == application.stage
        for before, after in zip(events, events[1:], strict=False):
            assert after.from_stage == before.to_stage
            assert after.at > before.at
        assert events[-1].at < now
        if application.stage == Stage.REJECTED:
            assert application.rejected_at_stage == events[-1].from_stage


def test_demo_applications_say_where_they_were_found_and_events_who_made_them(demo_user):
    apps = Application.objects.owned_by(demo_user)
    assert all(app.source for app in apps)
    event_sources = set(StageEvent.objects.filter(owner=demo_user).values_list("source", flat=True))
    assert event_sources == {"user", "mail"}


def test_demo_timelines_spread_over_the_past_four_months(demo_user):
    firsts = StageEvent.objects.filter(owner=demo_user, from_stage="").values_list("at", flat=True)
    ages = [(timezone.now() - at).days for at in firsts]
    assert 90 <= max(ages) <= 125
    latest = StageEvent.objects.filter(owner=demo_user).latest("at").at
    assert timezone.now() - latest < timedelta(days=7), "the demo has recent activity"


def test_demo_interviews_have_interviewer_contacts_and_realistic_outcomes(demo_user):
    interviews = Interview.objects.owned_by(demo_user).prefetch_related("interviewers")
    assert interviews.count() >= 20
    assert all(i.interviewers.exists() for i in interviews)
    now = timezone.now()
    assert all(i.outcome == "pending" for i in interviews if i.starts_at > now)
    outcomes = {i.outcome for i in interviews}
    assert {"passed", "rejected", "pending"} <= outcomes
    assert any(i.starts_at > now for i in interviews), "some interviews are still to come"
    roles = set(Contact.objects.owned_by(demo_user).values_list("role", flat=True))
    assert {"recruiter", "interviewer", "hiring_manager"} <= roles


def test_demo_activity_dates_match_the_history_not_the_load_time(demo_user):
    recent = timezone.now() - timedelta(minutes=5)
    stale = Application.objects.owned_by(demo_user).filter(last_activity_at__lt=recent)
    assert stale.count() >= 35
    assert Note.objects.owned_by(demo_user).count() >= 20


def test_loading_the_demo_twice_changes_nothing(demo_user):
    before = StageEvent.objects.count()
    result = load_demo(demo_user)
    assert not result.loaded and "already loaded" in result.message
    assert StageEvent.objects.count() == before


def test_the_demo_refuses_an_account_that_holds_real_data(user):
    actions.create_application(user, company="Real Employer", role_title="Analyst")
    with pytest.raises(DemoRefused, match="already has 1 applications"):
        load_demo(user)
    assert Application.objects.count() == 1


def test_the_demo_touches_no_other_account(demo_user, stranger):
    assert not Application.objects.owned_by(stranger).exists()
    load_demo(stranger)
    assert Application.objects.owned_by(stranger).count() == (
        Application.objects.owned_by(demo_user).count()
    )


def test_the_demo_command_loads_then_no_ops_then_refuses_real_data(user, stranger):
    runner = CliRunner()
    first = runner.invoke(app, ["demo", "--user", "alex"])
    assert first.exit_code == 0 and "Loaded 40 demo applications for alex" in first.stdout
    again = runner.invoke(app, ["demo", "--user", "alex"])
    assert again.exit_code == 0 and "already loaded" in again.stdout
    actions.create_application(stranger, company="Real Employer", role_title="Analyst")
    refused = runner.invoke(app, ["demo", "--user", "stranger"])
    assert refused.exit_code == 1 and "only loaded into an empty account" in refused.stderr


def test_the_demo_has_notes_for_every_stage_an_application_can_reach():
    from nextround.core import demo_data

    assert set(demo_data.NOTES) == set(Stage.values)
