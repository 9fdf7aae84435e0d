"""Replies from the mail sync: match them to a request, record them, move its state."""

import re
from email.utils import parseaddr

from django.db import transaction

from nextround.analysis.feedback import analyze_feedback
from nextround.feedback.actions import transition
from nextround.feedback.models import FeedbackRequest, Source, State
from nextround.feedback.plan import add_to_plan, record_feedback

WAITING = (State.SENT, State.FOLLOW_UP_SENT)
# "We don't give individual feedback", "we are unable to provide feedback", "policy not to …".
DECLINE = re.compile(
    r"\b(?:can ?not|can't|do not|don't|does not|doesn't|will not|won't|(?:are |am |is )?unable to"
    r"|(?:are |am |is )?not able to|not in a position to|not to|no longer)\s+"
    r"(?:\w+\s+){0,2}?(?:provide|give|offer|share)\s+(?:\w+\s+){0,2}?feedback"
    r"|\bno (?:individual|individualised|individualized|personal|detailed|specific) feedback",
    re.IGNORECASE,
)


NOT_FEEDBACK = {"positive", "stronger_candidate"}


def _substantive(point: dict) -> bool:
    """A point that is feedback, judged without the refusal wording in its sentence."""
    if point["theme"] in NOT_FEEDBACK:
        return False
    if not DECLINE.search(point["text"]):
        return True
    # "unable to give feedback due to the volume of applications" must not read as a critique.
    rest = analyze_feedback(DECLINE.sub(" ", point["text"])).themes
    return bool(set(rest) - NOT_FEEDBACK)


def is_decline(text: str, points) -> bool:
    """A reply that says no feedback will be given, and gives none beyond pleasantries."""
    return bool(DECLINE.search(text or "")) and not any(_substantive(p) for p in points)


def _ids(in_reply_to, references) -> set[str]:
    raw = " ".join([in_reply_to or "", *(references or ())])
    return set(re.findall(r"<[^<>\s]+>", raw))


def match_request(owner, *, request_id=None, in_reply_to=None, references=(), from_addr=None):
    """The owner's waiting request a reply belongs to: explicit id, thread headers, then sender."""
    waiting = FeedbackRequest.objects.owned_by(owner).filter(state__in=WAITING)
    if request_id is not None:
        return waiting.filter(pk=request_id).first()
    ids = _ids(in_reply_to, references)
    if ids:
        by_thread = waiting.filter(message_id__in=ids) | waiting.filter(
            follow_up_message_id__in=ids
        )
        found = by_thread.order_by("-sent_at").first()
        if found:
            return found
    address = parseaddr(from_addr or "")[1].strip()
    if address:
        return waiting.filter(to_address__iexact=address).order_by("-sent_at", "-pk").first()
    return None


def attach_reply(
    owner,
    *,
    request_id=None,
    in_reply_to=None,
    references=(),
    from_addr=None,
    subject="",
    body="",
    received_at=None,
):
    """Record a reply on its request (replied or declined) and plan; None if unmatched."""
    with transaction.atomic():
        req = match_request(
            owner,
            request_id=request_id,
            in_reply_to=in_reply_to,
            references=references,
            from_addr=from_addr,
        )
        if req is None:
            return None
        req = FeedbackRequest.objects.select_for_update().get(pk=req.pk)
        if req.state not in WAITING:
            return None  # answered meanwhile
        feedback = record_feedback(
            owner,
            req.application,
            source=Source.EMAIL,
            text=body or "",
            request=req,
            received_at=received_at,
            plan=False,
        )
        declined = is_decline(body, feedback.points)
        if declined:
            feedback.points = [p for p in feedback.points if p["theme"] in NOT_FEEDBACK]
            feedback.themes = sorted({p["theme"] for p in feedback.points})
            feedback.save(update_fields=["points", "themes"])
        else:
            add_to_plan(owner, feedback)
        req.pending_send = ""
        note = f"Reply: {subject}"[:500] if subject else "Reply received"
        transition(req, State.DECLINED if declined else State.REPLIED, note=note, at=received_at)
        return req
