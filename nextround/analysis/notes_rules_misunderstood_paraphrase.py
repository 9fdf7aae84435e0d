"""Misunderstood-question triggers for short trade-floor notes and later written reflections.

These writers set the question against the answer ("when they asked about 'account planning' I
talked about my personal budget", "I talked about recruitment, not new roles", "answering about
the bus cuts instead of the national picture"), or say how they took it ("I thought they were
asking about...", "thought 'permitted development' meant...", "answered as if it was for the
line leader job"). A quoted term in the question is the question's content, so the strong
"misheard/misunderstood it" triggers absorb the rest of the clause ("a time I..." is not a past
job). A correct answer set against the question ("asked about teamwork and I talked about the
rota") carries no quote or contrast, so it raises nothing.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import words
from nextround.analysis.notes_rules_base import _r

QUOTE = r"['\"][^'\"]{1,80}['\"]"
REST = r"[^.;?!]{0,80}"
# A short quoted term ("account planning"), not a whole quoted prompt ("a time you led a team"):
# a writer quotes the term that was misread; a quoted prompt often comes with a fine answer.
TERM = (
    r"['\"](?!(?:a\s+time|tell|describe|give|why|what|how|when)\b)[^'\"\s]+(?:\s+[^'\"\s]+){0,3}"
    r"['\"]"
)
# The answer went down well: the note reports a fine answer, not a misreading.
WELL = r"(?![^.;?!]{0,80}\b(?:liked|loved|went\s+(?:down\s+)?well|impressed|good\s+answer))"
# Verbs for giving the (wrong) answer.
TALKED = words(
    "talked",
    "spoke",
    "described",
    "answered",
    "explained",
    "gave",
    "listed",
    "waffled",
    r"went\s+on",
    r"started\s+on",
    r"launched\s+into",
    r"focused\s+(?:entirely\s+|only\s+)?on",
    "presenting",
    "pitched",
    "answering",
)
THEY = (
    r"(?:they|he|she|the\s+(?:\w+\s+){0,2}?(?:interviewer|panel|assessor|manager|chair|brief|"
    r"question))"
)

MISUNDERSTOOD_PARAPHRASE = [
    # "when they asked about 'account planning', I talked about my personal budget", "he asked me
    # about 'first time pass rate' and I talked about my driving test"
    _r(
        r"\basked\s+(?:me\s+)?(?:about|for|what|how)\s+(?:\w+\s+){0,4}?" + TERM + r"[^.;?!]{0,40}?"
        r"(?:,|\band\b)\s*(?:i|he|she)\s+(?:just\s+|then\s+)?" + TALKED + r"\b" + WELL + REST,
        0.7,
        "hyp_ok",
        "past_ok",
        "self",
    ),
    # "I talked about recruitment, not new roles", "answering about the local bus cuts instead of
    # the national picture", "launched into CBT techniques rather than explaining what X is"
    _r(
        r"\b(?:i\s+(?:just\s+|then\s+)?" + TALKED + r"|answering|talking|presenting|pitching)\s+"
        r"(?:about|on|into|to)\s+[^.;?!]{2,60}?(?:,\s*|\s+)(?:not\s+(?!just\b|only\b|"
        r"really\b|much\b|too\b|very\b|for\s+long\b|that\s+\w+\b|at\s+all\b|sure\b)(?:a|an|the|"
        r"my|how|what|about|their|his|her)\b|instead\s+of\s+(?:the|what|how|their|about)\b|rather\s+"
        r"than\s+(?:explaining|answering|addressing|describing|what|how|by)\b)",
        0.7,
        "neg_in",
        "hyp_ok",
        "past_ok",
        "self",
    ),
    # "I talked about complaints handling when she was clearly asking about co-production",
    # "presenting on postgraduate when they meant undergraduate", "when - it turned out - they'd
    # meant", "pitched to young drinkers when the brief said 'over-40s'"
    _r(
        r"\b"
        + TALKED
        + r"\b[^.;?!]{0,60}?\bwhen\s+(?:[-–—,]\s*it\s+turned\s+out\s*[-–—,]\s*)?"
        + THEY
        + r"\s*(?:'d|\s+had)?\s+(?:actually\s+|really\s+|clearly\s+)?(?:meant|was\s+(?:clearly\s+)?"
        r"asking|were\s+(?:clearly\s+)?asking)\b|\bwhen\s+(?:it|the\s+(?:brief|prompt|card|task))\s+"
        r"(?:clearly\s+)?said\b",
        0.75,
        "hyp_ok",
    ),
    # "I thought they were asking about how I handle staff", "thinking she meant did i like
    # working alone", "thought the customer was asking to switch supplier"
    _r(
        r"\b(?:thought|thinking|assumed)\s+(?:they|he|she|the\s+(?:\w+\s+)?(?:customer|client|"
        r"interviewer|assessor|panel))\s+(?:were|was)\s+asking\s+(?:about|if|whether|which|what|"
        r"for|me|to|how)\b|\bthinking\s+(?:they|he|she)\s+meant\b",
        0.7,
        "self",
        "question",
    ),
    # "thought 'permitted development' meant getting permission", "thought COSHH was something
    # to do with costs", "i thought the 'tell me about yourself' was about my hobbies"
    _r(
        r"\bthought\s+(?:the\s+)?"
        + QUOTE
        + r"\s+(?:(?:question|one|bit)\s+)?(?:meant|was\s+(?:about|"
        r"asking|something\s+to\s+do\s+with))|\bthought\s+\w+\s+was\s+something\s+to\s+do\s+with\b",
        0.75,
        "self",
        "past_ok",
    ),
    # "I misheard it and talked about a time I...", "misunderstood the '...a time you...' one",
    # "mishearing 'child' as 'client'", "mi neva understand di question"
    _r(
        r"\b(?:misheard|misunderstood|misread)\s+(?:it|the\s+"
        + QUOTE
        + r"\s+(?:one|question|q))\b"
        + REST
        + r"|\bmishearing\s+"
        + QUOTE
        + r"\s+as\b|\b(?:neva|never)\s+understand\s+(?:di|de|the)\s+(?:question|q)\b",
        0.8,
        "neg_in",
    ),
    # "answered the question about 'enforcement' as if it meant...", "i'd been answering as if it
    # was for the line leader job", "kept answering like it was a call centre job", "reading the
    # rebrand question as a logo exercise"
    _r(
        r"\b(?:answer(?:ed|ing)|been\s+answering)\b[^.;?!]{0,60}?\b(?:as\s+if|like)\s+(?:it|the\s+"
        r"(?:job|role|question))\s+(?:was|were|meant)\b"
        + REST
        + r"|\bread(?:ing)?\s+the\s+(?:\w+\s+)?question\s+as\s+(?:a|an|about|if)\b",
        0.75,
        "hyp_ok",
        "past_ok",
    ),
    # "i read the wrong one, answered question 4", "i think he meant the fuse rating not the
    # cable size", "he'd asked about lifting equipment not lifting heavy stuff"
    _r(
        r"\b(?:read|picked|looked\s+at)\s+the\s+wrong\s+(?:one|question|q|card|prompt|scenario)\b|"
        r"\b(?:think|reckon|guess)\s+(?:they|he|she)\s+(?:actually\s+)?meant\s+[^.,;?!]{1,40}?\s+not\s+"
        r"(?:the|a|my)\b|\b(?:they|he|she)(?:'d|\s+had)\s+asked\s+about\s+[^.,;?!]{1,40}?\s+not\s+"
        r"(?!just\b|only\b)\w+",
        0.7,
        "neg_in",
        "self",
    ),
    # "answered a question about 'accruals' with something about 'actuals'", "answered a
    # question about triage with a description of handover", "mixed up 'X' with 'Y'"
    _r(
        r"\banswered\s+(?:a|the)\s+question\s+about\s+[^.;?!]{1,40}?\s+with\s+(?:something\s+about|"
        r"a\s+description\s+of)\b|\bmix(?:ed|ing)\s+up\s+" + QUOTE + r"\s+with\b",
        0.7,
        "past_ok",
    ),
]
