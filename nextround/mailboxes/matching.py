"""Match an employer mail to one of the owner's applications, with a confidence and reasons."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from urllib.parse import urlsplit

from nextround.applications.models import Application, Contact, StageEvent
from nextround.applications.stages import OPEN_STAGES
from nextround.feedback.models import FeedbackRequest
from nextround.mailboxes.models import MailMessage, Proposal

MATCHED = 0.5  # below this the mail is treated as about an application not tracked yet
THREAD, CONTACT, DOMAIN, DOMAIN_NAME, COMPANY = 0.97, 0.9, 0.8, 0.7, 0.6
ROLE_BONUS = 0.2
# Mail from these domains says nothing about the employer: webmail and applicant-tracking systems.
SHARED_DOMAINS = {
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
    "icloud.com", "me.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net", "aol.com",
    "greenhouse.io", "lever.co", "myworkday.com", "workday.com", "smartrecruiters.com",
    "ashbyhq.com", "icims.com", "teamtailor.com", "bamboohr.com", "workable.com",
    "workablemail.com", "recruitee.com", "personio.de", "jobvite.com", "taleo.net",
    "successfactors.com", "breezy.hr", "jazzhr.com", "pinpointhq.com", "linkedin.com",
}  # fmt: skip
SUFFIXES = re.compile(
    r"\b(?:ltd|limited|inc|incorporated|gmbh|llc|llp|plc|corp|corporation|co|company|group|ag|"
    r"sa|bv|nv|pty|ab|oy|as|srl|spa)\b\.?"
)
SECOND_LEVEL = {"co", "com", "org", "ac", "gov", "net", "ltd", "plc", "edu"}
NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|notifications?|mailer-daemon|bounces?)\b")


@dataclass
class Match:
    """The best application for a mail (None when nothing is close enough) and why."""

    application: Application | None
    score: float
    reasons: list[str] = field(default_factory=list)
    known_sender: bool = False


@lru_cache(maxsize=8192)
def normalise(name: str) -> str:
    """A company or role name without case, punctuation and legal suffixes."""
    name = SUFFIXES.sub(" ", (name or "").lower().replace("&", " and "))
    return " ".join(re.findall(r"[a-z0-9]+", name))


def similar(a: str, b: str) -> float:
    """0..1 likeness of two names (0 when clearly unlike); whole-word containment is 0.9."""
    a, b = normalise(a), normalise(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return 0.9
    matcher = SequenceMatcher(None, a, b)
    # The cheap upper bounds settle most pairs: a mailbox is matched against every application.
    if matcher.real_quick_ratio() < 0.8 or matcher.quick_ratio() < 0.8:
        return 0.0
    return matcher.ratio()


def base_domain(host: str) -> str:
    """The registrable part of a host name: mail.uk.acme.co.uk -> acme.co.uk (roughly)."""
    labels = [p for p in (host or "").lower().strip(".").split(".") if p]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def website_domain(url: str) -> str:
    """The registrable domain of a company website ('' when there is none)."""
    if not url:
        return ""
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return base_domain(host)


def sender_domain(address: str) -> str:
    """The registrable domain of a mail address."""
    return base_domain(address.rpartition("@")[2]) if "@" in (address or "") else ""


def is_personal_sender(address: str) -> bool:
    """False for no-reply and notification senders, which are never worth a contact."""
    local = (address or "").partition("@")[0].lower()
    return bool(local) and not NO_REPLY.match(local)


class Matcher:
    """The owner's applications, contacts and known threads, read once per batch."""

    def __init__(self, owner) -> None:
        self.owner = owner
        self.apps = list(Application.objects.owned_by(owner).select_related("company"))
        self.per_company = Counter(app.company_id for app in self.apps)
        self.websites = {app.company_id: website_domain(app.company.website) for app in self.apps}
        self.squashed = {
            app.company_id: normalise(app.company.name).replace(" ", "") for app in self.apps
        }
        self.contacts = {
            c.email.lower(): c for c in Contact.objects.owned_by(owner).exclude(email="")
        }
        self.threads = self._threads(owner)
        # Company names by word: a mail is compared in detail only with names sharing a word.
        self.by_word: dict[str, set[int]] = {}
        for app in self.apps:
            for word in normalise(app.company.name).split():
                self.by_word.setdefault(word, set()).add(app.company_id)

    @staticmethod
    def _threads(owner) -> dict[str, int]:
        """Message-IDs already tied to an application: matched mail and feedback requests."""
        threads: dict[str, int] = {}
        linked = Proposal.objects.owned_by(owner).exclude(application=None)
        for mid, app_id in linked.values_list("message__message_id", "application_id"):
            if mid:
                threads[mid] = app_id
        events = StageEvent.objects.owned_by(owner).exclude(message=None)
        for mid, app_id in events.values_list("message__message_id", "application_id"):
            if mid:
                threads[mid] = app_id
        asked = FeedbackRequest.objects.owned_by(owner)
        for sent, follow, app_id in asked.values_list(
            "message_id", "follow_up_message_id", "application_id"
        ):
            for mid in (sent, follow):
                if mid:
                    threads[mid] = app_id
        return threads

    def remember(self, message: MailMessage, application: Application | None) -> None:
        """Later mail in the same thread follows this one to its application."""
        if application is not None and message.message_id:
            self.threads[message.message_id] = application.pk

    def match(self, message: MailMessage) -> Match:
        """The best-scoring application for message, or Match(None, ...) below MATCHED."""
        sender = (message.from_addr or "").lower()
        contact = self.contacts.get(sender)
        thread_app = self._thread_app(message)
        named = set().union(*(self.by_word.get(w, ()) for w in normalise(message.company).split()))
        best = Match(None, 0.0, known_sender=contact is not None)
        for app in self.apps:
            score, reasons = self._score(app, message, sender, contact, thread_app, named)
            # Open applications win ties: a rejection is news for an open one only.
            score = min(0.99, score + (0.01 if app.stage in OPEN_STAGES else 0.0))
            if score > best.score:
                best = Match(app, score, reasons, best.known_sender)
        if best.score < MATCHED:
            return Match(None, best.score, best.reasons, best.known_sender)
        best.score = round(best.score, 2)
        return best

    def _thread_app(self, message: MailMessage) -> int | None:
        ids = [message.in_reply_to, *reversed(message.references or [])]
        for mid in ids:
            if mid and mid in self.threads:
                return self.threads[mid]
        return None

    def _score(self, app, message, sender, contact, thread_app, named) -> tuple[float, list[str]]:
        found: list[tuple[float, str]] = []
        if thread_app == app.pk:
            found.append((THREAD, "replies to mail about this application"))
        if contact is not None and contact.company_id == app.company_id:
            found.append((CONTACT, f"sent by your contact {contact.name}"))
        domain = sender_domain(sender)
        if domain and domain not in SHARED_DOMAINS:
            if domain == self.websites[app.company_id]:
                found.append((DOMAIN, f"sender's domain {domain} is the company website's"))
            elif self.squashed[app.company_id] == domain.split(".")[0]:
                found.append((DOMAIN_NAME, f"sender's domain {domain} is the company name"))
        if app.company_id in named and similar(message.company, app.company.name) >= 0.85:
            found.append((COMPANY, f"names the company {app.company.name}"))
        if not found:
            return 0.0, []  # a role title alone is too common to match on
        score = max(s for s, _ in found)
        reasons = [r for _, r in sorted(found, reverse=True)]
        if message.role and similar(message.role, app.role_title) >= 0.8:
            score += ROLE_BONUS
            reasons.append(f"names the role {app.role_title}")
        elif message.role and self.per_company[app.company_id] > 1:
            score -= 0.1  # another application at this company may be the one meant
        return score, reasons
