import datetime as dt

import factory
from django.utils import timezone

from nextround.accounts.tests.factories import UserFactory
from nextround.applications.models import (
    Application,
    Company,
    Contact,
    Interview,
    Note,
    StageEvent,
)


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Company {n}")
    website = factory.LazyAttribute(lambda o: f"https://{o.name.lower().replace(' ', '')}.example")


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    owner = factory.SubFactory(UserFactory)
    company = factory.SubFactory(CompanyFactory, owner=factory.SelfAttribute("..owner"))
    name = factory.Sequence(lambda n: f"Contact {n}")
    email = factory.Sequence(lambda n: f"contact{n}@example.test")


class ApplicationFactory(factory.django.DjangoModelFactory):
    """An application at 'applied' with its first stage event."""

    class Meta:
        model = Application
        skip_postgeneration_save = True  # the hook adds an event; the application is unchanged

    owner = factory.SubFactory(UserFactory)
    company = factory.SubFactory(CompanyFactory, owner=factory.SelfAttribute("..owner"))
    role_title = factory.Sequence(lambda n: f"Data Analyst {n}")
    stage = "applied"
    applied_on = factory.LazyFunction(timezone.localdate)

    @factory.post_generation
    def first_event(obj, create, extracted, **kwargs):
        if create:
            StageEvent.objects.create(
                owner=obj.owner, application=obj, from_stage="", to_stage=obj.stage
            )


class InterviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interview

    owner = factory.SubFactory(UserFactory)
    application = factory.SubFactory(ApplicationFactory, owner=factory.SelfAttribute("..owner"))
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=2))
    format = "video"


class NoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Note

    owner = factory.SubFactory(UserFactory)
    application = factory.SubFactory(ApplicationFactory, owner=factory.SelfAttribute("..owner"))
    body = "Recruiter said the team is growing."
