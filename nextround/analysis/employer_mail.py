"""Classify employer mail (acknowledgement, invitation, rejection, offer...) with weighted rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from nextround.analysis import employer_mail_rules as rules
from nextround.analysis.employer_mail_clean import CleanText, clean_body
from nextround.analysis.employer_mail_dates import find_interview_time
from nextround.analysis.employer_mail_extract import (
    company_from_domain_text,
    company_from_sender,
    find_company,
    find_company_in_signature,
    find_company_in_subject,
    find_meeting_link,
    find_role,
)
from nextround.analysis.employer_mail_feedback import is_feedback_sentence, mentions_talent_pool
from nextround.analysis.htmltext import html_to_text
from nextround.analysis.mime import ParsedMessage, parse_message
from nextround.analysis.text import split_sentences

KINDS = ("acknowledgement", "interview_invitation", "rejection", "offer", "feedback_reply", "other")
_MAX_BODY = 20_000  # employer mail is short; long bodies are newsletters or pasted documents
_PERSONAL = re.compile(
    r"\byour (?:job )?application\b|\binvite you to (?:an? )?interview|\boffer you the\b|\bthank "
    r"you for applying\b",
    re.I,
)
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|tr|sv)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d+[.)])\s+", re.M)
_INTERVIEW_OFFER = re.compile(
    r"\boffer(?:ing)? you (?:an?|the|your|a place at) (?:[\w-]+ ){0,3}(?:interview|call|chat|slot"
    r"|time|"
    r"assessment|meeting|opportunity to (?:interview|meet|speak|chat))",
    re.I,
)
_STRICT_NEG = rules.NEGATION
_ADDRESSED = re.compile(r"\b(?:you|your|please|attached|enclosed)\b", re.I)
_FEEDBACK_WORD = re.compile(r"\bfeedback\b", re.I)


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


@dataclass
class _Scores:
    ack: float = 0.0
    reject: float = 0.0
    invite: float = 0.0
    offer: float = 0.0
    asked: float = 0.0
    other: float = 0.0
    feedback_words: int = 0


def classify_email(msg: ParsedMessage) -> MailAnalysis:
    """Classify one parsed message; cheap checks first, then the phrase rules."""
    text = msg.text or html_to_text(msg.html)
    head = msg.subject + "\n" + text[:3000]
    if msg.bulk and not _PERSONAL.search(head):
        return MailAnalysis(kind="other", confidence=0.9)
    clean = clean_body(text[: _MAX_BODY * 2])
    body = clean.body[:_MAX_BODY]
    if msg.bulk and not _PERSONAL.search(body):
        return MailAnalysis(
            kind="other", confidence=0.85
        )  # the personal words were only in quoted text
    subject = _SUBJECT_PREFIX.sub("", clean.forwarded_subject or msg.subject).strip()
    job_context = rules.has_job_context(f"{subject}\n{body}\n{clean.signature[:300]}")
    sentences = [s.text for s in split_sentences(body)]
    scores = _score(sentences, subject, msg.subject, clean, text)
    kind, confidence = _decide(scores)
    if not job_context and max(scores.reject, scores.invite, scores.offer, scores.asked) < 6:
        return MailAnalysis(kind="other", confidence=0.8)  # no sign this is about a job at all
    if kind == "other":
        return MailAnalysis(kind="other", confidence=confidence)
    return _details(kind, confidence, msg, clean, body, subject, sentences)


def _score(
    sentences: list[str], subject: str, raw_subject: str, clean: CleanText, text: str
) -> _Scores:
    s = _Scores()
    for sentence in [*sentences, subject]:
        _score_sentence(s, sentence)
        s.feedback_words += bool(_FEEDBACK_WORD.search(sentence))
    if _FEEDBACK_WORD.search(raw_subject):
        s.asked += 3.0 if re.match(r"\s*re\s*:", raw_subject, re.I) else 1.5
    if _FEEDBACK_WORD.search(clean.quoted) and re.search(
        r"\b(?:could|would|can|ask|request)", clean.quoted, re.I
    ):
        s.asked += 2.0  # the candidate's own request for feedback, quoted below the reply
    s.other += (
        rules.score(rules.OTHER, text[-3000:]) if re.search(r"unsubscribe", text, re.I) else 0.0
    )
    return s


def _score_sentence(s: _Scores, sentence: str) -> None:
    s.ack += rules.score(rules.ACK, sentence)
    s.other += rules.score(rules.OTHER, sentence)
    s.asked += rules.score(rules.FEEDBACK_ASKED, sentence)
    if rules.CONDITIONAL.search(sentence):
        s.ack += 1.0  # "if you don't hear from us…", "if shortlisted…": promises, not decisions
        return
    reject = rules.score(rules.REJECT, sentence)
    invite = rules.score(rules.INVITE, sentence)
    offer = rules.score(rules.OFFER, sentence)
    if _INTERVIEW_OFFER.search(sentence):
        invite, offer = invite + 4.0, 0.0
    if offer >= 5 and not _ADDRESSED.search(sentence):
        offer = 1.0  # "I turned down a job offer" in a newsletter is not an offer to the reader
    if offer >= 5 and _STRICT_NEG.search(sentence):
        reject, offer = reject + 3.0, 0.0
    if reject >= 3:
        invite = min(invite, 1.0)
    elif invite and _STRICT_NEG.search(sentence):
        invite *= 0.25  # "candidates who were not invited to interview"
    s.reject += reject
    s.invite += invite
    s.offer += offer


def _decide(s: _Scores) -> tuple[str, float]:
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
        kind = max(ranked, key=ranked.get)
        return kind, 0.4
    return "other", 0.6


def _confidence(win: float, runner_up: float) -> float:
    return round(min(0.99, 0.5 + 0.5 * (win - runner_up) / (win + runner_up + 1.0)), 2)


def _details(kind, confidence, msg, clean, body, subject, sentences) -> MailAnalysis:
    listed = {m.group(0) for m in re.finditer(r"(?m)^\s*(?:[-*•·–]|\d+[.)])\s+.+$", body)}
    feedback = tuple(
        s
        for s in sentences
        if is_feedback_sentence(s, in_list=kind == "feedback_reply" and _in(s, listed))
    )
    talent = any(mentions_talent_pool(s) for s in sentences)
    from_name, from_addr = msg.from_name, msg.from_addr
    if clean.forwarded_from:
        from_name, _, rest = clean.forwarded_from.partition("<")
        from_addr = rest.rstrip(">").strip() or from_addr
    from_name = from_name.strip(' "')
    company = (
        company_from_sender(from_name, from_addr)
        or find_company_in_subject(subject)
        or company_from_domain_text(from_addr, f"{subject}\n{body}\n{clean.signature}")
        or find_company([body], "", "")
        or find_company_in_signature(clean.signature, from_name)
    )
    interview_at = find_interview_time(body, msg.date) if kind == "interview_invitation" else None
    return MailAnalysis(
        kind=kind,
        has_specific_feedback=bool(feedback),
        talent_pool=talent,
        company=company,
        role=find_role(subject, [body]),
        feedback_sentences=feedback,
        interview_at=interview_at,
        meeting_link=find_meeting_link(body, msg.html)
        if kind in ("interview_invitation", "offer")
        else None,
        confidence=confidence,
    )


def _in(sentence: str, listed: set[str]) -> bool:
    return any(sentence in line for line in listed)


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
