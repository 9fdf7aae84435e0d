"""Doubt as students, senior professionals and coaches report it: limits, exits and missing skills.

New writers admit doubt in words the older lexicons lack: availability limits ("can only work 2
days a week", "could not work Saturdays", "I cant do those"), exits and other options ("I'd be
looking to go self-employed", "if I get in I'm gone", "keeping my options open", "might well
return to clinical academia", "see which came through first"), reluctance ("isn't really a
people person", "finds teamwork really annoying", "limited appetite for"), and gaps in a required
skill ("hasn't coded in Python", "can't really use it", "never actually had budget
responsibility"). Each still needs a saying verb, so thoughts, advice and other people's words
stay out, and the core scope checks (denials before the verb, conditions, the actor) apply.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import words

SAY_NEW = words(
    r"told\s+(?:them|him|her|the\s+\w+)",
    r"(?:let\s+slip|added|replied|conceded|answered|responded|disclosed|volunteered|admitted)",
    r"said(?:\s+out\s+loud)?",
    r"says",
    "mentioned",
    "stated",
    r"allowed\s+myself\s+to\s+say",
    r"made\s+a\s+(?:\w+\s+)?comment",
)
DOUBT_NEW = words(
    # Availability limits.
    r"(?:can|could)\s+only\s+(?:work|do)\s+(?:\w+\s+){0,2}?(?:days?|hours|mornings|evenings|weekends)",
    r"(?:can'?t|cant|cannot|could\s+not|couldn'?t)\s+(?:really\s+)?(?:do|work)\s+(?:\w+\s+)?"
    r"(?:mornings|saturdays|sundays|weekends|nights|those|shifts|evenings|fridays)",
    r"(?:don'?t|dont)\s+really\s+do\s+(?:saturdays|sundays|weekends|mornings|nights|early)",
    r"(?:couldn'?t|can'?t|cannot)\s+commit\s+to",
    r"(?:might|may|would|'d)\s+(?:need\s+to\s+)?(?:take\s+time\s+off|drop\s+shifts|stop\s+in)",
    r"not\s+every\s+weekend",
    r"prefer\s+only\s+(?:day|days|mornings|evenings)",
    r"might\s+not\s+be\s+able\s+to\s+do\s+(?:many|much|the)",
    r"(?:need|have)\s+to\s+think\s+about\s+(?:it|whether|relocat\w*)",
    r"(?:probably\s+)?not\s+relocate",
    r"(?:want|'d\s+want)\s+to\s+keep\s+(?:my|his|her)\s+(?:\w+\s+){0,2}?(?:roles?|chair|job|"
    r"practice|other)",
    r"has\s+to\s+come\s+first",
    # Exits and other options.
    r"(?:might|may|won'?t|wouldn'?t|not)\s+(?:\w+\s+)?stay\s+long",
    r"(?:not|wasn'?t)\s+sure\s+(?:how\s+long|(?:i|she|he)'?d\s+stay|(?:about\s+)?serving)",
    r"(?:probably|only)\s+(?:only\s+)?(?:do|stay|be\s+able\s+to\s+do\s+the\s+job\s+for)\s+"
    r"(?:about\s+)?(?:a|one|two|three|\d+)\s+(?:\w+\s+)?years?",
    r"stay\s+only\s+(?:a|one|two|three|\d+)\s+years?",
    r"(?:couldn'?t|can'?t)\s+promise\s+more\s+than",
    r"might\s+(?:well\s+)?(?:return|go\s+back|be\s+in|go\s+and|teach\s+abroad)",
    r"(?:considering|thinking\s+of|weighing\s+up|looking\s+to)\s+(?:\w+\s+){0,2}?(?:leaving|"
    r"a\s+return|a\s+move|moving|retraining|going|go\s+self-employed|return)",
    r"if\s+i\s+get\s+in\s+i'?m\s+gone",
    r"see\s+which\s+came\s+through",
    r"in\s+conversation\s+with\s+a\s+competitor",
    r"(?:also\s+)?being\s+considered\s+for",
    r"keeping\s+my\s+options\s+open",
    r"here\s+or\s+elsewhere",
    r"(?:if|until)\s+something\s+better\s+(?:came|comes)\s+(?:up|along)",
    r"whoever\s+pays\s+(?:more|most|better)",
    r"interview\s+(?:at|with)\s+a\s+competitor",
    r"(?:probably|would)\s+resign",
    r"bored\s+within",
    r"probably\s+not\s+here",
    r"(?:probably\s+)?won'?t\s+be\s+doing\s+\w+",
    r"(?:take|taking)\s+a\s+job\s+in",
    r"leave\s+(?:\w+\s+){0,2}?for\s+industry",
    r"(?:only\s+)?wanted\s+['\"‘]?a\s+few\s+more\s+years",
    r"still\s+weighing\s+up",
    r"need\s+to\s+be\s+convinced",
    r"want\s+to\s+move\s+to\s+\w+\s+within",
    r"(?:be\s+)?going\s+to\s+\w+\s+once",
    r"(?:go|going)\s+(?:back\s+)?home\s+to\s+\w+\s+(?:in|for)",
    r"applied\s+to\s+about\s+\d+",
    r"wasn'?t\s+my\s+first\s+choice",
    # Reluctance and motive.
    r"(?:wasn'?t|isn'?t|not)\s+(?:that|really|particularly|very)\s+(?:interested|drawn|keen)",
    r"(?:isn'?t|wasn'?t|not)\s+(?:really\s+)?a\s+(?:\w+\s+)?person",
    r"not\s+a\s+natural\s+\w+",
    r"not\s+much\s+of\s+a\s+one\s+for",
    r"(?:finds?|found)\s+(?:\w+\s+){1,3}?['\"‘]?(?:really\s+|a\s+bit\s+|rather\s+)?(?:annoying|"
    r"tedious|distasteful|boring|a\s+(?:real\s+)?dealbreaker)",
    r"limited\s+appetite",
    r"something\s+to\s+be\s+minimi[sz]ed",
    r"(?:didn'?t|don'?t|doesn'?t)\s+really\s+(?:enjoy|see\s+the\s+need|like\s+getting\s+up|do\s+change)",
    r"(?:wouldn'?t|won'?t)\s+want\s+to\s+do",
    r"(?:only|just)\s+(?:applied|applying)\s+(?:here\s+|to\s+\w+\s+)?(?:because|bc|cos|to)",
    r"applied\s+just\s+to",
    r"only\s+interested\s+(?:in\s+the\s+job\s+)?(?:because|if)",
    r"(?:mainly|only)\s+(?:applying|wanted\s+the\s+\w+)\s+['\"‘]?(?:to|for)",
    r"(?:really\s+)?prefer\s+(?:a|the|that)\s+(?:\w+\s+)?(?:role|one)",
    r"depends\s+on\s+the\s+team",
    r"['\"‘]depends['\"’]",
    r"because\s+it'?s\s+easy",
    # Not the candidate's denial: "it wasn't a step down".
    r"(?<!n't\s)(?<!nt\s)(?<!not\s)(?:a\s+bit\s+of\s+)?a\s+step\s+down",
    r"['\"‘]the\s+salary",
    r"not\s+actually\s+doing\s+anything",
    # Weaknesses and record.
    r"(?:pretty|a\s+bit|quite|being\s+a\s+bit)\s+disorgani[sz]ed",
    r"can\s+be\s+(?:lazy|disorgani[sz]ed|unreliable)",
    r"often\s+forgets?",
    r"(?:really\s+)?hard\s+time\s+getting\s+up",
    r"struggles?\s+with\s+mornings",
    r"get\s+too\s+tired",
    r"(?:don'?t|doesn'?t)\s+always\s+cope",
    r"late\s+filing",
    r"rarely\s+(?:completes|finishes|meets|hits)",
    r"life\s+is\s+a\s+mess",
    r"not\s+a\s+disciplinarian",
    r"let\s+it\s+slide",
    r"be\s+rude\s+back",
    r"walked\s+out",
    r"scared\s+of",
    r"attendance\s+(?:at\s+\w+(?:\s+\w+)?\s+)?was",
    r"written\s+warning",
    r"(?:a\s+few|some)\s+points\s+for",
    r"had\s+a\s+caution",
    r"failed\s+(?:one\s+of\s+my|the|my|a)\b",
    r"late\s+a\s+lot",
    r"overqualified",
    r"might\s+get\s+bored",
    r"(?:haven'?t|havent)\s+really\s+achieved",
    # Missing skills.
    r"(?:hasn'?t|haven'?t|hadn'?t|'d\s+not|had\s+not|has\s+not)\s+(?:really\s+|actually\s+|"
    r"previously\s+)?(?:coded|taught|worked\s+with|managed\s+(?:a|any)\s+(?:\w+\s+)?(?:team|budget|people|staff)|had\s+(?:\w+\s+)?responsibility|done\s+much)",
    r"never\s+(?:actually\s+|really\s+)?(?:been\s+great|got\s+(?:his|her|my)\s+head|had\s+\w+\s+"
    r"responsibility|cooked|worked\s+(?:a|on\s+a)\s+(?:till|grill|register|checkout|forklift))",
    r"(?:can'?t|cant)\s+really\s+(?:use|do)",
    r"not\s+(?:very\s+|that\s+)?confident\s+(?:with|i\s+could|in|i'?d)",
    r"not\s+(?:very\s+|that\s+)?confident\s+(?:i|he|she)\s+could",
    r"(?:not\s+great|not\s+especially\s+good|not\s+good)\s+(?:with|at)",
    r"(?:very\s+)?little\s+(?:hands-on\s+)?experience",
    r"['\"‘]very\s+little['\"’]",
    r"none\s+to\s+speak\s+of",
    r"(?:wasn'?t|isn'?t)\s+really\s+my\s+area",
    r"only\s+know\s+how\s+to",
    r"know\s+basic",
    r"mostly\s+copy",
    r"(?:made|make)\s+up\s+that",
    r"put\s+a\s+\d:\d",
)
