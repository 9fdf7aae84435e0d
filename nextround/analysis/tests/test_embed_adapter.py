"""The fine-tuning adapter folds into the bundled MiniLM weights (numpy only, real model)."""

from __future__ import annotations

import numpy as np
import pytest

from nextround.analysis import notes_ml
from nextround.analysis.embed import MiniLM, ModelUnavailable, apply_adapter, get_model, model_dir

DENSE = "encoder.layer.0.attention.self.query"


def test_a_low_rank_update_is_added_and_other_tensors_are_replaced():
    weights = {DENSE + ".weight": np.zeros((3, 2), np.float32), DENSE + ".bias": np.ones(3)}
    a = np.array([[1.0, 2.0]], dtype=np.float16)
    b = np.array([[1.0], [0.0], [-1.0]], dtype=np.float16)
    adapter = {DENSE + ".lora_a": a, DENSE + ".lora_b": b, DENSE + ".bias": np.zeros(3)}
    apply_adapter(weights, adapter)
    assert weights[DENSE + ".weight"].tolist() == [[1.0, 2.0], [0.0, 0.0], [-1.0, -2.0]]
    assert weights[DENSE + ".bias"].tolist() == [0.0, 0.0, 0.0]


def test_an_adapter_that_names_an_unknown_tensor_is_refused():
    with pytest.raises(ModelUnavailable, match="unknown tensor"):
        apply_adapter({}, {"encoder.layer.9.nothing.bias": np.zeros(3)})


def test_an_empty_adapter_without_normalising_gives_the_bundled_model_before_its_norm():
    texts = ["I misread the question about budgets.", ""]
    plain = MiniLM(model_dir(), {}, normalize=False).encode(texts)
    unit = plain / np.linalg.norm(plain, axis=1, keepdims=True)
    assert np.allclose(unit, get_model().encode(texts), atol=1e-5)


def test_the_notes_encoder_is_fine_tuned_and_deterministic():
    model = notes_ml.load_model()
    assert model.adapter, "the shipped notes model carries its encoder adapter"
    text = ["Only realised afterwards they were asking about a conflict, not a deadline."]
    tuned = notes_ml.encoder().encode(text)
    base = MiniLM(model_dir(), {}, normalize=False).encode(text)
    cosine = float((tuned @ base.T)[0, 0] / np.linalg.norm(tuned) / np.linalg.norm(base))
    assert cosine < 0.999  # the adapter changes the vectors...
    assert np.array_equal(tuned, notes_ml.encoder().encode(text))  # ...the same way every time
