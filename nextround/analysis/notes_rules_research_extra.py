"""More no-research triggers: paraphrase families seen in independent notes.

Writers name what they did not know about the employer ("didn't know they'd merged",
"couldn't name one of their clients"), what they had not looked at ("hadn't looked at
their socials", "only looked at the job ad"), or show it ("you're a bank?"). Each family
needs the employer (they, their, the firm, the school...) as its target so that not knowing
a technical answer is not read as missing research.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r

# Nouns a writer uses for the employer or the job itself.
ORG = words(
    "company",
    "firm",
    r"organi[sz]ation",
    "business",
    "brand",
    "employer",
    "charity",
    "school",
    "academy",
    "hospital",
    "trust",
    "practice",
    "agency",
    "council",
    "department",
    "bank",
    "store",
    "shop",
    "restaurant",
    "venue",
    "hotel",
    "ward",
    "team",
    "group",
    "fund",
    "studio",
    "consultancy",
    "startup",
    "supermarket",
    "university",
    "faculty",
    "clinic",
    "pharmacy",
    r"non-?profit",
    r"credit\s+union",
    "station",
    "centre",
    "center",
    "nursery",
    "lab",
    "library",
    "museum",
    "service",
    "factory",
    "warehouse",
    "retailer",
    "provider",
    "role",
    "job",
    "position",
)
THE_ORG = r"(?:the|this|that)\s+(?:\w+\s+)?" + ORG + r"\b"
# "their product range", "the firm's recent projects", "your clients", "our strategy"
ORG_THING = r"(?:(?:their|our|your|its)\s+|" + THE_ORG + r"'s\s+)"
# A fact about the employer: "they'd merged", "the school is an academy", "they had one".
ORG_FACT = (
    r"(?:that\s+)?(?:they|" + THE_ORG + r"|it)\s*(?:'d|'re|'s|\s+(?:were|was|is|are|had|has|have|"
    r"did|do|does|only|mostly|used|owned|served|specialised|specialized|covers|compete|made|won|"
    r"launched|opened|merged|raised|tripled|sold|manufacture[sd]?|runs?|serves?|focus\w*|"
    r"speciali[sz]\w*|provides?))\b"
)
NOT_KNOW = (
    r"(?:didn'?t|did\s+not|didnt|hadn'?t|had\s+not|don'?t|do\s+not|dont)\s+(?:\w+\s+)?"
    r"(?:know|realise|realize|known|realised|realized)"
)
# What the candidate said when caught out: nothing, no idea, a guess.
CAUGHT_OUT = words(
    r"had\s+(?:absolutely\s+)?(?:no\s+(?:idea|clue)|nothing)",
    r"knew\s+nothing",
    r"(?:i|he|she)\s+(?:didn'?t|did\s+not|didnt)\s+know",
    r"couldn'?t\s+(?:name|remember|recall|say|answer|explain|tell)",
    r"could\s+not\s+(?:name|remember|recall|say|answer|explain|tell)",
    r"blank\w*",
    r"guessed",
    r"(?:i|he|she)\s+(?:hadn'?t|had\s+not|'d\s+not|had\s+never|'d\s+never)\s+(?:seen|read|looked|"
    r"heard|used|downloaded|been|tried)",
    r"said\s+(?:i|he|she)\s+(?:didn'?t|hadn'?t|had\s+not|'d\s+not|did\s+not)",
    r"(?:i|he|she)\s+wasn'?t\s+sure",
    r"(?:said|had\s+to\s+admit)\s+['\"]?(?:not\s+(?:much|loads|a\s+lot)|i\s+didn'?t)",
)

NO_RESEARCH_EXTRA = [
    # "didn't know they'd rebranded", "had no idea the school is an academy now"
    _r(
        r"\b(?:"
        + NOT_KNOW
        + r"|had\s+(?:absolutely\s+)?no\s+(?:idea|clue))\s+(?:even\s+)?"
        + ORG_FACT
        + r"(?!\s+(?:running\s+late|late|going\s+to|hiring|interviewing))",
        0.75,
        "neg_in",
    ),
    # "didn't know their product range", "didn't know about the firm's big recent case"
    _r(
        r"\b(?:"
        + NOT_KNOW
        + r"|(?:had|have)\s+no\s+(?:idea|clue|understanding)|hadn'?t\s+a\s+clue|"
        r"(?:couldn'?t|could\s+not|unable\s+to|struggled\s+to)\s+(?:really\s+)?(?:name|explain|"
        r"describe|articulate|say|remember|recall))\s+(?:about\s+|of\s+)?(?:any(?:thing)?\s+"
        r"(?:else\s+)?(?:about|of)\s+|(?:any|one|a\s+single\s+one|a\s+single|one)\s+of\s+|"
        r"what\s+|which\s+|how\s+(?:many|much)\s+)?" + ORG_THING,
        0.75,
        "neg_in",
    ),
    # "didn't know what the charity actually did", "no idea what the role actually involved"
    _r(
        r"\b(?:"
        + NOT_KNOW
        + r"|had\s+no\s+(?:idea|clue)|no\s+idea|(?:couldn'?t|could\s+not|struggled\s+to)\s+"
        r"(?:really\s+)?(?:explain|describe|say|tell))\s+(?:what|which|who|how)\s+(?:\w+\s+)?"
        + THE_ORG
        + r"\s+(?:\w+\s+)?(?:do|does|did|involved|involves|is|was|covers|makes|sells|offers|"
        r"offer|sold|"
        r"made|runs?|serves?|focus\w*|speciali[sz]\w*|provides?|are)\b",
        0.8,
        "neg_in",
    ),
    # "Asked what I knew about their clients ... and I had nothing",
    # "asked about their values - blanked"
    _r(
        r"\b(?:asked|quizzed|questioned)\s+(?:me\s+|him\s+|her\s+)?(?:about|on|what|which|who|how|"
        r"me\s+to\s+(?:name|explain))\b"
        + gap(8)
        + r"(?:their|our|your|"
        + THE_ORG
        + r"'s)\b"
        + gap(10)
        + CAUGHT_OUT,
        0.75,
        "self",
        "neg_in",
    ),
    # "hadn't looked at their socials", "didn't look them up at all", "I'd not looked at it"
    _r(
        r"\b(?:hadn'?t|had\s+not|'d\s+not|didn'?t|did\s+not|never|not\s+really)\s+(?:even\s+|really\s+|"
        r"properly\s+|actually\s+)?(?:looked|look|read|checked|seen)\s+(?:them\s+up|at\s+(?:any|a\s+thing|"
        r"anything|all)?\s*(?:of\s+)?(?:their|"
        + THE_ORG
        + r"'s)\s+\w+|(?:their|"
        + THE_ORG
        + r"'s)\s+\w+)",
        0.75,
        "neg_in",
    ),
    # "I said I'd not had a chance to look", "he said he'd 'not really looked'", "I hadn't looked"
    _r(
        r"\b(?:hadn'?t|had\s+not|'d\s+not|not\s+really|not)\s+(?:had\s+(?:a\s+chance|time)\s+to\s+)?"
        r"(?:really\s+|properly\s+)?(?:look(?:ed)?|look\s+them\s+up|read\s+up)(?=\s*(?:[,.;:!?\"')—-]|$|"
        r"\s(?:so|and|yet|tbh|properly|at\s+all)\b))",
        0.65,
        "neg_in",
    ),
    # "only looked at the job ad", "looked at nothing but the careers page", "hadn't looked beyond"
    _r(
        r"\b(?:only|just|nothing\s+but|beyond|no\s+further\s+than)\s+(?:(?:briefly\s+)?(?:looked\s+at|"
        r"read|skimmed|glanced\s+at|seen|checked)\s+)?(?:the|their)\s+(?:\w+\s+)?(?:job\s+(?:ad|advert|"
        r"description|spec|posting|title)|jd|careers\s+page|about(?:\s+us)?\s+page|home\s*page|ad|advert)\b",
        0.7,
    ),
    # "never heard of their CEO", "had never been in the shop", "hadn't even downloaded the app"
    _r(
        r"\b(?:never|hadn'?t|had\s+not|'d\s+not)\s+(?:even\s+|actually\s+)?(?:heard\s+of|been\s+(?:in|to|"
        r"inside)|eaten\s+(?:there|at)|shopped\s+(?:there|at)|visited|downloaded|used|tried|seen)\s+"
        r"(?:them\b|their\s+\w+|"
        + THE_ORG
        + r"|the\s+(?:app|menu|shop|store|restaurant|website|site|"
        r"product|campaign|report|collection)\b|it\s+before\s+the\s+ad)",
        0.75,
        "neg_in",
    ),
    # The candidate's own guess at the employer: "uhh, you're a bank?", "'you sell timber?'"
    # (only fillers may precede it, so "what do you do when..." is not a guess)
    _r(
        r"(?:['\"]|\b(?:uh+|um+|erm|er|so|oh)\b,?)\s*(?:(?:erm|um+|uh+|er|so|oh|wait|not\s+much|to\s+be\s+"
        r"honest|honestly)\W+){0,4}?you(?:'re|\s+are|\s+(?:sell|make|do|build))\s+(?:an?\s+)?"
        r"[\w\s-]{1,30}?(?:,?\s*right)?\s*\?",
        0.7,
        "self",
    ),
    # "I asked what the company does", "asked 'what does your team actually do?'"
    _r(
        r"\basked\s+(?:them\s+|him\s+|her\s+)?['\"]?\s*(?:so\s+)?what\s+(?:kind\s+of\s+\w+\s+)?(?:does|do|"
        r"did)\s+(?:the\s+(?:\w+\s+)?"
        + ORG
        + r"|your\s+(?:\w+\s+)?"
        + ORG
        + r"|you(?:\s+lot|\s+guys)?)\s+"
        r"(?:\w+\s+)?(?:do|make|sell|offer)\b"
        r"(?=\s*(?:exactly|actually|here|again)?\s*(?:[?.,'\"]|$|at\s+the\s+end|because))",
        0.75,
    ),
    # "confused the two firms", "got the company confused with another", "I'd got them mixed up"
    _r(
        r"\b(?:confused|mixed\s+up|muddled)\s+the\s+two\s+(?:firms|companies|businesses|brands|banks|"
        r"charities|organi[sz]ations|employers)|\bgot\s+"
        + THE_ORG
        + r"\s+(?:confused|mixed\s+up)\s+with|"
        r"\bmixed\s+up\s+their\s+\w+\s+(?:and|with)\s+(?:their\s+)?competitor",
        0.75,
    ),
    # "called the company by the wrong name", "got the name of their flagship product wrong"
    _r(
        r"\bcalled\s+(?:them|"
        + THE_ORG
        + r")\s+(?:by\s+)?the\s+wrong\s+name|\bgot\s+the\s+name\s+of\s+"
        r"(?:their|" + THE_ORG + r"'s)\s+(?:\w+\s+){0,2}?\w+\s+wrong",
        0.8,
    ),
]
