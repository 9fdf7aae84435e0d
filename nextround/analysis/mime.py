"""Defensive RFC 822 / MIME parsing into a small, frozen ParsedMessage."""

from __future__ import annotations

import binascii
import codecs
import quopri
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from nextround.analysis.htmltext import html_to_text

MAX_DEPTH = 30  # deeper MIME trees are hostile or broken; their inner parts are ignored
MAX_PARTS = 500
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_SPACES = re.compile(r"\s{2,}")
_BULK_PRECEDENCE = ("bulk", "list", "junk")


class MalformedMessage(ValueError):
    """Raised when the bytes hold nothing readable as an email."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ParsedMessage:
    """The readable parts of one email; every field is safe to display or analyse."""

    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    subject: str
    from_name: str
    from_addr: str
    to_addrs: tuple[str, ...]
    date: datetime | None
    text: str
    html: str
    attachments: tuple[tuple[str, int], ...]
    defects: tuple[str, ...]
    # True when list/bulk headers (List-Unsubscribe, List-Id, Precedence: bulk) mark mass mail.
    bulk: bool = False


def parse_message(raw: bytes, body_cap: int = 256_000) -> ParsedMessage:
    """Parse raw email bytes; never raises except MalformedMessage for non-email input."""
    if not raw or not raw.strip():
        raise MalformedMessage("empty input")
    try:
        msg = message_from_bytes(raw, policy=policy.default)
    except Exception as exc:  # the stdlib parser is lenient, but be sure
        raise MalformedMessage(f"unparseable: {exc.__class__.__name__}") from exc
    headers = _raw_headers(msg)
    if not headers:
        raise MalformedMessage("no email headers found")
    defects: list[str] = []
    text_parts, html_parts, attachments = _collect_parts(msg, body_cap, defects)
    html = "\n".join(html_parts)[:body_cap]
    text = "\n\n".join(t for t in text_parts if t.strip())
    if not text.strip() and html:
        text = html_to_text(html)
    if len(text) > body_cap:
        defects.append("body truncated")
        text = text[:body_cap]
    name, addr = _first_address(headers.get("from", ""))
    return ParsedMessage(
        message_id=_msgid(headers.get("message-id", "")),
        in_reply_to=_msgid(headers.get("in-reply-to", "")),
        references=tuple(re.findall(r"<[^<>\s]+>", headers.get("references", ""))),
        subject=headers.get("subject", ""),
        from_name=name,
        from_addr=addr,
        to_addrs=_all_addresses(headers.get("to", "") + "," + headers.get("cc", "")),
        date=_parse_date(headers.get("date", ""), defects),
        text=text,
        html=html,
        attachments=tuple(attachments),
        defects=tuple(dict.fromkeys(defects)),
        bulk=_is_bulk(headers),
    )


def _raw_headers(msg: Message) -> dict[str, str]:
    """Decode each header ourselves: policy.default's header objects can raise on junk."""
    out: dict[str, str] = {}
    try:
        items = msg.raw_items()
    except Exception:
        return out
    for name, value in items:
        key = str(name).strip().lower()
        if key and key not in out:
            out[key] = decode_header_value(str(value))
    return out


def decode_header_value(value: str) -> str:
    """Decode RFC 2047 words, tolerate bad charsets, and strip CR/LF (header injection)."""
    value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    try:
        pieces = decode_header(value)
    except Exception:
        pieces = [(value, None)]
    words = []
    for chunk, charset in pieces:
        words.append(chunk if isinstance(chunk, str) else decode_bytes(chunk, charset))
    joined = "".join(words) if len(pieces) > 1 else (words[0] if words else "")
    return _SPACES.sub(" ", _CONTROL.sub(" ", joined)).strip()


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset, falling back to utf-8 then cp1252/latin-1."""
    name = (charset or "").strip().strip("\"'").lower() or "utf-8"
    try:
        codecs.lookup(name)
    except LookupError:
        name = ""
    if name and name not in ("us-ascii", "ascii", "utf-8", "utf8"):
        return data.decode(name, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Mis-declared or unknown charsets are nearly always Windows-1252 in practice.
        return data.decode("cp1252", "replace") if _cp1252_ok(data) else data.decode("latin-1")


def _cp1252_ok(data: bytes) -> bool:
    return not any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _collect_parts(msg: Message, cap: int, defects: list[str]):
    """Walk the MIME tree iteratively (depth-capped); gather text, html and attachments."""
    texts: list[str] = []
    htmls: list[str] = []
    attachments: list[tuple[str, int]] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        defects.extend(d.__class__.__name__ for d in getattr(part, "defects", ()))
        if seen > MAX_PARTS:
            defects.append("too many parts")
            break
        # The raw payload keeps 8-bit bytes as surrogates; get_payload() would decode them lossily.
        payload = getattr(part, "_payload", None) if not _is_multipart(part) else None
        if _is_multipart(part):
            if depth >= MAX_DEPTH:
                defects.append("nesting too deep")
                continue
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((c, depth + 1) for c in reversed(children) if isinstance(c, Message))
            continue
        _take_leaf(part, payload, cap, texts, htmls, attachments, defects)
    return texts, htmls, attachments


def _is_multipart(part: Message) -> bool:
    try:
        return part.is_multipart()
    except Exception:
        return False


def _take_leaf(part, payload, cap, texts, htmls, attachments, defects) -> None:
    ctype = _safe(part.get_content_type, "text/plain").lower()
    disposition = (_safe(part.get_content_disposition, None) or "").lower()
    filename = _filename(part)
    if ctype == "message/rfc822" or isinstance(payload, list):
        return  # an attached message: its parts were already queued by the walker
    if ctype.startswith("multipart/"):
        defects.append("broken multipart")  # boundary missing: salvage the readable lines
        texts.append(_salvage(_decode_payload(part, payload, cap * 2, defects)))
        return
    if disposition == "attachment" or filename or not ctype.startswith("text/"):
        attachments.append((filename or ctype, _encoded_size(part, payload)))
        return
    if ctype not in ("text/plain", "text/html"):
        return
    if len("".join(texts)) >= cap and ctype == "text/plain":
        return
    body = _decode_payload(part, payload, cap * 2, defects)
    (htmls if ctype == "text/html" else texts).append(body)


_MIME_LINE = re.compile(r"^(?:--\S*|content-[\w-]+:.*|mime-version:.*|[ \t]+\w+=.*)$", re.I | re.M)


def _salvage(body: str) -> str:
    return _MIME_LINE.sub("", body)


def _safe(func, default):
    try:
        return func()
    except Exception:
        return default


def _filename(part: Message) -> str:
    name = _safe(part.get_filename, None)
    return decode_header_value(str(name)) if name else ""


def _encoded_size(part: Message, payload) -> int:
    """Size of the decoded attachment, estimated from the encoded text without decoding it."""
    if not isinstance(payload, str):
        return 0
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    if cte == "base64":
        junk = payload.count("\n") + payload.count("\r") + payload.count(" ") + payload.count("=")
        return max(0, (len(payload) - junk) * 3 // 4)
    return len(payload)


def _decode_payload(part: Message, payload, limit: int, defects: list[str]) -> str:
    """Decode a text part's transfer encoding and charset, reading at most `limit` chars."""
    if not isinstance(payload, str):
        return ""
    if len(payload) > limit:
        defects.append("body truncated")
        payload = payload[:limit]
    data = payload.encode("ascii", "surrogateescape") if payload.isascii() else _to_bytes(payload)
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    if cte == "base64":
        data = _b64(data, defects)
    elif cte == "quoted-printable":
        data = quopri.decodestring(data)
    charset = _safe(part.get_content_charset, None)
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            defects.append(f"unknown charset {charset[:40]}")
    return decode_bytes(data, charset).replace("\r\n", "\n").replace("\r", "\n")


def _to_bytes(payload: str) -> bytes:
    try:
        return payload.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return payload.encode("utf-8", "replace")


def _b64(data: bytes, defects: list[str]) -> bytes:
    body = data.split(b"=", 1)[0]  # padding ends the data; anything after it is junk
    cleaned = re.sub(rb"[^A-Za-z0-9+/]", b"", body)
    if len(cleaned) % 4 == 1:
        cleaned = cleaned[:-1]
    if len(cleaned) * 3 < len(re.sub(rb"\s", b"", body)) * 2 or len(cleaned) % 4 == 1:
        defects.append("invalid base64")
    cleaned += b"=" * (-len(cleaned) % 4)
    try:
        return binascii.a2b_base64(cleaned)
    except (binascii.Error, ValueError):
        defects.append("invalid base64")
        return b""


def _msgid(value: str) -> str:
    found = re.search(r"<[^<>\s]+>", value)
    return found.group(0) if found else value.strip()[:200]


def _first_address(value: str) -> tuple[str, str]:
    pairs = _pairs(value)
    return pairs[0] if pairs else (value.strip()[:200], "")


def _all_addresses(value: str) -> tuple[str, ...]:
    return tuple(addr for _, addr in _pairs(value) if addr)


def _pairs(value: str) -> list[tuple[str, str]]:
    try:
        pairs = getaddresses([value])
    except Exception:
        return []
    return [(n.strip(), a.strip().lower()) for n, a in pairs if a and "@" in a]


def _parse_date(value: str, defects: list[str]) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except Exception:
        defects.append("unreadable date")
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _is_bulk(headers: dict[str, str]) -> bool:
    if "list-unsubscribe" in headers or "list-id" in headers:
        return True
    return headers.get("precedence", "").strip().lower() in _BULK_PRECEDENCE
