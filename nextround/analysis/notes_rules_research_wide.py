"""No-research triggers for text-speak, hedged formal and adviser-summary notes.

These writers name the employer's document they had not read ("hadn't read the trust's CQC
report", "without having looked at the curriculum redesign"), what they were caught out on
when asked about the employer ("asked about their values and I had literally no clue", "...I'd
never looked at it"), what they only half knew ("knew they sold Ford but not that they had 12
sites", "only looked at their Google reviews"), or that they would have known had they read
the pack. Each family needs the employer (their, the firm's, the company...) or one of its
documents, so not having read the question or the brief is not read as missing research.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r
from nextround.analysis.notes_rules_research_extra import ORG, THE_ORG

# What a candidate reads to prepare: the employer's pages, papers and public output.
DOC = words(
    r"web\s*site",
    "site",
    r"home\s*page",
    r"job\s+(?:description|spec|ad|advert|posting|pack)",
    "jd",
    "ad",
    "advert",
    r"(?:recruitment|candidate|applicant|information)\s+pack",
    "brochure",
    "prospectus",
    r"(?:annual\s+|impact\s+|cqc\s+|ofsted\s+|inspection\s+|peer\s+review\s+)?reports?",
    r"(?:latest|annual|financial|quarterly|recent)\s+results",
    "accounts",
    r"strateg(?:y|ies)(?:\s+document)?",
    r"(?:business|development|strategic|corporate|five-year)\s+plan",
    "curriculum",
    r"board\s+(?:papers|minutes)",
    "newsletter",
    "edition",
    "news",
    "rebrand",
    "campaign",
    r"research\s+themes",
    "priorities",
    r"values",
    "mission",
    r"product\s+(?:range|lines?)",
    "products",
    "services",
    "portfolio",
    "socials",
    "linkedin",
    "glassdoor",
)
# The employer as owner: "their", "the trust's", "the organisation's", "the company".
OWNER = (
    r"(?:their|its|the\s+(?:\w+\s+)?" + ORG + r"'s|the\s+(?:institute|trust|council|unit|chain|"
    r"department|school|practice|board|organisation|organization|think\s+tank)'s|the)"
)
NOT_DONE = (
    r"(?:hadn'?t|hadnt|had\s+not|'d\s+not|didn'?t|didnt|did\s+not|never|not|haven'?t|has\s+not|"
    r"hasn'?t)\s+(?:\w+\s+)?"
)
READ = words(
    r"read(?:\s+up\s+on)?",
    r"looked\s+(?:at|into|through)",
    r"look\s+(?:at|into|through)",
    "checked",
    r"gone\s+through",
    r"go\s+through",
    "studied",
    "seen",
    r"kept\s+abreast\s+of",
    r"(?:been\s+)?up\s+to\s+date\s+(?:on|with)",
    r"familiar\s+with",
)
# What the candidate said or did when asked about the employer and had nothing.
CAUGHT = words(
    r"had\s+(?:\w+\s+)?no\s+(?:idea|clue)",
    r"(?:didn'?t|didnt|did\s+not)\s+have\s+(?:a|any)\s+(?:clue|idea|answer)",
    r"hadn'?t\s+(?:the\s+faintest|a\s+clue)",
    r"made\s+(?:something|it|stuff|an\s+answer)\s+up",
    r"(?:dunno|idk)",
    r"(?:couldn'?t|could\s+not|couldnt)\s+(?:name|describe|answer|remember|recall|say)",
    r"could\s+only\s+name",
    r"(?:(?:'d|had)\s+)?never\s+(?:looked|read|seen|heard)",
    r"(?:hadn'?t|had\s+not|'d\s+not)\s+(?:read|seen|looked)",
    r"admitted\s+(?:i|he|she)\s+hadn'?t",
    r"(?:i|he|she)\s+(?:didn'?t|did\s+not)\s+(?:know|read|look)",
    r"(?:said|say)\s+['\"]?(?:not\s+(?:loads|much|a\s+lot)|sorry|nothing)",
    r"(?:just\s+)?said\s+['\"]?(?:its|it'?s)\.\.\.",
)
ASKED_ABOUT = (
    r"\b(?:asked|quizzed|question)\b[^.;?!]{0,40}?(?:their|our|its|(?<!my\s)(?<!current\s)"
    r"(?<!old\s)(?<!former\s)(?<!previous\s)\b(?!interviewer|panel|panellist|chair|recruiter|"
    r"assessor|it|that|what|there|here|he|she|who|let)\w+'s\s|"
    + THE_ORG
    + r"|\bwhy\s+(?:them|us|this\s+(?:company|firm)))"
)

# Between the question and the catch, no third party may take over ("my colleague said he...").
NO_THIRD = (
    r"(?:(?!\b(?:colleague|friend|candidate|other|partner|interviewer|panel\w*|manager|they)\b)"
    r"[^.;?!]){0,80}?"
)

NO_RESEARCH_WIDE = [
    # "hadn't read the trust's CQC report", "I'd not read the job spec", "had not kept abreast of
    # the organisation's news", "wasn't up to date on the department's current priorities"
    _r(
        r"\b(?:" + NOT_DONE + READ + r"|without\s+(?:having\s+)?(?:read|looked\s+at|checked|"
        r"seen)|not\s+having\s+(?:read|looked\s+at|checked|seen))\s+(?:any\s+of\s+)?"
        + OWNER
        + r"\s+(?:[\w-]+\s+){0,3}?"
        + DOC
        + r"\b",
        0.75,
        "neg_in",
    ),
    # "asked about the department's digital strategy, had to admit I'd not read it", "manager
    # asked me about sainsburys values and i had no clue", "asked what the firm's core values
    # were and I made something up"
    # (the catch must follow the candidate's own subject: "the other candidate had no clue" is not)
    _r(
        ASKED_ABOUT + NO_THIRD + r"\b(?:i|he|she)(?:\s+|(?='))(?:[\w']+\s+){0,2}?" + CAUGHT,
        0.75,
        "self",
        "neg_in",
    ),
    # "didnt know a thing about the sector", "knew nothing else about them", "i dunno anything
    # about their loyalty programme", "didn't know the difference between their two brands"
    _r(
        r"(?:\b(?:didn'?t|didnt|did\s+not|don'?t|dont)\s+know|\bdunno|\bidk|\bknew)\s+(?:a\s+thing|"
        r"anything|much|nothing\s+(?:else|particular|specific)?)\s+about\s+(?:the\s+(?:sector|industry|"
        r"market)|them\b|their\b|" + THE_ORG + r")|\b(?:didn'?t|didnt|did\s+not)\s+know\s+the\s+"
        r"(?:difference\s+between|names?\s+of)\s+" + OWNER,
        0.75,
        "neg_in",
    ),
    # "hadnt looked at what clients they have", "didnt know what the team actually works on",
    # "didn't really know what the graduate scheme rotates through", "forgotten to look up..."
    _r(
        r"\b(?:hadn'?t|hadnt|had\s+not|didn'?t|didnt|did\s+not|never|not)\s+(?:\w+\s+)?(?:looked\s+"
        r"(?:at|into|up)|know|knew)\s+what\s+(?:\w+\s+){0,2}?(?:they|the\s+(?:\w+\s+)?(?:"
        + ORG
        + r"|"
        r"scheme|programme|rotation))\s+(?:\w+\s+)?(?:have|has|do|does|did|works?\s+on|rotates?|"
        r"covers?|involves?|offers?|makes?|sells?|builds?|runs?|provides?)\b|\bforg[oe]t\w*\s+to\s+"
        r"(?:look\s+(?:them\s+)?up|research|read\s+up)\b|\b(?:didn'?t|didnt|did\s+not|never|"
        r"hadn'?t)\s+look\s+(?:anything|them)\s+up\b|\blook\s+up\s+anything\s+about\b",
        0.75,
        "neg_in",
    ),
    # "knew they sold ford and kia but not that they had 12 sites", "I knew the school had a GME
    # unit but nothing more", "knew about the new warehouse but not about the plans"
    _r(
        r"\bknew\s+(?:about\s+)?(?:that\s+)?(?:they|their|"
        + THE_ORG
        + r"|the\s+new)\b[^.;?!]{0,50}?"
        r"\bbut\s+(?:not|nothing)\s+(?:about|that|the|more|else|much|what|how|any)\b",
        0.65,
        "neg_in",
    ),
    # "only looked at their Google reviews", "I'd only skimmed", "I'd just looked at the app
    # store page", "only knew the company from adverts", "I'd mainly looked at the activities"
    _r(
        r"\b(?:only|just|mainly|merely)\s+(?:really\s+)?(?:looked\s+at|skimmed|glanced\s+at|read|knew)"
        r"\s+(?:their\b|" + THE_ORG + r"|the\s+(?:app\s+store|landing|about|careers)\s+page|the\s+"
        r"activities)|\b(?:'d|had)\s+only\s+skimmed\b",
        0.65,
    ),
    # "i'd have known if i read the ad properly", "which I'd have known had I read the pack"
    _r(
        r"\b(?:'d|would)\s+have\s+known\b"
        + gap(3)
        + r"\b(?:if|had)\s+(?:i|he|she)(?:'d)?\s+(?:\w+\s+)?"
        r"(?:read|looked|checked|researched|prepared)",
        0.75,
        "hyp_ok",
    ),
    # "I'd meant to look at the school's website properly and hadn't", "had meant to read the
    # board papers on the train and simply hadn't", "not done my homework on their product range"
    _r(
        r"\b(?:meant|intended|planned)\s+to\s+(?:read|look|research|check|go\s+through|prep\w*)\b"
        r"[^.;?!]{0,60}?\b(?:and|but)\s+(?:i\s+|he\s+|she\s+)?(?:simply\s+|just\s+|then\s+)?(?:hadn'?t|"
        r"didn'?t|never|had\s+not|did\s+not)\b|\bnot\s+done\s+(?:my|his|her|any|much|enough)\s+"
        r"(?:homework|research|prep|reading)\b|\bhadn'?t\s+done\s+enough\s+(?:work|reading)\s+on\s+"
        r"(?:their|" + THE_ORG + r")",
        0.75,
        "neg_in",
        "hyp_ok",
    ),
    # "i thought they were a charity but theyre a social enterprise", "confused two product lines"
    _r(
        r"\bthought\s+(?:they|it|"
        + THE_ORG
        + r")\s+(?:were|was)\s+(?:just\s+)?an?\s+[^.;?!]{0,40}?"
        r"\bbut\s+(?:they'?re|theyre|they\s+are|it'?s|it\s+is)\b|\bconfused\s+(?:the\s+|their\s+)?two\s+"
        r"(?:product\s+lines|brands|products|services|sites|schemes|divisions)",
        0.7,
    ),
]
