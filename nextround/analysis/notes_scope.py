"""Who did it, and where a clause starts: actor and scope helpers for the notes analyser."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from nextround.analysis import notes_lexicon as lex

_TOKEN = re.compile(r"[a-z][a-z'’]*")


@dataclass(frozen=True)
class NoteContext:
    """Facts about the whole note that steer per-sentence decisions."""

    self_words: frozenset[str]
    other_words: frozenset[str]
    on_time: bool


def note_context(text: str, low: str) -> NoteContext:
    """Decide first/third person, the candidate's name and pronoun, and on-time signals."""
    named = [m.group(1) for m in lex.NAME_VERB.finditer(text)]
    names = Counter(n for n in named if n not in lex.NAME_STOP)
    first_person = len(lex.FIRST_PERSON.findall(low))
    mentions = low.count("candidate") - low.count("other candidate")
    top = names.most_common(1)[0] if names else None
    mentions += top[1] if top else 0
    relation = lex.CANDIDATE_RELATION.search(low)
    # Pronouns are counted only where the note may be in the third person.
    he = she = 0
    if relation or first_person == 0 or mentions >= 2:
        he, she = _count(low, lex.HE_WORDS), _count(low, lex.SHE_WORDS)
    if relation:
        mentions += max(he, she)
    third = first_person == 0 or (mentions >= 2 and mentions >= first_person)
    self_words = set(lex.SELF_WORDS)
    other_words = set(lex.OTHER_PEOPLE)
    lowered_names = {n.lower() for n in names}
    if third:
        mine, theirs = (lex.HE_WORDS, lex.SHE_WORDS) if he >= she else (lex.SHE_WORDS, lex.HE_WORDS)
        self_words |= mine
        other_words |= theirs if he and she else set()
        if top:
            self_words.add(top[0].lower())
            other_words |= lowered_names - {top[0].lower()}
        if relation:  # "my son ... he was late": the son is the candidate
            self_words.add(relation.group(1))
        # "Dad went off on one about his last gaffer": a grown-up child writing about a parent.
        self_words |= {n.lower() for n in named} & lex.PARENTS
    else:  # a relation stays external here: "my flatmate started hoovering" distracts the writer
        other_words |= lex.HE_WORDS | lex.SHE_WORDS | lowered_names
    return NoteContext(frozenset(self_words), frozenset(other_words), bool(lex.ON_TIME.search(low)))


def _count(low: str, words) -> int:
    return sum(len(re.findall(rf"(?<![\w']){re.escape(w)}(?![\w'])", low)) for w in words)


def clause_bounds(sentence: str) -> list[tuple[int, int]]:
    """Split a lower-cased sentence into clause (start, end) offsets."""
    bounds, pos = [], 0
    for m in lex.CLAUSE_BREAK.finditer(sentence):
        if m.start() > pos:
            bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(sentence)))
    return bounds


def clause_of(bounds: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The clause that contains a character offset."""
    for start, end in bounds:
        if start <= offset < end:
            return start, end
    return bounds[-1]


_SUBORDINATORS = lex.wordset("what when that how why if as while where whatever before after until")


def actor(before_sentence: str, clause_start: int, ctx: NoteContext) -> str | None:
    """Who the nearest subject before a trigger is: 'self', 'other', 'external' or None."""
    tokens = [t.group(0).replace("’", "'") for t in _TOKEN.finditer(before_sentence)]
    starts = [t.start() for t in _TOKEN.finditer(before_sentence)]
    coordinated = False
    for i in range(len(tokens) - 1, -1, -1):
        word, prev = _strip_s(tokens[i]), tokens[i - 1] if i else ""
        if word != tokens[i] and not near_end(len(tokens) - i):
            continue  # "the interviewer's question ... and argued": a possessor is not a subject
        coordinated = coordinated or word in ("and", "then", "but", "so")
        near = len(tokens) - i <= 2
        if word in lex.POSSESSIVE_SELF or word in ("their", "her", "his"):
            if near:
                return _possessive(word, ctx)
            continue
        if prev == "other" and word == "candidate" or prev == "of" and word == "them":
            return "other"
        # "...what they said and got distracted": an embedded subject is not the actor.
        if prev in _SUBORDINATORS and (coordinated or starts[i] < clause_start):
            continue
        if word in ctx.self_words:
            return "self"
        in_clause = starts[i] >= clause_start
        if word in ctx.other_words and (in_clause or word not in lex.WEAK_OTHER):
            return "other"
        if in_clause and word in lex.EXTERNAL:
            return "external"
    return None


def first_subject(before_sentence: str, ctx: NoteContext) -> str | None:
    """The first subject word of a sentence ('self'/'other'), for adverbs like 'sharply'."""
    for token in _TOKEN.finditer(before_sentence):
        word = _strip_s(token.group(0).replace("’", "'"))
        if word in ctx.self_words:
            return "self"
        if word in ctx.other_words and word not in lex.WEAK_OTHER:
            return "other"
    return None


def near_end(distance: int) -> bool:
    """A possessive counts as the actor only when it is one of the last two words."""
    return distance <= 2


def local_start(before: str, ctx: NoteContext) -> int:
    """Offset just before the last subject word in a clause prefix (the local verb phrase)."""
    last = 0
    for token in _TOKEN.finditer(before):
        word = _strip_s(token.group(0).replace("’", "'"))
        if word in ctx.self_words or word in ctx.other_words:
            last = token.start()
    return last


def _strip_s(word: str) -> str:
    return word[:-2] if word.endswith("'s") and word not in ("he's", "she's") else word


def _possessive(word: str, ctx: NoteContext) -> str:
    if word in lex.POSSESSIVE_SELF or word in ctx.self_words:
        return "self"
    return "other"


_TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"
_ARRIVED_AT = re.compile(
    r"\b(?:arrived|got\s+(?:there|in|here|to\s+\w+(?:\s+\w+)?)|turned\s+up|showed\s+up|"
    r"rolled\s+in|rushed\s+in|walked\s+in|rocked\s+up|joined|logged\s+(?:in|on)|dial(?:l)?ed\s+in|"
    r"made\s+it|was\s+there)\s+(?:\w+\s+){0,2}?(?:at\s+|around\s+|about\s+)*" + _TIME
)
_SCHEDULED = re.compile(
    r"\bfor\s+(?:a\s+|an\s+|the\s+|my\s+)?" + _TIME + r"|\b(?:interview|slot|start|call|meeting)"
    r"\s+(?:was\s+)?(?:at|for)\s+" + _TIME
)


_TIME_ARRIVAL = re.compile(r"\b" + _TIME + r"\s+(?:arrival|arrived)\b")


def _minutes(hour: str, minute: str | None, meridiem: str | None) -> int | None:
    h, m = int(hour), int(minute or 0)
    if h > 23 or m > 59 or (minute is None and meridiem is None and h > 12):
        return None
    return (h % 12) * 60 + m


def arrived_after_schedule(sentence: str, previous: str) -> tuple[int, int] | None:
    """Span of an 'arrived at 10:20 for a 10:00' phrase when the arrival was after the slot."""
    arrival = _ARRIVED_AT.search(sentence) or _TIME_ARRIVAL.search(sentence)
    if not arrival or not (arrival.group(2) or arrival.group(3)):
        return None
    scheduled = _SCHEDULED.search(sentence, arrival.end()) or _SCHEDULED.search(sentence)
    end = scheduled.end() if scheduled else arrival.end()
    scheduled = scheduled or _SCHEDULED.search(previous)
    if not scheduled:
        return None
    groups = scheduled.groups()
    sched = groups[0:3] if groups[0] else groups[3:6]
    got = _minutes(*arrival.groups()[0:3])
    want = _minutes(*sched)
    if got is None or want is None or not 0 < got - want <= 180:
        return None
    return arrival.start(), max(end, arrival.end())
