"""Find the employer's name in mail: subject, body, sender, signature and sender domain."""

from __future__ import annotations

import re

from nextround.analysis.employer_mail_role import _ROLE_HEAD

_WORD = r"[A-Z0-9][\w&'’-]*(?:\.[a-z]{2,4}\b)?"
_NAME = rf"{_WORD}(?:[ ](?:&|and|of|de|{_WORD})){{0,4}}"
_COMPANY_PATTERNS = [
    re.compile(p)
    for p in (
        rf"\b(?:[Ii]nterest in|[Aa]pplying (?:to|at|with)|[Aa]pplication (?:to|at|with)|[Oo]n "
        rf"behalf of|"
        rf"[Ii]nterest(?:ed)? in (?:joining|working (?:at|for|with))|[Jj]oin(?:ing)?"
        rf"|[Ww]ork(?:ing)? (?:at|for|with)|"
        rf"[Tt]eam at|[Cc]areers at|[Rr]ole at|[Pp]osition at|[Hh]ere at|[Ii]nterview(?:ing)? "
        rf"(?:at|with)|"
        rf"[Tt]ime with|[Ee]veryone at|[Uu]s at|[Ff]olks at|[Ww]elcome to|[Oo]pportunity (?:at"
        rf"|with)|"
        rf"[Rr]ecruiting (?:at|for)|[Hh]iring (?:at|for)|[Aa]pplied (?:to|at|for a role at)"
        rf"|[Oo]ffer from) "
        rf"(?:the )?(?P<name>{_NAME})",
        rf"\b(?:[Tt]he |[Aa]ll (?:of us )?at |[Ee]veryone at )(?P<name>{_NAME}) (?:[Tt]alent"
        rf"|[Rr]ecruit\w*|"
        rf"[Hh]iring|[Pp]eople|[Cc]areers?|HR|[Tt]eam|[Ff]amily|[Cc]rew)\b",
        rf"^(?P<name>{_NAME}) (?:[Tt]alent|[Rr]ecruit\w*|[Hh]iring|[Pp]eople|[Cc]areers|HR|Team)\b",
        rf"(?:\||,|–|-| at) (?P<name>{_NAME})\s*$",
    )
]
_ROLE_WORDS = re.compile(
    r"\b(?:talent|acquisition|recruit\w*|hiring|people|hr|team|department|office)\b", re.I
)
_LEGAL = re.compile(
    r"(?<!&)[ ,]+(?:ltd|limited|inc|llc|plc|gmbh|llp|corp|co|pty|s\.?a|b\.?v|ag)\.?$|'s$|’s$", re.I
)
_NOT_COMPANY = re.compile(
    r"^(?:the|a|an|our|us|you|your|this|that|we|team|all|hr|it|me|careers?|jobs?|recruiting"
    r"|recruitment|talent|"
    r"hiring|people|greenhouse|workday|lever|ashby|smartrecruiters|workable|teamtailor|bamboohr"
    r"|icims|"
    r"taleo|no-?reply|noreply|notifications?|linkedin|indeed|glassdoor|zoom|teams|google|calendly"
    r"|the team|"
    r"thank|thanks|dear|hi|hello|best|kind|regards|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|next"
    r"|this|"
    r"interview|application|role|position|stage|round|london|remote|hybrid|new york|we're|i'm"
    r"|let's|you're|"
    r"great|good|welcome|congratulations|update|outcome|offer|feedback|quick|next|re|fwd|your)$",
    re.I,
)
_FREEMAIL = re.compile(
    r"(?:^|\.)(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|me|aol|proton|protonmail|gmx"
    r"|mail|"
    r"greenhouse|greenhouse-mail|lever|hire\.lever|myworkday|workday|myworkdayjobs|smartrecruiters|"
    r"ashbyhq|workable|teamtailor|bamboohr|icims|taleo|successfactors|jobvite|recruitee|personio|"
    r"pinpointhq|linkedin|indeed|example\.(?:com|org|net)|ats|applytojob|hiringthing|jazzhr|breezy"
    r"|comeet)\.",
    re.I,
)


_SUBJECT_COMPANY = [
    re.compile(p)
    for p in (
        rf"\b(?:[Ff]rom|[Aa]t|[Tt]o|[Ww]ith|[Jj]oin|[Ww]elcome to) (?:the "
        rf")?(?P<name>{_NAME})\s*[!.?]*$",
        rf"^(?P<name>{_NAME})\s*(?:[|:–]|-\s)",
    )
]


def find_company_in_subject(subject: str) -> str | None:
    """A company named in the subject ('Your offer from Acme', 'Acme | Application received')."""
    for pattern in _SUBJECT_COMPANY:
        match = pattern.search(subject.strip())
        if match:
            name = _tidy_company(match.group("name"))
            if name and not re.match(
                r"(?i)(?:your|thank|application|interview|invitation|next|offer)", name
            ):
                return name
    return None


def find_company(sources: list[str], from_name: str, from_addr: str) -> str | None:
    """Best guess of the employer's name from the text, the sender name, then the sender domain."""
    for text in sources:
        for line in text.split("\n"):
            for pattern in _COMPANY_PATTERNS[:2]:
                for match in pattern.finditer(line):
                    name = _tidy_company(match.group("name"))
                    if name:
                        return name
    return None


def company_from_sender(from_name: str, from_addr: str) -> str | None:
    """The employer as named in From ('Acme via Greenhouse', 'Acme Careers', 'Acme' at acme.com)."""
    for candidate in _company_from_sender(from_name):
        return candidate
    core = _domain_core(from_addr)
    squashed = re.sub(r"[^a-z0-9]", "", from_name.lower().replace("&", "and"))
    if (
        core
        and squashed
        and (squashed.startswith(core) or core.startswith(squashed))
        and len(core) >= 3
    ):
        return _tidy_company(from_name)
    return None


def find_company_in_signature(signature: str, person: str) -> str | None:
    """A company in a signature ('Talent Partner | Acme Analytics', or a bare 'Acme' line)."""
    lines = [line.strip() for line in signature.split("\n")[:8] if line.strip()]
    for line in lines:
        for pattern in _COMPANY_PATTERNS[2:]:
            match = pattern.search(line)
            if match:
                name = _tidy_company(match.group("name"))
                if name and not re.search(r"\d{3}|@|www|http", name):
                    return name
    # A signature's first line is the person; a bare capitalised line after it is the employer.
    for line in lines[1:4]:
        if re.fullmatch(_NAME, line) and line != person and not _ROLE_WORDS.search(line):
            name = _tidy_company(line)
            if name:
                return name
    return None


def _tidy_company(raw: str) -> str | None:
    name = raw.strip(" .,:;!-–'’\"")
    name = re.split(r"\s+(?:and|for|on|in|as|to|team|is|are|we|has|have|who|which)\b", name)[0]
    previous = None
    while previous != name:
        previous, name = name, _LEGAL.sub("", name).strip(" .,")
    words = name.split()
    if re.search(_ROLE_HEAD, name, re.I):
        return None  # "interest in the Data Analyst role" names a job, not an employer
    if not words or _NOT_COMPANY.match(name) or _NOT_COMPANY.match(words[0]) or len(name) < 2:
        return None
    if re.fullmatch(r"[A-Z][a-z]+", name) and name.lower() in {"sam", "alex", "hello", "hope"}:
        return None
    return name


def _company_from_sender(from_name: str) -> list[str]:
    name = re.sub(r"\s*\((?:via|through)\s.*?\)|\s+via\s+\w+.*$", "", from_name, flags=re.I)
    if name != from_name:
        tidy = _tidy_company(name)
        return [tidy] if tidy else []
    parts = re.split(r"\s+(?:at|@|from|-|–|\|)\s+|\s*[|(]\s*", name)
    if len(parts) > 1:
        tail = _tidy_company(parts[-1].rstrip(")"))
        if tail and not re.search(r"\b(?:talent|recruit|hiring|careers?|jobs)\b", tail, re.I):
            return [tail]
    stripped = re.sub(
        r"\b(?:talent acquisition|talent|recruiting|recruitment|careers?|jobs|hiring|people|hr"
        r"|team|"
        r"notifications?|no-?reply)\b.*$",
        "",
        name,
        flags=re.I,
    )
    if stripped.strip() and stripped.strip() != name.strip():
        tidy = _tidy_company(stripped)
        return [tidy] if tidy else []
    return []


def company_from_domain_text(addr: str, text: str) -> str | None:
    """The domain's name as the text spells it ('cobaltinsurance.com' -> 'Cobalt Insurance')."""
    core = _domain_core(addr)
    if not core:
        return None
    for match in re.finditer(r"[A-Z][\w&'’-]*(?: (?:&|and|of|[A-Z][\w&'’-]*)){0,4}", text):
        words = match.group(0).split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                phrase = " ".join(words[i:j])
                if re.sub(r"[^a-z0-9]", "", phrase.lower().replace("&", "and")) == core:
                    return phrase
    return None


def _domain_label(addr: str) -> str | None:
    """The organisation's label of a sender's domain ("acme-labs" in hr.acme-labs.co.uk)."""
    domain = addr.rpartition("@")[2].lower()
    if not domain or _FREEMAIL.search(domain + "."):
        return None
    labels = [
        p
        for p in domain.split(".")
        if p not in ("mail", "email", "careers", "jobs", "hr", "talent", "e")
    ]
    if len(labels) < 2:
        return None
    if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "ac", "gov"):
        return labels[-3]
    return labels[-2]


def _domain_core(addr: str) -> str | None:
    label = _domain_label(addr)
    return re.sub(r"[^a-z0-9]", "", label) if label else None


def _company_from_domain(addr: str) -> str | None:
    core = _domain_label(addr)
    if not core:
        return None
    words = re.split(r"[-_]", core)
    return " ".join(w.capitalize() for w in words if w) or None


_NOT_NAME_WORD = re.compile(
    r"^(?:team|careers?|recruit\w*|talent|hr|people|hiring|early|graduate|jobs?|human|resources"
    r"|acquisition|on|in|at|the|and|to|for|is|are|we|you|i|dear|hi|ltd|limited|plc|inc|llc)$",
    re.I,
)


def extend_company(name: str, text: str) -> str:
    """The fullest way the text writes a clipped name ('Pixelhorn' -> 'Pixelhorn Games')."""
    best = name
    pattern = re.compile(rf"\b{re.escape(name)}((?:[ ](?:&[ ])?[A-Z][\w'’-]+){{1,3}})")
    for match in pattern.finditer(text):
        words = match.group(1).split()
        kept: list[str] = []
        for word in words:
            if _NOT_NAME_WORD.match(word.strip("&")) or re.search(_ROLE_HEAD, word, re.I):
                break
            kept.append(word)
        while kept and kept[-1] == "&":
            kept.pop()
        candidate = " ".join([name, *kept])
        if len(candidate) > len(best):
            best = candidate
    return best
