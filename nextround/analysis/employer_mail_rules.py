"""Weighted phrase lexicons that score one sentence of employer mail per kind.

The per-kind lexicons live in employer_mail_lexicon (acknowledgement, invitation) and
employer_mail_lexicon_outcome (rejection, offer, feedback); this module adds the bulk-mail,
conditional, negation and job-context patterns and the scoring functions.
"""

from __future__ import annotations

import re

from nextround.analysis.employer_mail_lexicon import ACK, INVITE, _rx
from nextround.analysis.employer_mail_lexicon_outcome import (
    FEEDBACK_ASKED,
    FEEDBACK_DECLINE,
    OFFER,
    REJECT,
)

__all__ = [
    "ACK",
    "CONDITIONAL",
    "FEEDBACK_ASKED",
    "FEEDBACK_DECLINE",
    "INVITE",
    "JOB_CONTEXT",
    "NEGATION",
    "NON_JOB",
    "OFFER",
    "OTHER",
    "REJECT",
    "STRONG_JOB",
    "has_job_context",
    "score",
]

OTHER = [
    (
        3.0,
        _rx(
            r"\bjob alert|\bjobs? (?:you may|you might|that may|that might|we think you(?:'ll| "
            r"will)?) (?:be interested|"
            r"like|love)|\brecommended (?:jobs|for you|roles)|\bjobs (?:matching|for you|near you"
            r"|based on)",
            r"\bnew (?:jobs|roles|positions|openings) (?:matching|for you|posted|that match|in "
            r"your area)",
            r"\bunsubscribe\b|\bview (?:this email |it )?in (?:your |a )?browser|\bmanage (?:your "
            r")?(?:email )?preferences",
            r"\b(?:rental|tenancy|landlord|mortgage|loan|credit card|visa|passport|membership"
            r"|volunteer\w*|enrol\w*|"
            r"school place|nursery place|grant) (?:application|applications|viewing|decision)\b"
            r"|\bviewing\b",
            r"\b(?:newsletter|webinar|masterclass|podcast|e-?book|whitepaper|promo code|discount "
            r"code|% off|free trial|"
            r"limited time|flash sale|subscribe|subscription|order (?:number|#|confirmation)"
            r"|receipt (?:for|#|no)|invoice|"
            r"tracking number|has (?:been )?shipped|out for delivery|your (?:order|purchase"
            r"|booking|payment|"
            r"statement|bill|password|account|login|verification))\b",
            r"\b(?:who viewed your profile|people (?:also )?viewed|easy apply|apply now|view "
            r"(?:all )?(?:jobs|job)|"
            r"see all jobs|similar jobs|top picks)\b",
        ),
    ),
]

CONDITIONAL = _rx(
    r"\b(?:if|should|once|when|where|in the event|unless)\b[^.;]{0,60}\b(?:successful|shortlisted"
    r"|selected|"
    r"progress|progressed|match|a fit|suitable|a good fit|we decide|we would like|we'd like|we "
    r"want|"
    r"(?:don't|do not|haven't|have not|didn't|did not) hear|not (?:been )?contacted|no news"
    r"|unsuccessful|"
    r"interested in (?:moving|progressing|inviting))",
    r"\b(?:successful|shortlisted|selected) (?:candidates|applicants) will\b",
    r"\bplease (?:assume|consider|take it)\b",
)
NEGATION = re.compile(r"(?:\bnot|n't|\bunable|\bno longer|\bnever|\bcannot)\b", re.I)

STRONG_JOB = re.compile(
    r"\b(?:role|position|job|jobs|vacancy|vacancies|interview\w*|hiring|recruit\w*|candidate\w*|cv"
    r"|resume|"
    r"résumé|portfolio|salary|shortlist\w*|employment|talent|onboarding|career|careers|hr)\b",
    re.I,
)
JOB_CONTEXT = re.compile(
    r"\b(?:application|applied|applying|apply|candidate|candidacy|interview\w*|role|position"
    r"|vacancy|vacancies|"
    r"job|recruit\w*|hiring|talent|cv|resume|résumé|opportunity|offer|assessment|shortlist\w*"
    r"|employment|"
    r"hr|people team|onboarding|career|careers|portfolio|hiring manager|recruiter|salary|contract"
    r"|shortlist)\b",
    re.I,
)


NON_JOB = re.compile(
    r"\b(?:rental|tenancy|landlord|mortgage|loan|credit card|card application|visa|passport"
    r"|membership|"
    r"volunteer\w*|enrol\w*|school place|nursery|grant|planning permission|insurance claim"
    r"|refund)\b",
    re.I,
)


def has_job_context(text: str) -> bool:
    """True when the text is plausibly about a job (not a flat, a loan or a course application)."""
    if STRONG_JOB.search(text):
        return True
    return bool(JOB_CONTEXT.search(text)) and not NON_JOB.search(text)


def score(rules, sentence: str) -> float:
    """Sum the weights of every rule group that matches the sentence."""
    return sum(weight for weight, pattern in rules if pattern.search(sentence))
