import factory

from nextround.applications.tests.factories import InterviewFactory
from nextround.debriefs.models import Debrief


class DebriefFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Debrief

    interview = factory.SubFactory(InterviewFactory)
    owner = factory.SelfAttribute("interview.owner")
    rating = 3
