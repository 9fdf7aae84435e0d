"""Chromium opens a hostile message: no dialog fires and no script element reaches the page."""

import pytest

from nextround.mailboxes.models import MailMessage
from nextround.mailboxes.tests.mails import deliver, employer
from nextround.tests.conftest import browser_type_launch_args, log_in  # noqa: F401 (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE = """<html><head><script>window.pwned = 'head'; alert('head')</script></head>
<body onload="window.pwned = 'onload'; alert('onload')">
<p>We will not move forward with your application.</p>
<img src="x" onerror="window.pwned = 'img'; alert('img')">
<svg onload="alert('svg')"><script>alert('svg script')</script></svg>
<a id="bad" href="javascript:window.pwned='link';alert('link')">details</a>
<iframe srcdoc="<script>parent.alert('frame')</script>"></iframe>
<details open ontoggle="alert('toggle')"><summary>more</summary></details>
<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')></style></mglyph>
</table></mtext></math>
</body></html>"""


def test_a_hostile_message_page_runs_no_script(page, live_server, user, tmp_path):
    deliver(user, tmp_path, employer(1, html=HOSTILE))
    message = MailMessage.objects.get(owner=user)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(page, live_server.url)

    page.goto(f"{live_server.url}/inbox/messages/{message.pk}/")
    page.wait_for_load_state("load")
    page.locator(".mail-body a", has_text="details").click()
    page.wait_for_timeout(300)

    assert page.locator(".mail-body").inner_text().startswith("We will not move forward")
    assert page.evaluate("document.querySelectorAll('.mail-body script').length") == 0
    assert (
        page.evaluate("document.querySelectorAll('.mail-body iframe, .mail-body svg').length") == 0
    )
    handlers = page.evaluate(
        "[...document.querySelectorAll('.mail-body *')]"
        ".flatMap(el => [...el.attributes].map(a => a.name)).filter(n => n.startsWith('on'))"
    )
    assert handlers == []
    assert page.evaluate("window.pwned") is None
    assert dialogs == []
