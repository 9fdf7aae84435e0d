"""Trigger rules for phone interruptions, and the phone-was-off denial."""

from __future__ import annotations

import re

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r
from nextround.analysis.notes_rules_phone_wide import PHONE_WIDE

DEVICE = (
    r"(?:mobile\s+phone|phone|mobile|cell(?:\s*phone)?|iphone|smartphone|handset|(?:smart\s*)?watch|"
    r"laptop|computer|ipad|tablet)"
)
RING = words(
    "rang",
    "rings?",
    "ringing",
    r"went\s+off",
    r"go(?:es|ing)?\s+off",
    r"buzz\w*",
    r"vibrat\w*",
    r"ping\w*",
    r"beep\w*",
    r"bleep\w*",
    r"chim\w*",
    r"l(?:it|ight\w*)\s+up",
    r"alarm\w*",
    r"blew\s+up",
    r"blowing\s+up",
    r"made\s+a\s+(?:noise|sound)",
    r"notification",
    r"ding\w*",
    r"chirp\w*",
    r"flash\w*",
    r"rung",
)
PHONE = [
    _r(r"\b" + DEVICE + r"(?:'s)?\b\s*" + gap(5) + RING + r"\b", 0.9),
    _r(
        r"\b(?:checked|check(?:ing)?|glanced\s+at|glancing\s+at|look(?:ed|ing)?\s+at|picked\s+up|"
        r"grabbed|reached\s+for|answered|silenced|reject(?:ed)?|declin(?:ed)?|fiddl\w+\s+with|"
        r"scroll\w*\s+(?:on|through))\s+(?:my|his|her)\s+(?:mobile\s+)?(?:phone|mobile|cell)\b",
        0.85,
    ),
    _r(
        r"\b(?:got|had|received|recieved|receiving|getting|a|an)\s+(?:\w+\s+)?(?:call|text|"
        r"message|notification|whatsapp|email|reminder)s?\s+(?:come\s+through|came\s+through|"
        r"pop(?:ped)?\s+up|went\s+off|mid[- ]?\w+|during|in\s+the\s+middle|halfway|while)",
        0.8,
    ),
    _r(
        r"\bnotifications?\b\s*" + gap(3) + r"(?:pop\w*\s+up|popped|went\s+off|kept|ping\w*|"
        r"came\s+(?:up|through)|appeared|sound\w*|interrupt\w*|flash\w*)",
        0.8,
    ),
    _r(r"\b(?:kept|started|was|were)\s+(?:texting|calling|ringing|messaging)\b", 0.7, "ext_ok"),
    _r(r"\b(?:took|answered)\s+(?:a|the)\s+(?:phone\s+)?call\b", 0.85),
    _r(
        r"\b(?:alarm|ringtone|notification|text|call|message|reminder)\s+"
        + gap(2)
        + r"(?:went\s+off|"
        r"sounded|beeped|pinged|rang|came\s+through|popped\s+up)\s+(?:on|from)\s+(?:my|his|her)\s+"
        + DEVICE,
        0.9,
    ),
    _r(r"\bgot\s+(?:a\s+)?(?:phone\s+)?call\s+(?:in\s+the\s+middle|mid|during|halfway)", 0.85),
    _r(
        r"\b(?:replied\s+to|answered|read|checked|responded\s+to)\s+(?:a|the|my|an)\s+(?:text|message|"
        r"whatsapp|email|notification)s?\b",
        0.75,
    ),
    _r(r"\b(?:call|text|message|whatsapp)s?\s+came\s+(?:in|through)\b", 0.8, "ext_ok"),
    _r(
        r"\b(?:called|rang|phoned|texted|messaged|rung)\s+(?:me|him|her)\b"
        + gap(3)
        + r"(?:mid[- ]?"
        r"(?:interview|call|answer|sentence|presentation|way)|during\s+(?:the|my)\s+(?:interview|call|"
        r"presentation|answer|case)|in\s+the\s+middle\s+of|halfway\s+through)",
        0.85,
        "self",
    ),
]
# Aside, "it", notifs and other-caller families (text-speak and formal notes).
PHONE += PHONE_WIDE
PHONE_DENIED = re.compile(
    r"\bon\s+(?:silent|vibrate\s+only)|\b(?:was|were|stayed|kept|switched|turned|put|powered)\s+"
    r"(?:it\s+|\w+\s+)?off\b|\b(?:airplane|aeroplane|flight)\s+mode|\bdo\s+not\s+disturb|\bdnd\b|"
    r"\bin\s+(?:the|my)\s+(?:car|locker)|\bat\s+home\b|\bduring\s+the\s+break|\bin\s+the\s+break"
)
