"""Chromium drives the real app: log in, add, move on the board, read the timeline, filter, axe."""

import json

import pytest
from playwright.sync_api import expect

from nextround.applications import actions
from nextround.applications.models import Application
from nextround.applications.tests.factories import ApplicationFactory
from nextround.tests.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def card_column(page, app_pk: int) -> str:
    """The stage whose board column holds the card of application app_pk."""
    return page.locator(f"#card-{app_pk}").evaluate(
        "card => card.closest('section').querySelector('h2').id.replace('col-', '')"
    )


def wait_for_htmx(page) -> None:
    """Wait until htmx has settled a swap: only then do the new card forms listen for input."""
    page.wait_for_function(
        "!document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"
    )


def test_a_job_seeker_adds_an_application_moves_it_and_reads_its_history(page, live_server, user):
    url = live_server.url
    log_in(page, url)

    page.get_by_role("link", name="New application").first.click()
    page.get_by_label("Company").fill("Globex")
    page.get_by_label("Role title").fill("Data Analyst")
    page.get_by_label("Stage").select_option("applied")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Data Analyst")
    app = Application.objects.get(owner=user)

    page.goto(f"{url}/board/")
    # A marker on window survives htmx swaps but not a page load: it proves no navigation.
    page.evaluate("window.stillThisPage = true")
    for stage in ("screening", "interviewing", "offer"):
        page.locator(f"#move-{app.pk}").select_option(stage)
        expect(page.locator(f"#col-{stage} ~ #card-{app.pk}")).to_be_visible()
        assert card_column(page, app.pk) == stage
        wait_for_htmx(page)
    assert page.evaluate("window.stillThisPage") is True
    expect(page.get_by_role("status").first).to_contain_text("Moved")

    page.get_by_role("link", name="Data Analyst").click()
    timeline = page.locator(".timeline")
    expect(timeline).to_contain_text("Applied → Screening")
    expect(timeline).to_contain_text("Interviewing → Offer")
    page.get_by_label("New note").fill("Offer call on Monday")
    page.get_by_role("button", name="Add note").click()
    expect(page.locator(".timeline li").last).to_contain_text("Offer call on Monday")


def test_a_move_from_a_stale_board_shows_the_refusal_and_the_fresh_board(page, live_server, user):
    app = ApplicationFactory(owner=user, role_title="Archivist")
    log_in(page, live_server.url)
    page.goto(f"{live_server.url}/board/")
    # Meanwhile, in another tab, the application is withdrawn.
    actions.move_application(user, app.pk, "withdrawn")
    page.locator(f"#move-{app.pk}").select_option("offer")
    expect(page.locator(".board-status")).to_contain_text("reopen it before moving it")
    expect(page.locator(f"#col-withdrawn ~ #card-{app.pk}")).to_be_visible()
    assert app.stage_events.count() == 2


def test_the_list_filters_live_and_keeps_the_filters_in_the_url(page, live_server, user):
    ApplicationFactory(owner=user, role_title="Data Analyst", company__name="Globex")
    ApplicationFactory(owner=user, role_title="Gardener", company__name="Hedges Ltd")
    log_in(page, live_server.url)
    page.goto(f"{live_server.url}/applications/")
    rows = page.locator("#results tbody tr")
    expect(rows).to_have_count(2)
    page.evaluate("window.stillThisPage = true")

    page.get_by_label("Search").fill("glob")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Data Analyst")
    page.get_by_label("Stage").select_option("offer")
    expect(rows).to_have_count(0)
    assert page.evaluate("window.stillThisPage") is True
    assert "q=glob" in page.url and "stage=offer" in page.url

    page.reload()
    expect(page.get_by_label("Search")).to_have_value("glob")
    expect(page.get_by_role("heading", name="0 applications")).to_be_visible()


def test_the_board_moves_a_card_with_javascript_turned_off(browser, live_server, user):
    app = ApplicationFactory(owner=user, role_title="Archivist")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        log_in(page, live_server.url)
        page.goto(f"{live_server.url}/board/")
        page.locator(f"#move-{app.pk}").select_option("interviewing")
        page.get_by_role("button", name=f"Move Archivist at {app.company.name}").click()
        page.wait_for_url(f"{live_server.url}/board/")
        assert card_column(page, app.pk) == "interviewing"
        expect(page.locator(".messages")).to_contain_text("Moved")
    finally:
        context.close()
    app.refresh_from_db()
    assert app.stage == "interviewing"


def test_the_pages_fit_a_phone_screen_without_sideways_scrolling(browser, live_server, user):
    app = ApplicationFactory(owner=user, role_title="Senior Data Platform Engineer")
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        log_in(page, live_server.url)
        for path in ("/", "/board/", "/applications/", f"/applications/{app.pk}/"):
            page.goto(f"{live_server.url}{path}")
            # Without the stylesheet the check below would measure unstyled HTML.
            styled = page.evaluate("getComputedStyle(document.querySelector('main')).maxWidth")
            assert styled != "none", "app.css did not load"
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is {width}px wide on a 390px screen"
    finally:
        context.close()


AXE_PAGES = [
    "/",
    "/board/",
    "/applications/",
    "/applications/{pk}/",
    "/applications/new/",
    "/applications/{pk}/edit/",
    "/applications/{pk}/interviews/new/",
    "/companies/",
    "/companies/{company}/",
    "/contacts/new/",
    "/settings/",
    "/login/",
]


def serious_violations(page, axe_script) -> list[dict]:
    """axe-core's serious and critical findings on the current page."""
    page.add_script_tag(path=str(axe_script))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_axe_finds_no_serious_accessibility_problem(page, live_server, user, axe_script):
    app = ApplicationFactory(owner=user)
    failures = {}
    log_in(page, live_server.url)
    for template in AXE_PAGES:
        path = template.format(pk=app.pk, company=app.company.pk)
        if path == "/login/":
            page.context.clear_cookies()
        page.goto(f"{live_server.url}{path}")
        found = serious_violations(page, axe_script)
        if found:
            failures[path] = found
    assert not failures, json.dumps(failures, indent=1)


def test_the_axe_check_reports_an_unlabelled_input(page, axe_script):
    # Proves the harness can fail: a page with a known serious violation.
    page.set_content('<html lang="en"><body><main><input type="text"></main></body></html>')
    assert "label" in [v["id"] for v in serious_violations(page, axe_script)]


def test_axe_finds_no_serious_problem_in_a_form_showing_errors(page, live_server, user, axe_script):
    log_in(page, live_server.url)
    page.goto(f"{live_server.url}/applications/new/")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".errorlist").first).to_be_visible()
    assert serious_violations(page, axe_script) == []
