"""A generated corpus of broken and hostile mail, each with a unique Message-ID."""

import base64

GOOD_HEADERS = (
    "From: Acme Talent <talent@acme.example>\r\nTo: alex@example.test\r\n"
    "Date: Mon, 16 Nov 2026 10:00:00 +0000\r\nMessage-ID: <{mid}@hostile.example>\r\n"
)


def _head(mid: str, subject: str = "Your application") -> str:
    return GOOD_HEADERS.format(mid=mid) + f"Subject: {subject}\r\nMIME-Version: 1.0\r\n"


def broken_boundary(n: int) -> bytes:
    return (
        _head(f"boundary-{n}") + 'Content-Type: multipart/mixed; boundary="declared"\r\n\r\n'
        "--other-boundary\r\nContent-Type: text/plain\r\n\r\nThe body under a wrong boundary.\r\n"
        "--other-boundary--\r\n"
    ).encode()


def unknown_charset(n: int) -> bytes:
    return (
        _head(f"charset-{n}", f"=?x-klingon-{n}?q?Qapla=E9?=")
        + f"Content-Type: text/plain; charset=x-unknown-{n}\r\n\r\n"
    ).encode() + b"Caf\xe9 \xff\xfe interview invitation\r\n"


def invalid_base64(n: int) -> bytes:
    return (
        _head(f"b64-{n}") + "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n!!!!not*base64$$$$\r\n====\r\nQUJD"
        + "%" * n
        + "\r\n"
    ).encode()


def deep_nesting(n: int, depth: int = 80) -> bytes:
    head = _head(f"nested-{n}")
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)
    )
    closing = "".join(f"\r\n--b{i}--" for i in reversed(range(depth)))
    return (head + opening + "Content-Type: text/plain\r\n\r\ndeep" + closing + "\r\n").encode()


def header_injection(n: int) -> bytes:
    evil = base64.b64encode(f"Hello {n}\r\nBcc: victim@example.test\r\n\r\nInjected".encode())
    return (
        _head(f"inject-{n}", f"=?utf-8?b?{evil.decode()}?=")
        + "Content-Type: text/plain\r\n\r\nPlain body.\r\n"
    ).encode()


def script_html(n: int) -> bytes:
    return (
        _head(f"script-{n}") + "Content-Type: text/html; charset=utf-8\r\n\r\n"
        f"<html><body onload=alert({n})><script>alert('x')</script><form action=//evil>"
        "<input name=p></form><img src=http://tracker.example/p.gif>"
        "<p>We would like to invite you to an interview.</p></body></html>\r\n"
    ).encode()


def not_an_email(n: int) -> bytes:
    return f"this line has no header colon {n}\r\nand neither does this one\r\n".encode()


def bad_date_and_addresses(n: int) -> bytes:
    return (
        "From: <<<@@@>>>\r\nTo: ,,,;;;\r\nDate: the day after tomorrow\r\n"
        f"Message-ID: <date-{n}@hostile.example>\r\nSubject: odd {n}\r\n\r\nbody\r\n"
    ).encode()


def huge_attachment(mid: str, megabytes: int) -> bytes:
    """A message with one base64 attachment of the given size."""
    line = base64.b64encode(b"\x00" * 57) + b"\r\n"  # 76 chars per line, as encoders write
    body = line * (megabytes * 1024 * 1024 // 57)
    return (
        _head(mid).encode() + b'Content-Type: multipart/mixed; boundary="att"\r\n\r\n'
        b"--att\r\nContent-Type: text/plain\r\n\r\nPlease find the contract attached.\r\n"
        b"--att\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
        b'filename="contract.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + body
        + b"--att--\r\n"
    )


KINDS = (
    broken_boundary,
    unknown_charset,
    invalid_base64,
    deep_nesting,
    header_injection,
    script_html,
    not_an_email,
    bad_date_and_addresses,
)


def hostile_corpus(per_kind: int = 13) -> list[tuple[str, bytes]]:
    """per_kind messages of each hostile kind, labelled by the generator's name."""
    return [(make.__name__, make(n)) for make in KINDS for n in range(per_kind)]
