"""Hostile HTML never reaches a page: no scripts, handlers, javascript: or remote images."""

import re

import pytest
from django.urls import reverse

from nextround.mailboxes.models import MailMessage
from nextround.mailboxes.sanitize import clean_html
from nextround.mailboxes.tests.mails import deliver, employer

HOSTILE = """
<html><head><style>body{background:url(https://t.example/bg)}</style>
<script>alert('head')</script><meta http-equiv="refresh" content="0;url=https://evil.example"></head>
<body onload="alert('body')">
<p>Dear Alex, <b>unfortunately</b> we will not move forward.</p>
<SCRIPT src="https://evil.example/x.js"></SCRIPT>
<img src="https://tracker.example/open.gif" onerror="alert('img')">
<img src="data:image/png;base64,iVBORw0KGgo=" alt="logo">
<a href="javascript:alert('link')">click</a> <a href="https://acme.example/jobs">Jobs</a>
<a href="JaVaScRiPt&colon;alert(1)">sneaky</a>
<svg><script>alert('svg')</script></svg><iframe src="https://evil.example"></iframe>
<form action="https://evil.example"><input name="password"><button>Go</button></form>
<div style="position:fixed" onclick="alert('div')">styled</div>
<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')></style></mglyph>
</table></mtext></math>
</body></html>
"""


def assert_harmless(html: str) -> None:
    lowered = html.lower()
    assert "<script" not in lowered
    assert not re.search(r"\son\w+\s*=", lowered)
    assert "javascript:" not in lowered and "javascript&colon;" not in lowered
    assert "<iframe" not in lowered and "<form" not in lowered and "<input" not in lowered
    assert "<style" not in lowered and "style=" not in lowered and "<meta" not in lowered
    assert "tracker.example" not in lowered and "evil.example" not in lowered


def test_clean_html_keeps_the_text_and_safe_links_only():
    html = clean_html(HOSTILE)

    assert_harmless(html)
    assert "we will not move forward" in html
    assert 'href="https://acme.example/jobs"' in html
    assert 'rel="noopener noreferrer nofollow"' in html and 'target="_blank"' in html
    assert 'src="data:image/png;base64,iVBORw0KGgo="' in html


@pytest.mark.django_db
def test_a_script_laden_html_message_reaches_the_page_harmless(logged_in, user, tmp_path):
    deliver(user, tmp_path, employer(1, html=HOSTILE))
    message = MailMessage.objects.get(owner=user)
    assert "<script" in message.html.lower()  # stored raw, sanitised only for display

    page = logged_in.get(reverse("mail_message", args=[message.pk])).content.decode()

    body = page.split('<article class="panel mail-body">', 1)[1]
    assert_harmless(body)
    assert "<b>unfortunately</b> we will not move forward" in body  # the HTML, not the text
    assert page.lower().count("<script") == page.lower().count('<script src="/static/')


@pytest.mark.django_db
def test_plain_text_is_preferred_and_escaped(logged_in, user, tmp_path):
    deliver(user, tmp_path, employer(2))
    message = MailMessage.objects.get(owner=user)
    message.text += "\n<script>alert(1)</script>"
    message.html = "<p>HTML version</p>"
    message.save()

    page = logged_in.get(reverse("mail_message", args=[message.pk])).content.decode()

    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "HTML version" not in page
