"""Plain-spoken and reflective doubt: skill gaps, exits, health limits and second-person feedback.

Trades and care writers admit doubt in everyday words ("I'd never built a PC", "haven't got my
licence yet", "can't kneel for long", "only here til my card comes through", "this was a back
up"), and reflective writers relay it as feedback ("saying you'd probably take the Fast Stream
instead", "you telling them you were only in it for the salary"). Each still needs the candidate
saying it: a saying verb (first, third or second person) or a reply marker.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import Rule, _r

SAY_IDIOM = words(
    r"(?:saying|telling\s+(?:them|him|her))\s+(?:that\s+)?(?:you|i|he|she)",
    r"(?:you|i|he|she)\s+(?:told|tell|telling)\s+(?:them|him|her|that\s+\w+|di\s+\w+|em)",
    r"tell(?:s)?\s+(?:em|di\s+\w+)",
    r"told\s+(?:em|that\s+\w+)",
    r"volunteer(?:ed|ing)\s+that",
    r"ended\s+up\s+telling\s+(?:them|him|her)",
    r"(?:i|he|she)\s+said",
)
# Skill gaps stated unprompted: never done the core task, no licence, not good on computers.
_GAP = (
    r"(?:i'?d|i\s+had|he'?d|she'?d|you'?d)?\s*never\s+(?:actually\s+|really\s+)?(?:sold|typed|"
    r"closed|run|ran|coded|built|worked\s+with|managed|led|written|taught|handled|"
    r"operated|driven|cooked|supervised)\b"
)
DOUBT_IDIOM = words(
    _GAP,
    r"(?:don'?t|didn'?t|dont|didnt|haven'?t|havent|hadn'?t|hadnt)\s+(?:yet\s+)?(?:have|got|"
    r"passed)\s+(?:my|a|her|his|the)\s+(?:driving\s+)?(?:licen[cs]e|test|rsa|cscs|dbs|ticket)",
    r"(?:not|nah)\s+(?:very|that|too|really|brilliant|great|good)\s+(?:good\s+|great\s+)?"
    r"(?:on|at|with|bout|about)\s+(?:computers?|tech|it|typing|maths|english|spreadsheets)",
    r"know\s+bout\s+computer",
    r"not\s+(?:very|that|really)\s+(?:organi[sz]ed|reliable|punctual)",
    r"\bi\s+(?:can'?t|cant|cannot)\s+(?:really\s+)?(?:cook|drive|type|kneel|grip|lift|do\s+(?:the\s+)?"
    r"stairs|do\s+early|do\s+nights|do\s+weekends)",
    r"\bi\s+didn'?t\s+(?:really\s+)?understand\s+\w+",
    r"didn'?t\s+know\s+what\s+an?\s+\w+(?:\s+\w+)?\s+(?:was|is)",
    # Dislikes of the work itself.
    r"\b(?:i|he|she)\s+['\"‘“]?(?:didn'?t|don'?t|dont|didnt|doesn'?t)\s+(?:really\s+)?like\s+(?:working\s+with|dealing\s+"
    r"with|driving|being\s+told|customers|the\s+public|people|maths|nights|early)",
    r"never\s+really\s+liked",
    r"not\s+(?:that|really|very)\s+(?:bothered|interested|keen)",
    r"(?:weren'?t|wasn'?t)\s+really\s+interested",
    r"(?:had|'d)\s+enough\s+of\s+(?:\w+\s+)?(?:work|working|the\s+job|the\s+trade|the\s+industry)\b",
    # Exits, other options and short stays.
    r"(?:be\s+)?leaving\s+in\s+(?:a|\d+|six|two|a\s+few)\s+(?:year|months?)",
    r"(?:might|would|'d|will|'ll)\s+(?:probably\s+)?(?:only\s+)?(?:retire|leave|quit|be\s+quitting|"
    r"move\s+to|go\s+part[- ]time|want\s+to\s+(?:move|go\s+part)|keep\s+looking|take\s+the)",
    r"quitting\s+to",
    r"only\s+(?:want|here|be\s+able|interested)\w*\s+(?:it\s+|to\s+work\s+)?(?:till|til|until|for\s+a|"
    r"in\s+the\s+job\s+as|if)",
    r"only\s+want\w*\s+(?:part[- ]time|the\s+\w+\s+ones)",
    r"keep\s+looking",
    r"(?:a|my)\s+back[- ]?up",
    r"waiting\s+to\s+hear\s+from",
    r"other\s+companies\s+(?:she|he|i|they)\s+preferred",
    r"only\s+in\s+it\s+for",
    r"(?:starting|start)\s+a\s+family",
    r"(?:switching|moving|move)\s+(?:in)?to\s+\w+(?:\s+\w+){0,3}\s+(?:after|within|later)",
    r"consider\s+other\s+industries",
    r"(?:wasn'?t|weren'?t|not)\s+sure\s+(?:\w+\s+){0,3}?(?:(?:was|is)\s+(?:really\s+)?(?:for\s+me|where)|"
    r"i\s+wanted\s+to\s+stay|(?:i|you|he|she)'?d\s+stick|(?:i|you|he|she)\s+could)",
    r"(?:might|would)\s+keep\s+doing\s+both",
    # Record, health and reliability.
    r"(?:warned|dismissed|sacked|fired)\s+(?:for|from)",
    r"failed\s+(?:my\s+|his\s+|her\s+)?probation",
    r"left\s+(?:\w+\s+){0,4}?within\s+(?:a|\d+|three|two)\s+(?:month|week)",
    r"drink\s+driving|\d+\s+points",
    r"(?:bad|dodgy)\s+(?:knee|back)|back'?s\s+not\s+great|arthritis|knees\s+are\s+not",
    r"squeamish",
    r"get\s+bored\s+easy|lose\s+interest",
    r"supposed\s+to\s+be\s+off\s+sick",
    r"\bi'?d\s+fiddle\s+the",
    r"(?:not|never)\s+report\s+a\s+mate",
    r"need\s+a\s+lot\s+of\s+support",
    r"not\s+working\s+sundays",
    r"(?:car'?s|car\s+is)\s+not\s+(?:that\s+)?reliable",
)


def idiom_rules(say: str, prompted: str) -> list[Rule]:
    """A saying verb (any person) followed within a dozen words by an everyday admission."""
    return [
        _r(
            r"\b(?:" + say + "|" + SAY_IDIOM + r")\b[^\w.!?;]*" + gap(12) + DOUBT_IDIOM + prompted,
            0.75,
            "question",
            "past_ok",
            "neg_in",
        ),
    ]
