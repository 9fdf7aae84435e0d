"""Tests for the embedding classifier behind the debrief-notes rules (real model, no mocks)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from nextround.analysis import notes_ml, notes_veto
from nextround.analysis.notes import FLAGS, analyze_notes, ml_denials, rule_pass


def flags_of(text: str) -> set[str]:
    return {f.flag for f in analyze_notes(text)}


def rule_flags(text: str) -> set[str]:
    return set(rule_pass(text)[2])


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("My ringtone went off halfway through the case study.", "phone_interruption"),
        ("Admitted I'd struggle to commit to the full-time hours.", "cast_doubt"),
        ("I totally blanked on what the firm actually sells.", "no_research"),
        (
            "I admitted to them that my current boss is impossible to work for.",
            "criticised_employer",
        ),
    ],
)
def test_a_paraphrase_the_rules_miss_is_caught_by_the_model(text, flag):
    assert flag not in rule_flags(text)
    assert flags_of(text) == {flag}


@pytest.mark.parametrize(
    "text",
    [
        "My ringtone never went off during the case study.",
        "The interviewer's ringtone went off halfway through the case study.",
        "The interviewer admitted she'd struggle to commit to the full-time hours.",
        "At my last job I blanked on what the firm sold.",
        "Next time make sure I don't blank on what the firm sells.",
        "If my ringtone goes off I will apologise.",
    ],
)
def test_denials_other_people_past_jobs_and_plans_veto_the_model(text):
    assert flags_of(text) == set()


def test_a_note_that_says_the_candidate_was_on_time_gets_no_model_lateness():
    late = "Rushed through the door well after the start because the bus had broken down."
    assert "late_arrival" not in rule_flags(late)
    assert flags_of(late) == {"late_arrival"}
    assert "late_arrival" not in flags_of("I was on time. " + late)


def test_model_evidence_is_an_exact_span_of_the_input():
    text = "Good chat overall.\n\n- my ringtone went off halfway through the case study\n- fine"
    found = {f.flag: f for f in analyze_notes(text)}
    hit = found["phone_interruption"]
    assert (
        text[hit.start : hit.end]
        == hit.text
        == "my ringtone went off halfway through the case study"
    )
    assert 0 < hit.confidence <= 1


def test_a_run_on_sentence_is_cut_into_clauses_at_then():
    text = "Got there on the dot, then I blanked on what the firm actually sells when they asked."
    units = notes_ml.note_units(text, text.lower())
    assert [u.text for u in units] == [
        "Got there on the dot",
        "then I blanked on what the firm actually sells when they asked.",
    ]
    assert all(text[u.start : u.end] == u.text for u in units)


def test_short_sentences_stay_whole_units():
    text = "Was late. Phone rang."
    assert [u.text for u in notes_ml.note_units(text, text.lower())] == ["Was late.", "Phone rang."]


def test_a_long_note_embeds_at_most_the_token_cap():
    model = notes_ml.load_model()
    text = "I talked about my project and the team seemed happy with it. " * 400
    low, ctx, _, rejected = rule_pass(text)
    prep = notes_ml.prepare(text, low, ctx, FLAGS, rejected, {})
    chosen = notes_ml.select_units(model, prep)
    _, lengths = notes_ml.static_vectors([prep.units[i].text for i in chosen])
    assert 0 < len(chosen) < len(prep.units)
    assert sum(lengths) <= notes_ml.BUDGET_CAP


def test_a_short_note_embeds_every_unit():
    text = "Late. Rude about my boss. Phone rang."
    low, ctx, _, rejected = rule_pass(text)
    prep = notes_ml.prepare(text, low, ctx, FLAGS, rejected, {})
    assert notes_ml.select_units(notes_ml.load_model(), prep) == [0, 1, 2]


def test_the_shipped_model_covers_every_flag_with_a_usable_threshold():
    model = notes_ml.load_model()
    assert model.flags == FLAGS
    assert model.coef.shape == (len(FLAGS), 384 + len(notes_ml.SCOPE_FEATURES))
    assert np.all((model.thresholds > 0) & (model.thresholds < 1))
    meta = json.loads(notes_ml.MODEL_FILE.with_suffix(".json").read_text(encoding="utf-8"))
    assert {c["file"] for c in meta["corpora"]} >= {"notes_dev.jsonl"}
    assert "notes_test.jsonl" not in {c["file"] for c in meta["corpora"]}


def test_without_a_model_file_the_rules_still_work(monkeypatch):
    monkeypatch.setattr(notes_ml, "load_model", lambda: None)
    assert flags_of("My ringtone went off halfway through the case study.") == set()
    assert flags_of("My phone rang twice.") == {"phone_interruption"}


def vetoed_flags(unit: str) -> set[str]:
    low, ctx, _, _ = rule_pass(unit)
    vetoes = notes_veto.unit_vetoes(low, ctx, FLAGS, ml_denials(ctx))
    return {flag for flag, vetoed in zip(FLAGS, vetoes, strict=True) if vetoed}


@pytest.mark.parametrize(
    ("unit", "flag"),
    [
        ("I stayed focused and gave good examples.", "distracted"),
        ("I was there at 9:50 for a 10:00 start.", "late_arrival"),
        ("I'd done loads of research on their products and it showed.", "no_research"),
        ("The interviewer admitted she hadn't read my CV.", "no_research"),
        ("My phone was in the glovebox.", "phone_interruption"),
        ("I didn't squabble with anyone on the panel.", "argumentative"),
    ],
)
def test_a_unit_reporting_the_opposite_vetoes_the_model_for_that_flag(unit, flag):
    assert flag in vetoed_flags(unit)


@pytest.mark.parametrize(
    ("unit", "flag"),
    [
        ("I hadn't done any research on their products.", "no_research"),
        ("I couldn't focus after the fire alarm.", "distracted"),
        ("They asked me what the company does and I had nothing.", "no_research"),
    ],
)
def test_a_real_report_is_not_vetoed(unit, flag):
    assert flag not in vetoed_flags(unit)
