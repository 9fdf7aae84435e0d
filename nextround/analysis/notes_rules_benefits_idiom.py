"""Shop-floor and reflective perks: staff discounts, free meals, rest days, vans and booklets.

Trades, retail and hospitality writers name the perks of their own trade ("staff discount",
"shift meal", "free bread", "Fridays off", "the company van", "staff rates on rooms", "bank
hols"), and reflective writers count their questions ("three perks questions in a row") or
describe the repetition ("then about the breaks again"). Each needs the candidate asking or a
repeat marker, so a perk the interviewer described stays clean (AFTER_OFFER still applies).
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import Rule, _r

# Perks of shifts, shops, kitchens and vans that the core and newer lists lack.
PERK_IDIOM = words(
    r"staff\s+(?:discounts?|meals?|food|rates?|perks?|parking|travel|rooms?)",
    r"discounts?",
    r"(?:free|shift|staff)\s+(?:meals?|bread|food|lunch\w*|coffee|drinks?|travel|uniforms?|"
    r"parking|rooms?|stays?|gym|tickets?|products?|samples?)",
    r"(?:company|work)\s+(?:vans?|cars?|cards?|phones?|laptops?)",
    r"(?:car|phone|laptop|mileage|travel|uniform|tool|clothing)\s+allowances?",
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+off",
    r"(?:summers?|weekends?|evenings?|school\s+holidays|christmas|half[- ]terms?)\s+off",
    r"(?:paid|unpaid)\s+(?:for\s+)?breaks?",
    r"(?:get|be)\s+paid\s+for\s+(?:the\s+)?breaks?",
    r"bank\s+hol(?:s|idays?)",
    r"annual\s+leave",
    r"carry(?:ing)?\s+(?:\w+\s+)?(?:leave|holidays?|days)\s+over",
    r"flexi[- ]?(?:time|hours|days?)(?:\s+scheme)?",
    r"wellness\s+days?",
    r"duvet\s+days?",
    r"benefits?\s+(?:booklet|pack|package|brochure|list|sheet|portal)",
    r"ote\s+accelerators?",
    r"tips?\s+(?:are|is|were|get)\s+shared",
    r"the\s+tips",
    r"overtime\s+(?:rates?|pay)",
    r"(?:leave|holidays?|time\s+off|breaks|(?:tips?\s+)?pool|(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"days)\s+(?:twice|again|\d+\s+times)",
)
# A repeat or a count marks dwelling: "twice", "again", "like 4 times", "line by line".
_REPEAT = (
    r"(?:twice|again|(?:like\s+)?\d+\s+times|three\s+times|over\s+and\s+over|line\s+by\s+line)"
)


def idiom_rules(ask: str, perk: str) -> list[Rule]:
    """The candidate asking about a trade perk, a repeated perk, or counted perk questions."""
    any_perk = "(?:" + perk + "|" + PERK_IDIOM + ")"
    return [
        _r(
            r"\b(?<!was\s)(?<!were\s)(?<!been\s)(?<!she\s)(?<!he\s)(?<!they\s)"
            + ask
            + r"\b\s*"
            + gap(8)
            + PERK_IDIOM
            + r"\b",
            0.75,
            "question",
        ),
        # "then about the pool again", "and then holidays again": the repeat is the signal.
        _r(
            r"\b(?:then|and)\s+(?:then\s+)?(?:asked\s+)?(?:again\s+)?about\s+(?:the\s+)?"
            + gap(2)
            + any_perk
            + r"\s+"
            + _REPEAT,
            0.75,
            "question",
        ),
        _r(
            r"\b(?:asked|asking|went\s+through)\s+" + gap(6) + any_perk + r"\s+" + gap(3) + _REPEAT,
            0.75,
            "question",
        ),
        # A subjectless "asked about staff meals twice" opening a clause is the note's writer.
        _r(
            r"(?:^|[.;,:\-•]\s*|\b(?:then|also|and|i)\s+)(?:asked|kept\s+asking)\s+(?:again\s+)?"
            r"about\s+(?:the\s+)?" + gap(2) + any_perk + r"\s+" + gap(2) + _REPEAT,
            0.75,
            "question",
            "self",
        ),
        # "most of my questions were on the flexi-time scheme".
        _r(r"\bmost\s+of\s+my\s+questions\s+(?:were\s+)?(?:on|about)\s+" + gap(3) + any_perk, 0.75),
        # Counted perk questions: "three perks questions in a row".
        _r(
            r"\b(?:two|three|four|five|several|\d+)\s+(?:perks?|benefits?|holiday|leave|pay)\s+"
            r"questions\b",
            0.75,
        ),
    ]
