"""Word lists and scope patterns shared by the debrief-notes rules (lower-cased text)."""

from __future__ import annotations

import re


def gap(n: int) -> str:
    """Up to n intervening words inside one sentence (bounded, so no runaway backtracking)."""
    return r"[^\w.!?;]{0,4}(?:[\w'\"-]+[^\w.!?;]{1,4}){0," + str(n) + "}?"


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of a text, as a set."""
    return frozenset(text.split())


def words(*items: str) -> str:
    """A non-capturing alternation of regex fragments."""
    return "(?:" + "|".join(items) + ")"


# Negators that cancel a trigger when they sit just before it (or inside a gap pattern).
NEGATOR = re.compile(
    r"\b(?:not|never|no|nothing|without|avoid\w*|instead\s+of|rather\s+than|resist\w*|"
    r"refrain\w*|nearly|almost|hardly|zero|nope|didnt|dont|wasnt|werent|couldnt|wouldnt|"
    r"hadnt|havent|isnt|cant|neither|nor)\b|n't\b|n’t\b"
)

# "I'm afraid I snapped" is an apology for what happened, not a fear of what might.
_AFRAID = r"(?<!i'm\s)(?<!im\s)(?<!i\sam\s)afraid(?!\s+to\s+(?:say|admit))"
# Precautions, intentions, fears, conditions and advice: the thing did not (yet) happen.
HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|next\s+time|in\s+(?:the\s+)?future|going\s+forward|would|should(?!\s+have)|"
    r"must|needs?\s+to|ha(?:ve|s)\s+to|going\s+to|gonna|will|wants?\s+to|wanted\s+to|"
    r"plan(?:ning)?\s+to|hop(?:e|ed|ing)|try(?:ing)?\s+to|tried\s+(?:hard\s+)?not|"
    r"remember(?:ed)?\s+to|ma(?:de|ke|king)\s+sure|careful|worried|" + _AFRAID + r"|scared|fear\w*|"
    r"terrified|in\s+case|so\s+as\s+not|to\s+avoid|tips?|advice|lessons?|tempted|urge|"
    r"imagine|what\s+if|managed\s+not|pretend)\b|'ll\b|'d\s+(?:be|have|get|end\s+up)\b"
)
# Inside a gap pattern only clear conditionals count ("was worried I'd be late").
HYP_INSIDE = re.compile(
    r"\b(?:if|would|worried|" + _AFRAID + r"|scared|in\s+case|should(?!\s+have)|going\s+to|"
    r"gonna)\b|"
    r"'d\s+(?:be|have)\b"
)
# These open a condition for the whole clause, not just the words after the last subject.
CONDITION = re.compile(
    r"\b(?:if|unless|in\s+case|what\s+if|next\s+time|in\s+(?:the\s+)?future|worried|"
    + _AFRAID
    + r"|scared|"
    r"terrified|feared|concerned|nervous\s+that)\b"
)
# "I don't think I misunderstood", "he did not believe he had...": the belief is negated, so the
# report is a denial even though the negator sits before the subject.
NEGATED_BELIEF = re.compile(
    r"\b(?:don'?t|do\s+not|didn'?t|did\s+not|doesn'?t|does\s+not)\s+(?:really\s+)?(?:think|believe|"
    r"feel|reckon)\s+(?:that\s+)?(?:i|he|she|they|we)(?:'d|\s+had|\s+was|\s+were)?\s+(?:\w+\s+){0,2}$"
)
# "Couldn't resist checking my phone" means it happened.
NEGATED_RESTRAINT = re.compile(
    r"\b(?:couldn'?t|could\s+not|can'?t|cannot)\s+(?:resist|help|stop\s+(?:myself|himself|herself))\b"
)

# A sentence that opens as advice or a plan is not a report of what happened.
ADVICE_START = re.compile(
    r"^\W*(?:next\s+time|in\s+(?:the\s+)?future|note\s+to\s+self|tips?\b|advice|lessons?\b|"
    r"remember\b|make\s+sure|going\s+forward|to\s+do\b|todo|for\s+next\s+time|"
    r"if\b(?!\s+i'?m\s+(?:being\s+)?honest|\s+anything)|"
    r"don'?t\s+(?:be|ask|forget|get|criticise|criticize|moan|complain|argue|answer|leave|"
    r"take|let|mention|say|go|look|bring))"
)

# Places and times that move an event out of this interview.
PAST_PLACE = re.compile(
    r"\b(?:at|in|during|to|for)\s+(?:my|his|her|their|a|an|the|another)\s+"
    r"(?:(?:last|previous|old|former|other|earlier|past|first|current|present|old)\s+)+"
    r"(?:job|role|company|place|work|workplace|employer|position|firm|gig|interviews?)\b|"
    r"\b(?:at|in)\s+(?:another|other|previous|past|earlier|most)\s+interviews?\b|"
    r"\b(?:before|after)\s+the\s+interview\b|\bnot\s+in\s+the\s+interview\b|"
    r"\boutside\s+the\s+interview\b|\bin\s+interviews\b|\bat\s+(?:uni|school|work)\b"
)
# Criticism keeps its past-job targets ("my last job was a joke"), so only another interview
# moves it out of this one.
OTHER_INTERVIEW = re.compile(
    r"\b(?:at|in|during)\s+(?:my|an?|the|another)\s+(?:(?:last|previous|other|earlier|first|"
    r"different)\s+)+interviews?\b|\b(?:at|in)\s+(?:another|other|previous|earlier)\s+interviews?\b"
)
PAST_TIME = re.compile(
    r"\b(?:years\s+ago|last\s+(?:year|time|week|month)|the\s+last\s+time|"
    r"when\s+i\s+was\s+(?:younger|a\s+kid|at)|a\s+time\s+(?:when\s+)?(?:i|he|she|you|they)|"
    r"a\s+situation\s+(?:where|when))\b"
)
HABIT = re.compile(
    r"\b(?:used\s+to|usually|normally|generally|typically|tends?\s+to|in\s+the\s+past|"
    r"previously|every\s+time|whenever|habit|often|always|frequently|sometimes)\b"
)

# Hedges lower confidence a little; they do not cancel.
HEDGE = re.compile(r"\b(?:maybe|perhaps|might\s+have|may\s+have|possibly|not\s+sure\s+if)\b")

# Clause boundaries inside one sentence.
CLAUSE_BREAK = re.compile(
    r"[;?!()\[\]]|[:,](?!\d)|\s[-–—]+\s|\s+(?:but|however|whereas|although|though|while|whilst|then|"
    r"because|cos|since|until|when|once|which|yet)\s+|"
    r"\s+and\s+(?=(?:then|i|he|she|they|we|my|his|her|their|the|it)\b)|\s+so\s+(?=(?:i|he|she|they|we|my|it)\b)"
)

# People on the interviewer's side (or otherwise not the candidate).
OTHER_PEOPLE = wordset(
    "they they're they'd they've theyre hiring interviewer interviewers panel panellist panellists "
    "panelist panelists recruiter recruiters receptionist hr assessor assessors chair cto ceo "
    "cfo coo md director founder host everyone someone somebody nobody people candidates "
    "interview manager managers lady guy woman man team company"
)
# Nouns that only name the actor when they sit in the trigger's own clause.
WEAK_OTHER = wordset(
    "interview manager managers lady guy woman man team company people everyone someone "
    "somebody nobody hr"
)
# Things and third parties: a source of noise or delay, not an actor in the interview.
EXTERNAL = wordset(
    "train trains bus buses tube traffic flight tram metro commute partner wife husband mum mom "
    "dad friend landlord flatmate roommate neighbour neighbor neighbours neighbors dog dogs kids "
    "baby builders alarm laptop lift"
)
SELF_WORDS = wordset("i i'm i'd i've i'll im ive we we're we'd you you're candidate cand")
POSSESSIVE_SELF = wordset("my our your")
HE_WORDS = wordset("he he's he'd him his")
SHE_WORDS = wordset("she she's she'd her hers")
FIRST_PERSON = re.compile(r"\b(?:i|i'm|i'd|i've|i'll|im|ive|me|my|myself|mine)\b")
# "My son had his interview; he got there late": the writer is someone close to the candidate,
# so "he"/"she" is the candidate. Parents (mum, dad) are left out: in a first-person note they
# are the usual source of a distraction, not the subject.
RELATION_NOUNS = wordset(
    "son daughter client student mentee husband wife boyfriend girlfriend partner fiance fiancee "
    "flatmate housemate roommate brother sister nephew niece grandson granddaughter friend mate "
    "lad boy girl kid"
)
PARENTS = wordset("dad mum mom mam")
CANDIDATE_RELATION = re.compile(r"\bmy\s+(" + "|".join(sorted(RELATION_NOUNS)) + r")\b")

# Capitalised names followed by a verb: candidate (third-person notes) or interviewer.
NAME_STOP = wordset(
    "The He She They It This That There Phone Interviewer Interview Panel Recruiter Everyone "
    "Nobody Nothing Which What Who Traffic Train Coach Candidate We You And But So Then Also "
    "Mum Dad My Our His Her Their Today Yesterday Overall Honestly Went Got Was Had Felt Told "
    "Said Asked Arrived Really Still Just Only Maybe Probably Second First Good Bad One Notes "
    "Note Round Zoom Teams Slack Monday Tuesday Wednesday Thursday Friday Saturday Sunday Me "
    # Sentence-initial adverbs before a verb ("Totally misread the card") are not names.
    "Totally Completely Basically Literally Obviously Apparently Definitely Absolutely Clearly "
    "Genuinely Properly Somehow Later Afterwards Actually Probably Possibly Accidentally "
    "Stupidly Foolishly Unfortunately Sadly Again Never Always Kinda Totes Def Lowkey"
)
NAME_VERB = re.compile(
    r"\b([A-Z][a-z]{1,14})(?:'s|’s)?\s+(?:\(the candidate\)|was|is|had|has|arrived|got|seemed|"
    r"said|told|asked|answered|kept|spent|went|came|turned|showed|admitted|mentioned|did|"
    r"didn't|didnt|couldn't|could|wasn't|hadn't|clearly|then|also|became|lost|misunderstood|"
    r"misread|criticised|criticized|complained|argued|dwelt|phone|really|struggled|gave|"
    r"talked|spoke|joined|logged|let|seemed|looked|made|knew|forgot|reports|reported|says|"
    r"tells|describes|described|admits|recalls|recalled|thinks|thought|feels|felt)\b"
)

# Signals in the note that the candidate was on time (cancel weak lateness cues).
ON_TIME = re.compile(
    r"\bon\s+time\b|\b(?:arrived|got\s+there|was\s+there|turned\s+up|logged\s+(?:in|on)|joined|"
    r"got\s+in)\s+(?:\w+\s+){0,3}?early\b|\bin\s+(?:good\s+)?time\b|\bto\s+spare\b|"
    r"\bpunctual\b|\ballowed\s+(?:plenty|loads|lots|enough)\s+of\s+time\b|"
    r"\b(?:still|just)\s+made\s+it\b|\bwasn'?t\s+late\b|\bnot\s+late\b|\bno\s+lateness\b|"
    r"\bleft\s+(?:\w+\s+){0,2}?early\b"
)
