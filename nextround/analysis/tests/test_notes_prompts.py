"""Prompts copied into notes and negated beliefs: neither reports a mistake by itself."""

import pytest

from nextround.analysis.notes import analyze_notes, rule_pass


def flags(text: str) -> list[str]:
    return sorted(f.flag for f in analyze_notes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Were there questions you may have misunderstood? nope.",
        "Was anything distracting you?\nNo, it was a quiet room.",
        "Did you say anything that could cast doubt on you? Not that I know of.",
        "3) Was anything distracting you? not really",
        "Distracted: no. Late: no, got there early.",
        "Phone off? Yes.\nLate? nope",
        "Q: Were you late?\nA: no, ten minutes early.",
    ],
)
def test_a_prompt_answered_no_raises_nothing(text):
    assert flags(text) == []


def test_a_prompt_answered_yes_raises_its_flag():
    assert flags("Were there questions you may have misunderstood?\nYes, sadly.") == [
        "misunderstood_question"
    ]


def test_the_answer_after_a_prompt_is_judged_on_its_own():
    text = (
        "Did you say anything that could cast doubt on you? "
        "I told them I'd probably go back to uni next year."
    )
    found = analyze_notes(text)
    assert [f.flag for f in found] == ["cast_doubt"]
    assert "go back to uni" in found[0].text


def test_self_reproach_in_question_form_is_still_a_report():
    assert flags("Why did I moan about my old boss? So stupid.") == ["criticised_employer"]


@pytest.mark.parametrize(
    "text",
    [
        "I don't think I misunderstood anything.",
        "He did not feel distracted, and he did not believe he had misunderstood any questions.",
        "Coach notes: she didn't think she was late, the clock in reception was fast.",
    ],
)
def test_a_negated_belief_is_a_denial(text):
    assert flags(text) == []


def test_a_belief_that_is_not_negated_still_reports():
    assert flags("I think I misunderstood the second question.") == ["misunderstood_question"]


def test_a_short_sentence_that_answers_no_prompt_leaves_the_model_free():
    # "Flustered." reports on its own; only a short "no" after a prompt vetoes the model.
    rejected = rule_pass("Flustered. Rest went fine.")[3]
    assert ("distracted", 0) not in rejected


def test_a_short_no_after_a_prompt_vetoes_the_model_on_the_answer():
    text = "Was anything distracting you?\nNo."
    rejected = rule_pass(text)[3]
    assert ("distracted", text.index("No.")) in rejected


@pytest.mark.parametrize(
    "text", ["Were there questions you may have misunderstood: No.", "Q2 misunderstood: no."]
)
def test_more_labels_answered_no_raise_nothing(text):
    assert flags(text) == []


def test_a_speakers_reply_is_an_answer_not_a_label():
    assert flags("They asked if I had used SAP. Me: no, never used it.") == ["cast_doubt"]
