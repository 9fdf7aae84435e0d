"""Criticism as senior professionals, students and coaches report it: boards, chairs, verdict nouns.

Formal writers criticise the people who govern an organisation ("the previous chair of my current
board", "our Vice-Chancellor's leadership") with measured or literary verdicts ("lamentable
stewardship", "largely theatre", "a decade of drift", "high-handed") and report the act itself in
hedged words ("I was unkind about", "was less than discreet about", "painted my clinical lead
as obstructive", "spent too long on my previous employer's failings"); students use slang ("a
snake", "a proper jobsworth", "so dead", "clock-watchers"). Every rule still needs a qualified
employer (possessive, time qualifier, "there", "of my current X"), so the interviewer's firm and
other people's jobs stay out, and the negation-free gaps keep "said my boss wasn't a bully" out.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import Rule, _r
from nextround.analysis.notes_rules_criticised_verdicts import ACT_MORE, VERDICT_MORE

# Who governs or employs: the nouns senior and student writers use for their own workplace.
_NOUN = (
    r"(?:chair(?:man|woman|person)?|board|chief\s+executive|vice-chancellor|dean|head(?:\s+of\s+"
    r"\w+)?|gc|gm|medical\s+director|clinical\s+lead|tech\s+lead|(?:shift|team)\s+lead(?:er)?|"
    r"clerk|chambers|regime|federation|institution|service|group|founder|landlord|in-charge|"
    r"supermarket|kitchen|caf[eé]|college|tutor|culture|politics|(?:executive|leadership|"
    r"management|senior)\s+team|(?:top|senior|upper)\s+management|partners|employer|company|co|"
    r"firm|place|management|leadership|team|department|manager|boss|owners?|ceo|cfo|md|trust|"
    r"school|director|supervisor|organi[sz]ation|predecessor|workplace|job|provider|bank|ward|"
    r"practice|hospital|council|agency|store|shop|hotel|restaurant|pub|colleagues|co-?workers|"
    r"workmates|placement(?:\s+\w+)?)"
)
# Whose: a possessive or time qualifier, "the X there", "the X of/at my current Y".
_OWN = r"(?:my|our|his|her)\s+(?:(?:current|present|previous|former|last|old|own|new)\s+)?"
_WHEN = r"(?:current|present|previous|former|last|old)\s+"
TARGET = (
    r"(?:\b" + _OWN + r"(?:[\w-]+\s+)?" + _NOUN + r"(?:'s)?"
    r"|\b(?:the\s+)?" + _WHEN + r"(?:[\w-]+\s+)?" + _NOUN + r"(?:'s)?"
    r"|\bthe\s+(?:new\s+)?(?:[\w-]+\s+)?"
    + _NOUN
    + r"\s+(?:there|(?:of|at|in|on)\s+"
    + _OWN
    + r"(?:[\w-]+\s+)?"
    + _NOUN
    + r")(?:'s)?"
    r"|\bthe\s+(?:[\w-]+\s+)?" + _NOUN + r"\s+(?:i'?m|i\s+am|she\s+works|he\s+works|i\s+work)"
    r"(?:\s+(?:at|in|on|for))?(?:\s+currently|\s+now)?)\b"
)
# Saying and describing verbs, and the nouns that report a remark.
_SAID = words(
    "said",
    "says",
    r"told\s+(?:them|him|her|the\s+\w+)(?:\s+that)?",
    r"told\s+(?:them|him|her|the\s+\w+)\s+frankly(?:\s+that)?",
    "mentioned",
    "described",
    "describing",
    "describe",
    "called",
    "calling",
    r"referred\s+to",
    "painted",
    "portrayed",
    r"talked\s+about",
    r"spoke\s+about",
    r"went\s+off\s+about\s+how",
    r"complained\s+that",
    r"moaned\s+that",
    r"remarks?\s+about",
    r"comments?\s+about",
    r"references?\s+to",
    r"let\s+slip\s+that",
    r"made\s+a\s+comment\s+about",
)
# Epithets that condemn the employer's people ("'gutless' senior management").
_EPITHET = (
    r"['\"“‘]?(?:gutless|spineless|dysfunctional|incompetent|clueless|toxic|useless|vindictive|"
    r"hopeless|feckless|cowardly|inept|chaotic)['\"”’]?"
)
_COPULA = r"(?:(?:is|was|are|were|'s|'re|had\s+been|has\s+been|being)\s+)?"


def _clean(n: int) -> str:
    # Up to n words with no negator among them (the verdict may hold its own negation).
    return (
        r"[^\w.!?;]{0,4}(?:(?!(?:not|never|no|nothing|hardly)\b)[\w'\"-]+(?<!n't)(?<!nt)"
        r"[^\w.!?;]{1,4}){0," + str(n) + "}?"
    )


def more_rules() -> list[Rule]:
    """The wider criticism rules: verdicts on a qualified employer, and reported critical acts."""
    quote = r"['\"“‘]?"
    return [
        # "I said the GM there is a 'bully'", "describing the previous dean's tenure as 'a decade
        # of drift'", "my remarks about my current CFO - 'a lovely man with no grasp of controls'".
        _r(
            r"\b"
            + _SAID
            + r"\b"
            + _clean(8)
            + TARGET
            + _clean(5)
            + _COPULA
            + r"(?:as\s+)?"
            + _clean(3)
            + quote
            + VERDICT_MORE
            + r"\b",
            0.8,
            "neg_in",
        ),
        # A quoted verdict right after a qualified employer: her current employer 'only cares
        # about targets'; the ward she works on is 'a nightmare'.
        _r(
            TARGET
            + r"\s*"
            + _clean(2)
            + _COPULA
            + _clean(1)
            + r"['\"“‘]"
            + _clean(3)
            + VERDICT_MORE
            + r"\b",
            0.75,
            "neg_in",
        ),
        # "I was unkind about my former colleagues", "had a pop at the previous chair of my
        # current board", "spent too long on my previous employer's failings".
        _r(r"\b" + ACT_MORE + r"\s*" + gap(5) + TARGET, 0.8),
        # "I was not, however, at all pleasant about the chief executive of my current trust":
        # the negation is the criticism itself, so it is matched whole.
        _r(
            r"\b(?:was|were|being)\s+(?:\w+,?\s+){0,2}?(?:not|less\s+than)\s*,?\s+(?:\w+,?\s+){0,3}?"
            r"(?:pleasant|kind|discreet|complimentary|charitable|flattering|diplomatic|generous|"
            r"positive)\s+about\s+" + gap(3) + TARGET,
            0.75,
            "neg_in",
        ),
        # A pejorative epithet on the employer's people: "his previous employer's 'gutless'
        # senior management", "the dysfunctional executive team at my current employer".
        _r(
            r"\b(?:about|on|of|regarding|over)\s+(?:the\s+)?(?:(?:" + _OWN + "|" + _WHEN + r")"
            r"(?:[\w-]+(?:'s)?\s+)?"
            + _EPITHET
            + r"\s+(?:[\w-]+\s+)?"
            + _NOUN
            + r"\b|"
            + _EPITHET
            + r"\s+(?:[\w-]+\s+)?"
            + _NOUN
            + r"\s+(?:at|of|in)\s+"
            + _OWN
            + r")",
            0.75,
        ),
    ]
