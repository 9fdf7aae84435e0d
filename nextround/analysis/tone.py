# ruff: noqa: E501  (regex alternations read better unbroken than split mid-pattern)
"""Tone check for feedback requests: wording that makes an employer less likely to reply.

Each issue names its kind, the offending span, why it hurts and a rewrite. A polite
request for critique to improve raises nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_WORDS = 150

KINDS = ("demands_justification", "compares_candidate", "pressure", "self_deprecation", "too_long")


@dataclass(frozen=True)
class ToneIssue:
    """One tone problem in a draft, with why it hurts and a suggested rewrite."""

    kind: str
    text: str
    start: int
    end: int
    explanation: str
    suggestion: str


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    explanation: str
    suggestion: str


def _rule(kind: str, patterns: tuple[str, ...], explanation: str, suggestion: str) -> _Rule:
    joined = "|".join(f"(?:{p})" for p in patterns)
    return _Rule(kind, re.compile(joined, re.IGNORECASE), explanation, suggestion)


_I = r"(?:i|my application|my candidacy|i personally)"
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|end of (?:the )?(?:day|week|month))"

_RULES = (
    _rule(
        "demands_justification",
        (
            rf"\bwhy (?:was|were|wasn't|am|have|had|did) {_I}\b[^.?!\n]{{0,40}}?"
            r"\b(?:rejected|turned down|declined|unsuccessful|not (?:selected|chosen|successful|progressed|hired|shortlisted))",
            r"\bwhy (?:didn't|did not|wasn't|was not) (?:i|my application)\b[^.?!\n]{0,30}?\b(?:get|make|progress|chosen|selected|successful)\b",
            r"\bwhy (?:did|would) you (?:reject|turn down|decline|not (?:choose|select|hire|pick))\b",
            r"\b(?:please )?explain (?:your|the|this) (?:decision|reasoning|choice|rationale)\b",
            r"\b(?:please )?explain (?:to me )?why\b",
            r"\bjustify\w*\b|\bjustification\b",
            r"\bi (?:don't|do not|cannot|can't|fail to|really don't) (?:understand|see|get) (?:how|why)\b",
            r"\bhow could you\b|\bon what (?:basis|grounds)\b|\bi deserve (?:an explanation|to know|a reason)\b",
            r"\bwhat (?:was|is) the (?:real )?reason (?:for|why|i|that i)\b|\bgive me (?:a|the) reason\b",
            r"\bi (?:want|need|demand) to know why\b",
        ),
        "It asks the employer to defend the decision, which invites a guarded reply or none; "
        "decisions are rarely reopened.",
        "I'd be grateful for any feedback on what I could do better in future interviews.",
    ),
    _rule(
        "compares_candidate",
        (
            r"\bwhat (?:did|does) (?:they|he|she|the (?:other|successful|chosen) (?:\w+ )?(?:candidate|person|applicant))"
            r" (?:have|bring|offer|do) that i\b",
            r"\bthe (?:other|successful|chosen|winning|hired) (?:candidate|person|applicant|finalist)s?\b",
            r"\bthe (?:person|candidate|one) (?:you|they) (?:hired|chose|selected|picked|appointed|went with)\b",
            r"\bwho (?:did you|you) (?:hire|choose|pick|appoint|select)\b|\bwho got the (?:job|role|position)\b",
            r"\b(?:better|more qualified|more experienced|stronger) than (?:me|i (?:am|was))\b",
            r"\bwhy (?:them|him|her) (?:and not|over|instead of|rather than) me\b",
            r"\bcompared? (?:to|with) (?:the )?(?:other|successful) (?:candidates?|applicants?|people)\b",
        ),
        "Asking about the hired person puts the employer in an awkward spot (they cannot discuss "
        "another candidate) and sounds like a challenge.",
        "What would have made my application stronger?",
    ),
    _rule(
        "pressure",
        (
            rf"\bi (?:need|want|require|must have|expect) (?:an? |your )?(?:answer|reply|response|feedback|this)\b[^.?!\n]{{0,30}}?\bby {_DAYS}\b",
            rf"\b(?:reply|respond|answer|get back to me) (?:\w+ )?by {_DAYS}\b|\bno later than\b",
            r"\bi expect\b(?! (?:you(?:'re| are)|that you(?:'re| are)) (?:very |really )?(?:busy|inundated|swamped))|\bi insist\b|\byou owe\b|\bwithout (?:further )?delay\b",
            r"\bas soon as (?:possible|you can)\b|\basap\b|\burgent(?:ly)?\b|\bimmediately\b",
            r"\bwithin (?:\d+|one|two|three|24|48) (?:hours|days|working days)\b",
            r"\bi(?:'ve| have) (?:now |already )?(?:emailed|written|contacted|chased|asked|messaged|called)"
            r" (?:you |your team )?(?:twice|three times|several times|multiple times|again|repeatedly|before)\b",
            r"\b(?:this is my|my) (?:second|third|fourth|last|final) (?:email|message|attempt|request|reminder)\b",
            r"\bi(?:'m| am) still waiting\b|\bstill (?:haven't|have not|not) (?:heard|received|had)\b",
            r"\bfollowing up (?:again|once more|for the \w+ time)\b|\bchasing (?:this )?again\b",
            r"\bi look forward to your (?:prompt|immediate|urgent|swift)\b",
        ),
        "Deadlines and chasing make a favour feel like an obligation; people who owe you nothing "
        "tend not to reply under pressure.",
        "Whenever you have a moment, even a couple of points would help me a lot.",
    ),
    _rule(
        "self_deprecation",
        (
            r"\bi know i (?:was|did|came across|performed|looked|sounded) (?:\w+ )?"
            r"(?:terrible|awful|bad|badly|rubbish|useless|hopeless|poor|poorly|dreadful|horrible|a mess)\b",
            r"\b(?:sorry|apologies|apologise|apologize) (?:to bother|for bothering|to trouble|for troubling|to disturb"
            r"|for (?:taking up|wasting) your time|for (?:the|this) (?:intrusion|imposition))",
            r"\bi(?:'m| am) (?:probably |clearly |obviously |just |simply )?not (?:good|smart|clever|experienced|skilled) enough\b",
            r"\bi(?:'m| am) (?:such an idiot|so stupid|stupid|hopeless|useless|a failure|an idiot|pathetic)\b",
            r"\bi (?:made a fool of myself|embarrassed myself|messed (?:it |everything |things )?up|blew it|bombed|screwed up)\b",
            r"\bi(?:'m| am) sure i (?:was|did|came across) (?:\w+ )?(?:terrible|awful|badly|bad|poorly)\b",
            r"\bi was (?:a (?:complete |total )?(?:mess|disaster|wreck)|terrible|awful|hopeless|useless)\b",
            r"\bi probably (?:didn't|don't|wasn't|am not|do not|did not) (?:deserve|have what it takes)\b",
            r"\b(?:i|my application) (?:probably )?(?:wasn't|isn't|was not) (?:worth|important)\b",
        ),
        "Running yourself down invites the reader to agree and gives them nothing to respond to; "
        "a brief, confident request works better.",
        "Thank you for considering me; I'd value your view on where I could improve.",
    ),
)

_WORD = re.compile(r"\S+")


def check_tone(text: str) -> list[ToneIssue]:
    """Flag wording in a feedback request that tends to hurt the chance of a reply."""
    if not isinstance(text, str) or not text.strip():
        return []
    issues: list[ToneIssue] = []
    for rule in _RULES:
        for match in rule.pattern.finditer(text):
            issues.append(
                ToneIssue(
                    rule.kind,
                    match.group(0),
                    match.start(),
                    match.end(),
                    rule.explanation,
                    rule.suggestion,
                )
            )
    issues.extend(_length_issue(text))
    return sorted(issues, key=lambda issue: (issue.start, KINDS.index(issue.kind)))


def _length_issue(text: str) -> list[ToneIssue]:
    """A too_long issue covering the words past the limit."""
    words = list(_WORD.finditer(text))
    if len(words) <= MAX_WORDS:
        return []
    start, end = words[MAX_WORDS].start(), words[-1].end()
    explanation = (
        f"The request is {len(words)} words; keep it to {MAX_WORDS} or fewer so it can be read and "
        "answered in a minute."
    )
    suggestion = (
        "Keep one thank-you line, one specific request for feedback and a sign-off; cut the rest."
    )
    return [ToneIssue("too_long", text[start:end], start, end, explanation, suggestion)]
