import pytest

from nextround.core.demo import load_demo
from nextround.debriefs.models import Debrief, ReviewStatus
from nextround.debriefs.queries import patterns
from nextround.feedback.models import ActionItem, FeedbackRequest

pytestmark = pytest.mark.django_db


def test_the_demo_has_debriefs_a_pattern_and_a_feedback_loop_to_show(user):
    load_demo(user)
    debriefs = Debrief.objects.owned_by(user)
    assert debriefs.count() == 6
    confirmed = {
        r.flag for d in debriefs for r in d.flag_reviews.all() if r.status == ReviewStatus.CONFIRMED
    }
    assert {"late_arrival", "criticised_employer", "no_research"} <= confirmed
    assert any(not p.stopped and p.flag == "criticised_employer" for p in patterns(user))
    states = set(FeedbackRequest.objects.owned_by(user).values_list("state", flat=True))
    assert states == {"draft", "replied"}
    assert set(ActionItem.objects.filter(owner=user).values_list("theme", flat=True)) >= {
        "examples"
    }
