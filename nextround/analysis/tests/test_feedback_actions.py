"""Next steps for feedback themes and the stronger-candidate perspective message."""

from __future__ import annotations

import pytest

from nextround.analysis.action_plan import NEXT_STEPS, PERSPECTIVE_MESSAGE, is_task, next_step
from nextround.analysis.feedback import THEMES

TASK_THEMES = [t for t in THEMES if t not in ("positive", "stronger_candidate")]


@pytest.mark.parametrize("theme", TASK_THEMES)
def test_every_theme_to_work_on_has_its_own_concrete_next_step(theme):
    step = next_step(theme)
    assert len(step.split()) >= 10
    assert is_task(theme)


def test_no_two_themes_share_a_next_step():
    assert len(set(NEXT_STEPS.values())) == len(TASK_THEMES)


def test_body_language_step_is_the_muted_video_exercise():
    assert "video" in next_step("body_language") and "muted" in next_step("body_language")


def test_stronger_candidate_gets_the_perspective_message_not_a_task():
    assert next_step("stronger_candidate") == PERSPECTIVE_MESSAGE
    assert not is_task("stronger_candidate")
    assert "out of your control" in PERSPECTIVE_MESSAGE


@pytest.mark.parametrize("theme", ["positive", "made_up", ""])
def test_positive_or_unknown_themes_have_no_next_step(theme):
    with pytest.raises(ValueError):
        next_step(theme)
