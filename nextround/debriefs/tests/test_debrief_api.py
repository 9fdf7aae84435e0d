import datetime as dt
import json

import pytest
from django.test import Client
from django.utils import timezone

from nextround.accounts.actions import create_token
from nextround.applications.tests.factories import InterviewFactory
from nextround.debriefs.models import Debrief, FlagReview, ReviewStatus

pytestmark = pytest.mark.django_db
API = "/api/v1"
STORY = (
    "Got there 20 mins late because of the trains, then moaned about my current manager when "
    "they asked why I'm leaving. My phone was definitely off."
)


def api_client(user) -> Client:
    _, secret = create_token(user, "tests")
    return Client(HTTP_AUTHORIZATION=f"Bearer {secret}")


def call(client, method, path, body=None):
    kwargs = {"content_type": "application/json"} if body is not None else {}
    args = (json.dumps(body),) if body is not None else ()
    return getattr(client, method)(API + path, *args, **kwargs)


@pytest.fixture
def interview(user):
    return InterviewFactory(owner=user, starts_at=timezone.now() - dt.timedelta(days=1))


def test_saving_a_debrief_through_the_api_analyses_the_notes(user, interview):
    response = call(
        api_client(user),
        "put",
        f"/interviews/{interview.pk}/debrief",
        {"notes": STORY, "rating": 2, "questions": [{"text": "Why leave?"}]},
    )
    assert response.status_code == 200, response.content
    flags = {f["flag"]: f for f in response.json()["flags"]}
    assert set(flags) == {"late_arrival", "criticised_employer"}
    assert all(f["status"] == "suggested" and f["suggested"] for f in flags.values())
    assert response.json()["questions"] == [{"text": "Why leave?", "misunderstood": False}]


def test_confirmed_flags_sent_with_the_debrief_are_stored_as_confirmed(user, interview):
    body = {"notes": STORY, "confirmed_flags": ["late_arrival"]}
    response = call(api_client(user), "put", f"/interviews/{interview.pk}/debrief", body)
    statuses = {f["flag"]: f["status"] for f in response.json()["flags"]}
    assert statuses == {"late_arrival": "confirmed", "criticised_employer": "suggested"}


def test_a_flag_can_be_dismissed_through_the_api(user, interview):
    client = api_client(user)
    debrief_id = call(
        client, "put", f"/interviews/{interview.pk}/debrief", {"notes": STORY}
    ).json()["id"]
    response = call(
        client, "post", f"/debriefs/{debrief_id}/flags/late_arrival", {"confirm": False}
    )
    assert response.status_code == 200
    assert FlagReview.objects.get(flag="late_arrival").status == ReviewStatus.DISMISSED


def test_the_analysis_endpoint_returns_flags_with_evidence_and_stores_nothing(user):
    response = call(api_client(user), "post", "/analysis/notes", {"text": STORY})
    assert response.status_code == 200
    data = response.json()
    assert data["flags"] == ["criticised_employer", "late_arrival"]
    assert all(STORY[e["start"] : e["end"]] == e["text"] for e in data["evidence"])
    assert Debrief.objects.count() == 0


def test_invalid_debrief_input_is_refused_with_field_errors_and_nothing_written(user, interview):
    response = call(
        api_client(user),
        "put",
        f"/interviews/{interview.pk}/debrief",
        {"rating": 9, "notes": "x" * 200_000},
    )
    assert response.status_code == 422
    assert Debrief.objects.count() == 0


def test_patterns_are_listed_through_the_api(user):
    client = api_client(user)
    for days in (9, 6, 3):
        interview = InterviewFactory(owner=user, starts_at=timezone.now() - dt.timedelta(days=days))
        call(
            client,
            "put",
            f"/interviews/{interview.pk}/debrief",
            {"notes": STORY, "confirmed_flags": ["criticised_employer"]},
        )
    patterns = call(client, "get", "/patterns").json()
    assert [p["flag"] for p in patterns] == ["criticised_employer"]
    assert patterns[0]["count"] == 3 and len(patterns[0]["interview_ids"]) == 3


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", "/interviews/{interview}/debrief", None),
        ("put", "/interviews/{interview}/debrief", {"notes": "taken over"}),
        ("post", "/debriefs/{debrief}/flags/late_arrival", {"confirm": False}),
    ],
)
def test_a_stranger_gets_404_on_every_debrief_endpoint(
    user, stranger, interview, method, path, body
):
    client = api_client(user)
    debrief_id = call(
        client, "put", f"/interviews/{interview.pk}/debrief", {"notes": STORY}
    ).json()["id"]
    before = list(FlagReview.objects.values_list("flag", "status"))
    url = path.format(interview=interview.pk, debrief=debrief_id)
    response = call(api_client(stranger), method, url, body)
    assert response.status_code == 404
    assert list(FlagReview.objects.values_list("flag", "status")) == before
    assert Debrief.objects.get().notes == STORY
    assert call(api_client(stranger), "get", "/debriefs").json() == []
