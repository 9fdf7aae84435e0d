"""Read one parsed mail once: cleaned body, sentences, rule scores and the model's input texts."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

import numpy as np

from nextround.analysis import employer_mail_rules as rules
from nextround.analysis.employer_mail_clean import CleanText, clean_body
from nextround.analysis.employer_mail_feedback import is_feedback_sentence, mentions_talent_pool
from nextround.analysis.htmltext import html_to_text
from nextround.analysis.mime import ParsedMessage
from nextround.analysis.text import split_sentences

MAX_BODY = 20_000  # employer mail is short; long bodies are newsletters or pasted documents
DOC_CHARS = 300  # the subject and opening sentences carry the decision; ~65 tokens
PERSONAL = re.compile(
    r"\byour (?:job )?application\b|\binvite you to (?:an? )?interview|\boffer you the\b|\bthank "
    r"you for applying\b",
    re.I,
)
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|tr|sv)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_INTERVIEW_OFFER = re.compile(
    r"\boffer(?:ing)? you (?:an?|the|your|a place at) (?:[\w-]+ ){0,3}(?:interview|call|chat|slot"
    r"|time|assessment|meeting|opportunity to (?:interview|meet|speak|chat))",
    re.I,
)
_ADDRESSED = re.compile(r"\b(?:you|your|please|attached|enclosed)\b", re.I)
_FEEDBACK_WORD = re.compile(r"\bfeedback\b", re.I)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[^.!?]{0,40}[,!:]?$",
    re.I,
)
# Short personal notes from recruiters and hiring managers often lack the usual job vocabulary.
WEAK_JOB = re.compile(
    r"\b(?:candidature|on ?board|showreel|(?:edit|skills?|trial|work) (?:test|task|shift)"
    r"|(?:quick|short|intro\w*|informal|phone|video|first) (?:call|chat)|meet the team"
    r"|get you in|start date|notice period|equity|package|(?:first|second|final)[- ]stage"
    r"|engineer|director|analyst|developer|designer|accountant|administrator|co-?ordinator"
    r"|executive|scientist|consultant|specialist|nurse|teacher|assistant|technician"
    r"|(?:passed|forwarded|sent) (?:it |this |your \w+ )?(?:on )?to|if it'?s a fit|feedback"
    r"|hire|take-home|coming in|internship|programmer|researcher|tester|manager|officer)\b",
    re.I,
)
_REPLY = re.compile(r"^\s*re\s*:", re.I)
# A hard-wrapped line ends without sentence punctuation and the next line goes on in lower case.
_WRAP = re.compile(r"(?<=[\w,;])[ \t]*\n[ \t]*(?=[a-z(\"'])")


@dataclass
class Scores:
    """Summed rule weights per kind for one mail."""

    ack: float = 0.0
    reject: float = 0.0
    invite: float = 0.0
    offer: float = 0.0
    asked: float = 0.0
    other: float = 0.0
    feedback_words: int = 0


@dataclass
class MailView:
    """Everything the rules and the model read from one mail, computed once."""

    msg: ParsedMessage
    clean: CleanText
    body: str
    subject: str
    sentences: list[str]
    scores: Scores
    job_context: bool
    weak_job: bool
    rule_feedback: list[bool] = field(default_factory=list)
    rule_talent: list[bool] = field(default_factory=list)


def mail_text(msg: ParsedMessage) -> str:
    """The readable text of a mail (plain text, else the HTML's text)."""
    return msg.text or html_to_text(msg.html)


def bulk_without_personal_words(msg: ParsedMessage, text: str) -> bool:
    """Mass mail (list headers) that never speaks of the reader's own application."""
    return msg.bulk and not PERSONAL.search(msg.subject + "\n" + text[:3000])


def read_mail(msg: ParsedMessage, text: str) -> MailView:
    """Clean, split and score one mail with the phrase rules."""
    clean = clean_body(text[: MAX_BODY * 2])
    body = _WRAP.sub(" ", clean.body[:MAX_BODY])
    subject = _SUBJECT_PREFIX.sub("", clean.forwarded_subject or msg.subject).strip()
    head = f"{subject}\n{body}\n{clean.signature[:300]}"
    job_context = rules.has_job_context(head)
    # A reply in a thread the user started is worth a look even without job words.
    weak_job = job_context or bool(WEAK_JOB.search(head) or _REPLY.match(msg.subject))
    sentences = [s.text for s in split_sentences(body)]
    scores = score_mail(sentences, subject, msg.subject, clean, text)
    return MailView(msg, clean, body, subject, sentences, scores, job_context, weak_job)


def score_mail(
    sentences: list[str], subject: str, raw_subject: str, clean: CleanText, text: str
) -> Scores:
    """Rule scores of a whole mail: every sentence and the subject."""
    s = Scores()
    for sentence in [*sentences, subject]:
        _score_sentence(s, sentence)
        s.feedback_words += bool(_FEEDBACK_WORD.search(sentence))
    if _FEEDBACK_WORD.search(raw_subject):
        s.asked += 3.0 if re.match(r"\s*re\s*:", raw_subject, re.I) else 1.5
    if _FEEDBACK_WORD.search(clean.quoted) and re.search(
        r"\b(?:could|would|can|ask|request)", clean.quoted, re.I
    ):
        s.asked += 2.0  # the candidate's own request for feedback, quoted below the reply
    if re.search(r"unsubscribe", text, re.I):
        s.other += rules.score(rules.OTHER, text[-3000:])
    return s


def _score_sentence(s: Scores, sentence: str) -> None:
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
    if offer >= 5 and rules.NEGATION.search(sentence):
        reject, offer = reject + 3.0, 0.0
    if reject >= 3:
        invite = min(invite, 1.0)
    elif invite and rules.NEGATION.search(sentence):
        invite *= 0.25  # "candidates who were not invited to interview"
    s.reject += reject
    s.invite += invite
    s.offer += offer


def doc_text(view: MailView) -> str:
    """Subject plus the opening sentences (greetings skipped): what the kind model embeds."""
    parts = [view.subject]
    size = len(view.subject)
    for sentence in view.sentences:
        if _GREETING.match(sentence) or len(sentence) < 4:
            continue
        parts.append(sentence)
        size += len(sentence)
        if size >= DOC_CHARS:
            break
    return "\n".join(parts)[: DOC_CHARS + 60]


def rule_features(view: MailView, rule_kind: str, kinds: tuple[str, ...]) -> np.ndarray:
    """The rules' view of a mail as numbers: log scores, context bits, the rules' own verdict."""
    s, msg = view.scores, view.msg
    scores = [s.ack, s.reject, s.invite, s.offer, s.asked, s.other, float(s.feedback_words)]
    bits = [
        float(view.job_context),
        float(view.weak_job),
        float(msg.bulk),
        float(bool(_REPLY.match(msg.subject))),
        float(bool(view.clean.quoted.strip())),
        float(bool(view.clean.forwarded_from)),
        float(any(view.rule_feedback)),
        float(any(view.rule_talent)),
    ]
    verdict = [float(rule_kind == k) for k in kinds]
    return np.array([*np.log1p(scores), *bits, *verdict], dtype=np.float32)


def rule_flags(view: MailView, kind: str) -> None:
    """Mark the sentences the feedback and talent-pool rules accept (kept for the model)."""
    listed = {m.group(0) for m in re.finditer(r"(?m)^\s*(?:[-*•·–]|\d+[.)])\s+.+$", view.body)}
    view.rule_feedback = [
        is_feedback_sentence(s, in_list=kind == "feedback_reply" and _in(s, listed))
        for s in view.sentences
    ]
    view.rule_talent = [mentions_talent_pool(s) for s in view.sentences]


def _in(sentence: str, listed: set[str]) -> bool:
    return any(sentence in line for line in listed)


HASH_DIM = 2048
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")


def hashed_words(view: MailView) -> np.ndarray:
    """Unit-length bag of hashed words and word pairs of the subject and the opening body."""
    words = _TOKEN.findall(f"{view.subject}\n{view.body[:1500]}".lower())
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    out = np.zeros(HASH_DIM, dtype=np.float32)
    for gram in set(grams):
        out[zlib.crc32(gram.encode()) % HASH_DIM] = 1.0
    norm = np.linalg.norm(out)
    return out / norm if norm else out
