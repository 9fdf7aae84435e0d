"""No-research triggers for list-style, ESL and Q&A-transcript notes.

Run-on lists ("argued with the panel ..., and didn't know anything about the company") put
another person nearest the trigger, so the core not-knowing patterns are repeated with the
sentence's first subject as the actor. The other families name a missed chance to look
("didn't get a chance to look"), a blank after "what do you know about us", or a wrong guess
about the employer ("thought it was a phone company but it's actually...").
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap
from nextround.analysis.notes_rules_base import _r
from nextround.analysis.notes_rules_research_extra import ORG, THE_ORG


def _first_subject(rules):
    # The same pattern, judged by the sentence's first subject instead of the nearest one;
    # "(the team) didn't know what they were doing" is a jibe at others, not missing research.
    return [
        _r(r.regex.pattern + r"(?!\s+doing\b)", r.confidence, *r.options, "first_subject")
        for r in rules
    ]


WRONG_ORG = r"(?:company|firm|business|agency|bank|organi[sz]ation|one|brand|charity|school)"

NO_RESEARCH_MORE = [
    # "didn't get a chance to look at the website", "hadn't had time to look", "no time to research"
    _r(
        r"\b(?:didn'?t|did\s+not|hadn'?t|had\s+not|never)\s+(?:get|have|had|find|found)\s+(?:a\s+chance|"
        r"(?:the\s+|any\s+)?time)\s+to\s+(?:look|research|read|check|prep|google)",
        0.75,
        "neg_in",
    ),
    # "didn't read up on it properly", "I was meant to read up but I didn't"
    _r(
        r"\b(?:didn'?t|did\s+not|hadn'?t|had\s+not)\s+(?:really\s+|properly\s+)?read\s+up\b|\b(?:meant|"
        r"supposed|going)\s+to\s+(?:read\s+up|research|look\s+(?:them|it)\s+up)\b[^.;]{0,25}\bbut\s+"
        r"(?:i|he|she)\s+(?:didn'?t|never|did\s+not)",
        0.75,
        "neg_in",
        "hyp_ok",
    ),
    # "what do you know about us and I had nothing",
    # "asked what I knew about the trust, I said not much"
    _r(
        r"\bwhat\s+(?:do\s+you|did\s+you|i|he|she)\s+(?:knew|know)\s+about\s+(?:us|them|it|the\s+(?:\w+\s+)?"
        + ORG
        + r"|their\s+\w+)\b"
        + gap(6)
        + r"(?:had\s+nothing|(?:said|say)\s+['\"]?(?:not\s+much|you\s+tell\s+me|nothing)|"
        r"knew\s+nothing|"
        r"blank\w*|no\s+idea)",
        0.8,
        "neg_in",
        "self",
    ),
    # "got the company's name wrong twice", "called it by the wrong name"
    _r(
        r"\bgot\s+(?:the\s+(?:company|firm|business|organi[sz]ation|school|bank|charity)'?s|their)\s+"
        r"name\s+wrong",
        0.8,
    ),
    # "admitted she had only 'skimmed the homepage'", "I only knew what was in the advert"
    _r(
        r"\bonly\s+['\"]?(?:skimmed|glanced\s+at)\s+(?:the|their)\s+(?:\w+\s+)?(?:home\s*page|website|"
        r"site|about\s+page|careers\s+page)|\bonly\s+knew\s+what\s+(?:was|it\s+said)\s+(?:in|on)\s+the\s+"
        r"(?:job\s+)?(?:advert|ad|posting|description|spec)",
        0.75,
    ),
    # "I'd prepped all about the wrong company", "Prepped the wrong company"
    _r(
        r"\b(?:prep\w*|prepar\w*|research\w*|read\s+up)\s+(?:\w+\s+){0,2}?(?:the\s+)?wrong\s+"
        + WRONG_ORG,
        0.8,
    ),
    # "thought it was a call centre for a phone company but it's actually for a health insurer"
    _r(
        r"\bthought\s+(?:it|they|"
        + THE_ORG
        + r")\s+(?:was|were)\s+[^.;]{0,60}?\bbut\s+(?:it'?s|it\s+is|"
        r"they'?re|they\s+are|it\s+was)\s+actually\b",
        0.7,
    ),
    # "couldn't name a single project of theirs", "couldn't name a building they'd done"
    _r(
        r"\b(?:couldn'?t|could\s+not|unable\s+to)\s+(?:even\s+)?name\s+(?:a\s+single|one|any)\s+(?:\w+\s+)?"
        r"(?:of\s+theirs|they'?d|they\s+(?:had|have|did|make|sell|run))",
        0.8,
        "neg_in",
    ),
    # "hasn't looked at the company's website", "haven't really looked at their projects page"
    _r(
        r"\b(?:hasn'?t|haven'?t|has\s+not|have\s+not)\s+(?:really\s+|even\s+|properly\s+)?(?:looked\s+at|"
        r"read|checked)\s+(?:their|" + THE_ORG + r"'s)\s+\w+",
        0.75,
        "neg_in",
    ),
    # "talked about the cider campaign which it turns out was a different agency"
    _r(
        r"\bwhich\s+(?:it\s+turns\s+out\s+|turned\s+out\s+)?(?:was|is)\s+(?:actually\s+)?(?:a\s+)?"
        r"(?:different|another|their\s+competitor'?s?)\s+(?:agency|company|firm|brand|business|bank)",
        0.7,
    ),
]
