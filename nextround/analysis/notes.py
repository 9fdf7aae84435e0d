"""Debrief-notes analyser: flag things that went wrong in an interview, with evidence sentences.

Rule-based and dependency-free. Each flag has trigger patterns (synonyms and paraphrases);
a trigger only counts when it is not negated or hedged into a precaution, not a plan or
advice, not about a past job or habit, and not done by someone else (the interviewer, "they").
Only the first MAX_CHARS characters of a note are analysed, which bounds the time on huge input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextround.analysis import notes_lexicon as lex
from nextround.analysis import notes_ml, notes_veto
from nextround.analysis import notes_prompts as prompts
from nextround.analysis import notes_rules as rules
from nextround.analysis import notes_rules_mind as mind
from nextround.analysis.notes_scope import (
    NoteContext,
    actor,
    arrived_after_schedule,
    clause_bounds,
    clause_of,
    first_subject,
    local_start,
    note_context,
)
from nextround.analysis.text import split_sentences

MAX_CHARS = 100_000
THRESHOLD = 0.5
LONG_SENTENCE = 300  # longer "sentences" (run-on text) are quoted by clause instead

FLAG_LABELS = {
    "late_arrival": "Arrived late",
    "criticised_employer": "Criticised an employer",
    "argumentative": "Argued with the interviewer",
    "benefits_focus": "Focused on perks and time off",
    "phone_interruption": "Phone interruption",
    "no_research": "Had not researched the company",
    "misunderstood_question": "Misunderstood a question",
    "distracted": "Distracted or unfocused",
    "cast_doubt": "Said something that cast doubt",
}
FLAGS = tuple(FLAG_LABELS)


@dataclass(frozen=True)
class NoteFlag:
    """One raised flag with the sentence that shows it (text == note[start:end])."""

    flag: str
    text: str
    start: int
    end: int
    confidence: float


@dataclass(frozen=True)
class _FlagSpec:
    rules: list[rules.Rule]
    past: tuple[re.Pattern, ...]
    ext_ok: bool = False
    deny: re.Pattern | None = None
    deny_whole_sentence: bool = False


_ALL_PAST = (lex.PAST_PLACE, lex.PAST_TIME, lex.HABIT)
_SPECS = {
    "late_arrival": _FlagSpec(rules.LATE, _ALL_PAST),
    "criticised_employer": _FlagSpec(rules.CRITICISED, ()),
    "argumentative": _FlagSpec(rules.ARGUMENTATIVE, _ALL_PAST, deny=rules.NOT_COMBATIVE),
    "benefits_focus": _FlagSpec(
        rules.BENEFITS, _ALL_PAST, deny=rules.AFTER_OFFER, deny_whole_sentence=True
    ),
    "phone_interruption": _FlagSpec(rules.PHONE, _ALL_PAST, True, rules.PHONE_DENIED),
    "no_research": _FlagSpec(rules.NO_RESEARCH, (lex.PAST_PLACE, lex.HABIT)),
    "misunderstood_question": _FlagSpec(mind.MISUNDERSTOOD, _ALL_PAST),
    "distracted": _FlagSpec(mind.DISTRACTED, _ALL_PAST, True),
    "cast_doubt": _FlagSpec(mind.CAST_DOUBT, _ALL_PAST),
}
# Classifier hits are vetoed in a unit by the flag's denial ("phone was on silent", "stayed calm",
# "got there early") and past-job/habit scope; a note that says the candidate was on time gets
# no model-only lateness at all.
_EARLY = re.compile(r"\b(?:early|on\s+time|in\s+(?:good\s+)?time|punctual\w*|to\s+spare)\b")
DENIALS = {
    flag: notes_veto.combine(
        spec.deny, _EARLY if flag == "late_arrival" else None, *(spec.past or (lex.HABIT,))
    )
    for flag, spec in _SPECS.items()
}
_ON_TIME_DENIALS = {**DENIALS, "late_arrival": re.compile("")}


def ml_denials(ctx: NoteContext) -> dict[str, re.Pattern]:
    """The per-flag denial patterns that veto classifier hits in a note with this context."""
    return _ON_TIME_DENIALS if ctx.on_time else DENIALS


_SCHEDULE_RULE = rules.Rule(re.compile("$^"), 0.9, frozenset())


def analyze_notes(text: str) -> list[NoteFlag]:
    """Flag what went wrong in a debrief note; at most one entry (the best evidence) per flag."""
    if not isinstance(text, str) or not text.strip():
        return []
    text = text[:MAX_CHARS]
    low, ctx, best, rejected = rule_pass(text)
    for flag, probability, unit in notes_ml.ml_flags(
        text, low, ctx, set(best), rejected, ml_denials(ctx)
    ):
        best[flag] = NoteFlag(flag, unit.text, unit.start, unit.end, round(probability, 2))
    return sorted(best.values(), key=lambda f: (f.start, FLAGS.index(f.flag)))


def rule_pass(text: str):
    """The rules alone: (lowered text, context, accepted flags, rejected (flag, offset) pairs)."""
    low = _lower_same_length(text)
    ctx = note_context(text, low)
    best: dict[str, NoteFlag] = {}
    rejected: list[tuple[str, int]] = []  # triggers the scope checks turned down veto the model
    previous = ""
    spans = split_sentences(text, lower_case_starts=True)
    for i, span in enumerate(spans):
        sentence = low[span.start : span.end]
        silent = _unreported(sentence, low, spans[i + 1 : i + 2], previous)
        # A prompt answered with a short "no" vetoes the model on that unit too.
        if silent and len(sentence[silent:].split()) < 4:
            rejected += [(flag, span.start) for flag in FLAGS]
        for flag, confidence, (start, end) in _sentence_flags(sentence, previous, ctx):
            if confidence < THRESHOLD or start < silent:
                rejected.append((flag, span.start + start))
            elif flag not in best or confidence > best[flag].confidence:
                best[flag] = _evidence(text, span.start, span.end, start, end, flag, confidence)
        previous = sentence
    return low, ctx, best, rejected


def _unreported(sentence: str, low: str, following, previous: str) -> int:
    # How many leading characters of a sentence report nothing: a copied prompt (unless its
    # answer says yes), a checklist label answered "no", or a short "no" answering a prompt.
    if prompts.denied_label(sentence) or (
        prompts.short_no(sentence) and prompts.is_prompt(previous.strip())
    ):
        return len(sentence)
    mark = sentence.find("?") + 1
    if not mark or not prompts.is_prompt(sentence[:mark]):
        return 0
    answer = sentence[mark:].strip() or (
        low[following[0].start : following[0].end] if following else ""
    )
    return 0 if prompts.affirmed(answer) else mark


def notes_report(text: str) -> dict:
    """JSON-ready summary: sorted flag names and their evidence sentences."""
    found = analyze_notes(text)
    return {
        "flags": sorted(f.flag for f in found),
        "evidence": [
            {"flag": f.flag, "text": f.text, "start": f.start, "end": f.end} for f in found
        ],
    }


def _lower_same_length(text: str) -> str:
    # Offsets must survive lower-casing; a few characters (e.g. "İ") grow when lowered.
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'").replace("‘", "'")


def _sentence_flags(sentence: str, previous: str, ctx: NoteContext):
    bounds = clause_bounds(sentence)
    advice = bool(lex.ADVICE_START.search(sentence))
    for flag, spec in _SPECS.items():
        for rule in spec.rules:
            for match in rule.regex.finditer(sentence):
                confidence = _judge(
                    spec, rule, match.start(), match.end(), sentence, bounds, ctx, advice
                )
                yield flag, confidence, (match.start(), match.end())
    late = arrived_after_schedule(sentence, previous)
    if late:
        spec = _SPECS["late_arrival"]
        yield (
            "late_arrival",
            _judge(spec, _SCHEDULE_RULE, *late, sentence, bounds, ctx, advice),
            late,
        )


def _judge(spec, rule, start, end, sentence, bounds, ctx, advice) -> float:
    """Confidence that a trigger reports a real event by the candidate in this interview."""
    c_start, c_end = clause_of(bounds, start)
    clause = sentence[c_start:c_end]
    before = sentence[c_start:start]
    inside = sentence[start:end]
    opts = rule.options
    if "neg_in" not in opts and lex.NEGATOR.search(inside):
        return 0.0
    if lex.NEGATOR.search(_negation_window(before[local_start(before, ctx) :])):
        return 0.0
    if lex.NEGATED_BELIEF.search(before):
        return 0.0
    if "hyp_ok" not in opts and (
        _hypothetical(before, ctx, advice and c_start == 0)
        # "asked if/whether I would get..." is an indirect question, not a condition.
        or ("question" not in opts and lex.HYP_INSIDE.search(inside))
    ):
        return 0.0
    if "past_ok" not in opts and _out_of_scope(
        spec, clause, before, start - c_start, end - c_start
    ):
        return 0.0
    if spec.deny is not None and spec.deny.search(sentence if spec.deny_whole_sentence else clause):
        return 0.0
    if "fragile" in opts and mind.RECOVERED.search(sentence, start):
        return 0.0
    if "weak" in opts and ctx.on_time:
        return 0.0
    if "clarify" in opts and mind.CLARIFIED.search(sentence):
        return 0.0
    if "self" not in opts:
        if "first_subject" in opts:
            who = first_subject(sentence[:start], ctx)
        else:
            who = actor(sentence[:start], c_start, ctx)
        if who == "other" or (who == "external" and not (spec.ext_ok or "ext_ok" in opts)):
            return 0.0
    confidence = rule.confidence
    if lex.HEDGE.search(clause):
        confidence -= 0.1
    return round(confidence, 2)


def _negation_window(before: str) -> str:
    # A negator reaches at most six words forward, never across a new subject or "and"/"then".
    words = lex.NEGATED_RESTRAINT.sub(" ", before).split()[-6:]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in ("and", "then", "so", "&"):
            return " ".join(words[i + 1 :])
    return " ".join(words)


def _hypothetical(before: str, ctx: NoteContext, advice: bool) -> bool:
    # "if"/"next time" cover the whole clause; "wanted to"/"worried" only the local verb phrase.
    local = before[local_start(before, ctx) :]
    return advice or bool(lex.CONDITION.search(before) or lex.HYPOTHETICAL.search(local))


def _out_of_scope(spec, clause, before, start, end) -> bool:
    # Criticism keeps its past-job targets; a habit before the verb ("I always moan about...")
    # or another interview ("at an earlier interview I said...") still moves it out of scope.
    if not spec.past:
        return bool(lex.HABIT.search(before) or lex.OTHER_INTERVIEW.search(before))
    outside = clause[:start] + " " + clause[end:]
    inside = clause[start:end]
    return any(p.search(outside) for p in spec.past) or bool(lex.HABIT.search(inside))


def _evidence(text, s_start, s_end, m_start, m_end, flag, confidence) -> NoteFlag:
    start, end = s_start, s_end
    if end - start > LONG_SENTENCE:
        # Run-on text: quote about the clause around the match, not a whole paragraph.
        start = _boundary_before(text, s_start, s_start + m_start)
        end = _boundary_after(text, s_start + m_end, s_end)
    return NoteFlag(flag, text[start:end], start, end, confidence)


def _boundary_before(text: str, floor: int, pos: int) -> int:
    cut = max(floor, pos - 120)
    for i in range(pos - 1, cut - 1, -1):
        if text[i] in ",;:\n":
            cut = i + 1
            break
    while cut < pos and text[cut].isspace():
        cut += 1
    return cut


def _boundary_after(text: str, pos: int, ceiling: int) -> int:
    stop = min(ceiling, pos + 120)
    for i in range(pos, stop):
        if text[i] in ",;:\n":
            stop = i
            break
    while stop > pos and text[stop - 1].isspace():
        stop -= 1
    return stop
