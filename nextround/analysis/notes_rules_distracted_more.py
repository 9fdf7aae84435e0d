"""Distraction triggers for dictated, ESL and transcript-style notes.

These writers describe the lapse rather than naming it: half-listening, "not there mentally",
"spent the interview worrying about...", losing the flow, "could barely focus", watching
something "instead of listening". Each family names the candidate's attention, so plain
tiredness or noise alone still needs the core rules' wording.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap
from nextround.analysis.notes_rules_base import _r

DISTRACTED_MORE = [
    # "could barely focus", "could hardly keep my eyes open", "barely listening"
    _r(
        r"\b(?:could|can)\s+(?:barely|hardly|scarcely)\s+(?:focus\w*|concentrat\w*|think|listen|follow|"
        r"keep\s+my\s+eyes\s+open|remember\s+my\s+own)|\bbarely\s+listening\b",
        0.8,
        "neg_in",
    ),
    # "I was half listening", "half-thinking about her", "not really listening", "stopped listening"
    _r(
        r"\bhalf[- ](?:listening|watching|thinking|following)\b|"
        r"(?<!as\s)\b(?:not|wasn'?t|was\s+not|stopped)\s+"
        r"(?:really\s+|fully\s+|properly\s+)?(?:listening|following|hearing\s+(?:full|whole|the))\b",
        0.75,
        "neg_in",
    ),
    # "not there mentally", "my head wasn't in it", "mind was on the break-up", "seemed elsewhere"
    _r(
        r"\bnot\s+there\s+mentally|\b(?:head|mind)\s+(?:wasn'?t|was\s+not)\s+in\s+(?:it|the\s+(?:interview|"
        r"room|game))|\bmind\s+was\s+on\b|\bseemed\s+(?:elsewhere|somewhere\s+else|miles\s+away)|"
        r"\bbrain\s+like\s+mush|\bzero\s+focus|\bfocus\s*:\s*(?:bad|poor|low|zero|none)",
        0.8,
        "neg_in",
    ),
    # "spent much of the interview worrying about...", "the whole time I was thinking about..."
    _r(
        # "spent" must be spent in the interview: "spent the morning thinking..." is before it.
        r"\b(?:spent\s+(?:\w+\s+){0,3}?(?:interview|call|meeting|panel|time\s+there|whole\s+time)\s+"
        r"|sat\s+there\s+)(?:\w+\s+){0,2}?(?:worrying|thinking|stewing|fretting|half-thinking)\b|\bthe\s+whole\s+(?:time|interview)\s+(?:i|he|she)\s+was\s+(?:thinking|worrying|watching)\b|"
        r"\b(?:kept|was)\s+(?:worrying|fretting|stewing)\b|\ball\s+(?:i|he|she)\s+could\s+think\s+about",
        0.7,
        "neg_in",
    ),
    # "lost my flow", "lost what I was saying", "forgot what I was saying mid sentence"
    _r(
        r"\blost\s+(?:my\s+|his\s+|her\s+)?(?:flow|track\b|what\s+(?:i|he|she)\s+was\s+saying)|\bforg[o]?t\s+"
        r"what\s+(?:i|he|she|we)\s+(?:was|were)\s+(?:saying|on\s+about)|\bforgot\s+the\s+question\s+"
        r"(?:halfway|half\s+way|mid)",
        0.75,
    ),
    # "the beeping threw me off", "getting sidetracked", "couldn't refocus", "couldn't switch off"
    _r(
        r"\bthrew\s+(?:me|him|her)\s+off\b|\bsidetrack\w*|\b(?:couldn'?t|could\s+not)\s+(?:re-?focus|"
        r"switch\s+off|settle|collect\s+(?:my|his|her)\s+thoughts|keep\s+(?:my|his|her)\s+thoughts|"
        r"(?:hear|think)\s+(?:or\s+(?:think|hear)\s+)?properly|get\s+" + gap(4) + r"out\s+of\s+"
        r"(?:my|his|her)\s+head)",
        0.75,
        "neg_in",
    ),
    # "my mind kept going blank", "kept drifting", "drifting off" while they talked
    _r(r"\bkept\s+(?:going\s+blank|drifting|zoning)|\bdrift\w*\s+off\b", 0.75),
    # "staring out of the window", "reading them instead of listening", "got pulled into" (glancing
    # at a phone or watch is the phone flag's, so the watched thing must not be a device)
    _r(
        r"\bstaring\s+(?:at|out\s+of)\s+the\s+window|\binstead\s+of\s+(?:listening|focus\w*|"
        r"concentrat\w*)|\b(?:getting|got)\s+pulled\s+into",
        0.7,
    ),
]
