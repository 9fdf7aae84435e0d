"""Verdicts and critical acts for notes_rules_criticised_more: the words beyond the older lexicons.

VERDICT_MORE holds damning descriptions of an employer in slang ("a snake", "jobsworth",
"clock-watchers"), boardroom prose ("lamentable", "largely theatre", "a decade of drift",
"high-handed") and complaints that carry their own negation ("didn't teach him anything",
"wouldn't know good work"); it is matched only after a qualified employer with no negator
between. ACT_MORE holds ways of reporting the criticism itself ("I was unkind about", "had a
pop at", "a long, bitter account of"); it needs a qualified employer after it.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import words

VERDICT_MORE = words(
    # Slang and insults.
    r"(?:a\s+)?snakes?",
    r"(?:a\s+(?:proper\s+|total\s+|real\s+)?)?jobsworths?",
    r"(?:a\s+bunch\s+of\s+)?clock-?watchers",
    r"dead\s?wood",
    r"yes-?men",
    r"vultures",
    r"thie(?:f|ves)",
    r"(?:weird|creepy)",
    "moody",
    r"(?:very\s+)?cheapskates?",
    r"so\s+dead",
    r"(?:a\s+)?clown\s+show",
    r"(?:all\s+)?clowns",
    r"(?:a\s+)?bull(?:y|ies)",
    r"(?:a\s+)?nightmare",
    r"(?:a\s+)?dinosaur",
    r"(?:a\s+(?:bit\s+of\s+a\s+)?)?joke",
    r"(?:a\s+)?(?:flamin'?\s+|total\s+|complete\s+)?idiots?",
    r"money-?grabb\w*",
    r"bean-?counters?",
    r"penny-?pinch\w*",
    r"tight",
    r"amateurs?",
    r"amateurish",
    # Boardroom and professional prose.
    "gutless",
    "spineless",
    "poisonous",
    r"high-?handed",
    r"disastrous(?:ly)?",
    "lamentable",
    r"(?:largely\s+)?theatre",
    r"(?:a\s+decade\s+of\s+)?drift",
    r"(?:a\s+)?closed\s+shop",
    "obstructive",
    "unreasonable",
    "paralysed",
    "vindictive",
    "vandalism",
    "dysfunctional",
    "clueless",
    "incompetent",
    r"(?:a\s+)?shambles",
    r"(?:a\s+)?(?:total\s+)?mess",
    r"(?:a\s+)?sinking\s+ship",
    r"a\s+law\s+unto",
    r"allergic\s+to",
    r"(?:frankly\s+)?out\s+of\s+(?:his|her|their|its)\s+depth",
    r"(?:very\s+)?poor",
    "unrealistic",
    "insane",
    "ridiculous",
    "abusive",
    "unfair",
    "toxic",
    "useless",
    r"second-?class",
    r"impossible\s+to\s+work\s+(?:with|for)",
    r"an\s+education\s+in\s+how\s+not",
    r"(?:a\s+)?(?:\w+\s+)?(?:man|woman|guy|person)\s+(?:with\s+no|who\s+(?:doesn'?t|can'?t|treats|"
    r"thinks))",
    r"someone\s+who\s+(?:treats|doesn'?t|can'?t|never)",
    r"(?:a\s+)?bunch\s+of",
    r"full\s+of\s+(?:yes|\w+-?men|idiots|politics)",
    r"(?:run|ran)\s+(?:the\s+place|it|the\s+\w+)\s+into\s+the\s+ground",
    r"run\s+by\s+(?:people|accountants|idiots|a\s+guy|someone|clowns)",
    r"(?:only|just)\s+(?:cares?|interested|bothered)\s+(?:about|in)",
    r"(?:has|had|with)\s+no\s+(?:strategy|grasp|idea|clue|vision|backbone|interest)",
    r"hasn'?t\s+had\s+an?\s+(?:idea|clue)",
    r"(?:never|didn'?t|doesn'?t|don'?t)\s+(?:\w+\s+)?(?:helped?|teach|taught|care|cares|understand|"
    r"back|support|follow)",
    r"(?:simply|just)\s+doesn'?t\s+understand",
    r"wouldn'?t\s+know\s+(?:good|a|what|how)",
    r"(?:couldn'?t|can'?t|cant)\s+(?:read|run|organi[sz]e|manage|cook|lead)",
    r"makes?\s+bad\s+calls",
    r"blames?\s+(?:the\s+team|everyone|us|others|staff)",
    r"cut(?:s|ting)?\s+corners",
    r"(?:burn(?:ed|t|s)?|burning)\s+people\s+out",
    r"treat(?:s|ed)?\s+(?:\w+\s+){0,3}?(?:like|as\s+an?)",
    r"(?:has|have|had)\s+['\"‘]?favou?rites",
    r"should\s+have\s+been\s+(?:removed|sacked|fired|replaced)",
    r"(?:pushed|managed|forced)\s+(?:me\s+|him\s+|her\s+)?out",
    r"(?:handled|managed|run)\s+it\s+(?:disastrously|badly|terribly|appallingly)",
    r"(?:obsession|obsessed)\s+with",
    r"(?:micromanagement|petty\s+politics|refusal\s+to)",
    r"not\s+a\s+people\s+person",
    r"(?:the\s+)?worst[- ]run",
    r"failings",
    r"(?:internal\s+)?politics",
)
ACT_MORE = words(
    r"(?:was|were|been|being)\s+(?:\w+\s+){0,3}?(?:unkind|uncharitable|unsparing|indiscreet|scathing|"
    r"disparaging|(?:openly\s+)?dismissive|harsh|bitter|sarcastic|sardonic|too\s+(?:frank|candid|"
    r"honest|open|forthcoming)|more\s+critical\s+than\s+\w+)\s+(?:about|of|towards|regarding|with)",
    r"disparag(?:ed|ing)",
    r"roast(?:ed|ing)",
    r"(?:had|took)\s+(?:a\s+)?(?:bit\s+of\s+a\s+)?(?:pop|dig|swipe|go)\s+at",
    r"(?:a|bit\s+of\s+a)\s+(?:moan|rant|whinge|grumble|dig)\s+(?:about|at)",
    r"(?:disparaging|sardonic|snide|cutting|barbed|pointed|unkind|unflattering|critical|negative|"
    r"bitter|withering|scathing|sarcastic|uncharitable)\s+(?:comments?|remarks?|references?|"
    r"jokes?|things|words|descriptions?)\s+(?:about|on|of|regarding|to)",
    r"(?:long|bitter|unflattering|uncharitable|scathing|negative|withering)\s+account\s+of",
    r"(?:placed|put|laid)\s+the\s+blame\s+(?:\w+\s+)?on",
    r"spoke\s+(?:\w+\s+){0,2}?freely\s+about\s+(?:my\s+frustrations\s+with\s+)?",
    r"(?:spent|dwelt)\s+(?:\w+\s+){0,4}?on\s+(?:the\s+)?(?:failings|faults|flaws|shortcomings|"
    r"politics|dysfunction)\s+of",
    r"(?:spent|dwelt)\s+(?:\w+\s+){0,4}?on\s+(?=(?:my|his|her|our)\s+(?:\w+\s+){0,2}?\w+'s\s+"
    r"(?:failings|faults|flaws|shortcomings|politics|dysfunction))",
    r"let\s+rip\s+(?:about|at|into)",
    r"(?:kinda\s+)?roasted",
    r"painted\s+(?=(?:my|his|her|our|the)\s+(?:\w+\s+){0,3}?as\s+(?:obstructive|unreasonable|"
    r"incompetent|useless|difficult|the\s+villain|a\s+villain|toxic|lazy|hopeless))",
)
