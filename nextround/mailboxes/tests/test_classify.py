"""A sync stores mail first; the follow-up classifies it exactly as inline, then proposes."""

import pytest

from nextround.applications.tests.factories import ApplicationFactory
from nextround.mailboxes.classify import classify_pending, pending_for
from nextround.mailboxes.models import MailMessage, Proposal
from nextround.mailboxes.store import RawMail, build_message, save_new
from nextround.mailboxes.tasks import classify_new_mail
from nextround.mailboxes.tests.helpers import employer_mail
from nextround.mailboxes.tests.mails import employer

pytestmark = pytest.mark.django_db
FIELDS = [
    "kind",
    "has_specific_feedback",
    "talent_pool",
    "company",
    "role",
    "confidence",
    "feedback_sentences",
    "interview_at",
    "meeting_link",
    "parse_error",
]
RAWS = [
    employer(1),
    employer(2, "interview_invitation"),
    employer(3, "talent_pool"),
    employer(4, "offer", html="<p>We are <b>delighted</b> to offer you the role.</p>"),
    employer_mail(5, "other"),
]


def test_classifying_later_gives_the_same_answer_as_classifying_at_once(user, stranger):
    inline = [build_message(stranger, RawMail(raw)) for raw in RAWS]
    save_new(user, [build_message(user, RawMail(raw), classify=False) for raw in RAWS])
    assert pending_for(user).count() == len(RAWS)

    classified, _ = classify_pending(user)

    assert classified == len(RAWS) and not pending_for(user).exists()
    later = {m.dedup_key: m for m in MailMessage.objects.filter(owner=user)}
    for expected in inline:
        got = later[expected.dedup_key]
        assert [getattr(got, f) for f in FIELDS] == [getattr(expected, f) for f in FIELDS]


def test_the_follow_up_task_proposes_for_the_mail_it_classified(user):
    app = ApplicationFactory(
        owner=user, company__name="Acme", role_title="Data Analyst", stage="interviewing"
    )
    save_new(user, [build_message(user, RawMail(employer(6)), classify=False)])
    assert not Proposal.objects.exists()

    made = classify_new_mail(user.pk).get()

    assert made == 1
    assert Proposal.objects.get(owner=user).application == app
    assert classify_new_mail(user.pk).get() == 0  # nothing left: nothing doubled
