"""Find the job title in employer mail: role-word lexicon, patterns and tidying."""

from __future__ import annotations

import re

_ROLE_HEAD = (
    r"(?:analyst|engineer|developer|manager|designer|scientist|specialist|coordinator|co-ordinator"
    r"|assistant|"
    r"lead|director|consultant|officer|administrator|architect|nurse|teacher|associate|intern"
    r"|internship|"
    r"executive|representative|accountant|adviser|advisor|technician|writer|editor|owner"
    r"|researcher|recruiter|"
    r"marketer|partner|head of [\w ]+?|vp[\w ]*?|president|programmer|tester|strategist|planner"
    r"|controller|"
    r"clerk|receptionist|agent|operator|supervisor|chef|driver|pharmacist|therapist|practitioner"
    r"|paralegal|"
    r"solicitor|lawyer|counsel|buyer|economist|statistician|librarian|trainee|apprentice|graduate"
    r"|fellow|"
    r"copywriter|producer|illustrator|animator|surveyor|auditor|underwriter|actuary|mechanic"
    r"|electrician|"
    r"assistant|steward|host|barista|cashier|tutor|lecturer|professor|handler|worker|carer|nurse"
    r"|caretaker|"
    r"cleaner|porter|baker|dentist|doctor|physician|midwife|paramedic|pilot|instructor|coach"
    r"|trainer|"
    r"merchandiser|stylist|photographer|journalist|reporter|translator|interpreter|bookkeeper|"
    r"administrator|engineering manager|scrum master|product owner)\b"
    r"(?: (?-i:in|of|for) (?-i:[A-Z][\w&-]+)(?: (?-i:[A-Z][\w&-]+))?)?"
)
_ROLE_TEXT = (
    r"(?P<role>(?:[\w/&+#().,:'’-]+ ){0,5}?" + _ROLE_HEAD + r"(?: " + _ROLE_HEAD + r")*"
    r"(?: (?:I{1,3}|IV|[1-3]|\([\w /-]+\)))?)"
)
_ROLE_PATTERNS = [
    re.compile(p, re.I)
    for p in (
        r"^\s*(?:role|position|job title|job|vacancy|title|post|requisition)\s*:\s*(?P<role>[^\n"
        r"|]{3,80})$",
        rf"\b(?:for|as|of) (?:(?:the|a|an|our|your) )?(?:role|position|post|job|vacancy) of "
        rf"{_ROLE_TEXT}",
        rf"\b(?:for|as|in|about|regarding|re|to|on|of|into) (?:(?:the|a|an|our|your|this) "
        rf")?{_ROLE_TEXT}"
        r"(?: (?:role|position|post|job|vacancy|opening|opportunity|team|req\w*|at|with|in|\(|-|–)"
        r"|[.,!]|$)",
    )
]
_SUBJECT_ROLE = re.compile(
    rf"(?:^|[:|–-]\s*){_ROLE_TEXT}\s*(?:[-–|(]|\b(?:at|interview|role|position|application|opening"
    rf"|vacancy)\b|$)",
    re.I,
)
_ROLE_STOP = re.compile(
    r"^(?:the|a|an|our|your|this|that|for|as|of|new|open|exciting|great|recent|current|following"
    r"|same)\s+",
    re.I,
)
_LEAD_IN = re.compile(
    r"^.*\b(?:for|the|a|an|as|to|in|on|at|our|your|this|application|applying|applied|interview"
    r"|invitation|"
    r"regarding|about|with|re|update|received|offer|role|position|employment|confirmation|outcome"
    r"|steps?)\b"
    r"[\s:–|-]*",
    re.I,
)
_BAD_ROLE = re.compile(
    r"\b(?:hiring manager|recruiting manager|account manager at|your|our|we|you|thank)\b", re.I
)


def find_role(subject: str, sources: list[str]) -> str | None:
    """The job title as written in the subject or body, or None."""
    for match in _SUBJECT_ROLE.finditer(subject):
        role = _tidy_role(match.group("role"))
        if role:
            return role
    for text in [subject, *sources]:
        for line in text.split("\n"):
            for pattern in _ROLE_PATTERNS:
                for match in pattern.finditer(line):
                    role = _tidy_role(match.group("role"))
                    if role:
                        return role
    return None


def _tidy_role(raw: str) -> str | None:
    role = re.sub(
        r"\s*\((?:ref|req|id|job id|r-?)\W?[\w-]*\)|\s+(?:ref|req)\W*[\w-]+$",
        "",
        raw.strip(),
        flags=re.I,
    )
    role = re.sub(
        r"\s*[-–|]\s*(?:remote|hybrid|london|onsite|[A-Z][a-z]+(?:, [A-Z]{2})?)$", "", role
    )
    role = re.split(r"\s*(?:[:|–]|\s-\s)\s*", role)[-1]
    role = _LEAD_IN.sub("", role.strip(" .,:;!\"'“”")).strip(" -–:")
    while _ROLE_STOP.match(role):
        role = _ROLE_STOP.sub("", role, count=1)
    if (
        not role
        or len(role) > 80
        or _BAD_ROLE.search(role)
        or not re.search(_ROLE_HEAD, role, re.I)
    ):
        return None
    return role
