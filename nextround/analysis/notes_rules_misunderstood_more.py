"""Misunderstood-question triggers for dictated, ESL and transcript-style notes.

These writers report the slip by what they heard ("I heard 'most proud of'"), how the answer
sat against the question ("which is backwards", "wrong angle", "like it was a refund question"),
or an answer "about" something after being asked about something else. Patterns that name the
question's content absorb a trailing "about a time I..." so the behavioural question's own
wording is not read as a past-job scope.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r

QUOTE_OPEN = r"['\"“‘]"
# "tell me about a time I..." belongs to the question, not to a past job.
A_TIME = r"(?:[^.;]{0,60}?\babout\s+a\s+time\s+(?:i|you|he|she|when)\b)?"
# Verbs for producing the (wrong) answer in dictated or technical notes.
GAVE = words(
    "talked",
    "answered",
    "told",
    "spoke",
    "gave",
    "explained",
    "described",
    r"launched\s+into",
    r"jumped\s+(?:straight\s+)?into",
    r"started\s+(?:on|talking|telling|describing)",
    r"went\s+(?:on|off|into)",
    "built",
    "designed",
    "sized",
    r"solved\s+for",
    "listed",
    "repeated",
    "spent",
)
# Evaluations a writer adds after an answer that went astray.
ASTRAY = words(
    r"(?:is|was|'s)\s+(?:like\s+|kind\s+of\s+|kinda\s+|basically\s+|totally\s+|completely\s+)?"
    r"(?:backwards|the\s+opposite|adjacent\s+but\s+not\s+it)",
    r"(?:isn'?t|wasn'?t|was\s+not|is\s+not)\s+(?:really\s+)?(?:the\s+question|it|the\s+same\s+thing|"
    r"what\s+(?:they|he|she|was)\s+(?:\w+\s+)?(?:asked|meant|wanted))",
)

MISUNDERSTOOD_MORE = [
    # "she asked what I'd do differently and I heard what I did", "Yeah I heard "presentable"."
    _r(
        r"\b(?:i|he|she)\s+(?:only\s+)?heard\s+(?:" + QUOTE_OPEN + r"|what\s+(?:i|he|she)\s+)", 0.75
    ),
    # "the manager asked about my availability and I answered about experience"
    _r(
        r"\basked\b" + A_TIME + r"[^.;]{0,80}\b(?:and|,|but|→|-)\s*(?:i|he|she)\s+answered\s+"
        r"(?!well\b)(?:\w+\s+){0,2}?about\b(?![^.;]{0,60}\bwhich\s+(?:i\s+think\s+)?was\s+what)",
        0.7,
        "self",
    ),
    # "answered about teaching someone else which is like backwards", "...which wasn't the question"
    _r(
        r"\b" + GAVE + r"\b" + gap(14) + r"(?:,\s*)?\b(?:which|that|it)\s+" + ASTRAY, 0.75, "neg_in"
    ),
    # "totally flipped it", "she got it backwards", "Wrong angle.", "went off on the wrong track"
    _r(
        r"\b(?:flipped\s+it(?!\s+(?:over|up|down|face))|got\s+it\s+(?:backwards|the\s+wrong\s+way\s+round)|wrong\s+(?:angle|"
        r"framework|track|tack)|answered\s+(?:\w+\s+)?the\s+wrong\s+thing|for\s+the\s+wrong\s+"
        r"(?:user|audience|client|problem|metric))\b",
        0.75,
    ),
    # "took the question 'where do you see yourself in five years' literally"
    _r(
        r"\btook\s+(?:the|a|that|this|their|his|her|one)\s+(?:\w+\s+)?(?:question|q)\b[^.;]{0,80}?"
        r"\bliterally",
        0.85,
    ),
    # "the 'scaling' question was about team scaling, not infra", "It was a capacity question"
    _r(
        r"\bquestion\b[^.;]{0,60}?\bwas\s+(?:actually\s+|really\s+)?(?:about|asking)\b[^.;]{0,60}?,?"
        r"\s+not\s+",
        0.75,
        "neg_in",
        "self",
    ),
    # "answered the 'why logistics' question like it was 'why this company'", "as though it were"
    _r(
        r"\b"
        + GAVE
        + r"\b"
        + gap(10)
        + r"\b(?:like|as\s+though|as\s+if)\s+it\s+(?:was|were|'s|is)\b",
        0.75,
        "hyp_ok",
    ),
    # "thought patron meant donor", "I thought you meant generally", "thought he is asking about"
    _r(
        r"\bthought\s+(?:that'?s\s+what\s+(?:an?\s+|the\s+)?\w+\s+(?:was|meant)|"
        + QUOTE_OPEN
        + r"?\w+['\"”’]?\s+meant|you\s+(?:meant|were\s+asking|wanted)|(?:he|she|they)\s+(?:is|are)"
        r"\s+asking)",
        0.75,
        "self",
    ),
    # "realized halfway", "I understood later", "realising afterwards this was not what was meant"
    _r(
        r"\b(?:reali[sz]\w*|understood)\s+(?:it\s+)?(?:halfway|half\s*way|midway|partway|later|"
        r"afterwards)\b(?!\s+(?:through\s+)?(?:i|i'd|that\s+i)\b)",
        0.65,
    ),
    # "missed the actual question", "missed that they wanted ownership", "I only heard half of it"
    _r(
        r"\bmissed\s+(?:the\s+(?:actual\s+|real\s+|whole\s+)?question|that\s+(?:it\s+was\s+(?:an?|the)\s+"
        r"(?:\w+\s+)?question|(?:they|he|she)\s+(?:wanted|meant|were\s+asking|was\s+asking)))|\bonly\s+"
        r"heard\s+(?:half|part)",
        0.75,
    ),
    # "got confused about the question on food safety", "mixed up 'retention' and 'recruitment'"
    _r(
        r"\b(?:got|was|became)\s+(?:a\s+bit\s+|really\s+|totally\s+)?confused\s+(?:about|on|by)\s+(?:the|a|"
        r"his|her|their)\s+(?:\w+\s+)?question|\b(?:mixed|mashed|muddled)\s+(?:up\s+)?(?:"
        + QUOTE_OPEN
        + r"\w+['\"”’]\s+and|two\s+answers|two\s+questions)",
        0.75,
    ),
    # "answered only the first half", "didn't answer the leadership bit at all"
    _r(
        r"\banswered\s+only\s+(?:the\s+)?(?:first|second|one)\s+(?:half|part|bit)|\b(?:didn'?t|did\s+not|"
        r"never)\s+(?:actually\s+)?answer\s+the\s+(?:\w+\s+)?(?:bit|part|half)\b|\bnever\s+actually\s+"
        r"answered\s+(?:the|what)",
        0.75,
        "neg_in",
    ),
    # "solved for market share when they wanted profitability", "...when the question was whether"
    _r(
        r"\b" + GAVE + r"\b" + gap(10) + r"\bwhen\s+(?:they|he|she)\s+(?:actually\s+|really\s+)?"
        r"wanted\b(?!\s+(?:someone|somebody|a\s+candidate))|\b"
        + GAVE
        + r"\b"
        + gap(10)
        + r"\bwhen\s+the\s+question\s+was\b",
        0.7,
        "hyp_ok",
    ),
    # Case notes: "reports she lost focus..., misunderstood a question on data protection"
    _r(
        r"(?:,|\band)\s+(?:then\s+)?(?:misunderst\w*|misheard|misread|misinterpret\w*)\s+(?:a|the|one|"
        r"his|her|their)\s+(?:\w+\s+)?question\b",
        0.8,
        "first_subject",
    ),
    # "I was so flustered I misheard the next question she asked about a time I..."
    _r(
        r"\b(?:misheard|misunderst\w*|misread)\s+(?:the|a|one|that)\s+(?:\w+\s+)?question\b"
        + A_TIME,
        0.8,
    ),
]
