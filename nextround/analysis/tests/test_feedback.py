"""Feedback analysis: themes, praise vs criticism, contrast, hedges, scorecards, mail cleanup."""

from __future__ import annotations

import pytest

from nextround.analysis.feedback import (
    THEME_LABELS,
    THEMES,
    FeedbackAnalysis,
    analyze_feedback,
    feedback_report,
)


def themes(text: str) -> set[str]:
    return set(analyze_feedback(text).themes)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("We felt you lacked experience of managing a team this size.", "experience"),
        ("Your SQL test result was below the pass mark.", "technical_skills"),
        ("Some of your answers rambled and did not address the question.", "communication"),
        ("You made very little eye contact and fidgeted throughout.", "body_language"),
        ("You didn't seem to know much about our products or customers.", "company_knowledge"),
        ("We needed more concrete examples with measurable outcomes.", "examples"),
        ("We weren't convinced about why you want this role in particular.", "motivation_fit"),
        ("You came across as arrogant and quite dismissive of the panel.", "attitude"),
        ("Your salary expectations were well above our budget.", "logistics"),
        ("We went with another candidate who had led a similar project.", "stronger_candidate"),
        ("Your technical answers were excellent.", "positive"),
    ],
)
def test_each_theme_is_found_in_a_typical_sentence(text, theme):
    assert theme in themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Her hands were shaking and she looked visibly rattled.", "body_language"),
        ("He told us the missed launch was entirely his manager's fault.", "attitude"),
        ("We felt the role was a fallback option for you.", "motivation_fit"),
        ("The panel felt this job would be a step too far for you right now.", "experience"),
        ("Three-month notice is a blocker for us.", "logistics"),
    ],
)
def test_implicit_criticism_without_the_usual_cue_words_is_found(text, theme):
    assert theme in themes(text)


def test_the_theme_list_and_labels_cover_exactly_the_eleven_themes():
    assert len(THEMES) == 11
    assert set(THEME_LABELS) == set(THEMES)


def test_praise_of_communication_is_positive_not_communication():
    assert themes("Your communication was clear and concise.") == {"positive"}


def test_criticism_of_communication_is_communication_not_positive():
    assert themes("Your communication was not very clear at times.") == {"communication"}


def test_negated_praise_counts_as_criticism():
    assert themes("Your examples were not strong enough.") == {"examples"}


def test_a_contrast_with_but_splits_praise_from_criticism():
    assert themes("Your SQL was strong but your examples lacked detail.") == {
        "positive",
        "examples",
    }


def test_a_contrast_with_however_splits_praise_from_criticism():
    text = "Your portfolio was lovely; however, your design exercise missed accessibility basics."
    assert themes(text) == {"positive", "technical_skills"}


def test_a_leading_although_clause_is_judged_apart_from_the_main_clause():
    text = (
        "Although you clearly have the technical ability, your experience of regulation is limited."
    )
    assert themes(text) == {"positive", "experience"}


def test_a_hedged_suggestion_still_marks_something_to_work_on():
    assert themes("Perhaps a little more depth on the data modelling side would help.") == {
        "technical_skills"
    }


def test_would_have_been_great_to_hear_more_is_criticism_not_praise():
    text = "It would have been great to hear more about why you want to work in this sector."
    assert themes(text) == {"motivation_fit"}


def test_a_low_scorecard_line_marks_its_label_theme():
    assert themes("Communication: 2/5 - rambled") == {"communication"}


def test_a_high_scorecard_line_is_positive():
    assert themes("Technical: 5/5") == {"positive"}


def test_a_form_without_a_max_uses_the_stated_scale():
    text = "Examples: 2\nCommunication: 5\n(scale 1-5)"
    assert themes(text) == {"examples", "positive"}


def test_items_under_an_areas_to_improve_heading_are_criticism():
    text = "Strengths:\n- Python\nAreas to improve:\n- company research\n- STAR examples"
    assert themes(text) == {"positive", "company_knowledge", "examples"}


def test_greeting_sign_off_and_signature_add_no_theme():
    text = (
        "Hi Sam,\n\nThanks for getting in touch. Your answers were hard to follow at times.\n\n"
        "Best of luck,\nDana\nHead of Great Talent | Excellent Co"
    )
    result = analyze_feedback(text)
    assert result.themes == ("communication",)
    assert [p.text for p in result.points] == ["Your answers were hard to follow at times."]


def test_quoted_earlier_mail_is_ignored():
    text = (
        "Hello,\nYou were late and that was the main issue.\n\n"
        "On 3 May, Sam wrote:\n> I'd love feedback on my examples and my eye contact."
    )
    assert themes(text) == {"logistics"}


def test_pleasantries_are_not_praise():
    text = "Thank you for your time. It was lovely to meet you. Good luck with your search."
    assert themes(text) == set()


def test_a_refusal_to_give_feedback_has_no_themes():
    assert themes("Unfortunately we do not provide individual feedback at this stage.") == set()


def test_the_hired_persons_experience_is_not_the_users_experience_theme():
    text = "The successful candidate had more experience in our industry."
    assert themes(text) == {"stronger_candidate"}


def test_needing_someone_more_senior_is_experience_not_stronger_candidate():
    assert themes("We need someone more senior to lead the function.") == {"experience"}


def test_call_notes_in_the_first_person_are_analysed():
    text = "notes from call:\n- liked my energy\n- said I didn't know much about their products"
    assert themes(text) == {"positive", "company_knowledge"}


def test_a_named_criticism_ignores_context_words_in_its_clause():
    text = "You were dismissive of feedback during the pairing session."
    assert themes(text) == {"attitude"}


def test_each_point_carries_the_sentence_and_its_offsets():
    text = "Great energy. Your examples were vague."
    result = analyze_feedback(text)
    for point in result.points:
        assert text[point.start : point.end] == point.text
    assert {(p.theme, p.text) for p in result.points} == {
        ("positive", "Great energy."),
        ("examples", "Your examples were vague."),
    }


def test_themes_are_sorted_and_the_result_is_frozen():
    result = analyze_feedback("You rambled, were late and your SQL was weak.")
    assert list(result.themes) == sorted(result.themes)
    with pytest.raises(AttributeError):
        result.themes = ()  # type: ignore[misc]


def test_the_report_has_sorted_themes_and_points_in_text_then_theme_order():
    report = feedback_report("Your coding was clean but you arrived late.")
    assert report == {
        "themes": ["logistics", "positive"],
        "points": [
            {"theme": "logistics", "text": "Your coding was clean but you arrived late."},
            {"theme": "positive", "text": "Your coding was clean but you arrived late."},
        ],
    }


@pytest.mark.parametrize("text", ["", "   \n\t", "!!!???", "\x00\x01\x02", "ñ" * 50])
def test_empty_or_junk_input_gives_no_themes(text):
    assert analyze_feedback(text) == FeedbackAnalysis((), ())


def test_non_string_input_gives_no_themes():
    assert analyze_feedback(None) == FeedbackAnalysis((), ())  # type: ignore[arg-type]


def test_a_huge_input_is_analysed_and_finds_its_themes():
    text = "Your examples were vague. " + ("Lorem ipsum dolor sit amet. " * 40_000)
    result = analyze_feedback(text)
    assert "examples" in result.themes
