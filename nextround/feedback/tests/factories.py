import datetime as dt

import factory
from django.utils import timezone

from nextround.applications.actions import move_application
from nextround.applications.models import Interview
from nextround.applications.tests.factories import ApplicationFactory, ContactFactory
from nextround.feedback.models import FeedbackRequest, SmtpAccount


def rejected_application(user, *, stage="interviewing", interview=True, days_ago=1, **fields):
    """An application of user's moved to rejected days_ago, from stage, with a past interview."""
    app = ApplicationFactory(owner=user, stage=stage, **fields)
    if interview:
        Interview.objects.create(
            owner=user, application=app, starts_at=timezone.now() - dt.timedelta(days=days_ago + 3)
        )
    move_application(user, app.pk, "rejected", at=timezone.now() - dt.timedelta(days=days_ago))
    app.refresh_from_db()
    return app


def recruiter(app, **fields):
    """A recruiter/HR contact at the application's company."""
    defaults = {"name": "Priya Shah", "email": "priya@acme.test", "role": "recruiter"}
    return ContactFactory(owner=app.owner, company=app.company, **{**defaults, **fields})


class SmtpAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SmtpAccount

    host = "127.0.0.1"
    port = 2525
    security = "plain"
    from_address = "alex@candidate.test"
    from_name = "Alex Morgan"


class FeedbackRequestFactory(factory.django.DjangoModelFactory):
    """A request in any state, for tests that do not go through the actions."""

    class Meta:
        model = FeedbackRequest

    owner = factory.SelfAttribute("application.owner")
    to_address = "priya@acme.test"
    subject = "Thank you"
    body = "Hi Priya, could you share feedback?"
