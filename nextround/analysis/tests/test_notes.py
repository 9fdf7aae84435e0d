"""Tests for the debrief-notes analyser (plain Python, no Django)."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import pytest

from nextround.analysis.notes import (
    FLAG_LABELS,
    FLAGS,
    MAX_CHARS,
    NoteFlag,
    analyze_notes,
    notes_report,
)

MUST_PASS = (
    "Got there 20 mins late because of the trains, then moaned about my current manager when "
    "they asked why I'm leaving. My phone was definitely off."
)


def flags_of(text: str) -> set[str]:
    return {f.flag for f in analyze_notes(text)}


def test_the_must_pass_example_quotes_the_first_sentence_for_both_flags():
    found = {f.flag: f for f in analyze_notes(MUST_PASS)}
    assert set(found) == {"late_arrival", "criticised_employer"}
    first = MUST_PASS[: MUST_PASS.index(".") + 1]
    for flag in found.values():
        assert (flag.start, flag.end) == (0, len(first))
        assert flag.text == first


def test_every_evidence_text_is_the_slice_of_the_input_it_points_to():
    text = "Bit of a mess.\n- phone buzzed twice\n- got defensive about my CV gap\nOverall ok."
    found = analyze_notes(text)
    assert found
    for flag in found:
        assert text[flag.start : flag.end] == flag.text
        assert 0 < flag.confidence <= 1


def test_note_flags_are_frozen_dataclasses():
    flag = analyze_notes("I was late.")[0]
    assert isinstance(flag, NoteFlag)
    with pytest.raises(dataclasses.FrozenInstanceError):
        flag.flag = "distracted"


def test_flags_and_labels_cover_exactly_the_nine_flags():
    assert len(FLAGS) == 9
    assert set(FLAG_LABELS) == set(FLAGS)
    assert all(label and len(label) < 40 for label in FLAG_LABELS.values())


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Showed up a quarter of an hour late thanks to roadworks.", "late_arrival"),
        ("I rolled in at 2.15 for a 2pm interview.", "late_arrival"),
        ("Ended up ranting about my line manager micromanaging everything.", "criticised_employer"),
        ("Got a bit defensive when they questioned the gap in my CV.", "argumentative"),
        ("Kept asking how many days of annual leave I'd get.", "benefits_focus"),
        ("My mobile started ringing halfway through my answer.", "phone_interruption"),
        ("Had no idea what their main product was.", "no_research"),
        ("Misread the case-study question and answered about revenue.", "misunderstood_question"),
        ("Hardly slept and couldn't concentrate on the second half.", "distracted"),
        ("Told them I'd probably only stay a year before going travelling.", "cast_doubt"),
    ],
)
def test_each_flag_is_raised_by_a_plain_first_person_report(text, flag):
    assert flags_of(text) == {flag}


@pytest.mark.parametrize(
    "text",
    [
        "My phone was on silent the whole time.",
        "I was careful not to criticise my old boss.",
        "I made sure to arrive early and I did.",
        "Didn't ask about holidays or perks at all.",
        "I didn't argue when they pushed back on my estimate.",
    ],
)
def test_a_denial_or_precaution_raises_no_flag(text):
    assert flags_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The interviewer was 15 minutes late joining the call.",
        "The hiring manager's phone buzzed on the table twice.",
        "They seemed distracted and kept typing.",
        "The panel chair argued with most of my answers; I stayed calm.",
    ],
)
def test_things_done_by_the_interviewer_raise_no_flag(text):
    assert flags_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "I was often late at my last job.",
        "In my previous interview at another company I argued with the panel.",
        "Next time don't be late and research the company first.",
        "If my phone rings I'll just apologise and turn it off.",
    ],
)
def test_past_jobs_habits_and_advice_raise_no_flag(text):
    assert flags_of(text) == set()


def test_a_coach_note_in_the_third_person_flags_the_named_candidate():
    text = (
        "Sam arrived 25 minutes late after going to the wrong building. The interviewer was "
        "friendly. He then spent a long time complaining about his previous employer."
    )
    assert flags_of(text) == {"late_arrival", "criticised_employer"}


def test_an_interviewer_named_in_a_first_person_note_is_not_the_candidate():
    assert flags_of("Priya was late to the call. I answered everything well.") == set()


def test_bullet_items_are_quoted_without_their_bullet_marker():
    text = "- arrived 9:40 for 9:30\n- nervous but ok\n- my phone buzzed during Q2"
    found = {f.flag: f for f in analyze_notes(text)}
    assert set(found) == {"late_arrival", "phone_interruption"}
    assert found["late_arrival"].text == "arrived 9:40 for 9:30"
    assert found["phone_interruption"].text == "my phone buzzed during Q2"


def test_a_long_run_on_note_finds_several_flags_and_quotes_short_clauses():
    text = (
        "so the whole thing was a bit of a mess tbh i got there late cos the tube was "
        "suspended and then they asked me what i knew about the company and i basically had "
        "nothing, then my phone buzzed in my bag which was mortifying and honestly i was so "
        "tired from the night shift that i zoned out a couple of times and the rest is a blur"
    )
    found = {f.flag: f for f in analyze_notes(text)}
    assert set(found) == {"late_arrival", "no_research", "phone_interruption", "distracted"}
    assert all(len(f.text) < len(text) for f in found.values())
    assert "zoned out" in found["distracted"].text


def test_the_report_lists_sorted_flags_and_evidence_without_confidence():
    report = notes_report(MUST_PASS)
    assert report["flags"] == ["criticised_employer", "late_arrival"]
    assert {e["flag"] for e in report["evidence"]} == set(report["flags"])
    assert set(report["evidence"][0]) == {"flag", "text", "start", "end"}
    json.dumps(report)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "Ich war zu spät und mein Handy hat geklingelt.",
        "😀🎉 interview 🙃🙃 done ✅",
        "\x00\x01\x02\ufffd\ufffd garbage \x7f",
        "İİİ ŞŞŞ late? no.",
    ],
)
def test_odd_input_does_not_crash_and_raises_nothing_silly(text):
    found = analyze_notes(text)
    assert all(text[f.start : f.end] == f.text for f in found)
    assert len(found) <= 1


def test_non_string_input_returns_an_empty_list():
    assert analyze_notes(None) == []


def test_a_megabyte_of_random_junk_is_analysed_without_a_crash_or_a_flag():
    # Its speed is measured by benchmarks/speed_notes.py, not asserted here.
    rng = random.Random(7)
    junk = bytes(rng.getrandbits(8) for _ in range(1_000_000)).decode("latin-1")
    assert analyze_notes(junk) == []


def test_text_beyond_the_analysis_cap_is_ignored():
    text = "All fine. " * (MAX_CHARS // 10 + 10) + "My phone rang."
    assert flags_of(text) == set()
    assert flags_of("All fine. My phone rang.") == {"phone_interruption"}


def test_at_most_one_entry_per_flag_is_returned():
    text = "I was late. I was really late. My phone rang. My phone rang again."
    found = analyze_notes(text)
    assert sorted(f.flag for f in found) == ["late_arrival", "phone_interruption"]


def test_the_analysis_package_does_not_import_django():
    assert not any(name.startswith("nextround.analysis") for name in _django_importers())


def _django_importers() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    return [
        f"nextround.analysis.{path.stem}"
        for path in root.glob("notes*.py")
        if "django" in path.read_text(encoding="utf-8")
    ]


def test_the_dev_corpus_is_well_formed():
    path = Path(__file__).parent / "data" / "notes_dev.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= 150
    for row in rows:
        assert set(row["flags"]) <= set(FLAGS)
        assert all(quote in row["text"] for quote in row["evidence"].values())
