"""Wider late-arrival triggers: clock times against the slot, terse "late, 15 min" notes.

Kept apart from notes_rules_late so that module stays readable; these families came from
students' text-speak and formal/third-person notes, which state lateness by clock times,
cause-first fragments ("late cos of the bus") or regional verbs ("reached late").
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r

# Arrival verbs that reach a clock time ("came in at 10.25", "got there 6.25").
_ARRIVAL = words(
    r"arriv(?:ed|ing)",
    r"got\s+(?:there|in|here|to\s+\w+(?:\s+\w+)?)",
    r"c(?:a|o)me\s+in",
    r"(?:walk|rush|ran|run|roll)(?:ed|ing)?\s+in(?:to)?",
    r"ran\s+in",
    r"turn(?:ed)?\s+up",
    r"show(?:ed)?\s+up",
    r"join(?:ed|ing)?",
    r"logg(?:ed|ing)\s+(?:on|in)",
    r"dial(?:l)?ed\s+in",
    r"reach(?:ed)?",
    r"made\s+it",
    r"was\s+there",
)
NOT_LATE_SHIFT = r"(?!\s+(?:afternoon|morning|evening|night|shift))"
_SLOT_NOUN = r"(?:interview|slot|shift|call|meeting|start|appointment|session|panel|assessment)"
_ABOUT = r"(?:at\s+)?(?:like\s+|about\s+|around\s+|roughly\s+|gone\s+)?"
_MINS = r"(?:mins?|minutes?|hours?|hrs?)"
_NUMW = (
    r"(?:\d+|a\s+few|a\s+couple\s+of|five|ten|fifteen|twenty(?:-five)?|thirty|forty|half\s+an|"
    r"a\s+good\s+\w+|a\s+quarter\s+of\s+an)"
)

LATE_WIDE = [
    # Same hour, later minutes than the slot: "at 2.20 for a 2pm slot", "at 10:15 for a 10:00".
    _r(
        r"\b" + _ARRIVAL + r"\b" + gap(4) + _ABOUT + r"(\d{1,2})[:.](?!00)[0-5]\d\s*(?:am|pm)?\s+"
        r"for\s+(?:a|an|the|my|our)\s+\1(?![:.]?[1-5]\d)(?:[:.]00)?\s*(?:am|pm|o'?clock)?\b",
        0.85,
    ),
    # The slot stated first in the same sentence: "the shift was at 6am and i got there 6.25".
    _r(
        r"\b" + _SLOT_NOUN + r"\s+(?:\w+\s+){0,3}?(?:at|for)\s+(\d{1,2})(?![:.]?\d)\s*(?:am|pm|"
        r"o'?clock)?\b" + gap(8) + _ARRIVAL + r"\b" + gap(4) + _ABOUT + r"\1[:.](?!00)[0-5]\d\b",
        0.8,
    ),
    # Cause straight after "late": "late cos of the bus", "late (parking, my own fault)"; not
    # staying up or working late, nor "we started late because of her" (someone else's delay).
    _r(
        r"(?<!stayed up )(?<!up )(?<!worked )(?<!bed )(?<!night )(?<!slept )(?<!stay )"
        r"(?<!started )(?<!began )(?<!ran )(?<!finished )(?<!running )"
        r"\blate\s*[(,]?\s*(?:cos|coz|cuz|cause|because|bc|b/c|due\s+to|owing\s+to|thanks\s+to)\b|"
        r"\blate\s*\(\s*(?:parking|traffic|train|bus|tube|my\s+(?:own\s+)?fault)",
        0.8,
    ),
    # The amount straight after "late": "late - about fifteen minutes", "late, 15 min".
    _r(
        r"\blate\s*[-–—,:(]\s*(?:about\s+|around\s+|roughly\s+|maybe\s+|like\s+|nearly\s+|"
        r"almost\s+|by\s+)?" + _NUMW + r"\s*(?:" + _MINS + r")\b",
        0.85,
        "neg_in",
    ),
    _r(r"\blate\s+by\s+(?:nearly|almost)\s+" + _NUMW + r"\s*" + _MINS + r"\b", 0.85, "neg_in"),
    # A delay stated against the slot: "a good ten minutes behind", "ten minutes later than
    # planned"; not "behind me in the queue" nor "we began 10 min behind" (the panel's delay).
    _r(
        r"(?<!began )(?<!started )(?<!began about )(?<!started about )\b"
        + _NUMW
        + r"\s*"
        + _MINS
        + r"\s+behind\b(?!\s+(?:me|him|her|them|us|the|a|an)\b)",
        0.75,
    ),
    _r(
        r"\b" + _NUMW + r"\s*" + _MINS + r"\s+later\s+than\s+(?:planned|scheduled|booked|agreed|"
        r"arranged|expected|intended)",
        0.75,
    ),
    _r(
        r"\b" + _ARRIVAL + r"\b" + gap(6) + r"(?:well\s+|long\s+|some\s+time\s+|just\s+)?after\s+"
        r"(?:the\s+)?(?:panel|interviewers?|others|everyone|they|the\s+\w+\s+panel)\s+had\s+"
        r"(?:already\s+)?(?:assembled|started|begun|sat\s+down|gathered|convened|kicked\s+off)",
        0.8,
    ),
]

# Phone-note and reflective families (trades/hospitality writers, post-rejection journals):
# "rolled in at ten past", "joined about 12 min in", "showed up just after they'd called my name".
_PAST_HOUR = r"(?:five|ten|twenty|twenty-five|quarter|\d{1,2})\s+past\b"
LATE_WIDE += [
    # "ten past" with no hour is measured from the slot's hour; not "quarter past 9 for half 9".
    _r(
        r"\b"
        + _ARRIVAL
        + r"\s+(?:\w+\s+){0,2}?(?:at\s+)?(?:about\s+|around\s+|like\s+|gone\s+)?"
        + _PAST_HOUR
        + r"(?!\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b)"
        r"(?![^.;!?]*\b(?:half\s+past|early|earlier|in\s+time|on\s+time|to\s+spare)\b)",
        0.75,
    ),
    _r(
        r"\b(?:didn'?t|didnt|did\s+not)\s+get\s+(?:there|in|to\s+\w+(?:\s+\w+)?)\s+"
        r"(?:til|till|until)\s+" + _PAST_HOUR,
        0.75,
        "neg_in",
    ),
    # "10 past 10 for 10 o'clock": the hour after "past" equals the slot's hour.
    _r(
        r"\b" + _PAST_HOUR + r"\s+(\d{1,2})\s+for\s+(?:a\s+|an\s+|the\s+|my\s+)?\1\b(?![:.]\d)", 0.8
    ),
    _r(r"\bonly\s+" + _ARRIVAL + r"\s+(?:at\s+)?(?:just\s+)?after\s+\d{1,2}\b", 0.7),
    # Minutes into the interview on arrival: "joined about 12 min in", "got there 10 minutes in".
    _r(
        r"\b"
        + _ARRIVAL
        + r"\s+(?:\w+\s+){0,2}?(?:about\s+|around\s+|like\s+|nearly\s+)?"
        + _NUMW
        + r"\s*"
        + _MINS
        + r"\s+in\b(?!\s+(?:advance|hand|total|the\s+(?:car|queue|waiting|lobby|reception)))",
        0.75,
    ),
    _r(
        r"\bspent\s+" + _NUMW + r"\s*" + _MINS + r"\s+(?:\w+ing\s+)?(?:\w+\s+)?(?:trying\s+)?to\s+"
        r"(?:get\s+in(?:to)?|join|log\s*(?:in|on)|connect|get\s+the\s+link)\b",
        0.7,
    ),
    # After the start was under way: "showed up just after they'd called my name", "arrived after
    # the icebreaker had started", "got there just as they were closing the doors".
    _r(
        r"\b"
        + _ARRIVAL
        + r"\s+(?:just\s+|only\s+|well\s+)?after\s+(?:they|the\s+\w+(?:\s+\w+)?)\s*"
        r"(?:'d|had)\s+(?:already\s+)?(?:called\s+my\s+name|started|begun|kicked\s+off|closed|"
        r"shut|gone\s+in)",
        0.8,
    ),
    _r(
        r"\b"
        + _ARRIVAL
        + r"\s+just\s+as\s+(?:they|the\s+\w+)\s+(?:were|was)\s+(?:closing|shutting|"
        r"starting|calling|beginning|kicking\s+off|wrapping)",
        0.75,
    ),
    _r(r"\bmissed\s+(?:the\s+)?first\s+(?:call|exercise|session|task|round)\b", 0.7),
    _r(
        r"\blate\s+(?:as\s+well|too|again|also)\s*,?\s*(?:cos|coz|cuz|cause|because|due\s+to)\b",
        0.8,
    ),
    # The candidate fixed inside the match: "I ended up walking into the panel ten minutes late".
    _r(
        r"\bi\s+(?:ended\s+up\s+|was\s+)?(?:walking|arriving|getting|turning\s+up|rolling|coming|"
        r"running)\s+(?:in(?:to)?\s+)?(?:(?:the|my)\s+\w+\s+)?(?:about\s+|around\s+)?"
        + _NUMW
        + r"\s*"
        + _MINS
        + r"\s+late\b",
        0.85,
        "self",
    ),
    _r(
        r"\bunderestimated\s+(?:how\s+long|the\s+(?:traffic|journey|drive|commute|parking|walk))\b"
        r"[^.;!?]{0,60}?\blate\b",
        0.75,
        "hyp_ok",
    ),
    # Transport was the clause subject: "getting off at the wrong Tube stop and arriving late".
    _r(
        r"\b(?:and|so)\s+(?:i\s+)?(?:arriv(?:ed|ing)|turn(?:ed|ing)\s+up|show(?:ed|ing)\s+up|"
        r"rolled\s+in|got\s+there|getting\s+there)\s+(?:\w+\s+)?late\b" + NOT_LATE_SHIFT,
        0.8,
        "ext_ok",
    ),
    _r(
        r"\b(?:wrong|different)\s+(?:stop|exit|platform|turning|turn-?off|train|bus)\b",
        0.55,
        "weak",
    ),
]
