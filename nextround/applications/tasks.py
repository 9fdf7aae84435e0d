"""Background work for applications, run by the Huey consumer."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from nextround.applications import actions

# Once a day, early in the morning (server time zone), while nobody is likely to be editing.
DAILY = crontab(hour="4", minute="15")


@db_periodic_task(DAILY, name="offer_no_response_daily")
def offer_no_response_daily() -> int:
    """Offer long-silent applications as no_response; the stage itself never changes here."""
    return actions.offer_no_response()
