"""Wider lexicons for criticising an employer: workplaces, bosses, insults and complaints.

Writers name the employer by the kind of workplace ("my current store", "the salon I'm at now",
"the last hotel I worked in") and its people ("the head chef", "the SLT", "the gaffer"), and
criticise with insults ("cowboys", "a shambles", "a dumpster fire") or with complaints that hold
their own negation ("doesn't have a clue", "never backs us up"); these lists extend the core ones
in notes_rules_criticised without changing MOAN, which the argumentative rules share.
"""

from __future__ import annotations

from nextround.analysis.notes_lexicon import words

# Workplaces and the people who run them, beyond boss/company/team.
PLACE = (
    r"(?:store|shop|site|school|hotel|kitchen|salon|practice|ward|hospital|nursery|caf[eé]|pub|"
    r"restaurant|gym|warehouse|depot|council|trust|charity|call\s+centre|call\s+center|placement"
    r"(?:\s+\w+)?|internship|university|uni|care\s+home|nursing\s+home|pharmacy|bank|branch|"
    r"agency|firm|employer|workplace|practice|clinic|studio|club|bar|factory|plant|lab|startup|"
    r"start-up|contractors?|client|housing\s+association|letting\s+agency|chippy|garage|surgery)"
)
PEOPLE = (
    r"(?:owners?|gaffer|slt|head\s+of\s+department|head\s+chef|head\s*teacher|principal|cto|vp|"
    r"md|hrd|cfo|coo|partners|team\s+lead(?:ers?|s)?|supervisors?|(?:site|store|area|regional|"
    r"practice|ward|depot|shift|duty|general|branch|floor|operations|project|product|hiring|"
    r"account|team)\s+managers?|senior\s+(?:nurse|associates|partners|management|leadership)|"
    r"pharmacist|dentist|directors?|head\s+office|higher[- ]ups|leadership|management|bosses)"
)
# Whose: possessive or time qualifier, "the X I'm at now", "the last X I worked at", "X there".
EMPLOYER_MORE = (
    r"(?:(?:my|our|his|her)\s+(?:\w+\s+){0,2}?|(?:the\s+)?(?:old|current|previous|last|former|"
    r"ex-?|present|existing)\s+(?:\w+\s+)?)(?:" + PLACE + "|" + PEOPLE + r")(?:'s)?\b|"
    r"\bthe\s+(?:\w+\s+)?(?:" + PLACE + "|" + PEOPLE + r"|place|company|firm|job|team)\s+"
    r"(?:i'?m|i\s+am|he'?s|she'?s|i\s+was|he\s+was|she\s+was|i\s+work|i\s+worked|i\s+used\s+to\s+"
    r"work)\s+(?:at|in|for|on)?\s*(?:now|currently|at\s+the\s+moment)?|"
    r"\bthe\s+last\s+(?:\w+\s+)?(?:place|" + PLACE + r"|job|company)\b|"
    r"\b(?:the\s+)?(?:" + PLACE + "|" + PEOPLE + r"|managers?|owner|boss)\s+there\b|"
    r"\b(?:my|our|his|her)\s+(?:\w+\s+)?(?:manager|boss|supervisor)\s+at\s+(?:the|my|his|her)\s+"
    r"\w+|\bthe\s+(?:company|place|firm)\s+(?:i'?m|i\s+am)\s+(?:leaving|at)\b"
)
# Complaining verbs the core MOAN list lacks.
MOAN_MORE = words(
    r"gave\s+(?:a|an)\s+(?:\w+\s+)?rant",
    r"went\s+full\s+rant",
    r"giv\w*\s+out\s+about",
    r"had\s+a\s+(?:real\s+|proper\s+|bit\s+of\s+a\s+|right\s+)?go\s+at",
    r"slagg\w*",
    r"thr[eo]w\w*\s+(?:\w+\s+){1,4}?under\s+the\s+bus",
    r"list\w*\s+(?:all\s+)?(?:of\s+)?(?:her|his|their|its)\s+(?:flaws|faults|failings)",
    r"(?:rambl|harp|banged\s+on|bang\w*\s+on|went\s+on)\w*\s+(?:on\s+)?about\s+how",
    r"described\s+(?:\w+\s+){0,4}?(?:faults|flaws|failings)",
    r"(?:spoke|talked|said)\s+(?:\w+\s+)?(?:so\s+)?(?:negatively|badly|critically|unkindly)",
)
# Insults and damning descriptions (affirmative: they hold no negator).
BAD_MORE = words(
    r"cowboys?",
    r"chancers?",
    r"crooks?",
    r"muppets?",
    r"clowns?",
    r"bull(?:y|ies)",
    r"liars?",
    "creep",
    r"psychos?",
    r"weirdos?",
    "pig",
    r"narcissists?",
    "pushover",
    r"cheapskates?",
    "cheap",
    "tight",
    "dodgy",
    "filthy",
    r"dumps?",
    "sweatshop",
    "circus",
    "cult",
    r"dumpster\s+fire",
    r"a\s+(?:total\s+|complete\s+|real\s+)?(?:prison|zoo|farce|joke|shambles|disgrace)",
    "hell",
    "chaos",
    "chaotic",
    "disgrace",
    "broken",
    "unethical",
    r"money-?\s?grabbing",
    "vindictive",
    "unreasonable",
    "ineffective",
    "uncaring",
    "political",
    "rude",
    "lazy",
    "toxic",
    "useless",
    "clueless",
    "hopeless",
    "incompetent",
    "shambles",
    r"control\s+freak",
    r"slave\s*driver",
    "dictatorship",
    r"sinking\s+ship",
    r"soul[- ]destroying",
    r"out\s+of\s+touch",
    r"checked\s+out",
    r"asleep\s+at\s+the\s+wheel",
    r"falling\s+apart",
    r"(?:going|gone)\s+down\s+the\s+(?:pan|drain|toilet|tubes)",
    r"ran\s+it\s+into\s+the\s+ground",
    r"run\s+(?:it\s+)?like\s+a",
    r"(?:badly|poorly|terribly)\s+(?:run|led|managed|organi[sz]ed)",
    r"worst[- ]run",
    r"(?:run|full)\s+(?:by|of)\s+(?:\w+\s+){0,2}?(?:idiots|muppets|clowns|cowboys|morons|"
    r"accountants|sales\s+guys|chancers|lazy|dead\s+weight|unethical|people\s+who)",
    r"tr(?:eat|eats|eated|eating|ated)\s+(?:\w+\s+){0,2}?(?:like|as|terribly|appallingly|"
    r"badly|awfully|horribly)",
    r"t(?:ake|akes|ook)\s+(?:all\s+)?(?:the\s+)?credit",
    r"plays?\s+favourites",
    r"plays?\s+favorites",
    r"stitched\s+(?:\w+\s+)?up",
    r"had\s+it\s+in\s+for",
    r"rips?\s+(?:\w+\s+)?off",
    r"fiddles?\s+the",
    r"stole\s+tips",
    r"sabotag\w*",
    r"shout(?:s|ed|ing)?\s+at",
    r"(?:on|at)\s+the\s+drink",
    r"some\s+issues\s+with\s+how",
    r"revolving\s+door",
    r"obsessed\s+with",
    r"(?:terrible|awful|bad|useless|zero|no)\s+(?:leadership|management|vision|goals)",
)
# Damning descriptions that hold their own negation ("doesn't have a clue"); used only where
# nothing between the employer and the phrase negates it.
BAD_NEG = words(
    r"(?:doesn'?t|don'?t|didn'?t|does\s+not|do\s+not|did\s+not)\s+(?:even\s+|really\s+)?"
    r"(?:have\s+a\s+clue|know\s+what|know\s+one\s+end|care|give\s+a|value|support|respect|"
    r"invest|listen|back|understand|follow|share|deserve)",
    r"(?:has|have|had)\s+(?:no|zero)\s+(?:idea|clue|vision|goals|leadership|loyalty)",
    r"(?:can'?t|couldn'?t|cannot)\s+(?:organi[sz]e|manage|prioriti[sz]e|cook|code|find|run|plan|"
    r"do\s+anything|delegate)",
    r"never\s+(?:backs?|supports?|helps?|helped|explains?|listens?|paid|pays|fixes|there|sends?)",
    r"nobody\s+(?:knows|gets|listens|wants)",
    r"no\s+(?:idea|clue)\s+(?:how|what|about)",
    r"not\s+(?:very\s+)?(?:good|complimentary)",
)
