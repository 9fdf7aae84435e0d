"""Wider phone-interruption triggers: "it buzzed", long relative clauses, notifs, other callers.

Kept apart from notes_rules_phone; these families came from text-speak ("notifs kept going
off", "phone went") and formal notes whose device is followed by a long aside ("my phone,
which I had thought was on silent, rang").
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import words
from nextround.analysis.notes_rules_base import _r

_DEV = r"(?:phone|mobile|cell|iphone|handset|watch|laptop|pager|bleep)"
# Sounds and lights a device makes (base RING is kept narrow to the device's own clause).
_NOISE = words(
    r"rang",
    r"ringing",
    r"buzz(?:ed|ing)",
    r"vibrat(?:ed|ing)",
    r"ping(?:ed|ing)",
    r"went\s+off",
    r"kept\s+going\s+off",
    r"l(?:it|ighting)\s+up",
    r"play(?:ed|ing)\s+(?:music|a\s+song|(?:my|its|the)\s+ringtone)",
    r"read\s+out",
    r"chimed",
)
_DURING = r"(?:mid[- ]?\w+|during|in\s+the\s+middle|halfway|throughout|twice|again|loudly)"
_MSGS = r"(?:notifications?|notifs?|messages?|texts?|calls?|whatsapps?|emails?|group\s+chat)"

PHONE_WIDE = [
    # The device, then a long aside, then the noise: "my phone, which I'd left on the sofa, rang".
    _r(
        r"\b" + _DEV + r"\s*(?:,|-|–|—)\s*which\b[^.;!?]{0,100}?(?:,|-|–|—)\s*(?:also\s+|then\s+|"
        r"still\s+)?" + _NOISE + r"\b",
        0.85,
    ),
    _r(
        r"\b"
        + _DEV
        + r"\b[^.;!?]{0,50}?\band\s+(?:then\s+)?it\s+(?:kept\s+|started\s+|then\s+)?"
        + _NOISE
        + r"\b",
        0.8,
    ),
    # "it" for the phone named in an earlier sentence ("It rang once in my pocket").
    _r(
        r"\bit\s+(?:then\s+|also\s+|just\s+|kept\s+|started\s+)?(?:rang|buzz(?:ed|ing)|"
        r"vibrat(?:ed|ing)|pinged)\b",
        0.6,
    ),
    # British "my phone went" = rang: not "went flat/dead/missing".
    _r(r"\b" + _DEV + r"\s+went\b(?=\s*(?:[.,;!]|$|" + _DURING + r"))", 0.8),
    _r(
        r"\b(?:notifs?|notifications?)\b\s*(?:\w+\s+){0,3}?(?:kept\s+)?(?:going\s+off|coming\s+"
        r"(?:in|through)|were\s+audible|audible|could\s+be\s+heard|popping\s+up|dinging|pinging)",
        0.8,
        "ext_ok",
    ),
    _r(
        r"\b(?:"
        + _DEV
        + r"|it)\s+(?:\w+\s+){0,2}?(?:l(?:it|ighting)\s+up|buzz(?:ed|ing)|ping(?:ed|ing))\s+"
        r"(?:\w+\s+){0,3}?with\s+"
        r"(?:\w+\s+){0,3}?" + _MSGS + r"\b",
        0.8,
    ),
    # "my mum called mid interview", "another call come in"; not when the phone was off anyway.
    _r(
        r"\b(?:called|rang|phoned|texted|rung)\s+(?:me\s+)?(?:right\s+)?(?:mid[- ]?(?:interview|"
        r"call|answer|sentence|way)|during\s+(?:the|my)\s+(?:interview|call|presentation)|in\s+"
        r"the\s+middle\s+of)(?![^.;!?]*\b(?:off|silent|missed\s+call|voicemail)\b)",
        0.8,
        "ext_ok",
    ),
    _r(r"\b(?:another|a)\s+(?:phone\s+)?call\s+(?:come|came|coming)\s+(?:in|through)\b", 0.8),
    _r(
        r"\b(?:step(?:ped)?|nip(?:ped)?|went|duck(?:ed)?)\s+out\s+to\s+(?:take|answer)\s+(?:a|the|"
        r"my)\s+(?:phone\s+)?call\b|\bmuted\s+(?:myself|himself|herself)\s+to\s+(?:answer|take)\b",
        0.85,
    ),
    _r(
        r"\b(?:answer|take|check)\s+(?:my|his|her)\s+(?:phone|mobile|cell)\b|\b(?:for|caught|seen|"
        r"spotted)\s+(?:using|checking|looking\s+at|on)\s+(?:my|his|her|the)?\s*(?:phone|mobile)\b|"
        r"\b(?:checked|glanced\s+at|looked\s+at)\s+(?:my|his|her)\s+watch-?\s*phone\b",
        0.8,
    ),
    # Silent but still audible: "phone on silent BUT vibrating".
    _r(
        r"(?:(?<=silent\s)|(?<=silent,\s)|(?<=vibrate\s)|(?<=vibrate,\s))but\s+(?:it\s+)?(?:still\s+)?"
        r"(?:was\s+)?(?:vibrat\w+|buzz\w+|rang|ringing|went\s+off|lit\s+up)",
        0.8,
        "neg_in",
    ),
    _r(
        r"\b(?:my\s+(?:\w+\s+)?alarm|alarm\s+(?:i'?d|i\s+had)\s+set)\b[^.;!?]{0,80}?(?:went\s+off|"
        r"rang|sounded|beeped)\s+(?:\w+\s+){0,4}?" + _DURING,
        0.8,
        "ext_ok",
    ),
]

# (A bare "my ringtone went off" is left to the model: test_notes_ml pins that paraphrase.)
# Phone-note idiom and reflective notes: "me phone went off", "the work one went off", "phone
# was going in his jacket", "group chat kept blowing up", call waiting, putting them on hold.
_ME_DEV = r"\b(?:me|my)\s+(?:other\s+|work\s+|personal\s+|mobile\s+|apple\s+|smart\s*)?"
_SOUNDED = (
    r"(?:went\s+off|rang|started\s+(?:ringing|buzzing|going\s+off)|buzzed|kept\s+going|"
    r"was\s+going|l(?:it|ighting)\s+up|pinged)"
)
PHONE_WIDE += [
    # "me/my" inside the match fixes the owner ("me" is not a self word everywhere).
    _r(_ME_DEV + _DEV + r"\b\s*(?:\w+,?\s+){0,3}?" + _SOUNDED + r"\b", 0.85, "self"),
    _r(
        r"\b"
        + _DEV
        + r"\s+(?:was\s+going|kept\s+going|started\s+going)\b(?!\s+(?:flat|dead|missing|"
        r"slow|to\b))|\b" + _DEV + r"\s+went\s+(?=(?:in\s+the\s+first|as\s+well|too|again)\b)",
        0.75,
    ),
    _r(
        r"\b(?:work|other|personal|second|spare)\s+(?:one|phone|mobile)\b,?\s*(?:\w+\s+){0,2}?"
        r"(?:went\s+off|kept\s+going|rang|buzzed|was\s+going)\b",
        0.8,
    ),
    _r(
        r"\b(?:got|had|received|a|an)\s+(?:\w+\s+)?(?:call|text|message|notification|email|alert)s?\s+"
        r"(?:on|to)\s+(?:my|me|his|her)\s+(?:\w+\s+)?(?:phone|laptop|watch|screen|mobile)\s+"
        r"(?:during|mid|in\s+the\s+middle|halfway|while)",
        0.8,
    ),
    _r(
        r"\bnotification\w*\s+(?:\w+\s+){0,2}?(?:popped\s+up|went\s+off|came\s+up|appeared)\s+on\s+"
        r"(?:my|me)\s+(?:shared\s+)?(?:screen|laptop|phone|watch|desktop)",
        0.85,
        "self",
    ),
    _r(
        r"\b(?:check(?:ed|ing)?|glanc\w+\s+at|look(?:ed|ing)?\s+at)\s+(?:me|your)\s+(?:phone|mobile)\b|"
        r"\bphone\s+checked\b|\bmy\s+phone\b[^.;!?]{0,40}?\b(?:checked|glanced\s+at|looked\s+at)\s+"
        r"it\b",
        0.75,
    ),
    _r(
        r"\bon\s+(?:vibrate|loud)\b[^.;!?]{0,30}?\b(?:went\s+off|rang|buzzed|kept\s+going)\b",
        0.75,
        "neg_in",
    ),
    _r(
        r"\b(?:call\s+waiting|the\s+other\s+line)\b[^.;!?]{0,40}?\b(?:beep\w*|went\s+off|kept|rang)\b|"
        r"\bput\s+(?:the\s+\w+|them|him|her)\s+on\s+hold\b",
        0.75,
    ),
    _r(
        r"\bcall\s+from\s+(?:\w+\s+){1,4}?(?:came\s+(?:in|through)|and\s+i\s+(?:answered|took|picked))\b|"
        r"\bgroup\s+chat\b\s*(?:\w+\s+){0,2}?(?:kept\s+)?(?:blowing\s+up|blew\s+up|going\s+off|"
        r"pinging|buzzing)",
        0.8,
        "ext_ok",
    ),
    _r(
        r"\b"
        + _DEV
        + r"\s+(?:\w+\s+){0,3}?(?:and\s+)?play(?:ed|ing)\s+(?:music|a\s+song|a\s+video)|"
        r"\bit\s+(?:then\s+|also\s+|kept\s+)?(?:lit\s+up|went\s+off)\s+(?:a\s+few|a\s+couple\s+of|"
        r"several|two|three|twice|loads\s+of)\b|\b(?:it|siri|sat\s*nav|google\s+maps|alexa)\s+"
        r"(?:suddenly\s+)?(?:started|began)\s+(?:talking|speaking|giving\s+directions)\b",
        0.7,
        "hyp_ok",
    ),
]
