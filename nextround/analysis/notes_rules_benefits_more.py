"""More perks and a self-anchored ask: students, senior professionals and coaches' summaries.

New writers ask about perks the older lists lack (staff meals, off days, medical cover, a travel
card, free membership, the LTIP, a research allowance, additional PAs, the NED fee, leaving at 3)
and often put their own "I asked about holidays" right after the interviewer's question ("the
manager asked about my availability and I asked about holidays"); the first match then starts
at the interviewer's "asked" and is dropped, so this rule anchors on the candidate's own "I"
(or a bare "asked" opening a fragment) and keeps every other scope check.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r

PERK_NEW = words(
    r"staff\s+(?:meals?|discounts?|drinks|accommodation|loans?(?:\s+rates?)?|social|parties)",
    r"off\s+days",
    r"days?\s+off",
    r"(?:a|one|two|\d+|the)\s+(?:\w+\s+)?(?:weeks?|months?)\s+off",
    r"(?:summer\s+)?months\s+off",
    r"medical\s+(?:cover|aid|benefits?)",
    r"(?:car|staff|season\s+ticket)\s+loans?(?:\s+scheme)?",
    # Only "free" makes parking, a uniform or a meal a perk ("asked about parking" is logistics).
    r"free\s+(?:travel\s+card|membership|entry|parking|uniform|meals?|gym)",
    r"friday\s+drinks",
    r"summer\s+fridays",
    r"fee\s+remission",
    r"(?:summer|christmas|easter)\s+(?:holidays?|break|closure)",
    r"(?:reduced|lighter)\s+teaching\s+load",
    r"research\s+allowance",
    r"ltip",
    r"share\s+option(?:\s+scheme)?",
    r"equity\s+refresh",
    r"(?:additional|extra)\s+(?:pas|days'?\s+leave|leave|holiday)",
    r"(?:research|essential\s+car\s+user|cd|clothing|kit)\s+allowance",
    r"(?:ned|director'?s)\s+fee",
    r"(?:sabbatical|childcare\s+voucher|cycle|lease\s+car|bonus)\s+(?:scheme|policy|structure)",
    r"(?:maternity|paternity|parental|leave|sickness|home\s+working|flexible\s+working)\s+policy",
    r"(?:unlimited|study)\s+leave",
    r"(?:long-term\s+)?(?:sick\s+pay|illness)\s+(?:terms|scheme)",
    r"on-call\s+supplement",
    r"part-time\s+options",
    r"compressed\s+hours",
    r"(?:paid|pay)\s+(?:for|in)\s+(?:the\s+)?(?:holidays|christmas|college\s+days|training\s+days|"
    r"broadband|the\s+dbs)",
    r"(?:breaks?|the\s+internship|study\s+leave)\s+(?:were|was|would\s+be)\s+paid",
    r"leave\s+(?:early|at\s+\d)",
    r"(?:finish|start)\s+times?",
    r"flexib\w+\s+(?:on|around|with)\s+(?:the\s+)?(?:hours|weekends|start)",
    r"flexible\s+start\s+times?",
    r"(?:take|taking|keep)\s+(?:the\s+)?(?:van|car)\s+home",
    r"fuel\s+card",
    r"overtime\s+(?:is\s+)?guaranteed",
    r"(?:the\s+)?company\s+car\s+options",
    r"(?:came|come|comes)\s+with\s+a\s+car",
    r"work\s+from\s+home\s+on\s+fridays",
    r"keep\s+fridays",
    r"physiotherapy\s+benefit",
    r"cpd\s+budget",
    r"pension(?:able|\s+arrangements)",
)
# The candidate's own "I asked" (the scope checks other than the actor still apply).
# One practical question asked once is not dwelling on perks.
ASK_SELF = (
    r"\bi\s+(?:also\s+|then\s+|just\s+|even\s+)?(?:asked|kept\s+asking|pressed|quizzed)"
    r"(?![^.!?]*\b(?:once|one\s+(?:question|follow-?up)|just\s+one|only\s+after|fair\s+questions?)\b)"
)


def benefits_more(ask: str, perks: str) -> list:
    """The wider perk rules, given the core asking verbs and the older perk lexicons."""
    return [
        # "Asked repeatedly about staff meals and off days", "asked if the breaks were paid".
        _r(
            r"\b(?<!was\s)(?<!were\s)(?<!been\s)" + ask + r"\b\s*" + gap(10) + PERK_NEW + r"\b",
            0.75,
            "question",
        ),
        # "the manager asked about my availability and i asked about holidays, then sick pay".
        _r(
            ASK_SELF + r"\b\s*" + gap(10) + "(?:" + perks + "|" + PERK_NEW + r")\b",
            0.75,
            "question",
            "self",
        ),
        # Dwelling without asking: "dwelt a bit too long on the company car options".
        _r(
            r"\b(?:dwelt|dwelled|spent)\s+(?:\w+\s+){0,6}?(?:on|discussing|talking\s+about)\s+"
            + gap(3)
            + PERK_NEW
            + r"\b",
            0.75,
        ),
        # "my questions at the end were heavily weighted toward sick pay".
        _r(
            r"\bquestions\s+(?:\w+\s+){0,3}?(?:were|was)\s+(?:\w+\s+){0,2}?(?:about|weighted\s+"
            r"to(?:wards?)?|on)\s+" + gap(3) + PERK_NEW + r"\b",
            0.75,
        ),
    ]
