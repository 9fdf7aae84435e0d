"""Parsing of well-formed and hostile mail: never crash, record defects, keep what is readable."""

from __future__ import annotations

import base64
import random
from datetime import UTC

import pytest

from nextround.analysis.htmltext import html_to_text
from nextround.analysis.mime import MalformedMessage, ParsedMessage, parse_message

HEAD = b"From: Acme Careers <jobs@acme.example>\r\nTo: sam@example.com\r\nSubject: Hello\r\n"


def _nested(depth: int) -> bytes:
    parts = [HEAD + b"MIME-Version: 1.0\r\n"]
    for level in range(depth):
        parts.append(
            f'Content-Type: multipart/mixed; boundary="b{level}"\r\n\r\n--b{level}\r\n'.encode()
        )
    parts.append(b"Content-Type: text/plain\r\n\r\ndeep text\r\n")
    for level in reversed(range(depth)):
        parts.append(f"--b{level}--\r\n".encode())
    return b"".join(parts)


def _hostile(seed: int) -> bytes:
    rng = random.Random(seed)
    kind = seed % 10
    if kind == 0:
        return (
            HEAD + b'Content-Type: multipart/mixed; boundary="zz"\r\n\r\n--yy\r\nContent-Type: '
            b"text/plain\r\n\r\nbody"
        )
    if kind == 1:
        charset = rng.choice(["x-unknown-42", "utf-99", "klingon", '"', "iso-8859-999"])
        return (
            HEAD
            + f"Content-Type: text/plain; charset={charset}\r\n\r\n".encode()
            + bytes(rng.randrange(256) for _ in range(80))
        )
    if kind == 2:
        return (
            HEAD + b"Content-Type: text/plain\r\nContent-Transfer-Encoding: "
            b"base64\r\n\r\n!!!not*base64%%%" + bytes([rng.randrange(33, 127)]) * 7
        )
    if kind == 3:
        return _nested(rng.randint(40, 200))
    if kind == 4:
        return (
            b"From: a@b.example\r\nSubject: hi\r\n injected\r\nBcc: victim@example.com\r\n\r\nbody"
        )
    if kind == 5:
        return (
            HEAD + b"Content-Type: text/html\r\n\r\n<script>alert(1)</script><p "
            b"onclick='x()'>Hi</p><style>p{}</style>" * rng.randint(1, 20)
        )
    if kind == 6:
        return (
            HEAD
            + b"Subject: =?utf-8?B?!!!?= =?bogus?Q?=ZZ?=\r\nDate: not a date at all\r\n\r\nbody"
        )
    if kind == 7:
        return (
            bytes(rng.randrange(1, 256) for _ in range(rng.randint(1, 400))).replace(b"\n", b"")
            + b"\n\n"
        )
    if kind == 8:
        return HEAD + b"Content-Type: multipart/alternative\r\n\r\nno boundary parameter at all\r\n"
    return (
        HEAD + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
        b"quoted-printable\r\n\r\n=ZZ=C3=A9=\r\n=E2=82"
    )


@pytest.mark.parametrize("seed", range(120))
def test_a_hostile_message_never_crashes_the_parser(seed):
    raw = _hostile(seed)
    try:
        parsed = parse_message(raw)
    except MalformedMessage as exc:
        assert exc.reason
        return
    assert isinstance(parsed, ParsedMessage)
    assert "\n" not in parsed.subject and "\r" not in parsed.subject
    assert "<script" not in parsed.text


def test_plain_text_headers_and_date_are_decoded():
    raw = (
        b"From: =?utf-8?Q?Jos=C3=A9_at_Acme?= <jose@acme.example>\r\nTo: a@x.example, "
        b"b@y.example\r\n"
        b"Subject: =?iso-8859-1?Q?Caf=E9_interview?=\r\nDate: Tue, 5 Mar 2024 10:00:00 +0100\r\n"
        b"Message-ID: <m1@acme.example>\r\nIn-Reply-To: <m0@acme.example>\r\nReferences: <a@x> "
        b"<m0@acme.example>\r\n\r\nHi"
    )
    parsed = parse_message(raw)
    assert parsed.from_name == "José at Acme" and parsed.from_addr == "jose@acme.example"
    assert parsed.subject == "Café interview"
    assert parsed.to_addrs == ("a@x.example", "b@y.example")
    assert parsed.date.utcoffset().total_seconds() == 3600
    assert (
        parsed.references == ("<a@x>", "<m0@acme.example>")
        and parsed.in_reply_to == "<m0@acme.example>"
    )


def test_a_date_without_zone_becomes_utc_aware():
    parsed = parse_message(HEAD + b"Date: Tue, 5 Mar 2024 10:00:00 -0000\r\n\r\nx")
    assert parsed.date.tzinfo is not None and parsed.date.utcoffset() == UTC.utcoffset(None)


def test_header_injection_is_flattened_to_one_line():
    parsed = parse_message(
        b"From: a@b.example\r\nSubject: hi\r\n injected\r\nTo: c@d.example\r\n\r\nbody"
    )
    assert parsed.subject == "hi injected"


def test_a_fifty_megabyte_attachment_is_sized_not_decoded():
    blob = base64.encodebytes(b"\0" * (50 * 1024 * 1024))
    raw = (
        HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
        b"Content-Type: text/plain\r\n\r\nSee attached CV.\r\n--B\r\nContent-Type: "
        b"application/pdf\r\n"
        b'Content-Disposition: attachment; filename="cv.pdf"\r\nContent-Transfer-Encoding: '
        b"base64\r\n\r\n" + blob + b"\r\n--B--\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.text.strip() == "See attached CV."
    name, size = parsed.attachments[0]
    assert name == "cv.pdf" and abs(size - 50 * 1024 * 1024) < 4


def test_nesting_two_hundred_deep_is_capped_and_recorded():
    parsed = parse_message(_nested(200))
    assert "nesting too deep" in parsed.defects


def test_shallow_nesting_still_reaches_the_text():
    assert parse_message(_nested(5)).text.strip() == "deep text"


def test_an_unknown_charset_falls_back_and_is_recorded():
    raw = HEAD + b"Content-Type: text/plain; charset=x-martian\r\n\r\ncaf\xc3\xa9"
    parsed = parse_message(raw)
    assert parsed.text == "café"
    assert any("unknown charset" in d for d in parsed.defects)


def test_mislabelled_latin1_text_is_read_as_windows_1252():
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\nna\xefve \x93quote\x94"
    assert parse_message(raw).text == "naïve “quote”"


def test_invalid_base64_is_recorded_and_partial_text_kept():
    raw = HEAD + b"Content-Transfer-Encoding: base64\r\n\r\nSGVsbG8gd29ybGQ=!!!@@@"
    parsed = parse_message(raw)
    assert parsed.text.startswith("Hello world")


def test_unpadded_base64_keeps_its_last_bytes():
    raw = HEAD + b"Content-Transfer-Encoding: base64\r\n\r\nU2lsdmVybGluZSBNZWRpYQ"
    assert parse_message(raw).text == "Silverline Media"


def test_html_only_mail_gets_text_without_scripts():
    raw = (
        HEAD + b"Content-Type: text/html\r\n\r\n<p>Hi Sam</p><script>steal()</script><p>We&rsquo;d "
        b"like to <a href='x'>meet</a></p>"
    )
    parsed = parse_message(raw)
    assert parsed.text == "Hi Sam\n\nWe\u2019d like to meet"
    assert "<script>" in parsed.html  # raw HTML is kept for the sanitiser, never rendered as-is


def test_plain_text_is_preferred_over_html_in_alternative_mail():
    raw = (
        HEAD + b'Content-Type: multipart/alternative; boundary="A"\r\n\r\n--A\r\nContent-Type: '
        b"text/plain\r\n\r\n"
        b"plain version\r\n--A\r\nContent-Type: text/html\r\n\r\n<p>html version</p>\r\n--A--\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.text.strip() == "plain version" and "html version" in parsed.html


def test_a_broken_boundary_still_yields_the_readable_lines():
    raw = (
        HEAD + b'Content-Type: multipart/mixed; boundary="zz"\r\n\r\n--yy\r\nContent-Type: '
        b"text/plain\r\n\r\nreadable"
    )
    parsed = parse_message(raw)
    assert "readable" in parsed.text and "Content-Type" not in parsed.text


def test_list_headers_mark_bulk_mail():
    assert parse_message(HEAD + b"List-Unsubscribe: <mailto:u@x>\r\n\r\nnews").bulk
    assert parse_message(HEAD + b"Precedence: bulk\r\n\r\nnews").bulk
    assert not parse_message(HEAD + b"\r\nhello").bulk


@pytest.mark.parametrize(
    "raw", [b"", b"   \n\n", b"%PDF-1.4 binary junk\x00\x01", b"just a sentence with no headers"]
)
def test_bytes_that_are_not_an_email_raise_malformed_message(raw):
    with pytest.raises(MalformedMessage):
        parse_message(raw)


def test_body_cap_truncates_long_text_and_says_so():
    parsed = parse_message(HEAD + b"\r\n" + b"word " * 10_000, body_cap=1000)
    assert len(parsed.text) <= 1000 and "body truncated" in parsed.defects


def test_html_to_text_keeps_lines_lists_and_quotes():
    text = html_to_text(
        "<div>One<br>Two</div><ul><li>a</li><li>b</li></ul><blockquote>old reply</blockquote>"
    )
    assert text.split("\n")[:2] == ["One", "Two"]
    assert "- a" in text and "- b" in text and "> old reply" in text
