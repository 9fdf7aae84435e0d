"""The feedback analyser's model path: paraphrases the lexicon misses, vetoes, lazy loading."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from nextround.analysis import feedback as fb
from nextround.analysis import feedback_rules as rules
from nextround.analysis import train_feedback as tf


def rule_themes(text: str) -> set[str]:
    rows = fb.sentence_rows(rules.normalise(text))
    return set().union(*(row.rules for row in rows))


def themes(text: str) -> set[str]:
    return set(fb.analyze_feedback(text).themes)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("We were not sure this is a job you really want.", "motivation_fit"),
        ("It was hard to tell what you personally built on those projects.", "examples"),
        ("You arrived twenty minutes after the agreed time.", "logistics"),
    ],
)
def test_a_paraphrase_the_rules_miss_is_caught_by_the_model(text, theme):
    assert theme not in rule_themes(text)
    assert theme in themes(text)


def test_a_problem_ruled_out_is_not_flagged_by_the_model():
    assert "motivation_fit" in themes("We had doubts about why you want the role.")
    assert "motivation_fit" not in themes("We had no doubts about why you want the role.")


def test_knowing_the_company_well_is_not_a_company_knowledge_gap():
    assert "company_knowledge" not in themes("You clearly knew what we sell and who buys it.")


def test_the_model_does_not_turn_praise_of_an_area_into_that_area():
    text = "Your explanations were crisp, well organised and easy to follow."
    assert themes(text) == {"positive"}


def test_model_points_are_sentences_of_the_input_with_their_offsets():
    text = "Hi Ana,\n\nGreat energy. We were not sure this is a job you really want.\n\nBest,\nLi"
    result = fb.analyze_feedback(text)
    assert {p.theme for p in result.points} == {"positive", "motivation_fit"}
    for point in result.points:
        assert text[point.start : point.end] == point.text


def test_stronger_candidate_is_dropped_when_the_candidate_is_also_criticised():
    assert themes("We went with another candidate. Your examples were vague.") == {"examples"}


def test_stronger_candidate_alone_is_kept():
    text = "We went with another candidate who had already run a team this size."
    assert themes(text) == {"stronger_candidate"}


def test_without_the_model_file_the_rules_still_answer(monkeypatch, tmp_path):
    monkeypatch.setattr(fb, "MODEL_FILE", tmp_path / "missing.npz")
    fb._model.cache_clear()
    try:
        assert themes("You arrived twenty minutes after the agreed time.") == set()
        assert themes("Your SQL was strong but you rambled.") == {"positive", "communication"}
    finally:
        fb._model.cache_clear()


def test_importing_the_analyser_loads_no_model():
    code = (
        "import sys; from nextround.analysis import feedback as fb;"
        "print(fb._model.cache_info().currsize, 'nextround.analysis.embed' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False"]


def test_the_shipped_thresholds_match_the_metadata():
    with np.load(fb.MODEL_FILE) as saved:
        shipped = dict(zip(saved["themes"].tolist(), saved["thresholds"].tolist(), strict=True))
    meta = json.loads(fb.MODEL_FILE.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["thresholds"] == pytest.approx(shipped, abs=1e-3)
    assert [c["file"] for c in meta["corpora"]] == list(tf.CORPORA)


def test_training_labels_follow_the_guide_on_stronger_candidate():
    assert tf.gold_labels(["stronger_candidate", "experience"]) == {"experience"}
    assert tf.gold_labels(["stronger_candidate", "positive"]) == {"stronger_candidate", "positive"}


def test_the_hybrid_decision_vetoes_stronger_candidate_beside_criticism():
    sc, exp = fb.THEMES.index("stronger_candidate"), fb.THEMES.index("experience")
    found = np.zeros((2, len(fb.THEMES)), bool)
    found[:, sc] = True
    scores = np.zeros((2, len(fb.THEMES)))
    scores[0, exp] = 0.99
    pred = tf.predict(found, scores, np.full(len(fb.THEMES), 0.9))
    assert pred[0, exp] and not pred[0, sc]
    assert pred[1, sc] and not pred[1, exp]
