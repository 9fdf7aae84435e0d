"""Wider doubt lexicon: leaving plans, other options, dislikes, gaps in skills and admitted lies.

The core DOUBT list in notes_rules_doubt names the classic admissions; writers also say them as
plans ("going travelling next spring", "a master's next year"), as other options ("also
interviewing for a job I'd prefer", "applying everywhere"), as dislikes of the work ("hate Excel",
"not really into cold calling"), as limits ("can't do Saturdays", "only 3 days"), as missing
skills ("never worked in a kitchen", "not great with computers") or as a later confession that
an answer was untrue ("which is a lie"). Each needs a saying verb before it (see notes_rules_doubt).
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import gap, words

_WHEN = (
    r"(?:next\s+(?:year|spring|summer|autumn|fall|winter|september|month)|soon|eventually|"
    r"at\s+some\s+point|in\s+(?:a|one|two|\d+|a\s+few|a\s+couple\s+of)\s+(?:years?|months)|"
    r"within\s+\w+\s+(?:years?|months)|by\s+then|long[- ]term|in\s+the\s+long\s+run)"
)
_DAYS = (
    r"(?:weekends?|saturdays?|sundays?|evenings?|nights?|early\s+(?:shifts?|starts?|mornings?)|"
    r"late\s+(?:shifts?|finishes)|lates|earlies|on-?call|overtime|shifts|mornings|\d+\s*am|"
    r"full[- ]time|5\s+days|five\s+days|travel)"
)
SAY_MORE = words(
    r"added",
    r"confessed(?:\s+that)?",
    r"was\s+honest\s+(?:that|and\s+said)",
    r"honestly\s+said",
    r"let\s+slip(?:\s+that)?",
    r"told\s+(?:the\s+)?(?:panel|interviewer|recruiter|boss|manager)",
    r"admitted(?:\s+to\s+the\s+\w+)?",
    r"i\s+said",
    r"said",
    r"mentioned(?:\s+unprompted)?",
)
DOUBT_MORE = words(
    # Leaving soon or other plans.
    r"(?:go|going|went)\s+travell?ing",
    r"(?:gap\s+year|retrain\w*|freelanc\w*|go(?:ing)?\s+part-?time)",
    r"(?:masters?|master's|phds?|ph\.d)\b",
    r"(?:go|going|move|moving)\s+back\s+to\s+(?!work\b)\w+",
    r"(?:relocat\w*|mov\w*)\s+(?:abroad|overseas|to\s+\w+)\s+" + gap(2) + _WHEN,
    r"(?:might|may|probably)\s+(?:go|move)\s+to\s+\w+",
    r"(?:move|moving)\s+into\s+\w+\s+" + gap(2) + _WHEN,
    r"(?:leav\w*|be\s+off|off)\s+if\s+(?:i|he|she|my)",
    r"(?:until|till|til)\s+(?:i|he|she)\s+(?:find|get|hear)",
    r"(?:until|till|til)\s+something\s+(?:in|better|else)",
    r"(?:only\s+(?:be\s+able\s+to\s+)?(?:stay|work|do\s+it|be\s+here))\s+(?:till|until|til)",
    r"tide\s+(?:me|him|her)\s+over",
    r"something\s+better\s+comes",
    r"(?:not|n't)\s+(?:planning\s+on\s+)?(?:being|be|stay\w*)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}?"
    r"(?:forever|long[- ]term)",
    r"(?:not|n't)\s+(?:doing|do)\s+(?:them|it|this)\s+long[- ]term",
    r"(?:probably|likely)\s+(?:get|be|getting)\s+bored",
    r"(?:get|gets|getting)\s+bored\s+(?:in|after|quickly|easily)",
    r"(?:could|would|'d)\s+(?:just\s+)?walk\s+out",
    r"walked\s+out",
    r"not\s+turn\s+up",
    r"fake\s+a\s+sick",
    # Other options and half-hearted interest.
    r"also\s+(?:interviewing|applying|got\s+an\s+offer)",
    r"(?:applying|interviewing)\s+(?:for\s+other|everywhere|elsewhere|with\s+\w+)",
    r"other\s+interview",
    r"another\s+company",
    r"(?:take|taking)\s+whatever",
    r"(?:probably|would|'d|will|might)\s+take\s+(?:it|that|that\s+one|the\s+other)",
    r"(?:first|only)\s+(?:one|grad\s+scheme|place|company)\s+(?:that\s+)?(?:got|to\s+get)\s+back",
    r"(?:more\s+of\s+a\s+)?back-?up",
    r"test\s+the\s+market",
    r"weighing\s+(?:up\s+)?(?:my\s+)?options",
    r"still\s+(?:interviewing|applying|on\s+the\s+job\s+market)",
    r"day\s+job",
    r"pay\s+the\s+bills",
    r"(?:rather|prefer\s+to)\s+(?:be\s+)?do(?:ing)?\s+something",
    r"(?:would\s+prefer|'d\s+prefer|more\s+interested\s+in)\s+(?:the\s+)?(?:other|a\s+job|"
    r"something|\w+\s+side)",
    r"(?:no\s+real|not\s+much|no)\s+interest\s+in",
    r"made\s+me\s+(?:do|apply)",
    r"parents\s+want",
    r"(?:not|isn'?t|'m\s+not)\s+(?:sure\s+)?(?:this|it|\w+)\s+is\s+(?:the\s+\w+\s+)?for\s+me",
    r"not\s+sure\s+(?:this|engineering|\w+)\s+is\s+(?:the\s+career\s+)?for\s+me",
    r"i\s+suppose\s+so",
    # Limits on hours and duties.
    r"(?:can'?t|cannot|couldn'?t)\s+(?:really\s+)?(?:do|work)\s+(?:any\s+|the\s+|every\s+)?"
    + _DAYS,
    r"(?:doesn'?t|don'?t)\s+(?:really\s+)?do\s+" + _DAYS,
    r"not\s+every\s+(?:saturday|sunday|weekend)",
    r"(?:rather|prefer)\s+not\s+(?:to\s+)?(?:do|work|travel|if)\b",
    r"only\s+(?:be\s+able\s+to\s+)?do\s+(?:part-?time|\d+|three|two|four)",
    r"(?:need|needs|needed)\s+(?:every|each|a\s+few|some|quite\s+a\s+bit\s+of|a\s+lot\s+of)\s+"
    r"(?:\w+\s+)?(?:off|time\s+off|nights\s+off)",
    r"weekends\s+are\s+for\s+me",
    # Dislikes of the work.
    r"(?:i|he|she)\s+(?:really\s+|honestly\s+)?(?:hate|hates|can'?t\s+stand|loathe)\s+\w+",
    r"(?:i|he|she)\s+(?:really\s+)?(?:don'?t|doesn'?t)\s+(?:really\s+)?(?:like|love|enjoy|fancy)"
    r"\s+\w+",
    r"not\s+(?:really\s+)?(?:into|comfortable\s+with|a\s+(?:\w+\s+)?person|a\s+team\s+player)",
    r"prefer\s+working\s+alone",
    r"(?:don'?t|doesn'?t)\s+(?:really\s+)?(?:do|get\s+into)\s+(?:confrontation|well|creative)",
    r"(?:get|gets)\s+anxious",
    r"scared\s+of",
    r"(?:find|found)\s+that\s+(?:really\s+)?hard",
    # Missing skills and experience.
    r"(?:not|wasn'?t|isn'?t)\s+(?:very\s+|that\s+|too\s+)?(?:great|good|confident|techy|strong)\s+"
    r"(?:with|at|in|to\s+be\s+honest|if\s+i'?m\s+honest)",
    r"(?:i'?m|i\s+am|he'?s|she'?s|was)\s+(?:\w+\s+)?(?:terrible|hopeless|rubbish|useless)\s+"
    r"(?:with|at)",
    r"never\s+(?:really\s+)?(?:worked|done|made|hit|written|got\s+on)\b",
    r"(?:only|only\s+ever|just)\s+(?:really\s+)?(?:done|used|watched|did)",
    r"still\s+learning",
    r"(?:need|needs)\s+(?:a\s+lot\s+of|lots\s+of)\s+training",
    r"(?:need|have)\s+to\s+(?:relearn|ring\s+someone)",
    r"(?:i|he|she)\s+(?:don'?t|doesn'?t|didn'?t)\s+(?:really\s+)?(?:drive|speak|remember)\b",
    r"(?:my|his|her)\s+\w+\s+(?:is|was)\s+(?:very\s+|pretty\s+|quite\s+)?basic",
    r"not\s+(?:really\s+)?up\s+to\s+date",
    r"(?:hasn'?t|haven'?t)\s+(?:really\s+)?(?:done|touched)",
    r"mostly\s+used",
    r"(?:licen[cs]e|it)'?s?\s+lapsed",
    r"failed\s+(?:my|his|her)",
    r"might\s+not\s+pass",
    # Unreliability and untruths.
    r"(?:was|been)\s+hungover",
    r"out\s+the\s+night\s+before",
    r"(?:off\s+sick|sick\s+days?)\s+(?:a\s+lot|loads)",
    r"been\s+off\s+sick",
    r"(?:a|had\s+a)\s+caution",
    r"let\s+go",
    r"run-ins",
    r"(?:been\s+)?late\s+a\s+few\s+times",
    r"told\s+off\s+for",
    r"(?:kind\s+of\s+|basically\s+|which\s+is\s+|that'?s\s+)a\s+lie",
    r"(?:is|was)\s+not\s+(?:really\s+)?true",
    r"(?:isn'?t|wasn'?t)\s+(?:really\s+)?true",
    r"i'?m\s+lazy",
)
