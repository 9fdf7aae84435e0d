"""Candidate-specific feedback sentences and talent-pool wording in employer mail."""

from __future__ import annotations

import re

CANDIDATE = re.compile(r"\b(?:you|your|you're|you've|you'd|yourself|the candidate)\b", re.I)
EVALUATION = re.compile(
    r"\b(?:lack\w*|didn't|did not|could have|could've|would have|would've|should have|should've"
    r"|needed|"
    r"need(?:s|ed)? (?:to|more)|weak\w*|struggl\w*|not (?:quite |yet |as |very |entirely |fully "
    r")?(?:enough|"
    r"strong|sufficient|confident|clear|convinc\w*|detailed|deep|comfortable|familiar|at the level"
    r"|ready)|"
    r"limited|gaps?|missing|missed|miss|too (?:long|short|brief|general|generic|high-level|vague"
    r"|much|many|"
    r"little|few|theoretical|junior|senior|quick|slow)|more (?:depth|detail|details|examples"
    r"|hands-on|"
    r"experience|structure|focus|clarity|concrete|specific|evidence|time|confidence|ownership"
    r"|practice|"
    r"rigour|rigor|preparation|research|exposure|knowledge|emphasis)|less (?:depth|detail)|felt"
    r"|seemed|"
    r"came across|come across|impress\w*|strong(?:est)?|excellent|great|liked|loved|enjoyed"
    r"|appreciated|"
    r"well[- ]structured|clear|concise|fell short|falls short|below|above|rambl\w*|vague|unclear"
    r"|hesitant|"
    r"nervous|concern\w*|difficult\w*|weren't able|wasn't able|was not able|were not able|unable "
    r"to|"
    r"incorrect|errors?|bugs?|mistakes?|inaccura\w*|fail\w*|scored|score|pass mark|threshold"
    r"|benchmark|"
    r"stood out|standout|highlight\w*|noted|noticed|observed|mentioned|praised|solid|thorough|"
    r"superficial|shallow|brief|short on|light on|heavy on|overly|off-topic|did well|went well|"
    r"improv\w*|work on|develop\w*|strength\w*|areas? for|hard to|easy to|had no|no tests|without"
    r"|poor\w*|"
    r"good|well|nice|worked|correct\w*|readab\w*|messy|confus\w*|overran|ran over|over time|under "
    r"time|"
    r"rush\w*|ran out of|short of|insufficient|basic|advanced|compelling|unconvincing|convincing|"
    r"over-?engineer\w*|under-?prepared|prepared|unprepared|accurate|precise|focused|unfocused)\b",
    re.I,
)
_ASPECT = re.compile(
    r"\b(?:answer\w*|respons\w*|example\w*|explanation\w*|solution\w*|code|coding|approach\w*"
    r"|presentation\w*|"
    r"case study|case|test|tests|testing|exercise|task|take-home|assessment|portfolio|questions?"
    r"|knowledge|"
    r"understanding|experience (?:in|with|of|using|leading|managing|building|running)|skills? "
    r"(?:in|with)|"
    r"communication|structure\w*|depth|detail\w*|clarity|star|metrics?|numbers|data|sql|python"
    r"|java\w*|"
    r"excel|react|aws|kubernetes|design|architecture|system design|stakeholder\w*|leadership"
    r"|budget\w*|"
    r"negotiat\w*|sales|campaign\w*|customer\w*|client\w*|research|strategy|pitch|writing|role[- "
    r"]play|"
    r"technical|numerical|verbal|reasoning|analysis|analytical|modell?ing|debugging|algorithm\w*|"
    r"eye contact|body language|energy|enthusiasm|motivation|preparation|salary expectations"
    r"|notice period|"
    r"familiarity|hands-on|product|roadmap|prioriti\w*|trade-offs?|scalability|dashboard\w*|"
    r"spreadsheet|report\w*|interview|panel|conversation|discussion|demo|whiteboard|walkthrough|"
    r"teaching|lesson|patient|clinical|safeguarding|compliance|accounting|reconciliation"
    r"|forecast\w*|"
    r"marketing|seo|content|copy|figma|ux|research|testing|manual|automation|cloud|security"
    r"|network\w*)\b",
    re.I,
)
_GENERIC = re.compile(
    r"\b(?:many|number of|lots of|a lot of|large|high) (?:\w+ )?(?:applicants|candidates"
    r"|applications)|"
    r"(?:experience|background|skills|profile|skill set|qualifications)(?: \w+){0,3} (?:more "
    r")?(?:closely )?"
    r"(?:match|matched|aligned|align|suited|fit)|strong (?:field|pool|shortlist)|competitive|"
    r"(?:another|other|successful|chosen|selected) (?:candidate|applicant|person)|someone (?:else"
    r"|who|whose|with)|"
    r"a candidate (?:who|whose|with)|better (?:match|fit|suited)|more closely|"
    r"\b(?:thank|thanks|wish|appreciate|good luck|best of luck)\b|pleasure|"
    r"(?:unable|not able|can't|cannot|not in a position) to (?:provide|give|share|offer)|"
    r"enjoyed (?:meeting|speaking|talking|chatting|getting to know)|"
    r"(?:impressed|liked) (?:\w+ ){0,2}(?:background|profile|experience|application|cv|resume"
    r"|qualifications)\b"
    r"(?! (?:in|with|of|on|leading|managing|building))|"
    r"if you (?:have|need|would|want)|interview (?:process|stage)|next (?:stage|round|step)|"
    r"(?:invite|invited|schedule|booking|book|availability|slot)|offer you|"
    r"(?:loved|enjoyed|liked) (?:meeting|speaking|talking|chatting|getting to know|having|your "
    r"(?:time|energy))",
    re.I,
)

_WORK_START = re.compile(
    r"^(?:the|your|on the|in the) (?:[\w-]+ ){0,2}(?:answers?|solution|code|case study"
    r"|presentation|exercise|task|"
    r"test|portfolio|assessment|submission|take-home|design|lesson|pitch|report|interview"
    r"|examples?|"
    r"technical (?:round|interview|test)|coding|whiteboard)\b",
    re.I,
)
_TALENT = re.compile(
    r"\b(?:keep|kept|keeping|hold|holding|retain\w*|store\w*|save\w*|add\w*|put|place\w*|have) "
    r"(?:you|your|all)\b"
    r"(?: \w+){0,4}? (?:on file|on record|in (?:our|the) (?:talent|candidate|database|system"
    r"|records|pool|network|"
    r"pipeline|file)|in mind|for (?:future|upcoming|other|similar|any future|relevant|suitable))|"
    r"\b(?:consider|contact|reach out to|get in touch with|think of|keep you posted|be in touch"
    r"|touch base|"
    r"notify|alert|let you know)\w*\b(?: \w+){0,8}? (?:about |regarding |of |for |if |when "
    r"|should )?"
    r"(?:any |other |a |an )?(?:future|upcoming|similar|suitable|relevant|new|further|other"
    r"|another|different) "
    r"(?:\w+ )?(?:roles?|positions?|opportunit\w+|openings?|vacanc\w+|jobs?|requisitions?)|"
    r"\b(?:keep|bear|have) you in mind\b|"
    r"\b(?:hold on to|hang on to|hang onto|hold onto) (?:your|the) (?:cv|resume|details"
    r"|application|profile)|"
    r"\b(?:stay|keep) in touch\b|"
    r"\b(?:if|when|should|once|as soon as) (?:anything|something|a (?:suitable |similar |relevant "
    r"|new |good )?"
    r"(?:role|position|opportunity|vacancy|opening)|another (?:role|position|opportunity|opening)"
    r"|other "
    r"(?:roles|opportunities|openings)|(?:a )?(?:role|position|opportunity)) (?:else )?(?:that )?"
    r"(?:\w+ ){0,4}?(?:comes? up|open(?:s| up)?|becomes? available|arises?|that (?:suits|fits"
    r"|matches))|"
    r"\bwelcome (?:to apply (?:again|for|to)|your (?:future )?application|an application from you)|"
    r"\bapply (?:again )?(?:in|after) (?:the future|\d+|six|three|twelve|a few)|\bapply again\b|"
    r"\b(?:visit|check|keep an eye on|monitor|look at|browse|watch) (?:our|the) (?:career|careers"
    r"|jobs)\b"
    r".{0,40}\b(?:future|other|new|upcoming)|"
    r"\b(?:encourage\w*|invite\w*|welcome\w*|urge\w*|hope|love|like) (?:you )?(?:to )?(?:re-?apply"
    r"|apply again|"
    r"apply for (?:future|other|another|similar|more|any|one of)|apply in the future|keep an eye "
    r"on|"
    r"check (?:back|our careers)|stay in touch|look out for|join our talent|hear from you again|"
    r"see (?:you|your name|your application) (?:again|apply))|"
    r"\b(?:added|add|join\w*|part of|welcome\w* to|included in|remain in|stay in) (?:you to "
    r")?(?:our|the) "
    r"(?:talent|candidate|future talent|alumni) (?:pool|community|network|pipeline|database|list)|"
    r"\b(?:don't|do not) hesitate to (?:re-?apply|apply)|\bfeel free to (?:re-?apply|apply "
    r"(?:again|for|to))|"
    r"\bre-?apply\b|\b(?:on file|on record) for\b|"
    r"\b(?:future|other|upcoming) (?:roles?|opportunit\w+|openings?|vacanc\w+|positions?)\b(?: "
    r"\w+){0,6} "
    r"(?:suit|match|fit|align|right for|good fit)",
    re.I,
)
_TALENT_NEG = re.compile(
    r"\b(?:not|n't|no longer|never|unable)\b(?: \w+){0,3} (?:keep|retain|hold|store|consider"
    r"|contact|re-?apply)|"
    r"\bwill be deleted\b(?!.*\bfuture\b)",
    re.I,
)


def is_feedback_sentence(sentence: str, *, in_list: bool = False) -> bool:
    """True when the sentence is a concrete observation about the candidate's own performance."""
    if len(sentence.split()) < 5 or len(sentence) > 500:
        return False
    if not EVALUATION.search(sentence) or not _ASPECT.search(sentence):
        return False
    if _GENERIC.search(sentence):
        return False
    return in_list or bool(CANDIDATE.search(sentence)) or _mentions_piece_of_work(sentence)


def _mentions_piece_of_work(sentence: str) -> bool:
    # "The panel felt the case study lacked depth" speaks of the candidate's work without "you".
    if _WORK_START.match(sentence):
        return True
    return bool(
        re.search(
            r"\b(?:panel|interviewers?|team|we|i|hiring manager|assessors?)\b.{0,60}\b(?:felt"
            r"|thought|noted|found|"
            r"noticed|liked|observed|would have liked)\b",
            sentence,
            re.I,
        )
    )


def mentions_talent_pool(sentence: str) -> bool:
    """True when the sentence keeps the candidate on file or invites future applications."""
    return bool(_TALENT.search(sentence)) and not _TALENT_NEG.search(sentence)


_GENERIC_REASON = re.compile(
    r"\b(?:many|number of|lots of|a lot of|large|high|volume of) (?:\w+ )?(?:applicants|candidates"
    r"|applications)|(?:another|other|successful|chosen|selected) (?:candidate|applicant|person)"
    r"|someone else|more closely|"
    r"(?:unable|not able|can't|cannot|not in a position) to (?:provide|give|share|offer)",
    re.I,
)


def denies_talent_pool(sentence: str) -> bool:
    """True for 'we will not keep your details': a veto on any talent-pool verdict."""
    return bool(_TALENT_NEG.search(sentence))


def is_generic_reason(sentence: str) -> bool:
    """True for lines said to every candidate ('many strong applicants'), never specific."""
    return bool(_GENERIC_REASON.search(sentence))
