import threading

import pytest
from django.db import close_old_connections, connection

from nextround.applications import actions
from nextround.applications.models import StageEvent
from nextround.applications.stages import StageError


@pytest.mark.django_db(transaction=True)
def test_two_tabs_moving_the_same_application_at_once_lose_no_stage_event(user):
    app = actions.create_application(user, company="Acme", role_title="Analyst")
    targets = ["screening", "interviewing", "offer", "screening", "interviewing", "offer"]
    barrier = threading.Barrier(len(targets))
    outcomes = []

    def move(stage):
        barrier.wait()
        try:
            actions.move_application(user, app.pk, stage)
            outcomes.append("moved")
        except StageError:
            outcomes.append("refused")  # already at that stage: refused, not lost
        except Exception as exc:  # noqa: BLE001 - any other failure is a lost move
            outcomes.append(f"error: {exc!r}")
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=move, args=(stage,)) for stage in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    events = list(StageEvent.objects.filter(application=app).order_by("at", "pk"))
    app.refresh_from_db()
    assert [o for o in outcomes if o.startswith("error")] == []
    assert len(outcomes) == len(targets)
    assert len(events) == 1 + outcomes.count("moved")
    # The history is a chain: each event leaves the stage the previous one entered.
    for before, after in zip(events, events[1:], strict=False):
        assert after.from_stage == before.to_stage
    assert events[-1].to_stage == app.stage
