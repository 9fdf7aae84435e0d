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
