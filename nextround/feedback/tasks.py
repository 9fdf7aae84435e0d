"""Background work for feedback requests, run by the Huey consumer."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from nextround.feedback import actions


class SendFailed(Exception):
    """Raised so that Huey schedules the next attempt."""


@db_task(
    retries=actions.RETRIES, retry_delay=actions.RETRY_DELAY, retry_backoff=actions.RETRY_BACKOFF
)
def send_feedback_request(request_id: int) -> bool:
    """Deliver a pending request or follow-up over SMTP; a failure is retried with backoff."""
    if not actions.deliver(request_id):
        raise SendFailed(f"feedback request {request_id} not accepted by the server yet")
    return True


@db_periodic_task(crontab(hour="4", minute="30"), name="close_unanswered_feedback_daily")
def close_unanswered_feedback_daily() -> int:
    """Close requests with no reply long after the one follow-up."""
    return actions.close_unanswered()
