"""Wider argumentative triggers: sparring verbs, standing firm, telling the interviewer off.

Kept apart from notes_rules_argumentative; these families came from formal senior notes
("took issue", "rebutted", "maintained my position more forcefully") and text-speak
("got a bit mouthy", "told her thats ridiculous").
"""

from __future__ import annotations

from nextround.analysis.notes_rules_base import _r

# The interviewer side as an object: "him", "the panel chair", "the managing director".
_THEM = r"(?:them|him|her|the\s+\w+(?:\s+\w+)?)"
# What the interviewer side owns or set: not "the mine I'm at now" (that is criticism).
_THEIR_THING = (
    r"(?:questions?|process|criteria|scenario|test|exercise|task|approach|views?|idea|premise|"
    r"assumptions?|logic|thinking|point|feedback|scoring|methods?|onboarding|polic(?:y|ies)|"
    r"rules?|dress\s+code|expectations?|description|requirements?|case|brief|model|strategy|"
    r"plan|reasoning|framing|calculation|attitude|pay|salary|offer|rota|understanding|take|opinion|\w+ing\s+process)"
)
_VERDICT = (
    r"(?:wrong|naive|na[iï]ve|amateur\w*|unfair|unrealistic|nonsense|rubbish|ridiculous|absurd|"
    r"outdated|old-fashioned|misguided|a\s+joke|beneath|stuck\s+in|backwards|pointless|"
    r"irrelevant|flawed|stupid|silly|biased|none\s+of\s+(?:his|her|their|your)\s+business)"
)

ARGUMENTATIVE_WIDE = [
    _r(
        r"\b(?:spar(?:red|ring)\s+(?:with|match)|cross-?examin(?:ed|ing)|rebutt?(?:ed|ing)?\s+"
        r"(?:him|her|them|the|their|his|every)|disputatious|fought\s+(?:with|him|her|them)|"
        r"(?:had|exchanged)\s+(?:sharp\s+|cross\s+)?words\s+with|argy[- ]bargy)\b",
        0.75,
    ),
    _r(
        r"\b(?:got\s+into|ended\s+up\s+in)\s+(?:a\s+|an\s+)?(?:bit\s+of\s+an?\s+|real\s+|"
        r"proper\s+|'|\")*(?:back[- ]and[- ]forth|disagreement|argument|sparring|debate|"
        r"ding-dong|heated)\b",
        0.8,
    ),
    _r(r"\bdisagree(?:ment|ing)\s+with\s+(?:the|them|him|her|his|their|one)\b", 0.6),
    _r(
        r"\b(?:got|get|getting|was|became)\s+(?:a\s+bit\s+|quite\s+|really\s+|all\s+|bit\s+|"
        r"kinda\s+|kind\s+of\s+|so\s+)?(?:mouthy|lippy|gobby|vex|narky|ratty|touchy|spiky|chippy|"
        r"feisty|argy)\b",
        0.75,
    ),
    _r(
        r"\b(?:doubled\s+down|took\s+(?:strong\s+)?issue\s+with|refused\s+to\s+budge|"
        r"challenged\s+(?:them|him|her)\s+(?:right\s+)?back|(?:held|kept|maintained)\s+my\s+"
        r"(?:ground|position|line)\s+(?:more\s+|too\s+|quite\s+)?(?:forcefully|firmly|strongly|"
        r"robustly|stubbornly|hard))\b",
        0.7,
    ),
    _r(
        r"\b(?:didn'?t|did\s+not|couldn'?t|would\s+not|wouldn'?t)\s+(?:budge|let\s+it\s+(?:go|drop))\b",
        0.7,
        "neg_in",
    ),
    _r(
        r"\b(?:defended\s+(?:myself|himself|herself|my\s+\w+(?:\s+\w+)?|his\s+\w+|her\s+\w+|it)\s+"
        r"(?:quite\s+|very\s+|too\s+|rather\s+)?(?:robustly|strongly|forcefully|aggressively|"
        r"hard|vigorously|fiercely|heatedly)|(?:too|more|rather|overly)\s+(?:forcefully|"
        r"robustly|aggressively)|debat(?:ed|ing)\s+(?:it\s+|the\s+point\s+)?(?:with\s+)?"
        r"(?:the\s+(?:interviewer|panel|recruiter|chair|\w+\s+(?:manager|director|lead|chair))|"
        r"him|her|them))\b",
        0.7,
    ),
    # Telling the interviewer their view or process is wrong: "told the MD that his view of the
    # market was 'naive'", "telling her the criteria were unfair".
    _r(
        r"\b(?:told|telling|tell)\s+" + _THEM + r"\s*,?\s*(?:[\w' ]{0,30},\s*)?(?:that\s+)?"
        r"(?:(?:his|her|their|your|the|this|that)\s+(?:\w+\s+){0,4}?"
        + _THEIR_THING
        + r"|it|that|this)\s+"
        r"(?:\w+\s+){0,2}?(?:was|is|were|are|sounded|"
        r"seemed|looked)\s+(?:\w+\s+){0,2}?['\"‘“]?(?:a\s+bit\s+)?" + _VERDICT,
        0.8,
    ),
    _r(
        r"\b(?:told|telling)\s+" + _THEM + r"\s*,?\s*(?:[\w' ]{0,30},\s*)?(?:that\s+)?(?:he|she|"
        r"they)\s+(?:\w+\s+)?(?:had\s+)?(?:misread|misunderstood|got\s+it\s+wrong|(?:didn'?t|"
        r"don'?t|doesn'?t|did\s+not)\s+(?:really\s+)?(?:understand|get|know))\b",
        0.8,
        "neg_in",
    ),
    _r(
        r"\btold\s+(?:them|him|her)\s+(?:flat\s+out\s+|straight\s+)?(?:that\s+)?(?:it|that)\s+"
        r"(?:was|is)n'?t\s+(?:\w+\s*)?(?:[,;.!]|$)",
        0.7,
        "neg_in",
    ),
    # Quoted contradiction: "I said 'with respect you're wrong'", "told her thats ridiculous".
    _r(
        r"\b(?:said|replied|told\s+(?:him|her|them))\s*,?\s*['\"‘“]?(?:well\s*,?\s*|with\s+"
        r"(?:all\s+due\s+)?respect\s*,?\s*|no\s*,?\s*)?(?:you'?re|you\s+are|that'?s|thats|that\s+is)"
        r"\s+(?:just\s+|simply\s+|completely\s+|totally\s+|plain\s+)?(?:wrong|not\s+true|"
        r"incorrect|nonsense|rubbish|ridiculous|absurd|a\s+joke|not\s+fair|unfair)\b",
        0.8,
        "neg_in",
    ),
    _r(r"\bsnapped\s*[,:]?\s*['\"‘“]", 0.8),
]

# Phone-note idiom and post-rejection reflection: "got in a row with the fella", "had a bit of a
# ding dong" (a "go at" the interviewer; one at an agency or bank is criticism), retorts
# ("I said well you've not worked a door"), "dug in", "bite back".
_ROW = (
    r"(?:row|debate|argument|barney|ding[- ]?dong|slanging\s+match|spat|tiff|scrap|set-?to|"
    r"disagreement|back[- ]and[- ]forth|go\s+at\s+(?:him|her|the\s+(?:interviewer|panel|"
    r"manager|assessor|recruiter|fella|bloke|lady|woman|guy|chair|supervisor|team\s+leader)))"
)
_BIT_OF = r"(?:a\s+|an\s+)?(?:bit\s+of\s+an?\s+|proper\s+|real\s+|right\s+|little\s+|bit\s+of\s+)?"
# Speech quoted without marks: "I said, well, ..." / "I said 'no, ...".
_SAID = r"\b(?:said|told\s+(?:him|her|them))\s*,?\s*['\"‘“]?"
_RETORT_VERDICT = (
    r"['\"‘“]?(?:just\s+|simply\s+|plain\s+|completely\s+|totally\s+|a\s+bit\s+|pretty\s+|"
    r"quite\s+|really\s+)*['\"‘“]?" + _VERDICT
)
ARGUMENTATIVE_WIDE += [
    _r(r"\b(?:got|get|getting|ended\s+up)\s+in(?:to)?\s+" + _BIT_OF + _ROW + r"\b", 0.8),
    # "asked whether I'd ever had a disagreement with..." is a question about the past.
    _r(r"(?<!ever )\bhad\s+" + _BIT_OF + _ROW + r"\b", 0.75),
    _r(
        r"\bwe\s+(?:then\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+)?(?:went\s+at\s+it|went\s+(?:a)?round\s+"
        r"(?:a\s+couple\s+of\s+times|a\s+few\s+times|in\s+circles)|went\s+back\s+and\s+forth\s+"
        r"(?:about|over|on)\s+(?:it|that|this)|(?:kind\s+of|kinda|sort\s+of)\s+got\s+into\s+it)\b",
        0.7,
    ),
    # Retorts that deny the interviewer's experience or standing.
    _r(
        _SAID + r"(?:well\s*,?\s*|no\s*,?\s*|with\s+(?:all\s+due\s+)?respect\s*,?\s*)+"
        r"(?:you'?ve|you\s+have|"
        r"you'?re|you\s+are|you)\s+(?:not|never|don'?t|dont|do\s+not|haven'?t|havent)\s+"
        r"(?:\w+\s+)?(?:been|worked|met|know|done|seen|had|understand|get|tried|run)\b",
        0.8,
        "neg_in",
    ),
    _r(
        r"\b(?:said|told\s+(?:him|her|them))\b[^.;!?]{0,30}?\byou\s+(?:don'?t|dont|do\s+not)\s+know\s+"
        r"what\s+(?:it'?s|you'?re|youre|you\s+are)\b",
        0.8,
        "neg_in",
    ),
    _r(
        _SAID + r"(?:that'?s\s+|it'?s\s+)?none\s+of\s+(?:your|their|his|her)\s+business|"
        r"\bwhat\s+kind\s+of\s+"
        r"(?:a\s+)?question\s+is\s+that\b|\b(?:don'?t|dont|do\s+not)\s+have\s+to\s+(?:prove|justify)\s+"
        r"(?:it|myself|that|anything)\s+to\s+(?:you|them|him|her)\b|\bkept\s+saying\s+it\s+(?:does|is|did|"
        r"was|will)\b|" + _SAID + r"(?:no\s*,?\s*)?not\s+like\s+this\b",
        0.75,
        "neg_in",
    ),
    _r(
        r"\btold\s+"
        + _THEM
        + r"\s+(?:that\s+)?(?:it'?s|it\s+is|it\s+was|that\s+was|that'?s)\s+not\s+"
        r"up\s+for\s+(?:discussion|debate|negotiation)|\baccus(?:ed|ing)\s+(?:them|him|her|the\s+\w+)\s+of\b|"
        r"\bsaid\s+(?:that\s+)?(?:she|he|they|you)\s+(?:was|were|are|is)\s+(?:just\s+)?(?:dodging|avoiding|"
        r"twisting|deflecting)\b",
        0.75,
        "neg_in",
    ),
    # Telling them their thing is wrong, with a longer owner phrase or quoted verdict:
    # "told the research director his framing of the housing crisis was 'just wrong'".
    _r(
        r"\b(?:told|telling)\s+"
        + _THEM
        + r"\s+(?:that\s+)?(?:his|her|their|your)\s+(?:\w+\s+){0,2}?"
        + _THEIR_THING
        + r"\s+(?:\w+\s+){0,5}?(?:was|is|were|are)\s+"
        + _RETORT_VERDICT,
        0.8,
    ),
    _r(
        r"\bsaid\s+(?:flat\s+out\s+|straight\s+out\s+|outright\s+|bluntly\s+)?(?:that\s+)?"
        r"(?:he|she|they|you)\s+(?:was|were|are|is)\s+(?:just\s+|simply\s+|plain\s+)?(?:wrong|mistaken)\b|"
        r"\bsaid\s+(?:that\s+)?i\s+thought\s+(?:that\s+|the\s+|this\s+|their\s+|his\s+|her\s+)"
        r"(?:\w+\s+){0,2}?" + _THEIR_THING + r"\s+(?:was|is|were|are)\s+" + _RETORT_VERDICT,
        0.75,
    ),
    _r(
        r"\btold\s+"
        + _THEM
        + r"\s+(?:that\s+)?(?:that|this|it)\s+was\s+(?:exactly\s+)?the\s+(?:\w+\s+)?"
        r"(?:attitude|mindset|thinking)\s+(?:that'?s|that\s+(?:was|is))\s+wrong\s+with\b",
        0.8,
    ),
    _r(
        r"\b(?:said|told\s+\w+|replied|answered|disagreed|pushed\s+back)\s*,?\s*(?:a\s+bit\s+|rather\s+|"
        r"far\s+|way\s+|much\s+)?too\s+(?:bluntly|forcefully|sharply|combatively)\b",
        0.65,
    ),
    # Standing firm when challenged: "digging in when the assessor challenged you", "chose to
    # bite back"; not "bit back a reply" (held it in).
    _r(
        r"\b(?:dug|digging|dig)\s+in\b(?!\s+(?:the|my|a|to))|\b(?:bite|biting)\s+back\b(?!\s+(?:my|a|the|"
        r"an|on|what))|\bbit\s+back\s+(?:at|when|hard)\b|\b(?:not|without|never|refusing\s+to)\s+"
        r"back(?:ing|ed)?\s+down\b|\bk(?:ee|e)pt?\s+defending\b|\bdemand(?:ed|ing)\s+to\s+know\s+why\b",
        0.7,
        "neg_in",
    ),
    _r(
        r"\bpushed\s+back\s*,?\s+(?:and\s+)?i\s+(?:defended|doubled|dug|argued|insisted|pushed)\b|\bi\s+"
        r"(?:challenged|attacked|went\s+after)\s+(?:it|them|him|her|that|this|the(?:ir)?\s+\w+)\s+"
        r"(?:pretty\s+|quite\s+|very\s+|rather\s+|really\s+|too\s+)?(?:aggressively|forcefully|"
        r"combatively|hard|head[- ]on|fiercely)\b",
        0.75,
        "self",
    ),
    _r(
        r"\b(?:wav(?:ed|e|ing)\s+away|brush(?:ed|ing)?\s+(?:off|aside)|dismiss(?:ed|ing)?)\s+(?:one\s+of\s+)?"
        r"(?:the|their|his|her)\s+(?:\w+'s\s+)?(?:questions?|point|concerns?)\s+as\b",
        0.7,
    ),
    _r(
        r"\bkick(?:ed)?\s+off\s+(?:a\s+bit|a\s+little|big\s+time|at\s+(?:them|him|her))\b"
        r"(?!\s+(?:late|early|later|earlier|with|by|on))",
        0.7,
    ),
]
