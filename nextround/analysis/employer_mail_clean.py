"""Strip quoted replies, signatures and legal footers from mail text; unwrap forwards."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ON_WROTE = re.compile(
    r"^\s*(on|le|am|el)\b.{0,200}\b(wrote|a écrit|schrieb|escribió)\s*:?\s*$", re.I
)
_ON_START = re.compile(r"^\s*On\s.{6,}", re.I)
_REPLY_MARKERS = re.compile(
    r"^\s*(-{3,}\s*original message\s*-{3,}|_{10,}|-{5,}\s*reply message\s*-{5,}"
    r"|\*?from:\*?\s+\S.*)\s*$",
    re.I,
)
_FORWARD = re.compile(
    r"^\s*(-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:?|-{3,}\s*forwarded by .*"
    r"|fwd?:\s*-{3,})\s*$",
    re.I,
)
_HEADERISH = re.compile(r"^\s*\*?(from|sent|date|to|cc|subject|reply-to)\s*:\*?\s*(.*)$", re.I)
_SIGNOFF = re.compile(
    r"^\s*(best|kind|warm|warmest|many|with best|all the best|regards|best regards|kind regards|"
    r"warm regards|thanks|thank you|many thanks|cheers|sincerely|yours sincerely|yours faithfully|"
    r"yours truly|respectfully|best wishes|with thanks|take care|speak soon|talk soon|"
    r"with kind regards|thanks again|thanks so much|best of luck)\b[\w ,!.]{0,25}[,!.]?\s*$",
    re.I,
)
_MOBILE = re.compile(r"^\s*(sent from my|get outlook for|sent via)\b.*$", re.I | re.M)
_FOOTER = re.compile(
    r"confidential|intended (solely |only )?for the|intended recipient|received this (e-?mail"
    r"|message|communication) "
    r"in error|registered (office|in|company|number)|company (no|number|registration)|unsubscribe|"
    r"privacy (policy|notice|statement)|all rights reserved|©|\(c\) 20\d\d|copyright|do not reply "
    r"to this|"
    r"(is|was) (sent|generated) (automatically|from an unmonitored)|unmonitored|no-?reply|powered "
    r"by|"
    r"equal (employment )?opportunit|email preferences|view (it )?in (your )?browser|"
    r"disclaimer|virus|legally privileged|this (e-?mail|message) (and any|may contain)",
    re.I,
)
_KEEP_FOOTER = re.compile(r"\byour (application|cv|resume|details|candidacy|interview)\b", re.I)
_HARD_FOOTER = re.compile(
    r"intended recipient|received this (e-?mail|message) in error|legally privileged", re.I
)


@dataclass(frozen=True)
class CleanText:
    """The author's own words, plus what was quoted, signed off or forwarded."""

    body: str
    quoted: str
    signature: str
    forwarded_from: str
    forwarded_subject: str


def clean_body(text: str) -> CleanText:
    """Split mail text into the new body, the quoted history and the signature."""
    text = _MOBILE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = text.split("\n")
    fwd_at = _find_forward(lines)
    fwd_from = fwd_subject = ""
    if fwd_at is not None:
        head_end, fwd_from, fwd_subject = _forward_headers(lines, fwd_at + 1)
        # The forwarded mail is what matters; the forwarder's note stays in front of it.
        lines = lines[:fwd_at] + lines[head_end:]
    own, quoted = _cut_quotes(lines)
    body, signature = _cut_signature(own)
    body = _drop_footers(body)
    return CleanText(body.strip(), quoted.strip(), signature.strip(), fwd_from, fwd_subject)


def _find_forward(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if _FORWARD.match(line):
            return i
    return None


def _forward_headers(lines: list[str], start: int) -> tuple[int, str, str]:
    i, fwd_from, subject = start, "", ""
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        match = _HEADERISH.match(lines[i])
        if not match:
            break
        key, value = match.group(1).lower(), match.group(2).strip()
        fwd_from = value if key == "from" else fwd_from
        subject = value if key == "subject" else subject
        i += 1
    return i, fwd_from, subject


def _cut_quotes(lines: list[str]) -> tuple[str, str]:
    own: list[str] = []
    quoted: list[str] = []
    for i, line in enumerate(lines):
        if _starts_history(lines, i):
            quoted.extend(lines[i:])
            break
        (quoted if line.lstrip().startswith(">") else own).append(line)
    return "\n".join(own), "\n".join(quoted)


def _starts_history(lines: list[str], i: int) -> bool:
    line = lines[i]
    if _ON_WROTE.match(line):
        return True
    if (
        _ON_START.match(line)
        and i + 1 < len(lines)
        and _ON_WROTE.match(line + " " + lines[i + 1].strip())
    ):
        return True
    if not _REPLY_MARKERS.match(line):
        return False
    if line.strip().lower().lstrip("*").startswith("from"):
        # An Outlook header block: From: then Sent:/Date:/To: within the next lines.
        window = lines[i + 1 : i + 5]
        return any(re.match(r"^\s*\*?(sent|date|to|subject)\s*:", w, re.I) for w in window)
    if line.strip().startswith("_"):
        return any(re.match(r"^\s*\*?from\s*:", w, re.I) for w in lines[i + 1 : i + 4])
    return True


def _cut_signature(text: str) -> tuple[str, str]:
    lines = text.rstrip().split("\n")
    tail: list[str] = []
    for i, line in enumerate(lines):
        if line.rstrip() in ("--", "-- ", "—", "__"):
            lines, tail = lines[:i], lines[i + 1 :]
            break
    content = [i for i, line in enumerate(lines) if line.strip()]
    # A sign-off within the last lines starts the signature (name, title, phone, address).
    for i in reversed(content[-14:]):
        if _SIGNOFF.match(lines[i]) and i > 0:
            return "\n".join(lines[: i + 1]), "\n".join(lines[i + 1 :] + tail)
    return "\n".join(lines), "\n".join(tail)


def _drop_footers(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text)
    kept = [p for p in paragraphs if not _is_footer(p)]
    return "\n\n".join(kept)


def _is_footer(paragraph: str) -> bool:
    if not _FOOTER.search(paragraph):
        return False
    if _HARD_FOOTER.search(paragraph):
        return True
    return not _KEEP_FOOTER.search(paragraph) or len(paragraph) > 1200
