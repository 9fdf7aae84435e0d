"""Tone check for feedback requests: each issue kind, its span, and clean requests."""

from __future__ import annotations

import pytest

from nextround.analysis.tone import KINDS, MAX_WORDS, ToneIssue, check_tone

GOOD_REQUEST = (
    "Dear Dana,\n\nThank you for letting me know, and for your time on Tuesday. I'd really "
    "appreciate any feedback on my interview for the Data Analyst role, especially on how I "
    "could strengthen my examples. Even a couple of points would help me prepare for the next "
    "one.\n\nBest wishes,\nSam"
)


def kinds(text: str) -> list[str]:
    return [issue.kind for issue in check_tone(text)]


def test_a_polite_request_for_critique_raises_nothing():
    assert check_tone(GOOD_REQUEST) == []


def test_a_short_thank_you_with_a_soft_follow_up_raises_nothing():
    text = "Hi Jo, just checking whether you had a moment to look at my note. Thanks either way!"
    assert check_tone(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Why was I rejected after three rounds?",
        "Please explain your decision.",
        "I don't understand how I was not selected.",
        "Can you justify choosing not to progress me?",
    ],
)
def test_demanding_a_justification_is_flagged(text):
    assert "demands_justification" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "What did they have that I didn't?",
        "Was the successful candidate more experienced?",
        "Who did you hire in the end?",
    ],
)
def test_comparing_with_the_hired_candidate_is_flagged(text):
    assert "compares_candidate" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I need an answer by Friday.",
        "I expect a full reply.",
        "Please send it as soon as possible.",
        "I have emailed you twice already about this.",
        "This is my third email on the subject.",
    ],
)
def test_pressure_and_repeated_chasing_are_flagged(text):
    assert "pressure" in kinds(text)


def test_expecting_that_someone_is_busy_is_not_pressure():
    assert check_tone("I expect you're very busy, so no rush at all.") == []


@pytest.mark.parametrize(
    "text",
    [
        "I know I was terrible in the second half.",
        "Sorry to bother you again.",
        "I'm probably not good enough for a role like this.",
    ],
)
def test_self_deprecation_is_flagged(text):
    assert "self_deprecation" in kinds(text)


def test_an_issue_points_at_the_offending_words_with_why_and_a_rewrite():
    text = "Thanks for your time. Why was I rejected?"
    [issue] = check_tone(text)
    assert issue.kind == "demands_justification"
    assert text[issue.start : issue.end] == issue.text == "Why was I rejected"
    assert issue.explanation and issue.suggestion
    assert "why" not in issue.suggestion.lower()


def test_a_request_over_the_word_limit_is_too_long_from_the_first_extra_word():
    words = ["feedback"] * (MAX_WORDS + 10)
    text = " ".join(words)
    issues = [i for i in check_tone(text) if i.kind == "too_long"]
    assert len(issues) == 1
    assert issues[0].text.split() == words[MAX_WORDS:]
    assert str(MAX_WORDS + 10) in issues[0].explanation


def test_a_request_at_exactly_the_word_limit_is_not_too_long():
    assert check_tone(" ".join(["ok"] * MAX_WORDS)) == []


def test_several_problems_are_all_reported_in_text_order():
    text = "Sorry to bother you. Why was I rejected? What did they have that I didn't? Reply ASAP."
    assert kinds(text) == [
        "self_deprecation",
        "demands_justification",
        "compares_candidate",
        "pressure",
    ]


def test_a_draft_with_every_problem_raises_every_documented_kind():
    text = (
        "Why was I rejected? Who did you hire? I know I was awful. Answer by Friday. "
        + "word " * 200
    )
    assert {i.kind for i in check_tone(text)} == set(KINDS)
    assert all(isinstance(i, ToneIssue) for i in check_tone(text))


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "?!?!"])
def test_empty_or_junk_input_raises_nothing(text):
    assert check_tone(text) == []


def test_a_huge_input_is_checked_and_reported_too_long():
    text = "I would appreciate feedback. " * 50_000
    assert kinds(text) == ["too_long"]
