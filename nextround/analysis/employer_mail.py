"""Classify employer mail (acknowledgement, invitation, rejection, offer...): rules, then a model.

A cascade keeps it fast: bulk mail that never mentions the reader's application and mail without
any job vocabulary are `other` at once; the phrase rules score the rest; a small linear model on
the rule scores settles the clear cases, and only the unclear ones are embedded (see
employer_mail_model.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from nextround.analysis import employer_mail_model as model
from nextround.analysis.employer_mail_dates import find_interview_time
from nextround.analysis.employer_mail_extract import (
    company_from_domain_text,
    company_from_sender,
    extend_company,
    find_company,
    find_company_in_signature,
    find_company_in_subject,
    find_meeting_link,
    find_role,
)
from nextround.analysis.employer_mail_features import (
    PERSONAL,
    MailView,
    Scores,
    bulk_without_personal_words,
    mail_text,
    read_mail,
    rule_flags,
)
from nextround.analysis.mime import ParsedMessage, parse_message

KINDS = model.KINDS


@dataclass(frozen=True)
class MailAnalysis:
    """What one employer mail says about an application."""

    kind: str
    has_specific_feedback: bool = False
    talent_pool: bool = False
    company: str | None = None
    role: str | None = None
    feedback_sentences: tuple[str, ...] = field(default_factory=tuple)
    interview_at: datetime | None = None
    meeting_link: str | None = None
    confidence: float = 0.5


def classify_email(msg: ParsedMessage) -> MailAnalysis:
    """Classify one parsed message; cheap checks first, the embedding model only when unclear."""
    text = mail_text(msg)
    if bulk_without_personal_words(msg, text):
        return MailAnalysis(kind="other", confidence=0.9)
    view = read_mail(msg, text)
    if msg.bulk and not PERSONAL.search(view.body):
        return MailAnalysis(kind="other", confidence=0.85)  # personal words only in quoted text
    if not is_candidate(view):
        return MailAnalysis(kind="other", confidence=0.8)  # no sign this is about a job at all
    rule_kind, _ = decide(view.scores)
    rule_flags(view, rule_kind)
    kind, confidence = model.predict_kind(view, rule_kind)
    if kind == "other":
        return MailAnalysis(kind="other", confidence=confidence)
    return _details(kind, confidence, view)


def is_candidate(view: MailView) -> bool:
    """False for mail with no job vocabulary and no strong rule hit (the cheap `other` exit)."""
    s = view.scores
    return view.weak_job or max(s.reject, s.invite, s.offer, s.asked) >= 6


def decide(s: Scores) -> tuple[str, float]:
    """The phrase rules' own verdict and confidence from summed scores."""
    ranked = {
        "offer": s.offer,
        "rejection": s.reject,
        "interview_invitation": s.invite,
        "acknowledgement": s.ack * 0.8,
    }
    top = max(ranked.values())
    if s.other >= 3 and s.other >= top * 0.75:
        return "other", _confidence(s.other, top)
    if s.asked >= 3.5 and (s.feedback_words or s.reject) and s.invite < 4 and s.offer < 5:
        return "feedback_reply", _confidence(s.asked + s.reject, s.invite + s.offer)
    if s.offer >= 5 and s.offer >= s.reject:
        return "offer", _confidence(s.offer, max(s.reject, s.invite))
    if s.reject >= 3 and s.reject >= s.invite:
        return "rejection", _confidence(s.reject, s.invite)
    if s.invite >= 3:
        return "interview_invitation", _confidence(s.invite, s.reject)
    if s.ack >= 2:
        return "acknowledgement", _confidence(s.ack, max(s.reject, s.invite))
    if top >= 1.5:
        return max(ranked, key=ranked.get), 0.4
    return "other", 0.6


def _confidence(win: float, runner_up: float) -> float:
    return round(min(0.99, 0.5 + 0.5 * (win - runner_up) / (win + runner_up + 1.0)), 2)


def _details(kind: str, confidence: float, view: MailView) -> MailAnalysis:
    feedback, talent = model.predict_flags(view, kind)
    msg, clean, body, subject = view.msg, view.clean, view.body, view.subject
    from_name, from_addr = msg.from_name, msg.from_addr
    if clean.forwarded_from:
        from_name, _, rest = clean.forwarded_from.partition("<")
        from_addr = rest.rstrip(">").strip() or from_addr
    from_name = from_name.strip(' "')
    full_text = f"{subject}\n{body}\n{clean.signature}"
    company = (
        company_from_sender(from_name, from_addr)
        or find_company_in_subject(subject)
        or company_from_domain_text(from_addr, full_text)
        or find_company([body], "", "")
        or find_company_in_signature(clean.signature, from_name)
    )
    company = extend_company(company, full_text) if company else None
    interview_at = find_interview_time(body, msg.date) if kind == "interview_invitation" else None
    link = find_meeting_link(body, msg.html) if kind in ("interview_invitation", "offer") else None
    return MailAnalysis(
        kind=kind,
        has_specific_feedback=bool(feedback),
        talent_pool=talent,
        company=company,
        role=find_role(subject, [body]),
        feedback_sentences=tuple(feedback),
        interview_at=interview_at,
        meeting_link=link,
        confidence=confidence,
    )


def email_report(raw: bytes) -> dict:
    """Parse and classify raw .eml bytes into the CLI's JSON fields (raises MalformedMessage)."""
    result = classify_email(parse_message(raw))
    return {
        "kind": result.kind,
        "has_specific_feedback": result.has_specific_feedback,
        "talent_pool": result.talent_pool,
        "company": result.company,
        "role": result.role,
    }
