"""The name and domain comparisons the matcher relies on."""

import pytest

from nextround.mailboxes.matching import base_domain, is_personal_sender, similar, website_domain


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Acme Ltd.", "ACME", True),
        ("Acme Corporation", "acme corp", True),
        ("Globex", "Globexx", True),
        ("Initech", "Initrode", False),
        ("Acme", "Acme Talent", True),
        ("Hooli", "", False),
    ],
)
def test_company_names_compare_without_case_suffixes_or_small_typos(a, b, alike):
    assert (similar(a, b) >= 0.85) is alike


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("careers.acme.com", "acme.com"),
        ("mail.uk.initech.co.uk", "initech.co.uk"),
        ("acme.example", "acme.example"),
    ],
)
def test_hosts_reduce_to_their_registrable_domain(host, domain):
    assert base_domain(host) == domain


def test_a_website_without_a_scheme_still_gives_its_domain():
    assert website_domain("www.globex.io/jobs") == "globex.io"
    assert website_domain("") == ""


@pytest.mark.parametrize(
    ("address", "personal"),
    [("jane@acme.example", True), ("no-reply@acme.example", False), ("noreply@x.io", False)],
)
def test_no_reply_senders_are_never_offered_as_contacts(address, personal):
    assert is_personal_sender(address) is personal
