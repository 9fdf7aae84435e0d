"""Employer feedback analysis: which themes to work on, and the sentences that say so.

A rule analyser (no model): each sentence is split into clauses at contrast words,
each clause gets topic themes from a lexicon and a polarity (praise or something to
work on) with negation and hedging handled; criticism keeps the topic's theme, praise
of any topic becomes ``positive``.
"""

from __future__ import annotations

from dataclasses import dataclass

from nextround.analysis import feedback_rules as rules
from nextround.analysis.text import Span, split_sentences

THEMES: tuple[str, ...] = (
    "experience",
    "technical_skills",
    "communication",
    "body_language",
    "company_knowledge",
    "examples",
    "motivation_fit",
    "attitude",
    "logistics",
    "stronger_candidate",
    "positive",
)

THEME_LABELS: dict[str, str] = {
    "experience": "Experience",
    "technical_skills": "Technical skills",
    "communication": "Communication",
    "body_language": "Body language",
    "company_knowledge": "Company knowledge",
    "examples": "Examples",
    "motivation_fit": "Motivation and fit",
    "attitude": "Attitude",
    "logistics": "Logistics",
    "stronger_candidate": "Stronger candidate",
    "positive": "Positive",
}

# Past this many characters the rest is ignored: feedback is short, and a cap
# keeps a pasted log file from stalling the analyser.
MAX_CHARS = 200_000


@dataclass(frozen=True)
class FeedbackPoint:
    """One theme and the sentence that carries it."""

    theme: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class FeedbackAnalysis:
    """Themes found in a feedback text and the sentences behind them."""

    themes: tuple[str, ...]
    points: tuple[FeedbackPoint, ...]


def analyze_feedback(text: str) -> FeedbackAnalysis:
    """Find the feedback themes in an email reply, call notes, scorecard or form answer."""
    if not isinstance(text, str) or not text.strip():
        return FeedbackAnalysis((), ())
    body = rules.normalise(text[:MAX_CHARS])
    points: list[FeedbackPoint] = []
    state = _State()
    for span in _content_sentences(body):
        for theme in _sentence_themes(span.text, state):
            original = text[span.start : span.end]
            points.append(FeedbackPoint(theme, original, span.start, span.end))
    unique = sorted(set(points), key=lambda p: (p.start, THEMES.index(p.theme)))
    themes = tuple(sorted({p.theme for p in unique}))
    return FeedbackAnalysis(themes, tuple(unique))


def feedback_report(text: str) -> dict:
    """Return the CLI's JSON shape: sorted themes and the points behind them."""
    result = analyze_feedback(text)
    return {
        "themes": list(result.themes),
        "points": [{"theme": p.theme, "text": p.text} for p in result.points],
    }


@dataclass
class _State:
    """What earlier sentences established: section polarity and the last topics."""

    section: int = 0
    last_topics: frozenset[str] = frozenset()


def _content_sentences(body: str) -> list[Span]:
    """Sentences of the message itself: no quoted text, greeting or signature."""
    body = body[: rules.quote_start(body)]
    kept: list[Span] = []
    for span in split_sentences(body):
        if span.text.startswith(">"):
            continue
        if rules.is_sign_off(span.text) and kept:
            break
        span = rules.strip_greeting(span)
        if span.text:
            kept.append(span)
    return kept


def _sentence_themes(sentence: str, state: _State) -> set[str]:
    """Themes carried by one sentence, updating the running state."""
    low = rules.blank_pleasantries(sentence.lower())
    heading = rules.heading_polarity(low)
    if heading is not None:
        state.section = heading[0]
        low = heading[1]
        if not low.strip():
            return set()
    card = rules.scorecard(low)
    if card is not None:
        return _scorecard_themes(card, state)
    themes: set[str] = set()
    previous: frozenset[str] = frozenset()
    for index, clause in enumerate(rules.clauses(low)):
        found, topics = _clause_themes(clause, state, previous, index == 0)
        themes |= found
        if topics:
            previous = topics
    if previous:
        state.last_topics = previous
    return themes


def _scorecard_themes(card: rules.Card, state: _State) -> set[str]:
    """Themes of a 'Label: score - comment' line."""
    topics = rules.topics(card.label) or rules.topics(card.comment)
    polarity = rules.polarity(card.comment) if card.comment else 0
    if polarity == 0:
        polarity = card.score_polarity or state.section
    if polarity == 0 and card.comment:
        issues = rules.issues(card.comment)
        if issues:
            return issues
    state.last_topics = frozenset(topics)
    return _decide(topics, polarity, card.label + " " + card.comment, scored=True)


def _clause_themes(
    clause: str, state: _State, previous: frozenset[str], first: bool
) -> tuple[set[str], frozenset[str]]:
    """Themes of one clause and the topics it talked about."""
    themes: set[str] = set()
    stronger = rules.is_stronger_candidate(clause)
    if stronger:
        themes.add("stronger_candidate")
    issues = rules.issues(clause)
    topics = rules.topics(clause)
    if stronger:
        # The other person's experience or skills describe them, not the user.
        topics -= {"experience", "technical_skills", "motivation_fit"}
    if rules.mentions_experience(clause) and issues | topics:
        topics.discard("technical_skills")
    polarity = rules.polarity(clause)
    if polarity == 0 and not issues and topics:
        polarity = state.section
    if polarity < 0 and not topics and not issues:
        topics = set(previous) or (set(state.last_topics) if first and rules.refers_back(clause) else set())
    if polarity > 0 and stronger and not rules.about_candidate(clause):
        polarity = 0
    themes |= issues
    themes |= _decide(topics, polarity, clause, scored=False)
    return themes, frozenset(topics | issues)


def _decide(topics: set[str], polarity: int, clause: str, *, scored: bool) -> set[str]:
    """Criticised topics keep their theme; praise of anything is positive."""
    if polarity < 0:
        return set(topics)
    if polarity > 0 and (topics or scored or rules.about_candidate(clause)):
        return {"positive"}
    return set()

