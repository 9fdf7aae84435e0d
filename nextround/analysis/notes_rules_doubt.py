"""Trigger rules for statements that cast doubt, with the doubt lexicon."""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules_base import _r
from nextround.analysis.notes_rules_criticised import SAY
from nextround.analysis.notes_rules_doubt_idiom import idiom_rules
from nextround.analysis.notes_rules_doubt_lexicon import DOUBT_MORE, SAY_MORE
from nextround.analysis.notes_rules_doubt_more import DOUBT_NEW, SAY_NEW
from nextround.analysis.notes_rules_doubt_wide import DOUBT_WIDE, REPLY_START, SAY_WIDE

DOUBT = words(
    r"(?:don'?t|didn'?t|do\s+not|did\s+not|wasn'?t|am\s+not|'m\s+not|not)\s+"
    + gap(2)
    + r"(?:want|sure\s+(?:i|if|whether|about)|interested|keen|bothered|fussed|committed|"
    r"passionate)",
    r"isn'?t\s+(?:my|really\s+my)\s+(?:first|top|dream)",
    r"not\s+(?:really\s+)?a\s+(?:people|team|"
    r"morning|details?|numbers)\s+person",
    r"court\s+(?:date|case|hearing)",
    r"(?:need|needing)\s+" + gap(3) + r"time\s+off\s+for",
    r"not\s+my\s+(?:first|top)\s+choice",
    r"(?:only|just|mainly|mostly)\s+" + gap(3) + r"(?:for\s+the\s+money|a\s+stop-?gap|"
    r"temporary|short[- ]term|to\s+get\s+experience|as\s+a\s+back-?up|need\s+a\s+job|"
    r"want\s+a\s+job|applying|applied\s+because|for\s+(?:the\s+)?(?:summer|winter|now|a\s+while|"
    r"a\s+bit|a\s+few\s+months|a\s+year|a\s+couple))",
    r"look\w*\s+(?:for|at)\s+(?:something|other|another)\s*(?:else|jobs?|roles?)",
    r"(?:been\s+)?(?:turned\s+down|rejected)\s+(?:for|from|by)",
    r"(?:only|just)\s+(?:be\s+)?(?:there|staying|stay|here)\s+(?:for\s+)?(?:a|one|\d+|six|a\s+few)\b",
    r"(?:don'?t|didn'?t)\s+(?:really\s+)?(?:know|care)\s+(?:if|whether|what\s+i\s+want)",
    r"still\s+deciding",
    r"haven'?t\s+decided",
    "undecided",
    r"(?:another|other|better|competing)\s+offers?",
    r"go(?:ing)?\s+back\s+to\s+(?:uni|university|school|college|studying|study)",
    r"(?:start|starting)\s+(?:my\s+own|a)\s+business",
    r"side\s+(?:hustle|business)",
    r"(?:stressed|overwhelmed|anxious|flustered)\s+easily",
    r"struggle\s+with\s+(?:deadlines|pressure|mornings|people|authority|criticism)",
    r"(?:poor|bad|terrible)\s+(?:time\s+management|attendance|timekeeping|memory)",
    r"(?:lots\s+of|a\s+lot\s+of|many)\s+(?:sick\s+days|time\s+off)",
    r"(?:was|got|been)\s+(?:fired|"
    r"sacked|dismissed|let\s+go)",
    "disciplinary",
    r"criminal\s+record",
    r"(?:can'?t|cannot|couldn'?t|won'?t\s+be\s+able\s+to)\s+(?:work|do|start|commit\s+to|make)\s+"
    r"(?:weekends|evenings|shifts|nights|overtime|the\s+hours|travel|on-call|full[- ]time)",
    r"not\s+(?:willing|prepared|able)\s+to\s+(?:travel|relocate|work)",
    r"(?:won'?t|wouldn'?t)\s+relocate",
    r"no\s+(?:experience|idea)\s+(?:with|of|in|how)",
    r"had\s+to\s+google",
    r"(?:don'?t|do\s+not)\s+(?:really\s+)?like\s+(?:working|people|customers|the\s+idea)",
    r"(?:need|needed)\s+the\s+money",
    r"any\s+job",
    "desperate",
    r"(?:am|'m)\s+(?:quite\s+|a\s+bit\s+|pretty\s+)?(?:lazy|disorgani[sz]ed|forgetful|unreliable)",
    r"lack\s+of\s+(?:experience|skills?)",
    r"(?:don'?t|didn'?t|do\s+not)\s+(?:really\s+)?have\s+(?:much\s+|any\s+)?(?:experience|skills?|"
    r"knowledge|a\s+degree)",
    r"stop-?gap",
    r"stepping\s+stone",
    r"back-?up\s+(?:option|plan)",
    r"for\s+the\s+money",
    r"(?:only|probably|likely|might|may)\s+" + gap(2) + r"(?:stay|be\s+around|be\s+there|last)\b",
    r"(?:leave|leaving|quit|move\s+on|be\s+gone|be\s+off)\s+"
    + gap(2)
    + r"(?:after|within|in)\s+(?:a|one|two|six|"
    r"\d+|a\s+few|a\s+couple)\b",
    r"(?:won'?t|wouldn'?t|not)\s+be\s+(?:staying|around|there)\s+long",
    r"planning\s+(?:to|on)\s+(?:leave|leaving|move|moving|emigrat\w*|go\w*\s+travel\w*|travel\w*|"
    r"go(?:ing)?\s+back\s+to|stud\w*|start\w*\s+my\s+own|do\w*\s+a\s+(?:masters|phd|degree))",
    r"going\s+to\s+(?:do|start)\s+(?:a|my)\s+(?:phd|masters|degree|business|own)",
    r"going\s+travell?ing",
    r"mov(?:e|ing)\s+(?:to|abroad|away|overseas)\s+" + gap(2) + r"(?:next|in|soon|this)\b",
    r"(?:hate|hated|dislike|can'?t\s+stand|loathe|not\s+(?:a\s+)?fan\s+of)\s+(?:\w+\s+)?"
    r"(?:early\s+starts|mornings|working|customers|people|meetings|phones?|travel\w*|"
    r"teamwork|deadlines|admin|overtime|commut\w*)",
    r"(?:am|'m|is|was|are|'s)\s+(?:always|often|usually|frequently|chronically|sometimes|"
    r"occasionally|notoriously)\s+(?:late|sick|ill|off)",
    r"(?:bad|terrible|rubbish|awful|hopeless|poor|useless|not\s+great|not\s+good)\s+"
    r"(?:at|with)\s+(?:deadlines|time\s*keeping|timekeeping|mornings|organi[sz]\w*|excel|"
    r"maths?|numbers|sql|details|admin|people|customers|teamwork)",
    r"bored\s+(?:easily|quickly)",
    r"(?:never|haven'?t\s+ever|haven'?t)\s+(?:actually\s+|really\s+|"
    r"even\s+)?(?:used|worked\s+with|"
    r"touched|done|managed|led)\b",
    r"can'?t\s+(?:drive|code|start)\b",
    r"(?:don'?t|do\s+not)\s+have\s+(?:a\s+)?(?:driving|driver'?s)\s+licen[cs]e",
    r"(?:whoever|whichever)\s+(?:pays|offers)",
    r"highest\s+bidder",
    r"need\s+to\s+leave",
    r"might\s+not\s+(?:stick|stay|be\s+able)",
    r"\b(?:fired|sacked)\b",
    r"late\s+with\s+(?:reports|work|deadlines)",
    r"miss(?:ed)?\s+deadlines",
)
# A plain answer to a direct question ("..., when they asked") is not volunteered doubt.
_PROMPTED = r"(?![^.!?]*\b(?:when|because|as|since)\s+(?:they|he|she|the\s+\w+)\s+asked\b)"
CAST_DOUBT = [
    _r(
        r"\b(?:" + SAY + r"|c[oa]me\s+across|gave\s+(?:them\s+)?the\s+impression|implied|hinted|"
        r"made\s+it\s+sound|let\s+on|suggested|brought\s+up|talked\s+about|spoke\s+about|shared|"
        r"opened\s+up)\b[^\w.!?;]*" + gap(12) + DOUBT,
        0.85,
        "hyp_ok",
        "past_ok",
        "neg_in",
    ),
    _r(
        r"\bc[oa]me\s+across\s+as\s+(?:\w+\s+)?(?:uninterested|disinterested|not\s+(?:that\s+|very\s+|"
        r"really\s+)?(?:interested|keen|committed|bothered)|unenthusiastic|unmotivated|desperate|"
        r"unreliable|flaky|half-hearted|bored)",
        0.75,
        "neg_in",
    ),
    _r(
        r"\b(?:fudg\w*|stretch\w*\s+the\s+truth|white\s+lies?|made\s+(?:something|it|stuff)\s+up)\b|"
        r"\b(?:wasn'?t|was\s+not)\s+(?:entirely\s+|completely\s+|totally\s+|100%\s+)?(?:honest|truthful)"
        r"\b",
        0.75,
        "neg_in",
    ),
    _r(
        r"\b(?:lied|lying|fibb(?:ed|ing)|exaggerat\w*|overstat\w*|pretended|faked|embellish\w*)\b|"
        r"\bmade\s+up\s+(?:an?|the|some|stuff|things|a\s+story|examples?|numbers|figures|"
        r"my\s+\w+)\b",
        0.8,
    ),
    # Wider paraphrases (plans, other options, dislikes, limits, missing skills), still only when
    # the candidate said them: the reported words may hold "would"/"n't" and past jobs ("question"
    # lets "would" inside the match stand), but "was going to mention..." before it is a plan.
    _r(
        r"\b(?:" + SAY + "|" + SAY_MORE + r")\b[^\w.!?;]*" + gap(10) + DOUBT_MORE + _PROMPTED,
        0.8,
        "question",
        "past_ok",
        "neg_in",
    ),
    # A confession after an answer: "I said yes. Which is not true."
    _r(
        r"\b(?:which|that)\s+(?:is|was|'s)\s+(?:kind\s+of\s+|basically\s+|actually\s+)?"
        r"(?:a\s+lie|not\s+(?:really\s+|strictly\s+)?true)\b|\b(?:which|that)\s+(?:isn'?t|"
        r"wasn'?t)\s+(?:really\s+|strictly\s+)?true\b",
        0.75,
        "neg_in",
        "hyp_ok",
    ),
]
# Everyday admissions after a saying verb, or as the candidate's reply in a Q&A transcript.
CAST_DOUBT.append(
    _r(
        r"(?:\b(?:"
        + SAY_WIDE
        + r")\b|"
        + REPLY_START
        + r")[^\w.!?;]*"
        + gap(10)
        + DOUBT_WIDE
        + _PROMPTED,
        0.75,
        "question",
        "past_ok",
        "neg_in",
    )
)
# Newer writers' limits, exits, reluctance and skill gaps, after a saying verb or a reply marker.
CAST_DOUBT.append(
    _r(
        r"(?:\b"
        + SAY_NEW
        + r"\b|"
        + REPLY_START
        + r")[^\w.!?;]*"
        + gap(12)
        + DOUBT_NEW
        + _PROMPTED,
        0.75,
        "question",
        "past_ok",
        "neg_in",
    )
)
# Plain-spoken skill gaps, exits and limits, also relayed as second-person feedback.
CAST_DOUBT += idiom_rules(SAY_NEW, _PROMPTED)
