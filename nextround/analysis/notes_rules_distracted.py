"""Trigger rules for being distracted or unfocused, and the "but it was fine" cancel pattern."""

from __future__ import annotations

import re

from nextround.analysis.notes_lexicon import gap
from nextround.analysis.notes_rules_base import _r
from nextround.analysis.notes_rules_distracted_more import DISTRACTED_MORE
from nextround.analysis.notes_rules_distracted_paraphrase import DISTRACTED_PARAPHRASE
from nextround.analysis.notes_rules_distracted_wide import DISTRACTED_WIDE

DISTRACTED = [
    _r(r"\bdistract\w*\b(?![- ]free)", 0.85),
    _r(
        r"\b(?:couldn'?t|could\s+not|cant|can'?t|unable\s+to|struggl\w*\s+to|hard\s+to|"
        r"difficult\s+to|tough\s+to|impossible\s+to|trouble|hard\s+time|failed\s+to|"
        r"wasn'?t\s+able\s+to)\s+" + gap(2) + r"(?:focus\w*|concentrat\w*|think\s+(?:straight|"
        r"clearly)|keep\s+(?:focus\w*|track|my\s+(?:mind|head|train))|pay\s+attention|"
        r"hear\s+myself\s+think|stay\s+(?:focus\w*|on\s+track|present)|follow\s+(?:what|the\s+"
        r"(?:conversation|discussion|question)|along))",
        0.85,
        "neg_in",
    ),
    _r(
        r"\b(?:los[te]|losing)\s+(?:my\s+|his\s+|her\s+|the\s+|all\s+)?(?:focus|concentration|"
        r"train\s+of\s+thought|thread|place|track\s+of|where\s+(?:i|he|she)\s+was)",
        0.85,
    ),
    _r(
        r"\b(?:mind|head|brain)\s+(?:\w+\s+)?(?:went\s+blank|was\s+(?:elsewhere|somewhere\s+else|"
        r"all\s+over|racing|foggy|fuzzy|mush|scrambled)|wander\w*|drift\w*|elsewhere|"
        r"in\s+a\s+fog|all\s+over\s+the\s+place|wasn'?t\s+(?:in\s+it|on\s+it)|not\s+in\s+it)",
        0.8,
        "neg_in",
    ),
    _r(
        r"\b(?:zon|spac|tun|drift|switch)(?:ed|ing)\s+out\b|\bzoned\b|\bdaydream\w*|"
        r"\bpreoccupied\b|\bnot\s+(?:fully\s+|really\s+)?(?:present|with\s+it|all\s+there|"
        r"in\s+the\s+room)|(?<!stayed\s)(?<!kept\s)(?<!myself\s)\bout\s+of\s+it\b|\bin\s+a\s+daze\b|\bon\s+autopilot\b|"
        r"\bmiles\s+away\b|\b(?:foggy|brain\s+fog|groggy|fuzzy[- ]headed|woolly)\b|"
        r"\bhalf[- ]asleep\b|\brunning\s+on\s+(?:empty|fumes|no\s+sleep)",
        0.8,
        "neg_in",
    ),
    _r(
        r"\b(?:couldn'?t|could\s+not)\s+stop\s+(?:thinking|worrying)\s+about|"
        r"\bkept\s+(?:thinking|worrying)\s+about|\bspent\s+(?:most\s+of\s+|half\s+|"
        r"the\s+whole\s+)?(?:the\s+)?(?:interview|time|call)\s+(?:worrying|thinking)\s+about",
        0.8,
        "neg_in",
    ),
    _r(
        r"\b(?:tired|exhausted|knackered|shattered|sleepy|drowsy|jet-?lagged|hungover|"
        r"hung\s+over|sleep[- ]deprived|(?:barely|hardly|scarcely)\s+slept|hadn'?t\s+slept|"
        r"didn'?t\s+sleep|slept\s+(?:badly|terribly|awfully)|(?:bad|rough|awful)\s+night|"
        r"no\s+sleep|unwell|poorly|feverish|nauseous|starving|hungry|famished|light-?headed|"
        r"dizzy)\b(?!\s+(?:of|for)\b)|\b(?:ill|sick)\b(?!\s+(?:of|pay|leave|days?|note))|"
        r"\b(?:a|bad)\s+(?:cold|fever|migraine|headache|stomach\s+bug|temperature)\b|"
        r"\bmigraine\b|\bhours?\s+(?:of\s+)?sleep\b|\b(?:had|got|with|nursing|fighting|coming\s+down\s+"
        r"with)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:cold|fever|flu|migraine|headache|temperature|"
        r"stomach\s+bug|toothache|hay\s*fever|covid|sore\s+throat)\b",
        0.6,
        "neg_in",
        "fragile",
    ),
    _r(
        r"\bput\s+(?:me|him|her)\s+off\b|\bderail\w*|\bknocked\s+(?:me\s+)?off\b|"
        r"\bcouldn'?t\s+hear\s+(?:myself|over)",
        0.75,
        "neg_in",
    ),
    _r(
        r"\b(?:unfocused|unfocussed|scatter-?brained|scattered|all\s+over\s+the\s+place)\b|"
        r"\b(?:wasn'?t|was\s+not|weren'?t|not)\s+(?:really\s+|fully\s+|properly\s+)?(?:paying\s+"
        r"attention|listening\s+properly|focused|focussed|concentrating|with\s+it)\b",
        0.75,
        "neg_in",
    ),
    _r(
        r"\bmissed\s+(?:what\s+(?:they|he|she)\s+(?:said|asked)|(?:half|parts?|bits)\s+of\s+(?:what|the)"
        r"|the\s+(?:end|start)\s+of\s+(?:the\s+|their\s+)?question)",
        0.7,
    ),
    _r(
        r"\bnerves\s+(?:got\s+the\s+better|took\s+over|got\s+to\s+me)|\bcouldn'?t\s+get\s+"
        + gap(4)
        + r"out\s+of\s+my\s+(?:head|mind)",
        0.7,
        "neg_in",
    ),
    _r(
        r"\bkept\s+(?:looking|glancing|staring)\s+(?:at|over\s+at|out\s+of)\s+(?:the\s+)?"
        r"(?:door|window|clock|time|kids|dog|noise|(?:my\s+)?other\s+screen)",
        0.7,
    ),
    # Dictated and transcript wording (half listening, not there mentally) lives in _more.
    *DISTRACTED_MORE,
    # Text-speak, hedged formal and adviser wording (attention was on, wasn't fully there) in _wide.
    *DISTRACTED_WIDE,
    # Short-note, relayed and reflective wording (so flustered I forgot, head still on it).
    *DISTRACTED_PARAPHRASE,
]
RECOVERED = re.compile(
    r"\b(?:but|still|though)\b[^.]{0,50}\b(?:fine|focused|focussed|ok|okay|alright|sharp|fresh|"
    r"didn'?t\s+affect|no\s+impact|wasn'?t\s+a\s+problem)\b"
)
