"""Attachment names and sizes from an IMAP BODYSTRUCTURE, for mail too large to fetch whole."""

from __future__ import annotations

from nextround.analysis.mime import decode_header_value

MAX_DEPTH = 30  # as in the MIME parser: deeper trees are hostile
MAX_ATTACHMENTS = 200


def _text(value) -> str:
    if isinstance(value, bytes):
        return decode_header_value(value.decode("utf-8", "replace"))
    return decode_header_value(value) if isinstance(value, str) else ""


def _param(params, key: str) -> str:
    """A value from a flat (key, value, key, value) parameter list."""
    if not isinstance(params, tuple | list):
        return ""
    for i in range(0, len(params) - 1, 2):
        if _text(params[i]).lower() == key:
            return _text(params[i + 1])
    return ""


def _disposition(part, index: int) -> tuple[str, str]:
    """(disposition, filename) from the extension field at index, if present."""
    value = part[index] if len(part) > index else None
    if not isinstance(value, tuple | list) or not value:
        return "", ""
    return _text(value[0]).lower(), _param(value[1] if len(value) > 1 else None, "filename")


def _decoded_size(encoding: str, size: int) -> int:
    if encoding != "base64":
        return size
    # Encoders write 76 characters and CRLF per line; 4 characters carry 3 bytes.
    return (size - size // 78 * 2) * 3 // 4


def attachments_from_structure(body) -> list[tuple[str, int]]:
    """(name, approximate decoded size) of each non-text or attached part."""
    found: list[tuple[str, int]] = []
    stack = [(body, 0)]
    while stack and len(found) < MAX_ATTACHMENTS:
        part, depth = stack.pop()
        if not isinstance(part, tuple | list) or not part or depth > MAX_DEPTH:
            continue
        children = _children(part)
        if children is not None:
            stack.extend((child, depth + 1) for child in reversed(children))
            continue
        leaf = _leaf(part, depth, stack)
        if leaf:
            found.append(leaf)
    return found


def _children(part) -> list | None:
    """The parts of a multipart, or None for a leaf.

    imapclient wraps the top level's children in a list; nested ones (inside an attached
    message) arrive raw, as child tuples followed by the subtype.
    """
    if isinstance(part[0], list):
        return part[0]
    if isinstance(part[0], tuple):
        children = []
        for item in part:
            if not isinstance(item, tuple):
                break
            children.append(item)
        return children
    return None


def _leaf(part, depth: int, stack: list) -> tuple[str, int] | None:
    if len(part) < 7:
        return None
    major, minor = _text(part[0]).lower(), _text(part[1]).lower()
    if (major, minor) == ("message", "rfc822") and len(part) > 8:
        stack.append((part[8], depth + 1))  # the attached message's own parts
        return None
    index = 9 if major == "text" else 8  # text parts carry a line count before the extensions
    disposition, filename = _disposition(part, index)
    name = filename or _param(part[2], "name")
    if major == "text" and not name and disposition != "attachment":
        return None  # a body part, not an attachment
    size = part[6] if isinstance(part[6], int) else 0
    return (name or f"{major}/{minor}", _decoded_size(_text(part[5]).lower(), size))
