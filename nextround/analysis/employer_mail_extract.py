"""Pull the company, the role title and any meeting link out of employer mail."""

from __future__ import annotations

import re

_NAME = r"[A-Z0-9][\w&'’.-]*(?:[ ](?:&|and|of|for|de|the|[A-Z0-9][\w&'’.-]*)){0,4}"
_COMPANY_PATTERNS = [
    re.compile(p)
    for p in (
        rf"\b(?:[Ii]nterest in|[Aa]pplying (?:to|at|with)|[Aa]pplication (?:to|at|with)|[Oo]n behalf of|"
        rf"[Ii]nterest(?:ed)? in (?:joining|working (?:at|for|with))|[Jj]oin(?:ing)?|[Ww]ork(?:ing)? (?:at|for|with)|"
        rf"[Tt]eam at|[Cc]areers at|[Rr]ole at|[Pp]osition at|[Hh]ere at|[Ii]nterview(?:ing)? (?:at|with)|"
        rf"[Tt]ime with|[Ee]veryone at|[Uu]s at|[Ff]olks at|[Ww]elcome to|[Oo]pportunity (?:at|with)|"
        rf"[Rr]ecruiting (?:at|for)|[Hh]iring (?:at|for)|[Aa]pplied (?:to|at|for a role at)|[Oo]ffer from) "
        rf"(?:the )?(?P<name>{_NAME})",
        rf"\b(?:[Tt]he |[Aa]ll (?:of us )?at |[Ee]veryone at )(?P<name>{_NAME}) (?:[Tt]alent|[Rr]ecruit\w*|"
        rf"[Hh]iring|[Pp]eople|[Cc]areers?|HR|[Tt]eam|[Ff]amily|[Cc]rew)\b",
        rf"^(?P<name>{_NAME}) (?:[Tt]alent|[Rr]ecruit\w*|[Hh]iring|[Pp]eople|[Cc]areers|HR|Team)\b",
        rf"(?:\||,|–|-| at) (?P<name>{_NAME})\s*$",
    )
]
_ROLE_HEAD = (
    r"(?:analyst|engineer|developer|manager|designer|scientist|specialist|coordinator|co-ordinator|assistant|"
    r"lead|director|consultant|officer|administrator|architect|nurse|teacher|associate|intern|internship|"
    r"executive|representative|accountant|adviser|advisor|technician|writer|editor|owner|researcher|recruiter|"
    r"marketer|partner|head of [\w ]+?|vp[\w ]*?|president|programmer|tester|strategist|planner|controller|"
    r"clerk|receptionist|agent|operator|supervisor|chef|driver|pharmacist|therapist|practitioner|paralegal|"
    r"solicitor|lawyer|counsel|buyer|economist|statistician|librarian|trainee|apprentice|graduate|fellow|"
    r"copywriter|producer|illustrator|animator|surveyor|auditor|underwriter|actuary|mechanic|electrician|"
    r"assistant|steward|host|barista|cashier|tutor|lecturer|professor|sre|devops|qa)"
)
_ROLE_TEXT = r"(?P<role>(?:[\w/&+#().,'’-]+ ){0,5}?" + _ROLE_HEAD + r"(?: (?:I{1,3}|IV|[1-3]|\([\w /-]+\)))?)"
_ROLE_PATTERNS = [
    re.compile(p, re.I)
    for p in (
        r"^\s*(?:role|position|job title|job|vacancy|title|post|requisition)\s*:\s*(?P<role>[^\n|]{3,80})$",
        rf"\b(?:for|as|of) (?:the|a|an|our|your)? ?(?:role|position|post|job|vacancy) of {_ROLE_TEXT}",
        rf"\b(?:for|as|in|about|regarding|re|to|on) (?:the|a|an|our|your|this)? ?{_ROLE_TEXT}"
        r"(?: (?:role|position|post|job|vacancy|opening|opportunity|team|req\w*|at|with|in|\(|-|–)|[.,!]|$)",
        rf"^{_ROLE_TEXT}\s*(?:[-–|(]|at\b|$)",
    )
]
_ROLE_STOP = re.compile(
    r"^(?:the|a|an|our|your|this|that|for|as|of|new|open|exciting|great|recent|current|following|same)\s+", re.I
)
_BAD_ROLE = re.compile(r"\b(?:hiring manager|recruiting manager|account manager at|your|our|we|you|thank)\b", re.I)
_LEGAL = re.compile(
    r"[ ,]+(?:ltd|limited|inc|llc|plc|gmbh|llp|corp|co|pty|s\.?a|b\.?v|ag)\.?$|'s$|’s$", re.I
)
_NOT_COMPANY = re.compile(
    r"^(?:the|a|an|our|us|you|your|this|that|we|team|all|hr|it|me|careers?|jobs?|recruiting|recruitment|talent|"
    r"hiring|people|greenhouse|workday|lever|ashby|smartrecruiters|workable|teamtailor|bamboohr|icims|"
    r"taleo|no-?reply|noreply|notifications?|linkedin|indeed|glassdoor|zoom|teams|google|calendly|the team|"
    r"thank|thanks|dear|hi|hello|best|kind|regards|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|next|this|"
    r"interview|application|role|position|stage|round|london|remote|hybrid|new york)$",
    re.I,
)
_FREEMAIL = re.compile(
    r"(?:^|\.)(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|me|aol|proton|protonmail|gmx|mail|"
    r"greenhouse|greenhouse-mail|lever|hire\.lever|myworkday|workday|myworkdayjobs|smartrecruiters|"
    r"ashbyhq|workable|teamtailor|bamboohr|icims|taleo|successfactors|jobvite|recruitee|personio|"
    r"pinpointhq|linkedin|indeed|example|ats|applytojob|hiringthing|jazzhr|breezy|comeet)\.", re.I
)
_MEETING = re.compile(
    r"https?://(?:[\w-]+\.)*(?:zoom\.us|zoom\.com|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|"
    r"webex\.com|whereby\.com|gotomeet\w*\.com|global\.gotomeeting\.com|chime\.aws|bluejeans\.com|"
    r"meet\.jit\.si|jitsi\.\w+|around\.co|skype\.com|join\.skype\.com)/[^\s<>\"')\]]*",
    re.I,
)


def find_company(sources: list[str], from_name: str, from_addr: str) -> str | None:
    """Best guess of the employer's name from the text, the sender name, then the sender domain."""
    for text in sources:
        for line in text.split("\n"):
            for pattern in _COMPANY_PATTERNS[:2]:
                for match in pattern.finditer(line):
                    name = _tidy_company(match.group("name"))
                    if name:
                        return name
    for candidate in _company_from_sender(from_name):
        return candidate
    return _company_from_domain(from_addr)


def find_company_in_signature(signature: str) -> str | None:
    """A company named on a signature line such as 'Talent Partner | Acme Analytics'."""
    for line in signature.split("\n")[:8]:
        for pattern in _COMPANY_PATTERNS[2:]:
            match = pattern.search(line.strip())
            if match:
                name = _tidy_company(match.group("name"))
                if name and not re.search(r"\d{3}|@|www|http", name):
                    return name
    return None


def _tidy_company(raw: str) -> str | None:
    name = raw.strip(" .,:;!-–'’\"")
    name = re.split(r"\s+(?:and|for|on|in|as|to|team|is|are|we|has|have|who|which)\b", name)[0]
    previous = None
    while previous != name:
        previous, name = name, _LEGAL.sub("", name).strip(" .,")
    words = name.split()
    if not words or _NOT_COMPANY.match(name) or _NOT_COMPANY.match(words[0]) or len(name) < 2:
        return None
    if re.fullmatch(r"[A-Z][a-z]+", name) and name.lower() in {"sam", "alex", "hello", "hope"}:
        return None
    return name


def _company_from_sender(from_name: str) -> list[str]:
    name = re.sub(r"\s*\((?:via|through)\s.*?\)|\s+via\s+\w+.*$", "", from_name, flags=re.I)
    parts = re.split(r"\s+(?:at|@|from|-|–|\|)\s+|\s*[|(]\s*", name)
    if len(parts) > 1:
        tail = _tidy_company(parts[-1].rstrip(")"))
        if tail and not re.search(r"\b(?:talent|recruit|hiring|careers?|jobs)\b", tail, re.I):
            return [tail]
    stripped = re.sub(
        r"\b(?:talent acquisition|talent|recruiting|recruitment|careers?|jobs|hiring|people|hr|team|"
        r"notifications?|no-?reply)\b.*$",
        "",
        name,
        flags=re.I,
    )
    if stripped.strip() and stripped.strip() != name.strip():
        tidy = _tidy_company(stripped)
        return [tidy] if tidy else []
    return []


def _company_from_domain(addr: str) -> str | None:
    domain = addr.rpartition("@")[2].lower()
    if not domain or _FREEMAIL.search(domain + "."):
        return None
    labels = [p for p in domain.split(".") if p not in ("mail", "email", "careers", "jobs", "hr", "talent", "e")]
    if len(labels) < 2:
        return None
    core = labels[-3] if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "ac", "gov") else labels[-2]
    words = re.split(r"[-_]", core)
    return " ".join(w.capitalize() for w in words if w) or None


def find_role(sources: list[str]) -> str | None:
    """The job title as written in the subject or body, or None."""
    for text in sources:
        for line in text.split("\n"):
            for pattern in _ROLE_PATTERNS:
                for match in pattern.finditer(line):
                    role = _tidy_role(match.group("role"))
                    if role:
                        return role
    return None


def _tidy_role(raw: str) -> str | None:
    role = re.sub(r"\s*\((?:ref|req|id|job id|r-?)\W?[\w-]*\)|\s+(?:ref|req)\W*[\w-]+$", "", raw.strip(), flags=re.I)
    role = re.sub(r"\s*[-–|]\s*(?:remote|hybrid|london|onsite|[A-Z][a-z]+(?:, [A-Z]{2})?)$", "", role)
    role = role.strip(" .,:;!\"'“”")
    while _ROLE_STOP.match(role):
        role = _ROLE_STOP.sub("", role, count=1)
    if not role or len(role) > 80 or _BAD_ROLE.search(role) or not re.search(_ROLE_HEAD, role, re.I):
        return None
    return role


def find_meeting_link(text: str, html: str) -> str | None:
    """The first video-meeting URL in the text or the HTML links."""
    for source in (text, html):
        match = _MEETING.search(source or "")
        if match:
            return match.group(0).rstrip(".,;")
    return None
