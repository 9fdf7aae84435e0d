"""Who and when in a note: relatives, apologies, other interviews, friendly exchanges."""

import pytest

from nextround.analysis.notes import analyze_notes


def flags(text: str) -> list[str]:
    return sorted(f.flag for f in analyze_notes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Had a good back-and-forth with the hiring manager about the roadmap.",
        "They offered me the job and then I asked about the pension and holidays.",
    ],
)
def test_a_friendly_exchange_and_perks_asked_after_an_offer_raise_nothing(text):
    assert flags(text) == []


def test_an_apology_with_afraid_still_reports():
    assert flags("I'm afraid I snapped at the second interviewer.") == ["argumentative"]


def test_a_note_by_a_parent_is_about_their_child():
    text = "My son had his interview today. He got there 20 minutes late because of the bus."
    assert flags(text) == ["late_arrival"]


def test_a_grown_up_child_writing_about_a_parent_reports_the_parent():
    text = "Dad went off on one about his last gaffer. He said they were all cowboys there."
    assert "criticised_employer" in flags(text)


def test_criticism_at_an_earlier_interview_is_not_this_one():
    assert flags("At an earlier interview last year I said the owner was a thief.") == []


def test_a_lower_case_sentence_after_a_full_stop_is_its_own_sentence():
    # Otherwise "didn't" in the first sentence negates the phone in the second.
    assert flags("didn't get the job. my phone rang halfway through") == ["phone_interruption"]
