"""Pull the company, the role title and any meeting link out of employer mail.

The company finders live in employer_mail_company and the role finder in employer_mail_role;
this module holds the meeting-link finder and gathers them all for employer_mail.py.
"""

from __future__ import annotations

import re

from nextround.analysis.employer_mail_company import (
    company_from_domain_text,
    company_from_sender,
    extend_company,
    find_company,
    find_company_in_signature,
    find_company_in_subject,
)
from nextround.analysis.employer_mail_role import find_role

__all__ = [
    "company_from_domain_text",
    "company_from_sender",
    "extend_company",
    "find_company",
    "find_company_in_signature",
    "find_company_in_subject",
    "find_meeting_link",
    "find_role",
]

_MEETING = re.compile(
    r"https?://(?:[\w-]+\.)*(?:zoom\.us|zoom\.com|teams\.microsoft\.com|teams\.live\.com"
    r"|meet\.google\.com|"
    r"webex\.com|whereby\.com|gotomeet\w*\.com|global\.gotomeeting\.com|chime\.aws|bluejeans\.com|"
    r"meet\.jit\.si|jitsi\.\w+|around\.co|skype\.com|join\.skype\.com)/[^\s<>\"')\]]*",
    re.I,
)


def find_meeting_link(text: str, html: str) -> str | None:
    """The first video-meeting URL in the text or the HTML links."""
    for source in (text, html):
        match = _MEETING.search(source or "")
        if match:
            return match.group(0).rstrip(".,;")
    return None
