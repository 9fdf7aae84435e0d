"""Trigger rules for not having researched the company, with the company and look-up lexicons."""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r
from nextround.analysis.notes_rules_research_extra import NO_RESEARCH_EXTRA
from nextround.analysis.notes_rules_research_more import NO_RESEARCH_MORE, _first_subject
from nextround.analysis.notes_rules_research_paraphrase import NO_RESEARCH_PARAPHRASE
from nextround.analysis.notes_rules_research_wide import NO_RESEARCH_WIDE

COMPANY = (
    r"(?:the\s+company|the\s+(?:firm|organi[sz]ation|business|brand|employer|role|job|position)|"
    r"them\b|their\s+(?:\w+\s+)?(?:website|site|products?|services?|company|business|clients?|"
    r"customers?|competitors?|mission|values|history|news|strategy|market|annual\s+report|"
    r"blog|app|platform|ceo|founders?|offering|industry|sector|revenue|background)|"
    r"the\s+(?:company'?s?\s+\w+|website|job\s+(?:description|spec|ad|advert|posting)|jd|spec)|"
    r"(?:the\s+)?['\"]?why\s+(?:us|this\s+company|here|them|this\s+role)|"
    r"what\s+(?:they|the\s+company|the\s+firm|the\s+business|it)\s+(?:\w+\s+)?(?:do|does|did|"
    r"make|makes|sell|sells|offer|offers)|who\s+they\s+(?:are|were)|\w+'s\s+(?:website|products?))"
)
LOOKUP = words(
    r"research\w*",
    r"look\w*\s+(?:at|into|up)",
    r"read(?:\s+up\s+(?:on|about)|\s+about)?",
    r"check\w*(?:\s+out)?",
    r"prepar\w*(?:\s+for)?",
    r"prep\w*",
    r"googl\w*",
    r"stud\w*",
    r"investigat\w*",
    r"find\s+out\s+about",
    r"learn\w*\s+about",
)
UNKNOWN_TARGET = (
    r"(?:(?:what|who|which)\s+" + gap(3) + r"(?:they|the\s+company|the\s+firm|the\s+business|"
    r"their|its|it)\s*" + gap(3) + r"(?:do|does|did|make|makes|sell|sells|offer|offers|are|were|"
    r"was|is|'s|sold|made|manufacture[sd]?|mines?|runs?|serves?|speciali[sz]\w*|"
    r"focus\w*|provides?)\b|(?:anything|much|a\s+lot|enough|(?:a\s+single|one|any)\s+(?:\w+\s+)?"
    r"(?:thing|fact|detail)s?|the\s+first\s+thing)\s+about\s+(?:them|the\s+company|their|the\s+firm|"
    r"the\s+business)|(?:any|one|a\s+single)\s+(?:of\s+their\s+)?(?:\w+\s+)?(?:products?|clients?|"
    r"customers?|competitors?|services?|values|brands?)|"
    r"the\s+name\s+of\s+their)"
)
NO_RESEARCH = [
    _r(
        r"\b(?:didn'?t|did\s+not|hadn'?t|had\s+not|never|haven'?t|forgot\s+to|failed\s+to|"
        r"neglected\s+to|no\s+time\s+to|ran\s+out\s+of\s+time\s+to|not|barely|hardly)\s+"
        + gap(2)
        + LOOKUP
        + r"\s+"
        + gap(2)
        + COMPANY,
        0.9,
        "neg_in",
    ),
    _r(
        r"\b(?:didn'?t|did\s+not|hadn'?t|had\s+no|had\s+not|no|not|wasn'?t|was\s+not|couldn'?t|"
        r"could\s+not|unable\s+to|struggled\s+to|barely|hardly)\s+" + gap(2) + r"(?:know|knew|"
        r"idea|clue|sure|say|answer|explain|name|tell\s+(?:them|him|her)|remember|recall|"
        r"describe|think\s+of)\s+" + UNKNOWN_TARGET,
        0.85,
        "neg_in",
    ),
    _r(r"\bforg[oe]t\w*\s+" + UNKNOWN_TARGET, 0.85),
    _r(
        r"\b(?:no|zero|little|minimal|not\s+(?:much|enough|any))\s+(?:\w+\s+)?(?:research|prep|"
        r"preparation|homework|background\s+reading)\b",
        0.75,
        "neg_in",
    ),
    _r(
        r"\bknowledge\s+of\s+(?:the\s+company|them|their\s+\w+|the\s+role|the\s+business)\s+(?:was|is)\s+"
        r"(?:\w+\s+)?(?:thin|weak|patchy|poor|lacking|non-existent|limited|zero|basic|shaky)",
        0.8,
    ),
    _r(
        r"\basked\s+(?:them\s+)?what\s+(?:the\s+company|they|the\s+business)\s+(?:actually\s+)?(?:do|does|"
        r"make|makes|sell|sells)\b",
        0.75,
    ),
    _r(
        r"\bonly\s+(?:briefly\s+)?(?:glanced\s+at|skimmed|looked\s+briefly\s+at)\s+(?:their|the)\b",
        0.6,
    ),
    _r(
        r"\b(?:couldn'?t|could\s+not|didn'?t|struggled\s+to)\s+(?:really\s+)?answer\s+(?:the\s+)?['\"]?"
        r"(?:why\s+(?:do\s+you\s+want|us|this\s+company|here|them)|what\s+do\s+you\s+know)",
        0.8,
        "neg_in",
    ),
    _r(
        r"\b(?:should|could)\s+have\s+" + gap(2) + r"(?:research\w*|read\s+up|looked\s+(?:at|into|"
        r"up)|prepared|done\s+(?:\w+\s+)?(?:research|homework|prep))",
        0.8,
        "hyp_ok",
    ),
    _r(
        r"\b(?:wish\s+i'?d|wish\s+i\s+had|if\s+only\s+i'?d)\s+"
        + gap(2)
        + r"(?:research|read|looked|prepared)",
        0.75,
        "hyp_ok",
    ),
    _r(
        r"\b(?:hadn'?t|didn'?t|did\s+not|had\s+not)\s+(?:done|do)\s+(?:my|his|her|any|much)\s+"
        r"(?:homework|research|prep)",
        0.85,
        "neg_in",
    ),
    _r(
        r"\b(?:knew|know)\s+(?:nothing|very\s+little|next\s+to\s+nothing|little|zero)\s+about\s+"
        r"(?:them|the|their|what)\b",
        0.85,
        "neg_in",
    ),
    _r(
        r"\bwhat\s+(?:i|he|she)\s+(?:knew|know)\s+about\s+(?:them|the\s+\w+|their\s+\w+)\b\s*"
        + gap(4)
        + r"(?:nothing|blank\w*|waffl\w*|froze|struggl\w*|couldn'?t|no\s+idea|mumbl\w*|guess\w*|"
        r"not\s+much|you\s+tell\s+me)",
        0.8,
        "self",
        "neg_in",
    ),
    _r(
        r"\b(?:research\w*|read\w*\s+up\s+on|prepared\s+for|looked\s+up|studied)\s+(?:the\s+|a\s+)?"
        r"(?:wrong|different)\s+(?:company|firm|business|role|job|one)",
        0.8,
    ),
    _r(
        r"\bwent\s+in\s+(?:completely\s+|totally\s+)?(?:blind|cold|unprepared)\b|"
        r"\b(?:unprepared|underprepared|under-prepared|ill-prepared)\b",
        0.65,
    ),
    _r(r"\b(?:winged|wung|winging)\s+it\b", 0.55),
    _r(
        r"\b(?:clueless|vague|hazy|fuzzy|unsure|uncertain|in\s+the\s+dark)\s+(?:about|on|as\s+to)\s+(?:"
        + UNKNOWN_TARGET
        + r"|the\s+company|them|their\s+\w+)",
        0.8,
    ),
    _r(
        r"\b(?:didn'?t|hadn'?t|did\s+not|had\s+not|never)\s+(?:really\s+|even\s+)?(?:research\w*|"
        r"prep(?:ped|are|ared)?)\b(?!\s+(?:for\s+)?(?:the\s+)?(?:coding|technical|test|exercise|"
        r"presentation|case|tech))",
        0.6,
        "neg_in",
    ),
    _r(
        r"\b(?:mixed|mix(?:ing)?)\s+(?:them|it|the\s+company)\s+up\s+with|\bconfus\w*\s+(?:them|"
        r"the\s+company|it)\s+with\b",
        0.75,
    ),
    # Paraphrase families (didn't know they'd merged, only read the job ad) live in _extra.
    *NO_RESEARCH_EXTRA,
    # List and transcript wording (no chance to look, had nothing) lives in _more.
    *NO_RESEARCH_MORE,
    # Text-speak, formal and adviser wording (hadn't read the trust's report) lives in _wide.
    *NO_RESEARCH_WIDE,
    # Short-note, relayed and reflective wording (thought they were X, turns out) lives here.
    *NO_RESEARCH_PARAPHRASE,
]
# Run-on lists put someone else nearest the trigger; judge the core ones by the first subject.
NO_RESEARCH += _first_subject(NO_RESEARCH[:2] + NO_RESEARCH_EXTRA[:3])
