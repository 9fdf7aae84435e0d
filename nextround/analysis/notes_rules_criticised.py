"""Trigger rules for criticising an employer: employer, moan, say and bad-word lexicons."""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r
from nextround.analysis.notes_rules_criticised_idiom import idiom_rules
from nextround.analysis.notes_rules_criticised_lexicon import (
    BAD_MORE,
    BAD_NEG,
    EMPLOYER_MORE,
    MOAN_MORE,
    PEOPLE,
)
from nextround.analysis.notes_rules_criticised_more import more_rules
from nextround.analysis.notes_rules_criticised_wide import wide_rules

# Whose employer: possessive or time qualifier (never "their", the interviewer's firm).
EMPLOYER = (
    r"(?:(?:(?:my|our|his|her)\s+(?:\w+\s+){0,2}?)|(?:the\s+)?(?:old|current|previous|last|"
    r"former|ex-?|present|existing)\s+(?:\w+\s+)?)(?:boss(?:es)?|managers?|management|"
    r"employers?|company|firm|team|colleagues?|co-?workers|workmates|workplace|job|place|"
    r"organi[sz]ation|department|director|ceo|supervisor|leadership|office|business|agency|"
    r"ex-?\s*boss|team\s+lead(?:er)?|line\s+manager)"
    r"\b|\bex-?employer\b|\bthe\s+company\s+i\s+(?:work|worked)\s+(?:for|at)\b|"
    r"\bwhere\s+i\s+(?:work|worked)\b|\bthe\s+(?:company|firm|place|team|business|people|"
    r"organi[sz]ation)\s+i\s+(?:currently\s+)?(?:work|worked|am)\b|\bthe\s+people\s+i\s+work\s+with\b|"
    r"\b(?:the\s+)?(?:management|bosses|boss|managers?|leadership|team|company|place)\s+there\b"
)
MOAN = words(
    r"moan\w*",
    r"complain\w*",
    r"whing\w*",
    r"whin(?:ed|ing|e)",
    r"grumbl\w*",
    r"rant\w*",
    r"vent(?:ed|ing)?",
    r"slagg?\w*\s+off",
    r"slagged",
    r"bad-?mouth\w*",
    r"trash\w*",
    r"critici[sz]\w*",
    r"r[au]n\w*\s+down",
    r"(?:talk|spoke|speak)\w*\s+(?:\w+\s+)?"
    r"(?:badly|negatively|ill|trash|smack)",
    r"(?:was|were|got|being|been)\s+(?:\w+\s+)?negative",
    r"dis+ed",
    r"had\s+a\s+go\s+at",
    r"blam\w*",
    r"rubbish\w*",
    r"grip\w*",
    r"bitch\w*",
    r"(?:laid|lay\w*|tore|ripp\w*)\s+into",
    r"went\s+off\s+(?:on|about)",
    r"knock\w*",
    r"thr[eo]w\w*\s+\w+\s+under\s+the\s+bus",
    r"mock\w*",
    r"insult\w*",
    r"slat\w*",
    "tirade",
    "diatribe",
    r"made\s+fun\s+of",
    r"(?:took|had)\s+(?:a\s+)?(?:dig|swipe|pop|shot)s?\s+at",
    r"digs?\s+at",
    r"swipes?\s+at",
    r"snip(?:ed|ing)\s+at",
    r"sneer\w*",
    r"(?:snide|sarcastic|negative|nasty|bitchy|disparaging|derogatory|critical|unkind|rude|bitter|"
    r"scathing)\s+(?:comments?|remarks?|things|jokes?)",
    r"(?:bitter|critical|scathing|disparaging|dismissive|negative)\s+(?:about|of|towards)",
)
SAY = words(
    "said",
    "say",
    r"told\s+(?:them|him|her|everyone|the\s+\w+(?:\s+\w+)?)",
    r"tell\s+(?:them|him|her)",
    r"mention(?:ed)?",
    r"admit(?:ted)?",
    "confessed",
    r"let\s+(?:it\s+)?slip",
    r"blurted(?:\s+out)?",
    "joked",
    "explained",
    "claimed",
    "stated",
    r"was\s+(?:honest|upfront|open|frank|candid)",
    r"made\s+(?:it\s+)?clear",
    "revealed",
    "volunteered",
    "disclosed",
    r"owned\s+up",
    r"answered\s+(?:that|with)",
    r"replied\s+that",
    r"went\s+on\s+about",
    r"went\s+into",
)
BAD = words(
    "toxic",
    "awful",
    "terrible",
    "useless",
    r"a\s+joke",
    "joke",
    "clueless",
    "incompetent",
    "nightmare",
    "hopeless",
    "lazy",
    "rubbish",
    "crap",
    "shit",
    "shambles",
    "mess",
    "disaster",
    r"disorgani[sz]ed",
    "chaotic",
    "bad",
    "dreadful",
    "horrible",
    r"idiots?",
    r"morons?",
    "stupid",
    "dumb",
    "pathetic",
    r"bull(?:y|ies)",
    r"micromanag\w*",
    "sinking",
    "dysfunctional",
    r"dinosaurs?",
    r"clowns?",
    r"idiots?",
    "unbearable",
    "unsupportive",
    "favouritism",
    r"favoritism",
    r"undervalue\w*",
    r"exploit\w*",
    r"underpa(?:id|ys)",
    r"dead[- ]end",
    "shouting",
    r"doesn'?t\s+know\s+what",
    r"don'?t\s+know\s+what",
    r"no\s+clue",
    r"(?:a\s+)?nightmare\s+to",
    r"treats?\s+(?:us|people|staff|everyone)\s+(?:badly|like)",
    r"never\s+(?:promotes?|supports?|"
    r"recogni[sz]es?|appreciates?)",
    r"(?:badly|poorly)\s+(?:run|managed)",
    "unfair",
    "unprofessional",
    "corrupt",
    r"liars?",
    r"takes?\s+credit",
    r"steals?\s+credit",
    r"never\s+listens?",
    r"doesn'?t\s+listen",
    r"no\s+idea",
    "worst",
)

# Both employer lexicons, and a bare "the management"/"the owners" right after a saying verb.
_EMPLOYER_ALL = "(?:" + EMPLOYER + "|" + EMPLOYER_MORE + ")"
_SAID_THE = r"the\s+(?:\w+\s+)?(?:" + PEOPLE + r"|managers?)\b"
_BAD_ALL = "(?:" + BAD + "|" + BAD_MORE + ")"
_COPULA = r"(?:(?:is|was|are|were|'s|'re|can\s+be|has\s+been|had\s+been|seems?)\s+)?"


def _clean_gap(n: int) -> str:
    # Up to n words with no negator among them, so "said my boss wasn't useless" stays clean
    # while the phrase after it may hold its own negation ("doesn't have a clue").
    return (
        r"[^\w.!?;]{0,4}(?:(?!(?:not|never|no|nothing|hardly)\b)[\w'\"-]+(?<!n't)(?<!nt)"
        r"[^\w.!?;]{1,4}){0," + str(n) + "}?"
    )


CRITICISED = [
    _r(r"\b" + MOAN + r"\s+" + gap(6) + "(?:" + EMPLOYER + ")", 0.9),
    _r(
        r"\b"
        + SAY
        + r"\s+(?:that\s+)?"
        + gap(4)
        + "(?:"
        + EMPLOYER
        + r")\s+"
        + gap(2)
        + r"(?:(?:is|was|are|were|'s|'re|can\s+be|has\s+been|had\s+been)\s+)?"
        + gap(3)
        + BAD,
        0.85,
    ),
    _r(
        r"\b(?:about|on|into|explained|described|said)\s+how\s+(?:"
        + EMPLOYER
        + r")\s+"
        + gap(3)
        + BAD,
        0.8,
    ),
    _r(
        r"\b(?:called|described)\s+(?:" + EMPLOYER + r")\s+(?:as\s+)?(?:an?\s+)?" + gap(2) + BAD,
        0.85,
    ),
    _r(
        r"\b"
        + MOAN
        + r"\s+"
        + gap(4)
        + r"(?:colleagues|co-?workers|workmates|(?:upper|senior|middle)?\s*"
        r"management|higher-ups|senior\s+leadership)\b",
        0.75,
    ),
    _r(
        r"\bsaid\s+(?:some\s+)?(?:pretty\s+|quite\s+|really\s+)?(?:harsh|negative|nasty|bad|unkind|"
        r"unflattering|mean)\s+things\s+about\s+(?:" + EMPLOYER + ")",
        0.85,
    ),
    _r(
        r"\bhow\s+(?:bad|badly|awful|terrible|toxic|useless|poorly|incompetent|chaotic)\b"
        + gap(4)
        + "(?:"
        + EMPLOYER
        + ")",
        0.75,
    ),
    # Wider paraphrases: complaining verbs and workplace nouns beyond the core lists.
    _r(r"\b(?:" + MOAN + "|" + MOAN_MORE + r")\s+" + gap(6) + _EMPLOYER_ALL, 0.85),
    _r(
        r"\b"
        + SAY
        + r"\s+(?:that\s+)?"
        + gap(4)
        + "(?:"
        + _EMPLOYER_ALL
        + "|"
        + _SAID_THE
        + r")\s*"
        + gap(2)
        + _COPULA
        + gap(3)
        + _BAD_ALL,
        0.85,
    ),
    # "said my manager doesn't have a clue": the negation belongs to the criticism itself.
    _r(
        r"\b"
        + SAY
        + r"\s+(?:that\s+)?"
        + _clean_gap(4)
        + "(?:"
        + _EMPLOYER_ALL
        + "|"
        + _SAID_THE
        + r")\s*"
        + _clean_gap(4)
        + BAD_NEG,
        0.8,
        "neg_in",
    ),
    # A quoted verdict right after the employer is reported speech: my boss 'took all the credit'.
    _r(
        _EMPLOYER_ALL
        + r"\s*"
        + _clean_gap(3)
        + r"['\"“‘]"
        + _clean_gap(3)
        + "(?:"
        + _BAD_ALL
        + "|"
        + BAD_NEG
        + ")",
        0.8,
        "neg_in",
    ),
    _r(
        r"\b(?:called|calling|described|describing|labelled|branded)\s+(?:"
        + _EMPLOYER_ALL
        + r")\s*(?:as\s+)?(?:an?\s+)?"
        + gap(3)
        + r"['\"“‘]?"
        + _BAD_ALL,
        0.85,
    ),
]
# Any qualified workplace noun, slang verdicts, bare verdicts and transcript replies.
CRITICISED += wide_rules(SAY, _clean_gap, _COPULA, BAD_NEG)
# Boards, chairs and formal or slang verdicts (senior writers, students, coaches).
CRITICISED += more_rules()
# Regional idiom verbs, agencies and quoted or second-person verdicts (phone notes, feedback).
CRITICISED += idiom_rules(SAY, _EMPLOYER_ALL, _clean_gap)
