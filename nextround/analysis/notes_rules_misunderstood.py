"""Trigger rules for a misunderstood question, and the rephrased/clarified cancel pattern."""

from __future__ import annotations

import re

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r
from nextround.analysis.notes_rules_misunderstood_extra import MISUNDERSTOOD_EXTRA
from nextround.analysis.notes_rules_misunderstood_more import MISUNDERSTOOD_MORE
from nextround.analysis.notes_rules_misunderstood_paraphrase import MISUNDERSTOOD_PARAPHRASE
from nextround.analysis.notes_rules_misunderstood_wide import MISUNDERSTOOD_WIDE

QUESTION = words(
    r"questions?",
    r"q\d*",
    "brief",
    "task",
    "exercise",
    "scenario",
    r"case(?:\s+study)?",
    "prompt",
    r"follow-?up",
    "point",
    "ask",
    "what",
    "them",
    "him",
    "her",
    "it",
    r"requirements?",
    r"instructions?",
    r"'",
    '"',
    "as",
)
MISUNDERSTOOD = [
    _r(
        r"\b(?:misunderst\w*|misread|mis-read|misheard|mis-heard|misinterpret\w*|mis-interpret\w*|"
        r"misconstru\w*)\b\s*" + gap(3) + QUESTION,
        0.85,
    ),
    _r(
        r"\banswer\w*\s+" + gap(2) + r"(?:the\s+)?(?:wrong|different|other|another)\s+(?:question|"
        r"thing|one|q|project|topic|example|point|story|situation|issue|problem|subject|task)",
        0.9,
    ),
    _r(
        r"\banswer\w*\s+(?:a|the)\s+question\s+(?:they|he|she|nobody|no\s+one)\s+(?:hadn'?t|"
        r"had\s+not|didn'?t|never|wasn'?t)",
        0.9,
        "neg_in",
        "self",
    ),
    _r(
        r"\b(?:wasn'?t|was\s+not|isn'?t|not)\s+what\s+(?:they|he|she|the\s+\w+)\s+(?:\w+\s+)?"
        r"(?:asked|meant|wanted|were\s+asking|was\s+asking|were\s+after|was\s+after|"
        r"were\s+looking\s+for|had\s+asked)",
        0.8,
        "neg_in",
        "self",
    ),
    _r(
        r"\breali[sz]\w*\s+" + gap(4) + r"(?:that\s+)?(?:they|he|she|the\s+(?:question|"
        r"interviewer|panel))\s+(?:were\s+|was\s+|had\s+been\s+|'d\s+been\s+)?(?:actually\s+|"
        r"really\s+)?(?:asking|meant|wanted\s+(?:to\s+know|me\s+to|an?\s+(?:answer|example))|"
        r"were\s+after)",
        0.75,
        "self",
    ),
    _r(
        r"\b(?:thought|assumed)\s+(?:the\s+question|they|he|she)\s+(?:was|meant|were\s+asking|"
        r"wanted)\b" + gap(8) + r"(?:but|actually|turns\s+out|in\s+fact|they\s+(?:actually\s+)?"
        r"(?:wanted|meant))",
        0.8,
        "self",
    ),
    _r(r"\bwrong\s+end\s+of\s+the\s+stick\b", 0.9),
    _r(r"\bmissed\s+the\s+point\b", 0.7),
    _r(
        r"\b(?:misunderst\w*|misread|misheard|misinterpret\w*)\b(?!\s+(?:the\s+|my\s+)?(?:invite|time|"
        r"date|address|email|map|directions|calendar|location|instructions\s+to))",
        0.7,
    ),
    _r(
        r"\b(?:didn'?t|did\s+not|never)\s+(?:actually\s+|really\s+|quite\s+)?answer(?:ed)?\s+(?:the|their|"
        r"his|her|what)\s+(?:\w+\s+)?(?:question|they\s+asked|was\s+asked)",
        0.75,
        "neg_in",
    ),
    _r(
        r"\b(?:not|wasn'?t)\s+(?:quite\s+|really\s+|exactly\s+)?what\s+(?:i|we)\s+(?:was|were|am|"
        r"are)\s+(?:asking|after|looking\s+for)",
        0.8,
        "neg_in",
        "self",
    ),
    _r(r"\bcross[- ]purposes\b", 0.8),
    _r(
        r"\b(?:thought|assumed)\s+(?:they|he|she|it|the\s+question)\s+(?:said|was\s+asking|asked|"
        r"meant|wanted)\b",
        0.6,
        "self",
    ),
    _r(
        r"\b(?:mixed\s+up|confused|muddled)\s+(?:the\s+)?(?:question|questions|two\s+questions|"
        r"what\s+(?:they|he|she)\s+(?:asked|meant))",
        0.85,
    ),
    _r(
        r"\b(?:reali[sz]ed|clicked|dawned\s+on\s+me|penny\s+dropped)\b"
        + gap(6)
        + r"what\s+(?:they|he|"
        r"she)\s+(?:actually\s+|really\s+)?(?:wanted|meant|were\s+(?:asking|after)|was\s+(?:asking|"
        r"after))",
        0.8,
        "self",
    ),
    _r(
        r"\b(?:they|he|she|the\s+\w+)\s+(?:had\s+to|then)\s+(?:rephrase|re-?explain|clarify|repeat)\s+"
        r"(?:the\s+question|it|what\s+(?:they|he|she)\s+meant)\b"
        + gap(4)
        + r"(?:because|after|as|when)\s+"
        r"i\b",
        0.75,
        "self",
    ),
    _r(
        r"\b(?:didn'?t|did\s+not|couldn'?t|could\s+not|wasn'?t\s+able\s+to)\s+(?:quite\s+|really\s+|"
        r"fully\s+)?(?:get|understand|grasp|follow|catch|work\s+out|figure\s+out)\s+(?:what\s+(?:they|"
        r"he|she|the\s+(?:\w+\s+)?\w+)\s+(?:were|was)\s+(?:asking|after|getting\s+at|looking\s+for|"
        r"on\s+about)|"
        r"the\s+(?:point\s+of\s+the\s+)?(?:\w+\s+)?question)",
        0.65,
        "neg_in",
        "self",
        "clarify",
    ),
    _r(r"\banswer\w*\s+(?:with\s+)?something\s+(?:else|different|unrelated)", 0.85),
    _r(
        r"\b(?:wrongly|mistakenly|incorrectly)\s+(?:assumed|thought|took|read|interpreted|"
        r"understood|heard)",
        0.85,
    ),
    _r(
        r"\b(?:when|but|whereas|while)\s+the\s+question\s+was\s+(?:really|actually)\s+(?:about|"
        r"asking)|\bthe\s+question\s+was\s+actually\s+(?:about|asking)",
        0.8,
        "self",
    ),
    _r(
        r"\b(?:took|interpreted|read|heard)\s+(?:the|that|their|his|her|this)\s+"
        + gap(6)
        + r"(?:question|q)\s+"
        + gap(2)
        + r"(?:too\s+literally|literally|wrong(?:ly)?|"
        r"the\s+wrong\s+way|incorrectly|differently)",
        0.85,
    ),
    _r(
        r"\bmissed\s+the\s+point\s+of\s+(?:the|their|his|her|that)\s+(?:\w+\s+)?(?:question|q)|"
        r"\bmissed\s+what\s+(?:the\s+question|they)\s+(?:was|were)\s+(?:really\s+)?(?:asking|"
        r"about|getting\s+at)",
        0.85,
    ),
    _r(
        r"\bquestion\s+was\s+about\b" + gap(8) + r"\bi\s+(?:talked|answered|spoke|went\s+on|"
        r"described|gave)\b",
        0.75,
        "self",
        "past_ok",
    ),
    _r(r"\bquestion\s+i\s+thought\s+(?:they|he|she)\s+(?:had\s+)?asked", 0.85, "self"),
    _r(
        r"\b(?:answered|talked|spoke|went\s+on)\b" + gap(8) + r"when\s+(?:they|he|she)(?:'d|"
        r"\s+had)?\s+(?:actually\s+)?asked\s+about",
        0.55,
    ),
    # Generic paraphrases: "took the question to be about", "mixed up the questions",
    # "they wanted X and I gave Y", "realised what the question was really after".
    _r(
        r"\btook\s+(?:the|that|their|his|her|this)\s+(?:\w+\s+)?(?:question|q)\s+(?:to\s+be\s+about|"
        r"as\s+(?:being\s+)?about|to\s+mean)",
        0.8,
    ),
    _r(
        r"\b(?:mixed|muddled)\s+up\s+" + gap(3) + r"(?:questions?|scenarios?)\b|\bgot\s+(?:the\s+)?"
        r"(?:\w+\s+)?(?:questions?|scenarios?)\s+(?:mixed|muddled)\s+up|\bconfused\s+the\s+"
        r"(?:\w+\s+){0,2}?question\s+with",
        0.8,
    ),
    _r(
        r"\b(?:they|he|she)\s+(?:had\s+)?wanted\s+" + gap(6) + r"(?:and|but|,)\s+(?:i|he|she)\s+"
        r"(?:gave|talked|answered|described|spoke)\b",
        0.7,
        "hyp_ok",
    ),
    _r(
        r"\b(?:i|he|she)\s+(?:talked|answered|spoke|went\s+on|gave|described)\b"
        + gap(8)
        + r"(?:when|but|whereas|while)\s+(?:they|he|she)\s+(?:had\s+|'d\s+)?"
        r"(?:actually\s+|really\s+)?wanted",
        0.75,
        "hyp_ok",
    ),
    _r(
        r"\breali[sz]\w*\s+" + gap(5) + r"what\s+the\s+(?:\w+\s+)?question\s+was\s+(?:really\s+|"
        r"actually\s+)?(?:after|about|getting\s+at|asking)",
        0.8,
    ),
    # Paraphrase families (answered instead, heard/read it as, penny dropped) live in _extra.
    *MISUNDERSTOOD_EXTRA,
    # Dictated, ESL and transcript wording (heard it as, which is backwards) lives in _more.
    *MISUNDERSTOOD_MORE,
    # Text-speak, formal and prompt-answer wording (she meant..., which is a different q) in _wide.
    *MISUNDERSTOOD_WIDE,
    # Short-note and reflective wording (asked about 'X' and I talked about Y, not Z) lives here.
    *MISUNDERSTOOD_PARAPHRASE,
]
CLARIFIED = re.compile(r"\b(?:rephras\w*|clarif\w*|repeat\w*|explain\s+again)\b")
