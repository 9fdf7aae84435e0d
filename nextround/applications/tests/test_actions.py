import pytest
from django.core.exceptions import ValidationError
from django.http import Http404

from nextround.applications import actions
from nextround.applications.models import StageEvent
from nextround.applications.stages import StageError

pytestmark = pytest.mark.django_db


def test_creating_an_application_records_its_first_stage_event(user):
    app = actions.create_application(user, company="Acme", role_title="Data Analyst")
    events = list(StageEvent.objects.filter(application=app))
    assert [(e.from_stage, e.to_stage) for e in events] == [("", "applied")]
    assert app.company.name == "Acme" and app.applied_on is not None


def test_a_move_updates_the_stage_and_the_history_together(user):
    app = actions.create_application(user, company="Acme", role_title="Analyst")
    actions.move_application(user, app.pk, "interviewing")
    move = actions.move_application(user, app.pk, "rejected", note="Email from HR")
    assert move.application.stage == "rejected"
    assert move.application.rejected_at_stage == "interviewing"
    history = [e.to_stage for e in app.stage_events.all()]
    assert history == ["applied", "interviewing", "rejected"]


def test_moving_a_closed_application_is_refused_with_a_clear_error(user):
    app = actions.create_application(user, company="Acme", role_title="Analyst")
    actions.move_application(user, app.pk, "withdrawn")
    with pytest.raises(StageError, match="closed"):
        actions.move_application(user, app.pk, "offer")
    assert app.stage_events.count() == 2


def test_an_unknown_stage_is_refused(user):
    app = actions.create_application(user, company="Acme", role_title="Analyst")
    with pytest.raises(StageError, match="Unknown stage"):
        actions.move_application(user, app.pk, "hired-ish")


def test_a_stranger_cannot_move_someone_elses_application(user, stranger):
    app = actions.create_application(user, company="Acme", role_title="Analyst")
    with pytest.raises(Http404):
        actions.move_application(stranger, app.pk, "screening")


def test_a_huge_job_description_is_refused_and_nothing_is_written(user):
    with pytest.raises(ValidationError):
        actions.create_application(
            user, company="Acme", role_title="Analyst", job_description="x" * 10_000_000
        )
    assert StageEvent.objects.count() == 0
