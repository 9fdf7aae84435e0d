"""Employer feedback analysis: which themes to work on, and the sentences that say so.

A rule analyser (no model): each sentence is split into clauses at contrast words,
each clause gets topic themes from a lexicon and a polarity (praise or something to
work on) with negation and hedging handled; criticism keeps the topic's theme, praise
of any topic becomes ``positive``.
"""

from __future__ import annotations

from dataclasses import dataclass

from nextround.analysis import feedback_rules as rules
from nextround.analysis.action_plan import PERSPECTIVE_MESSAGE, next_step
from nextround.analysis.text import Span, split_sentences

__all__ = [
    "PERSPECTIVE_MESSAGE",
    "THEMES",
    "THEME_LABELS",
    "FeedbackAnalysis",
    "FeedbackPoint",
    "analyze_feedback",
    "feedback_report",
    "next_step",
]

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
    state = _State(scale=rules.scale_of(body.lower()))
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

    scale: int = 5
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
    inline = rules.inline_scores(low)
    if inline:
        return set().union(*(_scorecard_themes(card, state) for card in inline))
    card = rules.scorecard(low, state.scale)
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
    """Themes of a 'Label: score - comment' line; the label names the default topic."""
    label_topics = frozenset(rules.topics(card.label))
    if not card.comment.strip():
        polarity = card.score_polarity or state.section
        state.last_topics = label_topics
        return _decide(set(label_topics), polarity, card.label, scored=True)
    themes: set[str] = set()
    for index, clause in enumerate(rules.clauses(card.comment)):
        default = card.score_polarity if index == 0 else 0
        found, _ = _clause_themes(clause, state, label_topics, False, default=default, scored=True)
        themes |= found
    state.last_topics = label_topics
    return themes


def _clause_themes(
    clause: str,
    state: _State,
    previous: frozenset[str],
    first: bool,
    *,
    default: int = 0,
    scored: bool = False,
) -> tuple[set[str], frozenset[str]]:
    """Themes of one clause and the topics it talked about."""
    themes: set[str] = set()
    if rules.is_stronger_candidate(clause):
        themes.add("stronger_candidate")
        # What the hired person had describes them, not the user: judge the rest.
        clause = rules.without_stronger(clause)
    issues = rules.issues(clause)
    # A named criticism ("dismissive") is the point of its clause; other topic
    # words there ("during the pairing session") are only context.
    topics = set() if issues else rules.topics(clause)
    if scored and previous and not rules.strong_topics(clause):
        topics = set() if issues else set(previous)
    if rules.mentions_experience(clause) and issues | topics:
        topics.discard("technical_skills")
    polarity = rules.polarity(clause) or default
    if polarity == 0 and not issues and topics:
        polarity = state.section
    if polarity < 0 and not topics and not issues:
        topics = set(previous) or (
            set(state.last_topics) if first and rules.refers_back(clause) else set()
        )
    themes |= issues
    themes |= _decide(topics, polarity, clause, scored=scored)
    return themes, frozenset(topics | issues)


def _decide(topics: set[str], polarity: int, clause: str, *, scored: bool) -> set[str]:
    """Criticised topics keep their theme; praise of anything is positive."""
    if polarity < 0:
        return set(topics)
    if polarity > 0 and (
        topics or scored or rules.about_candidate(clause) or len(clause.split()) <= 4
    ):
        return {"positive"}
    return set()
