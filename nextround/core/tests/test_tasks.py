import datetime as dt
import signal
import threading

import pytest
from django.utils import timezone
from huey import MemoryHuey

from nextround.applications import actions
from nextround.applications.models import Application, StageEvent
from nextround.applications.tasks import offer_no_response_daily
from nextround.core.server import InProcessConsumer

pytestmark = pytest.mark.django_db


def old_application(owner, days: int, stage: str = "applied"):
    at = timezone.now() - dt.timedelta(days=days)
    app = actions.create_application(
        owner, company=f"Co {days} {stage}", role_title="Analyst", at=at
    )
    if stage != "applied":
        actions.move_application(owner, app.pk, stage, at=at)
    return app


def test_the_daily_task_offers_silent_applications_without_moving_them(user, settings):
    settings.STALE_AFTER_DAYS = 30
    silent = old_application(user, 45)
    events_before = StageEvent.objects.count()
    offer_no_response_daily()  # immediate mode: the task runs when called
    silent.refresh_from_db()
    assert silent.no_response_offered_at is not None
    assert silent.stage == "applied"
    assert StageEvent.objects.count() == events_before
    assert offer_no_response_daily.call_local() == 0, "an offer is made once"


def test_the_daily_task_leaves_active_and_closed_applications_alone(user, settings):
    settings.STALE_AFTER_DAYS = 30
    recent = old_application(user, 10)
    closed = old_application(user, 60, stage="withdrawn")
    offer_no_response_daily()
    offered = Application.objects.filter(no_response_offered_at__isnull=False)
    assert recent not in offered and closed not in offered


def test_the_stale_period_follows_the_setting(user, settings):
    app = old_application(user, 10)
    settings.STALE_AFTER_DAYS = 7
    offer_no_response_daily()
    app.refresh_from_db()
    assert app.no_response_offered_at is not None


def test_the_no_response_task_runs_once_a_day():
    start = dt.datetime(2025, 3, 1)
    minutes = [start + dt.timedelta(minutes=m) for m in range(3 * 24 * 60)]
    runs = [m for m in minutes if offer_no_response_daily.task_class().validate_datetime(m)]
    assert len(runs) == 3
    assert {r.time() for r in runs} == {runs[0].time()}


def test_the_in_process_consumer_runs_queued_tasks_and_leaves_signal_handlers_alone():
    huey = MemoryHuey("consumer-test", immediate=False)
    done = threading.Event()

    @huey.task()
    def mark():
        done.set()
        return "ran"

    before = (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))
    consumer = InProcessConsumer(huey, workers=1, worker_type="thread", periodic=False)
    consumer.start()
    try:
        result = mark()
        assert done.wait(5)
        assert result.get(blocking=True, timeout=5) == "ran"
        assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before
    finally:
        consumer.stop(graceful=True)
    assert not any(t.is_alive() for _, t in consumer.worker_threads)
