"""Chromium drives debriefs and feedback: live flags, patterns, a request, the employer form."""

import datetime as dt
import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from nextround.analysis.action_plan import next_step
from nextround.analysis.tone import check_tone
from nextround.applications.models import Interview
from nextround.applications.tests.factories import ApplicationFactory
from nextround.debriefs import actions as debrief_actions
from nextround.debriefs.models import Debrief, FlagReview
from nextround.feedback import actions as feedback_actions
from nextround.feedback import employer
from nextround.feedback.models import Feedback, FeedbackRequest
from nextround.feedback.plan import record_feedback
from nextround.feedback.tests.factories import recruiter, rejected_application
from nextround.tests.conftest import log_in
from nextround.tests.test_browser import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOTES = (
    "Got there 20 mins late because of the trains, then moaned about my current manager when "
    "they asked why I'm leaving. My phone was definitely off."
)
LATE, CRITICISED, PHONE = "Arrived late", "Criticised a past or current employer", "Phone not off"
BOTH = {"late_arrival", "criticised_employer"}
FIRST_ANALYSIS_MS = 15_000  # the first analysis loads the notes model; CI has 2 slow cores


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """The employer form counts requests per IP in the shared cache; start each test at zero."""
    cache.clear()
    yield
    cache.clear()


def past_interview(user, company: str, days_ago: int) -> Interview:
    """An interview days_ago for a new Data Analyst application at company."""
    app = ApplicationFactory(
        owner=user, company__name=company, role_title="Data Analyst", stage="interviewing"
    )
    starts_at = timezone.now() - dt.timedelta(days=days_ago)
    return Interview.objects.create(owner=user, application=app, starts_at=starts_at)


def statuses(interview: Interview) -> dict[str, str]:
    """The stored review status of each flag on the interview's debrief."""
    reviews = FlagReview.objects.filter(debrief__interview=interview)
    return {r.flag: r.status for r in reviews}


def flag_row(page, label: str):
    """The checklist row holding the checkbox labelled label."""
    return page.locator(".check-row").filter(has=page.get_by_label(label, exact=True))


def type_more(page, field, text: str) -> None:
    """Type text at the end of field and wait until htmx has swapped in a fresh checklist."""
    # The old checklist is marked; the swap replaces it with an unmarked one.
    page.locator("#checklist").evaluate("el => el.dataset.stale = '1'")
    field.press("Control+End")
    field.press_sequentially(text)
    expect(page.locator("#checklist[data-stale]")).to_have_count(0)
    expect(page.locator("#checklist")).to_be_visible()


def test_typed_notes_tick_the_mistakes_they_show_and_three_debriefs_make_a_pattern(
    page, live_server, user
):
    url = live_server.url
    earlier = [past_interview(user, name, days) for name, days in (("Globex", 9), ("Initech", 5))]
    for interview in earlier:
        debrief_actions.save_debrief(
            user, interview.pk, answers={"notes": NOTES}, ticked=BOTH, seen=BOTH
        )
    latest = past_interview(user, "Hooli", 1)
    log_in(page, url)

    page.get_by_role("link", name=re.compile("at Hooli: debrief it")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Debrief: Data Analyst at Hooli")
    page.evaluate("window.stillThisPage = true")
    page.get_by_label("Notes:", exact=True).fill(NOTES)
    expect(page.get_by_label(LATE, exact=True)).to_be_checked(timeout=FIRST_ANALYSIS_MS)
    expect(page.get_by_label(CRITICISED, exact=True)).to_be_checked()
    expect(flag_row(page, LATE).locator("q")).to_contain_text("Got there 20 mins late")
    expect(flag_row(page, CRITICISED).locator("q")).to_contain_text("moaned about my current")
    expect(page.get_by_label(PHONE, exact=True)).not_to_be_checked()
    expect(flag_row(page, PHONE).locator(".evidence")).to_have_count(0)
    assert page.evaluate("window.stillThisPage") is True
    assert not Debrief.objects.filter(interview=latest).exists()  # nothing saved while typing

    page.get_by_role("button", name="Save debrief").click()
    expect(page.locator(".messages")).to_contain_text("Debrief saved.")
    assert statuses(latest) == {"late_arrival": "confirmed", "criticised_employer": "confirmed"}

    page.get_by_role("link", name="Dashboard", exact=True).click()
    panel = page.locator("section").filter(has=page.locator("#patterns-heading"))
    expect(panel).to_contain_text("Arrived late in 3 of your last 3 interviews.")
    expect(panel).to_contain_text(f"{CRITICISED} in 3 of your last 3 interviews.")

    page.get_by_role("link", name="Patterns", exact=True).click()
    row = page.locator(".patterns li").filter(has_text="Arrived late in 3 of your last 3")
    links = row.get_by_role("link")
    expect(links).to_have_count(3)
    hrefs = {links.nth(i).get_attribute("href") for i in range(3)}
    assert hrefs == {reverse("debrief_edit", args=[i.pk]) for i in [*earlier, latest]}
    row.get_by_role("link", name=re.compile("Globex")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Debrief: Data Analyst at Globex")


def test_an_unticked_suggestion_is_dismissed_and_more_typing_does_not_tick_it_again(
    page, live_server, user
):
    interview = past_interview(user, "Globex", 2)
    log_in(page, live_server.url)
    page.goto(f"{live_server.url}{reverse('debrief_edit', args=[interview.pk])}")
    notes = page.get_by_label("Notes:", exact=True)
    criticised = page.get_by_label(CRITICISED, exact=True)
    notes.fill(NOTES)
    expect(criticised).to_be_checked(timeout=FIRST_ANALYSIS_MS)

    criticised.uncheck()
    type_more(page, notes, " They will call next week.")
    expect(criticised).not_to_be_checked()
    expect(page.get_by_label(LATE, exact=True)).to_be_checked()
    page.get_by_role("button", name="Save debrief").click()
    expect(page.locator(".messages")).to_contain_text("Debrief saved.")
    assert statuses(interview) == {"late_arrival": "confirmed", "criticised_employer": "dismissed"}

    expect(criticised).not_to_be_checked()
    expect(flag_row(page, CRITICISED)).to_contain_text("You dismissed this suggestion")
    type_more(page, notes, " I would still apply again.")
    expect(criticised).not_to_be_checked()
    page.get_by_role("button", name="Save debrief").click()
    expect(page.locator(".messages")).to_contain_text("Debrief saved.")
    assert statuses(interview)["criticised_employer"] == "dismissed"
    assert Debrief.objects.get(interview=interview).notes.endswith("I would still apply again.")


def test_a_rejection_becomes_a_request_and_the_employer_form_answer_becomes_a_plan(
    browser, page, live_server, user
):
    url = live_server.url
    user.first_name = "Alex"
    user.save()
    app = rejected_application(user, role_title="Data Analyst", company__name="Acme")
    recruiter(app)
    debrief_actions.save_debrief(
        user, app.interviews.get().pk, answers={"notes": NOTES}, ticked={"late_arrival"}
    )
    log_in(page, url)
    page.goto(f"{url}{app.get_absolute_url()}")
    panel = page.locator("section").filter(has=page.locator("#feedback-heading"))
    expect(panel).to_contain_text("Suggested recipient: priya@acme.test")
    expect(panel.locator(".recipient-reason")).to_contain_text("Priya Shah is the recruiter")
    panel.get_by_label("Template").select_option(label="Ask about what you are working on")
    panel.get_by_role("button", name="Draft a feedback request").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Feedback request: Data Analyst at Acme"
    )
    req = FeedbackRequest.objects.get(application=app)
    assert (req.state, req.template, req.to_address) == ("draft", "focused", "priya@acme.test")
    expect(page.locator(".recipient-reason")).to_contain_text("Priya Shah is the recruiter")
    body = page.get_by_label("Message:", exact=True)
    expect(body).to_have_value(re.compile("working on my preparation on the day"))
    tone = page.locator("#tone-results")
    expect(tone).to_contain_text("nothing to change")
    drafted = body.input_value()
    body.fill(drafted.replace("\n\n", "\n\nWhy was I rejected? ", 1))
    issue = next(i for i in check_tone("Why was I rejected?") if "rejected" in i.text)
    expect(tone).to_contain_text(f"“{issue.text}")
    expect(tone).to_contain_text(issue.explanation)
    body.fill(drafted)  # the user takes the advice
    expect(tone).to_contain_text("nothing to change")

    mailto = page.get_by_role("link", name="Open the saved draft in my mail app").get_attribute(
        "href"
    )
    parts = urlsplit(mailto)
    assert (parts.scheme, parts.path) == ("mailto", "priya@acme.test")
    assert parse_qs(parts.query)["body"] == [req.body]
    page.get_by_role("button", name="Create a private form link").click()
    expect(page.locator(".messages")).to_contain_text("Form link created")
    link = page.locator("#form-link").inner_text()
    page.get_by_role("button", name="I sent it myself — mark as sent").click()
    expect(page.locator("#request-state")).to_have_text("Sent")
    req.refresh_from_db()
    assert (req.state, req.sent_via) == ("sent", "manual")

    answer_employer_form(browser, link)

    page.goto(f"{url}{app.get_absolute_url()}")
    expect(panel.locator(".badge").first).to_have_text("Replied")
    received = panel.locator(".feedback-item")
    expect(received).to_contain_text("Employer form")
    expect(received).to_contain_text("Communication: 2/5")
    for theme in ("Communication", "Examples"):
        expect(received.locator(".badge", has_text=theme)).to_be_visible()
    assert Feedback.objects.get(application=app).scores == {
        "communication": 2,
        "examples": 1,
        "experience": 5,
    }

    page.get_by_role("link", name="Action plan", exact=True).click()
    items = page.locator(".action-item")
    for theme in ("communication", "examples"):
        item = items.filter(has_text=next_step(theme))
        expect(item).to_have_count(1)
        expect(item.get_by_role("link", name="Acme (employer form)")).to_be_visible()


def answer_employer_form(browser, link: str) -> None:
    """The employer, with no account, scores three areas, comments and sends; once only."""
    context = browser.new_context()
    try:
        form = context.new_page()
        form.goto(link)
        expect(form.get_by_role("heading", level=1)).to_have_text("One minute of feedback for Alex")
        expect(form.locator("main")).to_contain_text("Role: Data Analyst")
        expect(form.locator("main")).not_to_contain_text("Acme")
        for area, score in (("Communication", "2"), ("Examples", "1"), ("Experience", "5")):
            form.get_by_role("group", name=area, exact=True).get_by_label(score).check()
        form.get_by_label("Comments").fill("More concrete examples from past projects, please.")
        form.get_by_role("button", name="Send feedback").click()
        expect(form.get_by_role("heading", level=1)).to_have_text("Thank you")
        form.goto(link)
        expect(form.locator("main")).to_contain_text("already been answered")
    finally:
        context.close()


def reflection_data(user) -> dict[str, tuple[str, str]]:
    """A pattern, a debrief to fill, a request with a tone issue, a plan: each page and its text."""
    done = [past_interview(user, name, days) for name, days in (("Globex", 9), ("Initech", 5))]
    for interview in done:
        debrief_actions.save_debrief(
            user, interview.pk, answers={"notes": NOTES}, ticked=BOTH, seen=BOTH
        )
    app = rejected_application(user, role_title="Data Analyst", company__name="Acme")
    recruiter(app)
    rejected_application(user, role_title="Archivist", company__name="Hedges Ltd")
    req = feedback_actions.create_request(user, app.pk)
    body = req.body.replace("\n\n", "\n\nWhy was I rejected? ", 1)
    feedback_actions.save_draft(user, req.pk, subject=req.subject, body=body)
    text = "Your examples were vague. In the end they chose a stronger candidate."
    record_feedback(user, app, source="pasted", text=text, scores={"communication": 2})
    return {
        "empty debrief": (reverse("debrief_edit", args=[app.interviews.get().pk]), "Notes"),
        "saved debrief": (reverse("debrief_edit", args=[done[0].pk]), "Review the flags"),
        "patterns": (reverse("patterns"), "Arrived late in 2 of your last 2 interviews."),
        "feedback list": (reverse("feedback_list"), "Archivist at Hedges Ltd"),
        "feedback request": (reverse("feedback_request", args=[req.pk]), "“Why was I rejected"),
        "action plan": (reverse("action_plan"), next_step("communication")),
        "mail settings": (reverse("feedback_smtp"), "Outgoing mail"),
        "employer form": (
            reverse("employer_form", args=[employer.form_token(req)]),
            "One minute of feedback",
        ),
    }


def test_axe_finds_no_serious_problem_in_the_debrief_and_feedback_pages(
    page, live_server, user, axe_script
):
    pages = reflection_data(user)
    failures = {}

    def visit_and_check(name: str) -> None:
        path, text = pages[name]
        page.goto(f"{live_server.url}{path}")
        # The content must be there, or axe would pass an empty page.
        expect(page.locator("main")).to_contain_text(text)
        check(name)

    def check(name: str) -> None:
        found = serious_violations(page, axe_script)
        if found:
            failures[name] = found

    log_in(page, live_server.url)
    visit_and_check("empty debrief")
    page.get_by_label("Notes:", exact=True).fill(NOTES)
    expect(page.get_by_label(LATE, exact=True)).to_be_checked(timeout=FIRST_ANALYSIS_MS)
    check("debrief with suggestions")
    for name in [n for n in pages if n not in ("empty debrief", "employer form")]:
        visit_and_check(name)
    page.context.clear_cookies()  # the employer has no account
    visit_and_check("employer form")
    assert not failures, json.dumps(failures, indent=1)
