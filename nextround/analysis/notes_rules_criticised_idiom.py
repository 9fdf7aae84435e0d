"""Regional and reflective criticism: agencies, idiom verbs, trade insults and feedback voice.

Trades and care writers criticise the agency that places them and the "gaffer" or "the last
mob" ("went off on one about", "had a pop at"), in regional insults ("a thief", "so-and-sos",
"shonky", "gone to the dogs", "a death trap"); reflective writers quote the verdict ("a circus",
"lost the plot", "stuck in the 1980s", "ruined it") or the recruiter's feedback in the second
person ("slating your director"). Each still needs a named employer of the candidate's own.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import Rule, _r

# Complaining verbs of regional and spoken English.
MOAN_IDIOM = words(
    r"went\s+off\s+(?:on\s+one\s+)?(?:about|at|on)",
    r"go(?:es|ing)?\s+off\s+(?:on\s+one\s+)?about",
    r"bad[- ]?mouth\w*",
    r"(?:had|having|took|taking)\s+(?:a\s+)?(?:go|pop|dig|swipe|shot)\s+at",
    r"slat(?:e|ed|ing)",
    r"sound(?:ed|ing)?\s+off\s+about",
    r"kick(?:ed|ing)?\s+off\s+about",
    r"(?:rambl|rant|went\s+on|go(?:ing)?\s+on)\w*\s+about\s+how",
)
# The agency that places the candidate, the last crew or place, and the feedback "your".
TARGET_IDIOM = (
    r"(?:\b(?:the|my|our|his|her)\s+(?:old\s+|last\s+|current\s+|temp\s+|staffing\s+)?agency\b|"
    r"\bthe\s+last\s+(?:mob|lot|crew|outfit|club|place|site|firm|gaffer|head|owner)\b|"
    r"\b(?:my|his|her|our)\s+(?:old\s+|last\s+|current\s+)?gaffer\b|"
    r"\byour\s+(?:own\s+|current\s+|last\s+|previous\s+|old\s+|former\s+)(?:\w+\s+)?"
    r"(?:\w+'s\s+)?\w+|"
    r"\byour\s+(?:director|manager|boss|pi|supervisor|ceo|employer|team|leadership|trust)\b|"
    r"\bthe\s+(?:\w+\s+)?(?:owner|owners|gaffer|landlord|council)\s+(?=was|were|is|are|had|'s)|"
    r"\b(?:mi|me)\s+(?:old|last)\s+boss(?:\s+dem)?\b|\bthe\s+\w+\s+(?:i|he|she)\s+left\b|"
    r"\bthe\s+(?:\w+\s+)?(?:firm|place|company|home|factory|hospital)\s+(?:i'?m|he'?s|she'?s)\s+at"
    r"(?:\s+now)?\b|\bthe\s+(?:big\s+)?chain\s+when\s+i\s+worked\s+there\b)"
)
# Regional, trade and quoted verdicts (affirmative: they hold no negator).
BAD_IDIOM = words(
    r"a\s+(?:thief|tief|crook|snob|muppet|dinosaur|circus|graveyard|bully|cowboy|joke)",
    r"(?:a\s+)?(?:right|total|proper|complete)\s+(?:snob|nightmare|jobsworth|bully|thief|crook|"
    r"shambles|joke|idiot|muppet|clown|cowboy|so[- ]and[- ]so)",
    r"tief",
    r"thie(?:f|ves|ving)",
    r"so[- ]and[- ]sos?",
    r"shonky",
    r"snobs?",
    r"crooks",
    r"(?:a\s+)?death\s*traps?",
    r"filthy",
    r"wicked\s+people",
    r"jumped[- ]up",
    r"tight[- ]?(?:ass|arse|fisted)s?",
    r"too\s+tight\s+to",
    r"gone\s+to\s+the\s+dogs",
    r"lost\s+the\s+plot",
    r"in\s+denial",
    r"(?:a\s+)?national\s+embarrassment",
    r"stuck\s+in\s+the\s+(?:\d{4}s|dark\s+ages|past)",
    r"years\s+behind",
    r"asleep\s+at\s+the\s+wheel",
    r"['\"“‘]asleep",
    r"ruin(?:ed|s|ing)",
    r"gutted",
    r"plays?\s+favou?rites",
    r"(?:runs?|ran|run)\s+(?:the\s+place|it|the\s+\w+(?:\s+team)?)\s+(?:like\s+a|into\s+the\s+ground)",
    # Not "impossible to work for": test_notes_ml keeps that one as the model's paraphrase.
    r"impossible\s+to\s+(?:get\s+anything|deal\s+with)",
    r"ripp(?:ed|ing)\s+(?:us|me|people|staff)\s+off",
    r"(?:useless|lying|thieving|clueless)",
    r"(?:meddl\w*|meddlers)",
    r"(?:took|takes|taking)\s+credit",
    r"treats?\s+\w+\s+like",
)
# Complaints that hold their own negation: "doesn't really supervise", "never listening".
BAD_IDIOM_NEG = words(
    r"(?:doesn'?t|dont|don'?t|didn'?t)\s+(?:really\s+)?(?:care|supervise|listen|believe\s+in|"
    r"understand|do\s+proper|pay|back)",
    r"never\s+(?:listen\w*|serviced|paid|pays|backs?)",
    r"(?:has|had|have)\s+no\s+(?:strategy|idea|clue|vision)",
    r"no\s+idea\s+how",
)


def idiom_rules(say: str, employer: str, clean_gap) -> list[Rule]:
    """Idiom verbs at an employer, and saying/calling an employer an idiom verdict."""
    target = "(?:" + employer + "|" + TARGET_IDIOM + ")"
    say_more = r"(?:" + say + r"|call(?:ed|ing)|saying|telling\s+them|remark\s+calling)"
    # Saying or calling the employer something, up to where the verdict starts.
    said = (
        r"\b"
        + say_more
        + r"\s+(?:that\s+)?"
        + clean_gap(4)
        + target
        + r"\s*"
        + clean_gap(3)
        + r"['\"“‘]?"
    )
    return [
        _r(r"\b" + MOAN_IDIOM + r"\s+" + gap(6) + target, 0.85),
        _r(r"\bcritici[sz]\w*\s+" + TARGET_IDIOM, 0.85),
        _r(said + BAD_IDIOM, 0.8),
        _r(said + BAD_IDIOM_NEG, 0.8, "neg_in"),
    ]
