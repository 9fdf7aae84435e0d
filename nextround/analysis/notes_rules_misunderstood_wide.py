"""Misunderstood-question triggers for text-speak, hedged formal and prompt-answer notes.

These writers put the slip as a contrast after the answer ("I talked about customers, she
meant internal departments"), as the answer's own verdict ("which is a different q", "by
mistake"), or as how the question was taken ("took a question about
'fit' to mean sizing", "thought it said..."). Strong "misheard/misunderstood the question"
triggers absorb the rest of their clause: the question's content ("a time I...", "at school")
belongs to the question, not to a past job.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r

QUOTE = r"['\"*][^'\"*]{1,90}['\"*]"
# Verbs for giving the (wrong) answer.
GAVE = words(
    r"answer(?:ed)?",
    "talked",
    "spoke",
    "told",
    "described",
    "explained",
    "gave",
    "wrote",
    r"solved\s+for",
    r"went\s+(?:on|into)",
    r"started\s+(?:talking|explaining|describing)",
)
THEY = r"(?:they|he|she|the\s+(?:question|interviewer|panel|partner|chair|assessor|lady|manager|q))"
REST = r"[^.;?!]{0,80}"

MISUNDERSTOOD_WIDE = [
    # "misheard 'weaknesses' as 'witnesses' ... a time i saw a shoplifter", "misunderstood the
    # question about X, which ..." (the clause's rest is the question's content)
    _r(
        r"\b(?:misheard|misunderst\w*|misread|misinterpreted)\s+(?:the\s+|a\s+|one\s+|that\s+|"
        + QUOTE
        + r")(?:\w+\s+)?(?:question\b|q\b|as\b)"
        + REST,
        0.85,
    ),
    # "I talked about customers, she meant internal departments", "- they meant at work"
    _r(
        r"\b" + GAVE + r"\b" + gap(14) + r"(?:[,;:]|\s[-–—])\s*(?:but\s+|when\s+)?" + THEY + r"\s+"
        r"(?:had\s+|'d\s+)?(?:actually\s+|really\s+|clearly\s+|obviously\s+)?(?:meant|wanted|"
        r"was\s+asking|were\s+asking|had\s+asked|'d\s+asked)\b(?!\s+(?:someone|somebody|a\s+candidate))",
        0.75,
        "hyp_ok",
    ),
    # "I solved for revenue when they'd asked for profit", "answered for the parent company when
    # it asked about the subsidiary", "answered about team size when the panel asked about..."
    _r(
        r"\b(?:solved\s+for|answered\s+(?:for|about|on)|spoke\s+about|talked\s+about)\b"
        + gap(10)
        + r"\bwhen\s+(?:it|"
        + THEY[3:-1]
        + r")\s*(?:'d|\s+had)?\s+(?:actually\s+|really\s+)?asked\s+(?:about|for|how|what|why|"
        r"whether)",
        0.7,
        "hyp_ok",
    ),
    # "which is a different q", "which is not influencing anything", "adjacent but not the same",
    # "its not the same thing", "not quite the same and they pointed that out"
    _r(
        r"\b(?:which|that|it)(?:'s|\s+is|\s+was|s)\s+(?:a\s+|an?\s+)?(?:totally\s+|completely\s+)?"
        r"different\s+(?:q|question)\b|\badjacent\s+but\s+not\s+(?:the\s+same|it)\b|"
        r"\b(?:its|it'?s|that'?s|which\s+is|which\s+was)\s+not\s+(?:quite\s+|really\s+)?the\s+same\s+"
        r"(?:thing|question)?|\bnot\s+quite\s+the\s+same\s+and\s+(?:they|he|she)\s+(?:pointed|said)|"
        r"\b(?:which|that)\s+(?:is|was)\s+not\s+(?:\w+ing)\s+anything",
        0.7,
        "neg_in",
    ),
    # "answered about my internship by mistake", "gave the wrong example by accident"
    _r(r"\b" + GAVE + r"\b" + gap(10) + r"\b(?:by\s+mistake|by\s+accident|mistakenly)\b", 0.8),
    # "went off on a tangent about leadership"
    _r(r"\b(?:went|go|going|got|veered)\s+off\s+on\s+(?:a|one)\s+(?:\w+\s+)?tangent\b", 0.65),
    # "took a question about 'product-market fit' to mean market sizing", "I'd taken the
    # question about 'risk appetite' to be about...", "took it too literally", "answered it as a
    # question about methodology", "read it as managing downwards"
    _r(
        r"\b(?:took|taken|taking)\s+(?:a|the|his|her|their|that|this)\s+(?:\w+\s+|"
        + QUOTE
        + r"\s+){0,2}?(?:question|q)\b[^.;?!]{0,60}?\b(?:to\s+(?:mean|be\s+about)|as\s+"
        r"(?:being\s+)?(?:about|a\s+question)|too\s+literally)|\btook\s+(?:it|that|this)\s+(?:too\s+|very\s+)?"
        r"literally|\b(?:answered|read|took)\s+it\s+as\s+(?:a\s+question\s+about|managing|being\s+about|"
        r"if)",
        0.8,
    ),
    # "answered the question on 'nurture' as if it were...", "answered as though they'd asked",
    # "i answered like they meant a complaint about ME"
    _r(
        r"\b" + GAVE + r"\b" + gap(8) + r"\b(?:as\s+though|like)\s+(?:it\s+(?:was|were)|"
        r"(?:they|he|she)\s*(?:'d\s+asked|\s+had\s+asked|\s+meant|\s+were\s+asking|\s+was\s+asking))"
        + REST,
        0.75,
        "hyp_ok",
    ),
    # "thought it said 'a time you made...'", "thought she'd asked about Basel II", "thought the
    # question about 'what motivates you' was about money", "thought the question '...' was asking"
    _r(
        r"\bthought\s+(?:it|the\s+(?:question|task|q|brief))\s+said\b|\bthought\s+(?:they|he|she)"
        r"(?:'d|\s+had)\s+asked\b|\bthought\s+the\s+(?:\w+\s+){0,2}?(?:question|q|task)\s+(?:about\s+|"
        r"on\s+)?(?:" + QUOTE + r"\s+)?(?:\w+\s+){0,3}?(?:was|were)\s+(?:about|asking)\b" + REST,
        0.75,
        "self",
    ),
    # "the question was meant to be about learning", "she was asking about teaching quality and
    # I answered about teaching load", "she was inviting a view on X, not Y"
    _r(
        r"\bthe\s+question\s+was\s+(?:meant|supposed)\s+to\s+be\s+about\b|\b(?:they|he|she)\s+(?:was|"
        r"were)\s+(?:asking|inviting)\b[^.;?!]{0,60}?\b(?:and|but)\s+(?:i|he|she)\s+answered\s+about",
        0.75,
        "self",
    ),
    # "I'd not grasped what they were driving at", "not sure I understood what he was getting at",
    # "don't think I addressed what the professor was actually asking", "didn't get it until..."
    _r(
        r"\b(?:not|n't|never)\s+(?:sure\s+(?:i|he|she)\s+)?(?:really\s+|fully\s+|quite\s+)?"
        r"(?:grasped|understood|addressed|got)\s+what\s+(?:they|he|she|the\s+\w+)\s+(?:was|were)\s+"
        r"(?:actually\s+|really\s+)?(?:driving\s+at|getting\s+at|asking|after)|\bdidn'?t\s+get\s+it\s+"
        r"until\s+the\s+(?:second|third|fourth)\s+time",
        0.7,
        "neg_in",
        "self",
    ),
    # "missed the point completely ... not the handling part", "missing the whole risk thing",
    # "got confused between assurance and advisory", "I conflated the two"
    _r(
        r"\bmissed\s+the\s+point\s+(?:completely|entirely|totally)|\bmissing\s+the\s+(?:whole|entire|"
        r"real)\s+(?:\w+\s+)?(?:thing|point|bit|part)\b|\bconfused\s+between\b|\bconflated\s+(?:the\s+"
        r"two|them|it)\b|\b(?:she|he|they)\s+had\s+to\s+stop\s+me\s+and\s+(?:say|explain|clarify)|"
        r"\bbefore\s+the\s+\w+\s+corrected\s+me\b",
        0.75,
        "neg_in",
    ),
    # "answered 'what's your availability' with my salary expectations", "answered 'what are your
    # salary expectations' by telling her what i earn now"
    _r(
        r"\banswered\s+(?:the\s+(?:question\s+)?(?:about\s+(?:my\s+)?)?)?"
        + QUOTE
        + r"\s+(?:question\s+)?(?:with\s+(?:my|a|an|the)\s+(?!(?:good|great|strong|solid|clear|"
        r"concrete|specific|relevant|star|detailed|short|brief|quick|nice|decent|perfect)\b)|"
        r"by\s+(?:telling|describing|talking|listing))",
        0.6,
        "past_ok",
    ),
    # "the half I heard", "without really hearing the second half of it"
    _r(
        r"\banswered\s+the\s+(?:half|part|bit)\s+(?:i|he|she)\s+(?:heard|caught)|\bwithout\s+"
        r"(?:really\s+)?hearing\s+the\s+(?:second|first|other)\s+half",
        0.75,
        "neg_in",
    ),
]
