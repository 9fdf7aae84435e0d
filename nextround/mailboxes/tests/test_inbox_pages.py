"""The inbox in pages: page links, odd page numbers, coming back to the same page, query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from nextround.applications.tests.factories import ApplicationFactory
from nextround.mailboxes.models import Proposal
from nextround.mailboxes.tests.factories import ProposalFactory

pytestmark = pytest.mark.django_db


def inbox(client, **params):
    response = client.get(reverse("inbox"), params)
    assert response.status_code == 200
    return response


def test_the_inbox_shows_25_proposals_a_page_and_links_to_the_next(logged_in, user):
    ProposalFactory.create_batch(30, owner=user)

    response = inbox(logged_in)

    html = response.content.decode()
    assert len(response.context["page"].object_list) == 25
    assert "To review (30)" in html and "Page 1 of 2" in html
    assert 'href="?page=2" rel="next"' in html


def test_page_two_lists_the_oldest_proposals_and_links_back(logged_in, user):
    proposals = ProposalFactory.create_batch(30, owner=user)  # each one's mail is older

    response = inbox(logged_in, page=2)

    html = response.content.decode()
    assert list(response.context["page"]) == proposals[25:]
    assert proposals[29].message.subject in html and proposals[0].message.subject not in html
    assert "Page 2 of 2" in html and 'href="?page=1" rel="prev"' in html


def test_a_page_link_keeps_the_other_query_parameters(logged_in, user):
    ProposalFactory.create_batch(30, owner=user)

    html = inbox(logged_in, status="pending").content.decode()

    assert 'href="?status=pending&amp;page=2"' in html


@pytest.mark.parametrize(("page", "shown"), [("abc", 1), ("", 1), ("999", 2), ("0", 2)])
def test_a_junk_or_out_of_range_page_shows_the_first_or_last_page(logged_in, user, page, shown):
    ProposalFactory.create_batch(30, owner=user)

    assert inbox(logged_in, page=page).context["page"].number == shown


def test_another_users_proposals_are_not_counted_or_paged(logged_in, user, stranger):
    ProposalFactory.create_batch(30, owner=stranger)
    ProposalFactory(owner=user)

    page = inbox(logged_in).context["page"]

    assert page.paginator.count == 1


def test_the_rows_on_page_two_carry_the_page_to_their_forms_and_edit_link(logged_in, user):
    proposals = ProposalFactory.create_batch(30, owner=user)
    last = proposals[-1]

    html = inbox(logged_in, page=2).content.decode()

    assert '<input type="hidden" name="inbox_query" value="page=2">' in html
    assert f'href="{reverse("proposal_edit", args=[last.pk])}?page=2"' in html


@pytest.mark.parametrize("name", ["proposal_accept", "proposal_dismiss"])
def test_a_plain_form_post_from_page_two_comes_back_to_page_two(logged_in, user, name):
    last = ProposalFactory.create_batch(30, owner=user)[-1]

    response = logged_in.post(reverse(name, args=[last.pk]), {"inbox_query": "page=2"})

    assert response.status_code == 302 and response.url == f"{reverse('inbox')}?page=2"
    assert Proposal.objects.get(pk=last.pk).status != "pending"


def test_undo_from_page_two_comes_back_to_page_two_and_a_foreign_target_stays_on_the_inbox(
    logged_in, user
):
    last = ProposalFactory.create_batch(30, owner=user)[-1]
    logged_in.post(reverse("proposal_accept", args=[last.pk]))

    response = logged_in.post(reverse("proposal_undo", args=[last.pk]), {"inbox_query": "page=2"})
    assert response.url == f"{reverse('inbox')}?page=2"
    assert Proposal.objects.get(pk=last.pk).status == "undone"

    other = ProposalFactory(owner=user)
    response = logged_in.post(
        reverse("proposal_dismiss", args=[other.pk]), {"inbox_query": "//evil.example/x"}
    )
    assert response.url.startswith(f"{reverse('inbox')}?") and "//evil" not in response.url


def test_htmx_accept_on_page_two_returns_the_row_whose_undo_keeps_the_page(logged_in, user):
    last = ProposalFactory.create_batch(30, owner=user)[-1]

    response = logged_in.post(
        reverse("proposal_accept", args=[last.pk]),
        {"inbox_query": "page=2"},
        HTTP_HX_REQUEST="true",
    )

    html = response.content.decode()
    assert response.status_code == 200 and html.startswith(f'<li id="proposal-{last.pk}"')
    assert "Accepted." in html and reverse("proposal_undo", args=[last.pk]) in html
    assert 'name="inbox_query" value="page=2"' in html


def test_edit_opened_from_page_two_accepts_and_comes_back_to_page_two(logged_in, user):
    last = ProposalFactory.create_batch(30, owner=user)[-1]
    url = f"{reverse('proposal_edit', args=[last.pk])}?page=2"
    assert f'href="{reverse("inbox")}?page=2"' in logged_in.get(url).content.decode()  # cancel

    data = {
        "action": "create",
        "to_stage": "rejected",
        "company_name": "Globex",
        "role_title": "Buyer",
    }
    response = logged_in.post(url, data)

    assert response.status_code == 302 and response.url == f"{reverse('inbox')}?page=2"
    assert Proposal.objects.get(pk=last.pk).status == "accepted"


def fill(user, n: int) -> None:
    """n proposals: every other one for a tracked application, every third one accepted."""
    for i in range(n):
        app = ApplicationFactory(owner=user) if i % 2 else None
        ProposalFactory(
            owner=user,
            application=app,
            action="move" if app else "create",
            status="accepted" if i % 3 == 0 else "pending",
        )


def inbox_queries(client) -> int:
    with CaptureQueriesContext(connection) as ctx:
        inbox(client)
    return len(ctx.captured_queries)


def test_the_inbox_runs_the_same_queries_for_3_and_60_proposals(logged_in, user):
    fill(user, 3)
    inbox(logged_in)  # a first visit may store session or preference rows: not what is measured
    few = inbox_queries(logged_in)

    fill(user, 57)

    assert inbox_queries(logged_in) == few
