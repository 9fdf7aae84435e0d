"""More misunderstood-question triggers: paraphrase families seen in independent notes.

Writers rarely say "misunderstood"; they say what they answered instead, what the question
was really after, how they heard or read it, or when the penny dropped. Each family needs a
contrast cue (instead, not, rather than, when they meant...) so that an ordinary "they asked
about X and I talked about Y" is not read as a mistake.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r

# Verbs a writer uses for giving an answer.
TALKED = words(
    r"answer(?:ed)?",
    "talked",
    "spoke",
    r"went\s+on",
    r"went\s+off",
    "described",
    "rambled",
    "explained",
    "focused",
    "gave",
    r"started\s+(?:talking|explaining|describing|estimating|answering)",
    r"(?:wrote|designed|made|pitched|calculated|listed)",
)
# The interviewer's side of the contrast: what they actually asked for. A plain "when they
# asked" only times an answer, so "asked" needs "had"/"actually" to mark the contrast.
ASKED_FOR = (
    r"(?:they|he|she|the\s+(?:question|interviewer|panel|q))\s*(?:(?:'d|\s+had)\s+(?:actually\s+|"
    r"really\s+|only\s+|specifically\s+)?asked|(?:'d|\s+had)?\s+(?:actually|really|only|specifically|"
    r"clearly|obviously)\s+asked|(?:'d|\s+had)?\s+(?:actually\s+|really\s+|only\s+|specifically\s+|"
    r"clearly\s+|obviously\s+)?(?:meant|wanted|was\s+asking|were\s+asking|was\s+after|"
    r"were\s+after|was\s+looking\s+for|were\s+looking\s+for))\b"
)
# Someone wanted someone else: a near miss about fit, not about the question.
NOT_A_PERSON = r"(?!\s+(?:someone|somebody|a\s+(?:candidate|person)|more\s+(?:senior|experience)))"
QUOTE = r"['\"][^'\"]{1,90}['\"]"
QUESTION_NOUN = words(
    r"(?:\w+\s+)?questions?",
    "q",
    r"case(?:\s+study)?",
    "task",
    "exercise",
    "brief",
    "scenario",
    "prompt",
)

MISUNDERSTOOD_EXTRA = [
    # "answered about forecasting instead", "talked about the products instead of the customers"
    _r(r"\b" + TALKED + r"\b" + gap(12) + r"\binstead\b", 0.7),
    # "answered the question I'd prepared rather than the one asked", "...not the one asked"
    _r(
        r"\b(?:rather\s+than|not|instead\s+of)\s+the\s+(?:one|question)\s+(?:that\s+)?(?:they\s+|he\s+|"
        r"she\s+|i\s+was\s+|was\s+)?(?:actually\s+)?asked\b",
        0.85,
        "neg_in",
    ),
    # "went off on a tangent about X when she'd actually asked how...", "when they meant Y"
    _r(
        r"\b" + TALKED + r"\b" + gap(10) + r"\bwhen\s+" + ASKED_FOR + NOT_A_PERSON,
        0.7,
        "hyp_ok",
    ),
    # "they wanted a team example not a solo project", "they meant data drift, not overfitting"
    _r(
        r"\b(?:they|he|she)\s*(?:'d|\s+had)?\s+(?:actually\s+|really\s+|only\s+|specifically\s+)?"
        r"(?:meant|wanted|asked\s+(?:about|for|what|how))\b"
        + NOT_A_PERSON
        + gap(8)
        + r"(?:,|\s)\s*(?:not|rather\s+than)\s+(?:a|an|the|who|what|how|my|his|her|their|about)\b",
        0.7,
        "neg_in",
        "self",
    ),
    # "I heard 'how have you handled' and talked about...", "heard it as 'describe your colleagues'"
    _r(
        r"\b(?:mis)?heard\s+(?:it\s+as\b|"
        + QUOTE
        + r"\s*(?:as\b|like\b|rather\s+than|instead\s+of|,?\s*(?:so|and|but)\s+"
        r"(?:i|he|she|then)?\s*(?:answered|talked|went|gave|started|said|pitched|spoke|described)))",
        0.8,
    ),
    # "interpreted 'leadership style' as 'a time you led'", "understood it as", "read X as Y"
    _r(
        r"\b(?:interpreted|understood|read|took)\s+(?:it|that|this|the\s+(?:\w+\s+)?question|"
        + QUOTE
        + r")"
        r"\s+(?:as\s+(?:if|meaning|being|a|an|my|his|her|about|" + QUOTE + r")|like\s+|to\s+mean)",
        0.75,
    ),
    # "answered the 'pressure' one as if it were 'deadlines'", "answered as if they'd asked"
    _r(
        r"\b"
        + TALKED
        + r"\b"
        + gap(8)
        + r"\bas\s+if\s+(?:it\s+(?:were|was)|(?:they|he|she)\s*(?:'d|"
        r"\s+had))",
        0.75,
        "hyp_ok",
    ),
    # "Thought the panel question was about budgeting", "thought the case study was asking for..."
    _r(
        r"\b(?:thought|assumed|figured)\s+(?:that\s+)?(?:the\s+"
        + QUESTION_NOUN
        + r"|the\s+(?:interviewer|"
        r"panel|hiring\s+manager|manager)|" + QUOTE + r")\s+(?:was|were|meant)\s+(?:\w+\s+)?"
        r"(?:about(?!\s+to\b)|asking|after|wanting|looking\s+for|my|his|her)",
        0.7,
        "self",
    ),
    # "only twigged afterwards she wanted...", "realised afterwards they wanted the business impact"
    _r(
        r"\b(?:reali[sz]\w*|twig\w*|clicked|dawned\s+on\s+(?:me|him|her)|penny\s+dropped)\b"
        + gap(7)
        + r"(?:that\s+)?(?:they|he|she|the\s+(?:question|interviewer|panel))\s*(?:'d|\s+had)?\s+"
        r"(?:actually\s+|really\s+|only\s+)?(?:were\s+|was\s+)?(?:asking|meant|wanted|after|"
        r"looking\s+for)\b" + NOT_A_PERSON,
        0.7,
        "self",
    ),
    # "Only realised on the train that 'owned' was the whole point"
    _r(
        r"\b(?:reali[sz]\w*|twig\w*|clicked)\b"
        + gap(8)
        + r"was\s+the\s+(?:whole|real|main)\s+point",
        0.7,
    ),
    # "missed the whole point", "missing the elasticity point", "completely missed what they asked"
    _r(
        r"\bmiss(?:ed|ing)\s+the\s+(?:whole|entire|main|real|actual|\w+)\s+point\b|\bmissed\s+what\s+"
        r"(?:they|he|she|the\s+(?:\w+\s+)?(?:question|interviewer|panel))\s+(?:\w+\s+)?(?:asked|meant|"
        r"wanted|(?:was|were)\s+(?:asking|after|getting\s+at))",
        0.75,
    ),
    _r(r"\bnot\s+the\s+point\s+(?:at\s+all|of\s+the\s+question)", 0.75, "neg_in"),
    # "Wrong question answered", "answered the wrong half of a two-part question",
    # "Different question."
    _r(
        r"\b(?:wrong|different)\s+question\b(?!\s+(?:to|for)\b)|\banswer\w*\s+(?:the\s+)?wrong\s+(?:half|"
        r"part|angle|bit|level|way)\b|\banswer\w*\s+(?:about\s+)?(?:something|smth)\s+(?:else|"
        r"totally\s+different|completely\s+different)",
        0.75,
    ),
    # "which is a different thing", "which isn't really the same thing" (after an answer)
    _r(
        r"\b"
        + TALKED
        + r"\b"
        + gap(12)
        + r"\bwhich\s+(?:is|was|isn'?t|wasn'?t)\s+(?:really\s+|quite\s+)?"
        r"(?:a\s+|the\s+)?(?:totally\s+|completely\s+)?(?:different\s+thing|same\s+thing)",
        0.7,
        "neg_in",
    ),
    # "didn't know what she meant so...", "Didn't quite get what was being asked"
    _r(
        r"\b(?:didn'?t|did\s+not|don'?t\s+think\s+i\s+(?:ever\s+)?)\s+(?:honestly\s+|genuinely\s+|"
        r"really\s+|quite\s+|fully\s+)?(?:know|get|got|understand|grasp|catch)\s+what\s+(?:(?:they|he|"
        r"she)\s+(?:meant|(?:were|was)\s+(?:after|asking|getting\s+at))|was\s+being\s+asked)",
        0.7,
        "neg_in",
        "self",
        "clarify",
    ),
    # "they rephrased and I still didn't get it", "asked them to repeat it and still got it wrong"
    _r(
        r"\b(?:rephras\w*|repeat\w*|re-?explain\w*|ask(?:ed)?\s+again)\b"
        + gap(6)
        + r"\bstill\s+(?:got\s+it\s+wrong|didn'?t\s+(?:get|understand|follow)|misunderst\w*|"
        r"answered\s+(?:the\s+)?wrong)",
        0.75,
        "neg_in",
        "self",
    ),
    # "answered a question about teamwork with my leadership story",
    # "answered the question about teamwork by talking about leadership instead"
    _r(
        r"\banswer\w*\s+(?:a|the|their|that)\s+(?:\w+\s+|"
        + QUOTE
        + r"\s+){0,3}?(?:question|q|one)\s+(?:about|on)\s+"
        + gap(4)
        + r"(?:with\s+(?:a|an|my|his|her)\s+(?!(?:good|great|strong|solid|clear|concrete|"
        r"specific|relevant|star|real|detailed|short|brief|quick|nice|decent)\b)\w+\s+(?:story|"
        r"example|answer)|by\s+(?:talking|describing)\s+(?:about\s+)?(?:how\s+)?(?:my|his|her|a|the)\b"
        r"(?:\s+\w+){0,3}?\s+(?:instead|not|rather))",
        0.65,
    ),
    # "Answered about strengths, Q was about weaknesses." (the gap takes the comma)
    _r(
        r"\b"
        + TALKED
        + r"\b"
        + gap(8)
        + r"(?:but\s+|when\s+|whereas\s+)?(?:the\s+)?(?:q|question|it)\s+was\s+"
        r"(?:actually\s+|really\s+)?(?:about|asking|on)\b",
        0.75,
        "hyp_ok",
    ),
    # "confused the two", "mixed them up" when the sentence is about answers or questions
    _r(
        r"\b(?:answer\w*|question|talked|asked)\b"
        + gap(12)
        + r"\b(?:confused|mixed\s+up|muddled)\s+(?:the\s+two|them)\b"
        r"(?!\s+(?:firms|companies|businesses|brands|organi[sz]ations|employers|banks|charities))|"
        r"\b(?:got|mixed)\s+the\s+(?:\w+\s+)?(?:question\s+)?(?:on\s+)?" + QUOTE + r"\s+mixed\s+up",
        0.7,
    ),
    # "They meant data drift." opening the sentence after the candidate's answer
    _r(
        r"^\W*(?:they|he|she)\s+(?:actually\s+|really\s+|obviously\s+)?meant\b(?!\s+(?:it|well|no\b))",
        0.65,
        "self",
    ),
    # "I think they wanted a work example": the kind of example given was the wrong one
    _r(
        r"\b(?:i\s+think|turns\s+out|apparently|obviously|clearly|reali[sz]ed)\s+(?:that\s+)?"
        r"(?:they|he|she)\s+(?:actually\s+|really\s+|clearly\s+)?wanted\s+(?:a|an)\s+(?:\w+\s+)?"
        r"(?:work|workplace|work-?related|team|professional|personal|specific|different)\s+"
        r"(?:example|one|story|answer)(?!\s+and\s+(?:i|he|she)\s+(?:gave|had|found))",
        0.65,
        "self",
    ),
    # "asked 'what would your manager say' and I heard 'what would you say about your manager'"
    _r(
        r"\b(?:asked|question)\b"
        + gap(15)
        + r"\b(?:and|but)\s+(?:i|he|she)\s+(?:mis)?heard\s+"
        + QUOTE,
        0.75,
    ),
]
