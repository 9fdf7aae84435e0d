# ruff: noqa: E501  (regex alternations read better unbroken than split mid-pattern)
"""Rule helpers for the feedback analyser: cleaning, clauses, topics, polarity."""

from __future__ import annotations

import re

from nextround.analysis import feedback_lexicon as lex
from nextround.analysis.text import Span


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_STRONG = {theme: _compile(p) for theme, p in lex.STRONG_TOPICS.items()}
_WEAK = {theme: _compile(p) for theme, p in lex.WEAK_TOPICS.items()}
_ISSUES = {theme: _compile(p) for theme, p in lex.ISSUES.items()}
_NEGATIVE = _compile(lex.NEGATIVE_CUES)
_POSITIVE = _compile(lex.POSITIVE_CUES)
_NEUTRAL = _compile(lex.NEUTRAL_PHRASES)
_PLEASANT = _compile(lex.PLEASANTRIES)
_RULED_OUT = re.compile(
    r"\b(?:no|never any|without any) (?:real |major |big |particular |serious )?(?:concerns?|doubts?|issues?"
    r"|problems?|worries|reservations?|questions?) (?:about|with|over|regarding|on)\b"
    r"|\bnothing (?:\w+ )?(?:wrong|negative|lacking|missing)\b|\bnot (?:a|an) (?:concern|issue|problem)\b"
)
_NO_CONCERN = re.compile(
    r"\bno (?:real |major )?(?:concerns?|doubts?|issues?) (?:about|with|regarding|over) (?:your|his|her)\b"
)

# Same-length replacements so character offsets still point into the original text.
_TRANSLATE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "`": "'"}
)

_QUOTE_MARKERS = re.compile(
    r"^[ \t]*On\b[^\n]{0,200}(?:\n[^\n]{0,100})?\bwrote:[ \t]*$"
    r"|^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}"
    r"|^[ \t]*From:[^\n]*\n[ \t]*(?:Sent|Date|To):"
    r"|^[ \t]*_{8,}[ \t]*$|^-- ?$",
    re.MULTILINE | re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(?i:best(?: wishes| regards)?|kind(?:est)? regards|warm(?:est)? regards|regards|many thanks|thanks"
    r"(?: again| so much)?|thank you|cheers|all the best|sincerely|yours(?: sincerely| truly| faithfully)?"
    r"|speak soon|take care|talk soon|with thanks|thx|ta|(?:best of|good) luck(?: with (?:your|the) (?:search|future|next steps|applications?))?)\b[\s,.!-]*(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)?[\s,.!]*$"
)
_GREETING = re.compile(
    r"^(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hiya)\b"
    r"(?:[^,!.:\n]{0,40}[,!.:\u2013-]+\s*|\s+\w+(?:\s+\w+)?\s*$|\s*$)"
)
_CLAUSE_BREAK = re.compile(
    r"\b(?:but|however|although|though|whereas|albeit|that said|having said that|on the other hand"
    r"|even though|except that|(?<!not )yet(?! to\b))\b|;|,\s*(?:while|whilst|just)\b|\s[-\u2013]\s*just\b"
    r"|,?\s\band (?=(?:you|your|the|i|my|he|she|his|her|we|we'd|they|also|then|didn't|did not|was|were|wasn't|weren't|could|there|that|some|several|many|most|a few)\b)"
)
_LEADING_CONCESSION = re.compile(
    r"^\W*(?:although|though|while|whilst|even though|despite|whereas|granted)\b"
)
_STRONGER = re.compile(
    r"\b(?:another|other|different|internal|external|successful|preferred|chosen|appointed|winning) "
    r"(?:shortlisted |short-listed )?(?:candidate|applicant|person|individual|finalist|interviewee)s?\b"
    r"|\b(?:we|they|client|the client) (?:just |simply |also )?had (?:a|an|another|one|two|three|some|other) (?:\w+ )?"
    r"(?:candidate|applicant|person|people|finalist)s? (?:with|who|whose)\b"
    r"|\bfilled internally\b|\bwent internal\b|\bappointed internally\b|\b(?:the )?other finalists?\b"
    r"|\b(?:went|gone|going|go|proceed\w*|progress\w*|moved? forward|moving forward|decided|opted|chose to go) (?:with|w/|for) "
    r"(?:another|an?other|a different|someone|somebody|an? (?:\w+ )?candidate|candidates|applicants|an internal|an external|the other|one of the other|a more)\b"
    r"|\b(?:offered|given|went|gone) (?:it |the (?:role|job|position|post) )?to (?:a|an|another|someone|somebody|the other|one of the other) (?:\w+ )?(?:candidate|applicant|person|finalist|internal|external|else)"
    r"|\b(?:people|candidates|applicants|those|ones) (?:we|they|who we|who they) (?:progressed|shortlisted|took forward|moved forward|hired|selected|chose|appointed|invited)\b"
    r"|\bup against\b|\b(?:someone|somebody|a candidate|an applicant) (?:who|that) (?:could|had|has|was|already)\b"
    r"|\b(?:hired|appointed|chose|chosen|selected|picked|offered|recruited) (?:someone|somebody|another|an internal|an external|a different)\b"
    r"|\b(?:person|candidate|individual|one) (?:we|they|who we|who they) (?:hired|appointed|chose|selected|picked|offered|went with|took)\b"
    r"|\b(?:person|candidate|one) who (?:got|was offered|was hired|was appointed)\b"
    r"|\b(?:closer|better|stronger|more suitable|more relevant|more natural) (?:match|fit)\b|\bmore closely (?:match|align|fit)\w*"
    r"|\b(?:stronger|more (?:experienced|qualified|suitable|senior|relevant)) (?:candidate|applicant|person|profile|people|individual)s?\b"
    r"|\b(?:strong|competitive|high[- ]calibre|high[- ]caliber|talented|tough|crowded) (?:field|pool|shortlist|group of candidates|competition)\b"
    r"|\bthe field was\b|\bcompetition was\b|\brunner[- ]up\b|\bclose second\b|\bnarrowly\b|\bpipped\b"
    r"|\b(?:very |really |extremely |incredibly |v )?close (?:decision|call|race|contest)\b"
    r"|\b(?:others|other people|someone else|somebody else|other applicants|other candidates)(?: in the process)? "
    r"(?:had|were|was|with|who|whose|having)\b"
    r"|\b(?:one|another) (?:other )?(?:person|candidate|applicant) (?:had|having|with|who|whose|was)\b"
    r"|\bonly (?:take|hire|offer|appoint|choose|progress|have) one\b|\binternal (?:hire|candidate|applicant|move)\b"
)
_REQUIREMENT = re.compile(
    r"\b(?:need|needs|needed|want|wanted|looking for|require[sd]?|after|seeking|prefer(?:red)?) "
    r"(?:someone|somebody|a candidate|an applicant|a person)\b"
)
_USER = re.compile(r"\b(?:you|your|yours|you're|yourself)\b")
_ABOUT = re.compile(
    r"\b(?:you|your|yours|you're|yourself|u|ur|i|i'm|my|me|candidate|interview|answers?|performance|presentation"
    r"|he|she|his|her|overall)\b"
)
_NEGATORS = {
    "not",
    "no",
    "never",
    "hardly",
    "barely",
    "without",
    "lack",
    "lacked",
    "lacking",
    "less",
    "nor",
    "nothing",
}
_WORDS = re.compile(r"[a-z']+")


def normalise(text: str) -> str:
    """Replace curly quotes and odd spaces with plain ones, keeping every offset."""
    return text.translate(_TRANSLATE)


def quote_start(body: str) -> int:
    """Offset where quoted or forwarded earlier mail begins (or the text length)."""
    match = _QUOTE_MARKERS.search(body)
    return match.start() if match else len(body)


def is_sign_off(sentence: str) -> bool:
    """Whether a sentence is a closing like 'Kind regards, Dana'."""
    return bool(_SIGN_OFF.match(sentence.strip()))


def strip_greeting(span: Span) -> Span:
    """Drop a leading 'Hi Sam,' from a sentence, keeping offsets."""
    match = _GREETING.match(span.text)
    if not match:
        return span
    rest = span.text[match.end() :]
    start = span.start + match.end() + (len(rest) - len(rest.lstrip()))
    return Span(rest.strip(), start, start + len(rest.strip()))


def blank_pleasantries(low: str) -> str:
    """Blank out courtesy phrases ('good luck', 'thanks for your time') with spaces."""
    return _PLEASANT.sub(lambda m: " " * len(m.group(0)), low)


def clauses(low: str) -> list[str]:
    """Split a sentence at contrast words so praise and criticism are judged apart."""
    parts: list[str] = []
    lead = _LEADING_CONCESSION.match(low)
    if lead and "," in low:
        comma = low.index(",", lead.end())
        parts.append(low[:comma])
        low = low[comma + 1 :]
    parts.extend(_CLAUSE_BREAK.split(low))
    return [p for p in parts if p.strip()]


def topics(text: str) -> set[str]:
    """Themes a clause talks about; weak words count only when nothing strong does."""
    found = {theme for theme, rx in _STRONG.items() if rx.search(text)}
    if found:
        return found
    return {theme for theme, rx in _WEAK.items() if rx.search(text)}


def strong_topics(text: str) -> set[str]:
    """Themes named by specific topic words only."""
    return {theme for theme, rx in _STRONG.items() if rx.search(text)}


def issues(text: str) -> set[str]:
    """Themes named by built-in criticisms ('rambled', 'too junior'), unless negated."""
    found = set()
    for theme, rx in _ISSUES.items():
        if any(not _negated(text, m.start()) for m in rx.finditer(text)):
            found.add(theme)
    return found


def polarity(text: str) -> int:
    """-1 when a clause criticises or advises, +1 when it praises, 0 otherwise."""
    if _NO_CONCERN.search(text):
        return 1
    text = _NEUTRAL.sub(lambda m: " " * len(m.group(0)), text)
    negative = bool(_NEGATIVE.search(text))
    positive = False
    for match in _POSITIVE.finditer(text):
        if _negated(text, match.start()):
            negative = True
        else:
            positive = True
    if negative:
        return -1
    return 1 if positive else 0


def rules_out(text: str) -> bool:
    """Whether a clause rules a problem out ('no doubts about...', 'nothing wrong with...')."""
    return bool(_RULED_OUT.search(text))


def _negated(text: str, start: int) -> bool:
    """Whether one of the three words before a cue negates it."""
    words = _WORDS.findall(text[max(0, start - 40) : start])[-3:]
    return any(w in _NEGATORS or w.endswith("n't") for w in words)


def is_stronger_candidate(text: str) -> bool:
    """Whether a clause says someone else was chosen or was a closer match."""
    # "We need someone who has..." states a requirement, not a rival.
    return bool(_STRONGER.search(_REQUIREMENT.sub(" ", text)))


def without_stronger(text: str) -> str:
    """The clause minus the comma-separated pieces that describe the chosen person."""
    pieces = re.split(r"(?<=[,.!?\u2013])\s|\s[-\u2013]\s", text)
    return " ".join(p for p in pieces if not _STRONGER.search(p))


def mentions_experience(text: str) -> bool:
    """Whether a clause talks about experience or background as such."""
    return bool(re.search(r"\bexperience[ds]?\b|\bbackground\b", text))


def addresses_user(text: str) -> bool:
    """Whether a clause speaks to the candidate directly."""
    return bool(_USER.search(text))


def about_candidate(text: str) -> bool:
    """Whether praise in a clause is about the candidate or their interview."""
    return bool(_ABOUT.search(text))


def refers_back(text: str) -> bool:
    """Whether a clause opens with a pronoun pointing at the previous sentence."""
    return bool(re.match(r"^\W*(?:it|this|that|they|these|those|which)\b", text))
