"""Widest criticism paraphrases: any qualified workplace noun, bare verdicts and transcript replies.

New writers name the employer with any noun once it is qualified ("my current dealership", "the
help desk I'm at now", "the engineers there"), judge it with slang and idioms ("sucks", "a penny
pincher", "couldn't lead a conga line", "treats us like dirt") and often drop the saying verb: a
dictated note or a Q&A transcript ("Me: The partners are rude") states the verdict bare. A bare
verdict needs a qualified employer, so "the interviewer was rude" never counts here.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import Rule, _r
from nextround.analysis.notes_rules_criticised_lexicon import PEOPLE, PLACE

# Employer-side nouns that only count with a qualifier ("the partners there", "my PI").
_STAFF = (
    r"(?:staff|people|engineers|tutors|mentors?|teachers|nurses|doctors|partners|directors?|"
    r"owners?|crew|dispatch|supervisors?|leads?|culture|hr|org|organisation|organization|"
    r"dealership|nonprofit|non-profit|help\s+desk|consultancy|provider|trust|head|pi|po|"
    r"skip-level|matron|group\s+leader|academy|army|navy|regiment|site|unit|ward|rota\s+\w+|"
    r"educators?|consultants?|associates?|principal|headteacher|ceo|md|coo|cfo|cto|exec\w*|"
    r"senior\s+\w+|line\s+manager|boss|bosses|managers?|management|leadership|company|firm|job|"
    r"place|team|colleagues|co-?workers|workmates|employers?|" + PLACE + "|" + PEOPLE + ")"
)
# Whose: possessive, time qualifier, "the X I'm at now", "the X I work for", "the X there".
EMPLOYER_WIDE = (
    r"(?:\b(?:my|our|his|her)\s+(?:current|last|previous|old|former|present|existing)\s+"
    r"(?:\w+\s+)?[a-z][\w-]*(?:'s)?|\b(?:my|our|his|her)\s+(?:\w+\s+)?" + _STAFF + r"(?:'s)?"
    r"|\b(?:the\s+)?(?:current|last|previous|old|former)\s+(?:\w+\s+)?" + _STAFF + r"(?:'s)?"
    r"|\bthe\s+(?:\w+\s+){0,2}?[a-z][\w-]*\s+(?:i'?m|i\s+am|he'?s|she'?s)\s+(?:at|with|in)\b"
    r"(?:\s+now)?|\bthe\s+(?:\w+\s+){0,2}?[a-z][\w-]*\s+(?:i|he|she)\s+(?:currently\s+)?"
    r"(?:work|works|worked|volunteer\w*|trained|was)\s+(?:at|for|in|with)\b"
    r"|\bthe\s+(?:\w+\s+)?" + _STAFF + r"\s+(?:there|at\s+(?:my|his|her)\s+\w+)\b)"
)
# Bare "the X" after a saying verb or in a transcript reply: the people who run a workplace.
THE_BOSSES = (
    r"\bthe\s+(?:\w+\s+)?(?:partners|owners?|directors|management|leadership|bosses|managers|"
    r"ceo|md|head|matron|supervisors?|company|org)(?:'s)?\b"
)
# Slang verdicts and idioms the older lexicons lack (they hold no negator).
BAD_WIDE = words(
    r"sucks?",
    "shady",
    "needy",
    "controlling",
    r"(?:a|such\s+a|kind\s+of\s+a|a\s+total|a\s+complete)\s+mess",
    r"power[- ]trips?",
    r"scams?",
    r"backstab\w*",
    r"from\s+hell",
    r"all\s+talk",
    r"(?:a\s+)?drunk",
    r"alcoholic",
    r"crook(?:ed|s)?",
    r"jerks?",
    "garbage",
    r"penny[- ]pinch\w*",
    r"(?:like|as)\s+(?:dirt|garbage|rubbish|crap|numbers|children|kids|slaves|robots|cattle|"
    r"admin\s+staff|a\s+number|machines|idiots)",
    "dishonest",
    r"racists?",
    r"sexists?",
    r"tyrants?",
    r"egos",
    r"out\s+of\s+(?:his|her|their|its|my)\s+depth",
    r"snakes?",
    r"dinosaurs?",
    r"(?:a\s+)?liability",
    "inhumane",
    "greedy",
    r"box-?tickers",
    r"spreadsheet\s+(?:merchants|with\s+legs)",
    r"nasty\s+piece\s+of\s+work",
    r"had\s+it\s+(?:in|out)\s+for",
    r"wast(?:es?|ed|ing)\s+(?:\w+\s+)?(?:money|time|resources)",
    r"steal(?:s|ing)?\b",
    r"stole\b",
    r"cheat(?:s|ed|ing)?\b",
    r"ripp(?:ed|ing)\s+(?:\w+\s+)?off",
    r"(?:financially\s+)?illiterate",
    "dangerous",
    r"a\s+factory",
    "arrogant",
    r"two-faced",
    "spineless",
    "petty",
    r"soul[- ]crushing",
    "hostile",
    r"waiting\s+for\s+retirement",
    r"refuses?\s+to",
    r"dumps?\s+(?:everything|work|it\s+all|stuff)",
    r"pad\s+everything",
    r"looks?\s+down\s+on",
    r"ha(?:s|ve)\s+favou?rites",
    r"gone\s+awol",
    r"never\s+there",
    r"micromanag\w*",
    r"nightmare",
    "pathetic",
    r"idiots?",
    r"ruin(?:ed|s|ing)",
    r"(?:a\s+)?joke",
    r"a\s+circus",
    "useless",
    "incompetent",
    "terrible",
    "awful",
    "toxic",
    "rude",
    "lazy",
    "hopeless",
    "disaster",
    "shambles",
    r"(?:badly|poorly)\s+(?:run|managed|led)",
    r"out\s+of\s+touch",
    r"cut\s+corners",
    r"took\s+credit|takes\s+credit",
    r"treat(?:s|ed)?\s+(?:\w+\s+){0,3}?(?:like|badly|terribly)",
    r"bull(?:y|ies)",
    r"liars?",
    r"cowboys?",
)
# Verdicts that are verbs, for a bare verdict with no copula ("my manager takes credit").
ACTS = words(
    r"sucks",
    r"refuses\s+to",
    r"dumps\s+(?:everything|work|it\s+all|stuff)",
    r"micromanages",
    r"takes\s+credit",
    r"treats\s+(?:\w+\s+){0,3}?(?:like|badly|terribly)",
    r"wastes\s+(?:\w+\s+)?(?:money|time)",
    r"(?:steals|cheats|backstabs)",
    r"looks\s+down\s+on",
    r"has\s+favou?rites",
    r"cuts?\s+corners",
    r"had\s+it\s+(?:in|out)\s+for",
)
# Damning phrases that hold their own negation ("doesn't do anything", "couldn't lead a conga
# line"); matched only where nothing between the employer and the phrase negates it.
BAD_NEG_WIDE = words(
    r"(?:doesn'?t|dont|don'?t|didn'?t|does\s+not|do\s+not|did\s+not|wouldn'?t|won'?t)\s+"
    r"(?:even\s+|really\s+)?(?:do\s+anything|respect|care|pay|give\s+(?:me|us|a)|approve|notice|"
    r"know\s+(?:how|anyone|the\s+first)|help|train|read|plan|value|back|lead|trust)",
    r"never\s+(?:helps?|helped|reads?|plans?|planning|pays?|paid|follow\w*|leaves?\s+\w+\s+alone|"
    r"accepts?|backs?|listens?|trains?|says?\s+thank)",
    r"(?:zero|no)\s+(?:interest|support|training|respect|idea|clue|integrity|standards)",
    r"nobody\s+(?:respects|likes|trusts)",
    r"(?:couldn'?t|could\s+not|can'?t)\s+(?:\w+\s+){1,5}?(?:to\s+save\s+(?:his|her|their|my)\s+"
    r"li(?:fe|ves)|conga\s+line|piss-up|paper\s+bag)",
    r"shouldn'?t\s+be\s+(?:practi[cs]ing|working|allowed|in\s+charge|managing)",
    r"(?:did\s+not|didn'?t|never|don'?t|doesn'?t)\s+pay\s+(?:me|us|overtime|properly|on\s+time)",
)
# Bare "the X" after a rant verb: organisations and the people who run them, not places ("went on
# about the gym" is a perk).
_THE_ORG = (
    r"\bthe\s+(?:\w+\s+){0,2}?(?:partners|owners?|directors?|management|leadership|bosses|"
    r"managers?|ceo|trust|army|council|company|firm|agency|org\w*|crew|hr)\b"
)
# "My old manager was a nightmare, but I didn't say that": a private verdict, then a denial.
_UNSAID = (
    r"(?![^.!?]*\b(?:but|though|although|yet)\b[^.!?]*\b(?:didn'?t|did\s+not|never|nothing|not|"
    r"only|kept\s+it)\b)"
    # "..., which I kept to myself", "bit my tongue": thought, not said.
    r"(?![^.!?]*\b(?:kept\s+(?:it\s+|that\s+|this\s+)?(?:to\s+(?:my|him|her)self|quiet|schtum|"
    r"shtum|mum)|bit\s+(?:my|his|her)\s+tongue|held\s+(?:it\s+|that\s+)?back|without\s+saying)\b)"
)
# "considered criticising", "thought about complaining": a temptation, not an act.
_TEMPTED = r"(?<!considered\s)(?<!about\s)(?<!tempted\s)(?<!urge\s)(?<!to\s)"
# A transcript reply ("Me: ...", "A: ...") is the candidate speaking.
REPLY = r"^\s*(?:me|a|answer|my\s+answer|candidate)\s*[:\-—]"
# More ways to report a rant.
MOAN_WIDE = words(
    r"let\s+loose\s+(?:about|on)",
    r"had\s+a\s+(?:bit\s+of\s+a\s+)?go\s+about",
    r"vent(?:ed|ing)?\s+about",
    r"trash(?:ed|ing)",
    r"slagg(?:ed|ing)\s+off",
    r"rant(?:ed|ing)?\s+about",
    r"whing(?:ed|ing)\s+about",
    r"complain(?:ed|ing)\s+about",
    r"moan(?:ed|ing)\s+about",
    r"critici[sz](?:ed|ing)",
    r"character\s+assassination\s+of",
    r"(?:said|says|told\s+\w+(?:\s+\w+)?)\s+(?:that\s+)?(?:i|he|she)\s+(?:hate[sd]?|can'?t\s+stand|"
    r"loathe[sd]?)",
)


def wide_rules(say: str, clean_gap, copula: str, bad_neg: str) -> list[Rule]:
    """The wide criticism rules, built from the core saying verbs and negation-free gaps."""
    verdict = "(?:" + BAD_WIDE + "|" + BAD_NEG_WIDE + "|" + bad_neg + ")"
    target = "(?:" + EMPLOYER_WIDE + "|" + THE_BOSSES + ")"
    said = r"(?:\b(?:" + say + r"|ended\s+up\s+saying|saying)\b|" + REPLY + ")"
    return [
        # "said honestly the owner is a penny pincher", "Me: The partners are rude".
        _r(
            said + clean_gap(8) + target + r"\s*" + clean_gap(3) + copula + clean_gap(3) + verdict,
            0.8,
            "neg_in",
        ),
        # A bare verdict on a qualified employer needs a verb: "my supervisor doesnt do anything",
        # "my old boss is a drunk" (not "my boss a tyrant", a fragment recalling something else).
        _r(
            EMPLOYER_WIDE
            + r"\s*"
            + clean_gap(2)
            + r"(?:(?:is|was|are|were|'s|'re|has\s+been|had\s+been|seems?)\s+"
            + clean_gap(2)
            + verdict
            + "|"
            + "|".join((BAD_NEG_WIDE, bad_neg, ACTS))
            + ")"
            + _UNSAID,
            0.7,
            "neg_in",
        ),
        # "let loose about how the nonprofit i'm at now wastes donor money".
        _r(
            r"\b" + _TEMPTED + MOAN_WIDE + r"\s+" + gap(6) + "(?:" + target + "|" + _THE_ORG + ")",
            0.8,
        ),
        # "I left the last firm because the partners were dishonest".
        _r(
            r"\bleft\s+(?:my|the|his|her|their)\s+"
            + gap(3)
            + r"(?:because|cause|cos|as|since)\s+"
            + clean_gap(2)
            + target
            + r"\s*"
            + clean_gap(2)
            + copula
            + clean_gap(2)
            + verdict,
            0.75,
            "neg_in",
        ),
    ]
