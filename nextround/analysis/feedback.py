"""Employer feedback analysis: which themes to work on, and the sentences that say so.

A hybrid. Rules: each sentence is split into clauses at contrast words, each clause gets
topic themes from a lexicon and a polarity (praise or something to work on) with negation
and hedging handled; criticism keeps the topic's theme, praise of any topic becomes
``positive``. Model: a per-theme logistic regression over each sentence's MiniLM embedding
(trained by ``train_feedback``) adds the paraphrases the lexicon misses; its area themes are
vetoed in sentences whose every clause praises. ``stronger_candidate`` is dropped when the
text also criticises the candidate (labelling guide §3).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from nextround.analysis import feedback_rules as rules
from nextround.analysis import feedback_scorecard as scorecard
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
# The model reads only the first sentences (rules read all): a few ms per sentence.
MAX_MODEL_SENTENCES = 60
MODEL_FILE = Path(__file__).parent / "models" / "feedback-v1.npz"
AREA_THEMES = frozenset(THEMES) - {"positive", "stronger_candidate"}


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
    rows = sentence_rows(rules.normalise(text[:MAX_CHARS]))
    scored = [row.span.text for row in rows if row.scored][:MAX_MODEL_SENTENCES]
    found = combine(rows, model_probs(scored), _model())
    points = [
        FeedbackPoint(theme, text[row.span.start : row.span.end], row.span.start, row.span.end)
        for row, themes in zip(rows, found, strict=True)
        for theme in themes
    ]
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


@dataclass(frozen=True)
class Row:
    """One content sentence: its rule themes and how the model may read it."""

    span: Span
    rules: frozenset[str]
    scored: bool  # the model reads it (not a bare greeting or pleasantry)
    praise: bool  # praise or a ruled-out problem: the model's area themes are vetoed here


@dataclass(frozen=True)
class Model:
    """Per-theme logistic regression over sentence embeddings, with tuned thresholds."""

    coef: np.ndarray  # themes x 384
    intercept: np.ndarray
    thresholds: np.ndarray


def sentence_rows(body: str) -> list[Row]:
    """Rule themes and model eligibility of each content sentence of a normalised body."""
    state = _State(scale=scorecard.scale_of(body.lower()))
    rows = []
    for span in _content_sentences(body):
        found = frozenset(_sentence_themes(span.text, state))
        low = rules.blank_pleasantries(span.text.lower())
        clause_polarity = [rules.polarity(c) for c in rules.clauses(low)] or [0]
        scored = any(ch.isalpha() for ch in low)
        # Praise, or a problem ruled out, is no criticism for the model to find.
        praise = min(clause_polarity) > 0 or (min(clause_polarity) >= 0 and rules.rules_out(low))
        rows.append(Row(span, found, scored, praise))
    return rows


def model_probs(sentences: list[str], model: Model | None = None) -> np.ndarray:
    """Per-theme probabilities for sentences (an empty array when there is no model)."""
    model = model or _model()
    if model is None or not sentences:
        return np.zeros((0, len(THEMES)), np.float32)
    from nextround.analysis.embed import ModelUnavailable, embed

    try:
        vectors = embed(sentences)
    except ModelUnavailable:  # without the embedding wheel the rules still work
        return np.zeros((0, len(THEMES)), np.float32)
    logits = np.clip(vectors @ model.coef.T + model.intercept, -30, 30)  # no exp overflow
    return 1.0 / (1.0 + np.exp(-logits))


def combine(rows: list[Row], probs: np.ndarray, model: Model | None) -> list[set[str]]:
    """Themes per sentence: rules OR model above threshold, with the polarity vetoes."""
    found = [set(row.rules) for row in rows]
    scored = [i for i, row in enumerate(rows) if row.scored][: len(probs)]
    if model is not None:
        for i, p in zip(scored, probs, strict=True):
            hits = {t for t, pk, tk in zip(THEMES, p, model.thresholds, strict=True) if pk >= tk}
            found[i] |= hits - AREA_THEMES if rows[i].praise else hits
    # The guide keeps stronger_candidate only where the candidate is not criticised.
    if any(themes & AREA_THEMES for themes in found):
        found = [themes - {"stronger_candidate"} for themes in found]
    return found


@lru_cache(maxsize=1)
def _model() -> Model | None:
    """The trained weights, read on first use; None when the file is missing."""
    if not MODEL_FILE.exists():
        return None
    with np.load(MODEL_FILE, allow_pickle=False) as saved:
        if tuple(saved["themes"]) != THEMES:
            return None
        return Model(saved["coef"], saved["intercept"], saved["thresholds"])


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
    heading = scorecard.heading_polarity(low)
    if heading is not None:
        state.section = heading[0]
        low = heading[1]
        if not low.strip():
            return set()
    inline = scorecard.inline_scores(low)
    if inline:
        return set().union(*(_scorecard_themes(card, state) for card in inline))
    card = scorecard.scorecard(low, state.scale)
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


def _scorecard_themes(card: scorecard.Card, state: _State) -> set[str]:
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
