"""Candidate-specific feedback sentences and talent-pool wording in employer mail."""

from __future__ import annotations

import re

_CANDIDATE = re.compile(r"\b(?:you|your|you're|you've|you'd|yourself|the candidate)\b", re.I)
_EVALUATION = re.compile(
    r"\b(?:lack\w*|didn't|did not|could have|could've|would have|would've|should have|should've|needed|"
    r"need(?:s|ed)? (?:to|more)|weak\w*|struggl\w*|not (?:quite |yet |as |very |entirely |fully )?(?:enough|"
    r"strong|sufficient|confident|clear|convinc\w*|detailed|deep|comfortable|familiar|at the level|ready)|"
    r"limited|gaps?|missing|missed|miss|too (?:long|short|brief|general|generic|high-level|vague|much|many|"
    r"little|few|theoretical|junior|senior|quick|slow)|more (?:depth|detail|details|examples|hands-on|"
    r"experience|structure|focus|clarity|concrete|specific|evidence|time|confidence|ownership|practice|"
    r"rigour|rigor|preparation|research|exposure|knowledge|emphasis)|less (?:depth|detail)|felt|seemed|"
    r"came across|come across|impress\w*|strong(?:est)?|excellent|great|liked|loved|enjoyed|appreciated|"
    r"well[- ]structured|clear|concise|fell short|falls short|below|above|rambl\w*|vague|unclear|hesitant|"
    r"nervous|concern\w*|difficult\w*|weren't able|wasn't able|was not able|were not able|unable to|"
    r"incorrect|errors?|bugs?|mistakes?|inaccura\w*|fail\w*|scored|score|pass mark|threshold|benchmark|"
    r"stood out|standout|highlight\w*|noted|noticed|observed|mentioned|praised|solid|thorough|"
    r"superficial|shallow|brief|short on|light on|heavy on|overly|off-topic|did well|went well|"
    r"improv\w*|work on|develop\w*|strength\w*|areas? for)\b",
    re.I,
)
_ASPECT = re.compile(
    r"\b(?:answer\w*|respons\w*|example\w*|explanation\w*|solution\w*|code|coding|approach\w*|presentation\w*|"
    r"case study|case|test|tests|testing|exercise|task|take-home|assessment|portfolio|questions?|knowledge|"
    r"understanding|experience (?:in|with|of|using|leading|managing|building|running)|skills? (?:in|with)|"
    r"communication|structure\w*|depth|detail\w*|clarity|star|metrics?|numbers|data|sql|python|java\w*|"
    r"excel|react|aws|kubernetes|design|architecture|system design|stakeholder\w*|leadership|budget\w*|"
    r"negotiat\w*|sales|campaign\w*|customer\w*|client\w*|research|strategy|pitch|writing|role[- ]play|"
    r"technical|numerical|verbal|reasoning|analysis|analytical|modell?ing|debugging|algorithm\w*|"
    r"eye contact|body language|energy|enthusiasm|motivation|preparation|salary expectations|notice period|"
    r"familiarity|hands-on|product|roadmap|prioriti\w*|trade-offs?|scalability|dashboard\w*|"
    r"spreadsheet|report\w*|interview|panel|conversation|discussion|demo|whiteboard|walkthrough|"
    r"teaching|lesson|patient|clinical|safeguarding|compliance|accounting|reconciliation|forecast\w*|"
    r"marketing|seo|content|copy|figma|ux|research|testing|manual|automation|cloud|security|network\w*)\b",
    re.I,
)
_GENERIC = re.compile(
    r"\b(?:many|number of|lots of|a lot of|large|high) (?:\w+ )?(?:applicants|candidates|applications)|"
    r"(?:experience|background|skills|profile|skill set|qualifications)(?: \w+){0,3} (?:more )?(?:closely )?"
    r"(?:match|matched|aligned|align|suited|fit)|strong (?:field|pool|shortlist)|competitive|"
    r"(?:another|other|successful|chosen|selected) (?:candidate|applicant|person)|someone (?:else|who|whose|with)|"
    r"a candidate (?:who|whose|with)|better (?:match|fit|suited)|more closely|"
    r"\b(?:thank|thanks|wish|appreciate|good luck|best of luck)\b|pleasure|"
    r"(?:unable|not able|can't|cannot|not in a position) to (?:provide|give|share|offer)|"
    r"enjoyed (?:meeting|speaking|talking|chatting|getting to know)|"
    r"(?:impressed|liked) (?:\w+ ){0,2}(?:background|profile|experience|application|cv|resume|qualifications)\b"
    r"(?! (?:in|with|of|on|leading|managing|building))|"
    r"if you (?:have|need|would|want)|interview (?:process|stage)|next (?:stage|round|step)|"
    r"(?:invite|invited|schedule|booking|book|availability|slot)",
    re.I,
)

_TALENT = re.compile(
    r"\b(?:keep|kept|keeping|hold|holding|retain\w*|store\w*|save\w*|add\w*|put|place\w*|have) (?:you|your|all)\b"
    r"(?: \w+){0,4}? (?:on file|on record|in (?:our|the) (?:talent|candidate|database|system|records|pool|network|"
    r"pipeline|file)|in mind|for (?:future|upcoming|other|similar|any future|relevant|suitable))|"
    r"\b(?:consider|contact|reach out to|get in touch with|think of|keep you posted|be in touch|touch base|"
    r"notify|alert|let you know)\w*\b(?: \w+){0,8}? (?:about |regarding |of |for |if |when |should )?"
    r"(?:any |other |a |an )?(?:future|upcoming|similar|suitable|relevant|new|further|other|another|different) "
    r"(?:\w+ )?(?:roles?|positions?|opportunit\w+|openings?|vacanc\w+|jobs?|requisitions?)|"
    r"\b(?:keep|bear|have) you in mind\b|"
    r"\b(?:encourage\w*|invite\w*|welcome\w*|urge\w*|hope|love|like) (?:you )?(?:to )?(?:re-?apply|apply again|"
    r"apply for (?:future|other|another|similar|more|any|one of)|apply in the future|keep an eye on|"
    r"check (?:back|our careers)|stay in touch|look out for|join our talent|hear from you again|"
    r"see (?:you|your name|your application) (?:again|apply))|"
    r"\b(?:added|add|join\w*|part of|welcome\w* to|included in|remain in|stay in) (?:you to )?(?:our|the) "
    r"(?:talent|candidate|future talent|alumni) (?:pool|community|network|pipeline|database|list)|"
    r"\b(?:don't|do not) hesitate to (?:re-?apply|apply)|\bfeel free to (?:re-?apply|apply (?:again|for|to))|"
    r"\bre-?apply\b|\b(?:on file|on record) for\b|"
    r"\b(?:future|other|upcoming) (?:roles?|opportunit\w+|openings?|vacanc\w+|positions?)\b(?: \w+){0,6} "
    r"(?:suit|match|fit|align|right for|good fit)",
    re.I,
)
_TALENT_NEG = re.compile(
    r"\b(?:not|n't|no longer|never|unable)\b(?: \w+){0,3} (?:keep|retain|hold|store|consider|contact|re-?apply)|"
    r"\bwill be deleted\b(?!.*\bfuture\b)",
    re.I,
)


def is_feedback_sentence(sentence: str, *, in_list: bool = False) -> bool:
    """True when the sentence is a concrete observation about the candidate's own performance."""
    if len(sentence) < 12 or len(sentence) > 500:
        return False
    if not _EVALUATION.search(sentence) or not _ASPECT.search(sentence):
        return False
    if _GENERIC.search(sentence):
        return False
    return in_list or bool(_CANDIDATE.search(sentence)) or _mentions_piece_of_work(sentence)


def _mentions_piece_of_work(sentence: str) -> bool:
    # "The panel felt the case study lacked depth" speaks of the candidate's work without "you".
    return bool(
        re.search(
            r"\b(?:panel|interviewers?|team|we|i|hiring manager|assessors?)\b.{0,60}\b(?:felt|thought|noted|found|"
            r"noticed|liked|observed|would have liked)\b",
            sentence,
            re.I,
        )
    )


def mentions_talent_pool(sentence: str) -> bool:
    """True when the sentence keeps the candidate on file or invites future applications."""
    return bool(_TALENT.search(sentence)) and not _TALENT_NEG.search(sentence)
