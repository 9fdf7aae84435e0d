"""The reflective half of the demo: debriefs with confirmed flags, feedback requests, a plan."""

from datetime import timedelta

from nextround.applications.models import Application, Interview
from nextround.applications.stages import Stage
from nextround.debriefs.actions import save_debrief, suggest_flags
from nextround.feedback import actions as feedback_actions
from nextround.feedback.replies import attach_reply

# Notes as a job seeker writes them the evening after; several repeat the same mistakes so the
# dashboard has patterns to show.
NOTES = [  # oldest interview first
    "Kept asking about the holiday allowance and the pension, which in hindsight was too much "
    "before an offer. Felt tired and lost my thread twice.",
    "Arrived ten minutes early, calm. The interviewer was late, not me. Gave two solid STAR "
    "examples.",
    "Good conversation with the hiring manager. I'd read their annual report and asked about the "
    "data platform roadmap.",
    "Got there 15 minutes late, the trains again. When they asked why I'm leaving I moaned about "
    "my current manager. Phone was off at least.",
    "Went fine overall. I was careful not to criticise my old team. I hadn't looked at their "
    "product properly and blanked when they asked what I knew about it.",
    "I misunderstood the stakeholder question and answered about a different kind of conflict. "
    "Then I vented a bit about how chaotic my current company is.",
]
FEEDBACK_REPLY = (
    "Hi,\n\nThanks for asking. The panel liked your SQL exercise a lot. The main gap was examples: "
    "your answers stayed general and we wanted specific results with numbers. It also wasn't "
    "clear why this role in particular appealed to you.\n\nBest of luck,\nPriya"
)


def add_reflection(owner, now) -> None:
    """Debrief the past interviews and follow up two rejections, as a real user would."""
    past = (
        Interview.objects.owned_by(owner)
        .filter(starts_at__lt=now - timedelta(days=1))
        .order_by("starts_at")
    )
    for index, interview in enumerate(past[: len(NOTES)]):
        notes = NOTES[index]
        ticked = set(suggest_flags({"notes": notes}))  # the user confirmed every suggestion
        save_debrief(
            owner,
            interview.pk,
            answers={"notes": notes, "rating": 2 + index % 3},
            ticked=ticked,
            seen=ticked,
        )
    rejected = list(
        Application.objects.owned_by(owner)
        .filter(stage=Stage.REJECTED, interviews__isnull=False)
        .distinct()
        .order_by("last_activity_at")[:2]
    )
    for index, app in enumerate(rejected):
        req = feedback_actions.create_request(owner, app.pk)
        if index == 0 and req.to_address:
            sent = feedback_actions.mark_sent(owner, req.pk, at=now - timedelta(days=6))
            attach_reply(
                owner,
                request_id=sent.pk,
                from_addr=sent.to_address,
                subject="Re: " + sent.subject,
                body=FEEDBACK_REPLY,
                received_at=now - timedelta(days=4),
            )
