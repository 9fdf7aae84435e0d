"""Trigger rules for misunderstood questions, distraction and statements that cast doubt."""

from __future__ import annotations

import re

from nextround.analysis.notes_lexicon import gap, words
from nextround.analysis.notes_rules import SAY, _r

QUESTION = words(
    r"questions?",
    r"q\d*",
    "brief",
    "task",
    "exercise",
    "scenario",
    r"case(?:\s+study)?",
    "prompt",
    r"follow-?up",
    "point",
    "ask",
    "what",
    "them",
    "him",
    "her",
    "it",
    r"requirements?",
    r"instructions?",
    r"'",
    '"',
    "as",
)
MISUNDERSTOOD = [
    _r(
        r"\b(?:misunderst\w*|misread|mis-read|misheard|mis-heard|misinterpret\w*|mis-interpret\w*|"
        r"misconstru\w*)\b\s*" + gap(3) + QUESTION,
        0.85,
    ),
    _r(
        r"\banswer\w*\s+" + gap(2) + r"(?:the\s+)?(?:wrong|different|other|another)\s+(?:question|"
        r"thing|one|q|project|topic|example|point|story|situation|issue|problem|subject|task)",
        0.9,
    ),
    _r(
        r"\banswer\w*\s+(?:a|the)\s+question\s+(?:they|he|she|nobody|no\s+one)\s+(?:hadn'?t|"
        r"had\s+not|didn'?t|never|wasn'?t)",
        0.9,
        "neg_in",
        "self",
    ),
    _r(
        r"\b(?:wasn'?t|was\s+not|isn'?t|not)\s+what\s+(?:they|he|she|the\s+\w+)\s+(?:\w+\s+)?"
        r"(?:asked|meant|wanted|were\s+asking|was\s+asking|were\s+after|was\s+after|"
        r"were\s+looking\s+for|had\s+asked)",
        0.8,
        "neg_in",
        "self",
    ),
    _r(
        r"\breali[sz]\w*\s+" + gap(4) + r"(?:that\s+)?(?:they|he|she|the\s+(?:question|"
        r"interviewer|panel))\s+(?:were\s+|was\s+|had\s+been\s+|'d\s+been\s+)?(?:actually\s+|"
        r"really\s+)?(?:asking|meant|wanted\s+(?:to\s+know|me\s+to|an?\s+(?:answer|example))|"
        r"were\s+after)",
        0.75,
        "self",
    ),
    _r(
        r"\b(?:thought|assumed)\s+(?:the\s+question|they|he|she)\s+(?:was|meant|were\s+asking|"
        r"wanted)\b" + gap(8) + r"(?:but|actually|turns\s+out|in\s+fact|they\s+(?:actually\s+)?"
        r"(?:wanted|meant))",
        0.8,
        "self",
    ),
    _r(r"\bwrong\s+end\s+of\s+the\s+stick\b", 0.9),
    _r(r"\bmissed\s+the\s+point\b", 0.7),
    _r(
        r"\b(?:misunderst\w*|misread|misheard|misinterpret\w*)\b(?!\s+(?:the\s+|my\s+)?(?:invite|time|"
        r"date|address|email|map|directions|calendar|location|instructions\s+to))",
        0.7,
    ),
    _r(
        r"\b(?:didn'?t|did\s+not|never)\s+(?:actually\s+|really\s+|quite\s+)?answer(?:ed)?\s+(?:the|their|"
        r"his|her|what)\s+(?:\w+\s+)?(?:question|they\s+asked|was\s+asked)",
        0.75,
        "neg_in",
    ),
    _r(
        r"\b(?:not|wasn'?t)\s+(?:quite\s+|really\s+|exactly\s+)?what\s+(?:i|we)\s+(?:was|were|am|"
        r"are)\s+(?:asking|after|looking\s+for)",
        0.8,
        "neg_in",
        "self",
    ),
    _r(r"\bcross[- ]purposes\b", 0.8),
    _r(
        r"\b(?:thought|assumed)\s+(?:they|he|she|it|the\s+question)\s+(?:said|was\s+asking|asked|"
        r"meant|wanted)\b",
        0.6,
        "self",
    ),
    _r(
        r"\b(?:mixed\s+up|confused|muddled)\s+(?:the\s+)?(?:question|questions|two\s+questions|"
        r"what\s+(?:they|he|she)\s+(?:asked|meant))",
        0.85,
    ),
    _r(
        r"\b(?:reali[sz]ed|clicked|dawned\s+on\s+me|penny\s+dropped)\b"
        + gap(6)
        + r"what\s+(?:they|he|"
        r"she)\s+(?:actually\s+|really\s+)?(?:wanted|meant|were\s+(?:asking|after)|was\s+(?:asking|"
        r"after))",
        0.8,
        "self",
    ),
    _r(
        r"\b(?:they|he|she|the\s+\w+)\s+(?:had\s+to|then)\s+(?:rephrase|re-?explain|clarify|repeat)\s+"
        r"(?:the\s+question|it|what\s+(?:they|he|she)\s+meant)\b"
        + gap(4)
        + r"(?:because|after|as|when)\s+"
        r"i\b",
        0.75,
        "self",
    ),
    _r(
        r"\b(?:didn'?t|did\s+not|couldn'?t|could\s+not|wasn'?t\s+able\s+to)\s+(?:quite\s+|really\s+|"
        r"fully\s+)?(?:get|understand|grasp|follow|catch|work\s+out|figure\s+out)\s+(?:what\s+(?:they|"
        r"he|she|the\s+(?:\w+\s+)?\w+)\s+(?:were|was)\s+(?:asking|after|getting\s+at|looking\s+for|"
        r"on\s+about)|"
        r"the\s+(?:point\s+of\s+the\s+)?(?:\w+\s+)?question)",
        0.65,
        "neg_in",
        "self",
        "clarify",
    ),
    _r(r"\banswer\w*\s+(?:with\s+)?something\s+(?:else|different|unrelated)", 0.85),
    _r(
        r"\b(?:wrongly|mistakenly|incorrectly)\s+(?:assumed|thought|took|read|interpreted|"
        r"understood|heard)",
        0.85,
    ),
    _r(
        r"\b(?:when|but|whereas|while)\s+the\s+question\s+was\s+(?:really|actually)\s+(?:about|"
        r"asking)|\bthe\s+question\s+was\s+actually\s+(?:about|asking)",
        0.8,
        "self",
    ),
    _r(
        r"\b(?:took|interpreted|read|heard)\s+(?:the|that|their|his|her|this)\s+"
        + gap(6)
        + r"(?:question|q)\s+"
        + gap(2)
        + r"(?:too\s+literally|literally|wrong(?:ly)?|"
        r"the\s+wrong\s+way|incorrectly|differently)",
        0.85,
    ),
    _r(
        r"\bmissed\s+the\s+point\s+of\s+(?:the|their|his|her|that)\s+(?:\w+\s+)?(?:question|q)|"
        r"\bmissed\s+what\s+(?:the\s+question|they)\s+(?:was|were)\s+(?:really\s+)?(?:asking|"
        r"about|getting\s+at)",
        0.85,
    ),
    _r(
        r"\bquestion\s+was\s+about\b" + gap(8) + r"\bi\s+(?:talked|answered|spoke|went\s+on|"
        r"described|gave)\b",
        0.75,
        "self",
        "past_ok",
    ),
    _r(r"\bquestion\s+i\s+thought\s+(?:they|he|she)\s+(?:had\s+)?asked", 0.85, "self"),
    _r(
        r"\b(?:answered|talked|spoke|went\s+on)\b" + gap(8) + r"when\s+(?:they|he|she)(?:'d|"
        r"\s+had)?\s+(?:actually\s+)?asked\s+about",
        0.55,
    ),
    # Generic paraphrases: "took the question to be about", "mixed up the questions",
    # "they wanted X and I gave Y", "realised what the question was really after".
    _r(
        r"\btook\s+(?:the|that|their|his|her|this)\s+(?:\w+\s+)?(?:question|q)\s+(?:to\s+be\s+about|"
        r"as\s+(?:being\s+)?about|to\s+mean)",
        0.8,
    ),
    _r(
        r"\b(?:mixed|muddled)\s+up\s+" + gap(3) + r"(?:questions?|scenarios?)\b|\bgot\s+(?:the\s+)?"
        r"(?:\w+\s+)?(?:questions?|scenarios?)\s+(?:mixed|muddled)\s+up|\bconfused\s+the\s+"
        r"(?:\w+\s+){0,2}?question\s+with",
        0.8,
    ),
    _r(
        r"\b(?:they|he|she)\s+(?:had\s+)?wanted\s+" + gap(6) + r"(?:and|but|,)\s+(?:i|he|she)\s+"
        r"(?:gave|talked|answered|described|spoke)\b",
        0.7,
        "hyp_ok",
    ),
    _r(
        r"\b(?:i|he|she)\s+(?:talked|answered|spoke|went\s+on|gave|described)\b"
        + gap(8)
        + r"(?:when|but|whereas|while)\s+(?:they|he|she)\s+(?:had\s+|'d\s+)?"
        r"(?:actually\s+|really\s+)?wanted",
        0.75,
        "hyp_ok",
    ),
    _r(
        r"\breali[sz]\w*\s+" + gap(5) + r"what\s+the\s+(?:\w+\s+)?question\s+was\s+(?:really\s+|"
        r"actually\s+)?(?:after|about|getting\s+at|asking)",
        0.8,
    ),
]

DISTRACTED = [
    _r(r"\bdistract\w*\b(?![- ]free)", 0.85),
    _r(
        r"\b(?:couldn'?t|could\s+not|cant|can'?t|unable\s+to|struggl\w*\s+to|hard\s+to|"
        r"difficult\s+to|tough\s+to|impossible\s+to|trouble|hard\s+time|failed\s+to|"
        r"wasn'?t\s+able\s+to)\s+" + gap(2) + r"(?:focus\w*|concentrat\w*|think\s+(?:straight|"
        r"clearly)|keep\s+(?:focus\w*|track|my\s+(?:mind|head|train))|pay\s+attention|"
        r"hear\s+myself\s+think|stay\s+(?:focus\w*|on\s+track|present)|follow\s+(?:what|the\s+"
        r"(?:conversation|discussion|question)|along))",
        0.85,
        "neg_in",
    ),
    _r(
        r"\b(?:los[te]|losing)\s+(?:my\s+|his\s+|her\s+|the\s+|all\s+)?(?:focus|concentration|"
        r"train\s+of\s+thought|thread|place|track\s+of|where\s+(?:i|he|she)\s+was)",
        0.85,
    ),
    _r(
        r"\b(?:mind|head|brain)\s+(?:\w+\s+)?(?:went\s+blank|was\s+(?:elsewhere|somewhere\s+else|"
        r"all\s+over|racing|foggy|fuzzy|mush|scrambled)|wander\w*|drift\w*|elsewhere|"
        r"in\s+a\s+fog|all\s+over\s+the\s+place|wasn'?t\s+(?:in\s+it|on\s+it)|not\s+in\s+it)",
        0.8,
        "neg_in",
    ),
    _r(
        r"\b(?:zon|spac|tun|drift|switch)(?:ed|ing)\s+out\b|\bzoned\b|\bdaydream\w*|"
        r"\bpreoccupied\b|\bnot\s+(?:fully\s+|really\s+)?(?:present|with\s+it|all\s+there|"
        r"in\s+the\s+room)|\bout\s+of\s+it\b|\bin\s+a\s+daze\b|\bon\s+autopilot\b|"
        r"\bmiles\s+away\b|\b(?:foggy|brain\s+fog|groggy|fuzzy[- ]headed|woolly)\b|"
        r"\bhalf[- ]asleep\b|\brunning\s+on\s+(?:empty|fumes|no\s+sleep)",
        0.8,
        "neg_in",
    ),
    _r(
        r"\b(?:couldn'?t|could\s+not)\s+stop\s+(?:thinking|worrying)\s+about|"
        r"\bkept\s+(?:thinking|worrying)\s+about|\bspent\s+(?:most\s+of\s+|half\s+|"
        r"the\s+whole\s+)?(?:the\s+)?(?:interview|time|call)\s+(?:worrying|thinking)\s+about",
        0.8,
        "neg_in",
    ),
    _r(
        r"\b(?:tired|exhausted|knackered|shattered|sleepy|drowsy|jet-?lagged|hungover|"
        r"hung\s+over|sleep[- ]deprived|(?:barely|hardly|scarcely)\s+slept|hadn'?t\s+slept|"
        r"didn'?t\s+sleep|slept\s+(?:badly|terribly|awfully)|(?:bad|rough|awful)\s+night|"
        r"no\s+sleep|unwell|poorly|feverish|nauseous|starving|hungry|famished|light-?headed|"
        r"dizzy)\b(?!\s+(?:of|for)\b)|\b(?:ill|sick)\b(?!\s+(?:of|pay|leave|days?|note))|"
        r"\b(?:a|bad)\s+(?:cold|fever|migraine|headache|stomach\s+bug|temperature)\b|"
        r"\bmigraine\b|\bhours?\s+(?:of\s+)?sleep\b|\b(?:had|got|with|nursing|fighting|coming\s+down\s+"
        r"with)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:cold|fever|flu|migraine|headache|temperature|"
        r"stomach\s+bug|toothache|hay\s*fever|covid|sore\s+throat)\b",
        0.6,
        "neg_in",
        "fragile",
    ),
    _r(
        r"\bput\s+(?:me|him|her)\s+off\b|\bderail\w*|\bknocked\s+(?:me\s+)?off\b|"
        r"\bcouldn'?t\s+hear\s+(?:myself|over)",
        0.75,
        "neg_in",
    ),
    _r(
        r"\b(?:unfocused|unfocussed|scatter-?brained|scattered|all\s+over\s+the\s+place)\b|"
        r"\b(?:wasn'?t|was\s+not|weren'?t|not)\s+(?:really\s+|fully\s+|properly\s+)?(?:paying\s+"
        r"attention|listening\s+properly|focused|focussed|concentrating|with\s+it)\b",
        0.75,
        "neg_in",
    ),
    _r(
        r"\bmissed\s+(?:what\s+(?:they|he|she)\s+(?:said|asked)|(?:half|parts?|bits)\s+of\s+(?:what|the)"
        r"|the\s+(?:end|start)\s+of\s+(?:the\s+|their\s+)?question)",
        0.7,
    ),
    _r(
        r"\bnerves\s+(?:got\s+the\s+better|took\s+over|got\s+to\s+me)|\bcouldn'?t\s+get\s+"
        + gap(4)
        + r"out\s+of\s+my\s+(?:head|mind)",
        0.7,
        "neg_in",
    ),
    _r(
        r"\bkept\s+(?:looking|glancing|staring)\s+(?:at|over\s+at|out\s+of)\s+(?:the\s+)?"
        r"(?:door|window|clock|time|kids|dog|noise|(?:my\s+)?other\s+screen)",
        0.7,
    ),
]
CLARIFIED = re.compile(r"\b(?:rephras\w*|clarif\w*|repeat\w*|explain\s+again)\b")
RECOVERED = re.compile(
    r"\b(?:but|still|though)\b[^.]{0,50}\b(?:fine|focused|focussed|ok|okay|alright|sharp|fresh|"
    r"didn'?t\s+affect|no\s+impact|wasn'?t\s+a\s+problem)\b"
)

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
]
