"""Mail rows made directly, for tests about pages rather than about reading mail."""

import datetime as dt

import factory
from django.utils import timezone

from nextround.accounts.tests.factories import UserFactory
from nextround.mailboxes.models import MailImport, MailMessage, MailSource, Proposal

START = timezone.make_aware(dt.datetime(2026, 11, 16, 10, 0))


class MailMessageFactory(factory.django.DjangoModelFactory):
    """An imported, classified rejection; later ones in a sequence are older."""

    class Meta:
        model = MailMessage

    owner = factory.SubFactory(UserFactory)
    source = MailSource.IMPORT
    dedup_key = factory.Sequence(lambda n: f"<f{n}@mail.test>")
    message_id = factory.SelfAttribute("dedup_key")
    subject = factory.Sequence(lambda n: f"Your application, mail {n}")
    from_name = "Jane Recruiter"
    from_addr = "jane@acme.example"
    date = factory.Sequence(lambda n: START - dt.timedelta(minutes=n))
    text = "Unfortunately we have decided not to move forward with your application."
    kind = "rejection"
    confidence = 0.8


class ProposalFactory(factory.django.DjangoModelFactory):
    """A pending proposal to create the application the mail is about."""

    class Meta:
        model = Proposal

    owner = factory.SubFactory(UserFactory)
    message = factory.SubFactory(MailMessageFactory, owner=factory.SelfAttribute("..owner"))
    action = "create"
    to_stage = "rejected"
    company_name = "Acme"
    role_title = factory.Sequence(lambda n: f"Role {n}")
    confidence = 0.8


class MailImportFactory(factory.django.DjangoModelFactory):
    """A finished import of one uploaded .eml file."""

    class Meta:
        model = MailImport

    owner = factory.SubFactory(UserFactory)
    status = "done"
    folder = factory.Sequence(lambda n: f"{n:032x}")
    files = factory.LazyFunction(lambda: [{"name": "acme.eml", "stored": "0.eml", "size": 10}])
    read = new = 1
    finished_at = factory.LazyFunction(timezone.now)
