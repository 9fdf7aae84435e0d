"""Fine-tuning all-MiniLM-L6-v2 with low-rank adapters (LoRA), at training time only.

Needs torch (the `train` extra); the product never imports this module. The encoder mirrors
`embed.MiniLM` exactly (tanh GELU, mean pooling), so an adapter exported here and folded into
the numpy weights by `embed.apply_adapter` gives the same vectors at run time. Word and
position embeddings stay frozen; every dense layer gets a rank-`rank` update, and biases and
LayerNorms train in full. A linear head reads the pooled vector plus a few extra features.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from nextround.analysis.embed import DIM, MAX_TOKENS, get_model, model_dir, read_safetensors

DENSE = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "o": "attention.output.dense",
    "up": "intermediate.dense",
    "down": "output.dense",
}
NORMS = {"n1": "attention.output.LayerNorm", "n2": "output.LayerNorm"}


@dataclass(frozen=True)
class Settings:
    """Hyper-parameters of one fine-tuning run."""

    epochs: int = 6
    rank: int = 16
    lr: float = 5e-4
    head_lr: float = 2e-3
    batch: int = 32
    dropout: float = 0.1
    seed: int = 0


class LoRALinear(nn.Module):
    """A frozen dense layer plus a trainable low-rank update b @ a; its bias trains."""

    def __init__(self, weight: torch.Tensor, bias: torch.Tensor, rank: int):
        super().__init__()
        self.weight = nn.Parameter(weight, requires_grad=False)
        self.bias = nn.Parameter(bias)
        self.a = nn.Parameter(torch.randn(rank, weight.shape[1]) / math.sqrt(weight.shape[1]))
        self.b = nn.Parameter(torch.zeros(weight.shape[0], rank))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.linear(x, self.weight, self.bias) + (x @ self.a.T) @ self.b.T


class Encoder(nn.Module):
    """MiniLM with adapters and a linear head over [mean-pooled vector, extra features]."""

    def __init__(self, n_out: int, n_extra: int, settings: Settings):
        super().__init__()
        w = {k: torch.from_numpy(np.array(v)) for k, v in read_safetensors(_weights()).items()}
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.emb_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = nn.ModuleList(_layer(w, i, settings.rank) for i in range(6))
        self.head = nn.Linear(DIM + n_extra, n_out)
        self.drop = nn.Dropout(settings.dropout)

    def pooled(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Mean-pooled last hidden states (not normalised), as embed.MiniLM computes them."""
        n, t = ids.shape
        x = self.word[ids] + self.position[:t][None] + self.token_type
        x = F.layer_norm(x, (DIM,), *self.emb_norm, eps=1e-12)
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for layer in self.layers:
            q, k, v = (m(x).view(n, t, 12, DIM // 12).transpose(1, 2) for m in layer.qkv)
            scores = (q @ k.transpose(-1, -2)) / math.sqrt(DIM // 12) + bias
            ctx = (scores.softmax(-1) @ v).transpose(1, 2).reshape(n, t, DIM)
            x = layer.n1(x + self.drop(layer.o(ctx)))
            x = layer.n2(x + self.drop(layer.down(F.gelu(layer.up(x), approximate="tanh"))))
        return (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1)

    def forward(self, ids, mask, extra):
        return self.head(torch.cat([self.drop(self.pooled(ids, mask)), extra], -1))

    def adapter(self) -> dict[str, np.ndarray]:
        """The trained tensors under the base model's names (see embed.apply_adapter)."""
        out = {}
        for i, layer in enumerate(self.layers):
            for attr, name in DENSE.items():
                dense, key = getattr(layer, attr), f"encoder.layer.{i}.{name}"
                out[key + ".lora_a"] = dense.a.detach().numpy().astype(np.float16)
                out[key + ".lora_b"] = dense.b.detach().numpy().astype(np.float16)
                out[key + ".bias"] = dense.bias.detach().numpy().astype(np.float32)
            for attr, name in NORMS.items():
                norm, key = getattr(layer, attr), f"encoder.layer.{i}.{name}"
                out[key + ".weight"] = norm.weight.detach().numpy().astype(np.float32)
                out[key + ".bias"] = norm.bias.detach().numpy().astype(np.float32)
        return out


def round_adapter(model: Encoder) -> None:
    """Round the low-rank factors to float16 in place, so the model scored is the one shipped."""
    with torch.no_grad():
        for layer in model.layers:
            for attr in DENSE:
                dense = getattr(layer, attr)
                dense.a.copy_(dense.a.half().float())
                dense.b.copy_(dense.b.half().float())


@torch.no_grad()
def agreement(model: Encoder, texts: list[str]) -> float:
    """Lowest cosine between torch's pooled vectors and the numpy encoder with the adapter."""
    from nextround.analysis.embed import MiniLM

    numpy_model = MiniLM(model_dir(), model.adapter(), normalize=False)
    theirs = numpy_model.encode(texts)
    ours = np.vstack([model.pooled(*_batch([seq])).numpy() for seq in tokenize(texts)])
    cos = (ours * theirs).sum(1) / (np.linalg.norm(ours, axis=1) * np.linalg.norm(theirs, axis=1))
    return float(cos.min())


def _weights():
    return model_dir() / "model.safetensors"


def _layer(w: dict, i: int, rank: int) -> nn.Module:
    p, layer = f"encoder.layer.{i}.", nn.Module()
    for attr, name in DENSE.items():
        setattr(layer, attr, LoRALinear(w[p + name + ".weight"], w[p + name + ".bias"], rank))
    layer.qkv = (layer.q, layer.k, layer.v)
    for attr, name in NORMS.items():
        norm = nn.LayerNorm(DIM, eps=1e-12)
        norm.weight = nn.Parameter(w[p + name + ".weight"])
        norm.bias = nn.Parameter(w[p + name + ".bias"])
        setattr(layer, attr, norm)
    return layer


def tokenize(texts: list[str]) -> list[list[int]]:
    """Token ids as the run-time tokenizer makes them (truncated at MAX_TOKENS)."""
    return [e.ids[:MAX_TOKENS] for e in get_model().tokenizer.encode_batch(texts)]


def _batch(seqs: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    t = max(len(s) for s in seqs)
    ids, mask = torch.zeros(len(seqs), t, dtype=torch.long), torch.zeros(len(seqs), t)
    for row, seq in enumerate(seqs):
        ids[row, : len(seq)], mask[row, : len(seq)] = torch.tensor(seq), 1.0
    return ids, mask


def _batches(seqs, rng, size: int) -> list[list[int]]:
    # Similar lengths share a batch (less padding); the batches themselves come in random order.
    order, out = rng.permutation(len(seqs)), []
    for start in range(0, len(seqs), size * 20):
        chunk = sorted(order[start : start + size * 20], key=lambda i: len(seqs[i]))
        out += [chunk[i : i + size] for i in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


def _optimizer(model: Encoder, settings: Settings) -> torch.optim.AdamW:
    # The adapters and norms learn at `lr`, the freshly initialised head at `head_lr`.
    head = list(model.head.parameters())
    body = [p for p in model.parameters() if p.requires_grad and all(p is not h for h in head)]
    groups = [{"params": body, "lr": settings.lr}, {"params": head, "lr": settings.head_lr}]
    return torch.optim.AdamW(groups, weight_decay=0.01)


def _step(optimizer, loss: torch.Tensor) -> float:
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()


def _schedule(optimizer, settings: Settings, step: int, total: int) -> None:
    # Linear warm-up over the first 6% of steps, then linear decay to zero.
    scale = min(1.0, (step + 1) / (0.06 * total)) * (1 - step / total)
    for group, base in zip(optimizer.param_groups, (settings.lr, settings.head_lr), strict=True):
        group["lr"] = base * scale


def train(seqs, extra: np.ndarray, labels: np.ndarray, settings: Settings, log=print) -> Encoder:
    """Fine-tune on units: labels are 1/0 per output, -1 where unknown (left out of the loss)."""
    torch.manual_seed(settings.seed)
    model = Encoder(labels.shape[1], extra.shape[1], settings)
    optimizer = _optimizer(model, settings)
    y, x = torch.tensor(labels, dtype=torch.float32), torch.tensor(extra, dtype=torch.float32)
    rng = np.random.default_rng(settings.seed)
    total = settings.epochs * math.ceil(len(seqs) / settings.batch)
    step = 0
    model.train()
    for epoch in range(settings.epochs):
        losses = []
        for batch in _batches(seqs, rng, settings.batch):
            _schedule(optimizer, settings, step, total)
            known = (y[batch] >= 0).float()
            logits = model(*_batch([seqs[i] for i in batch]), x[batch])
            loss = F.binary_cross_entropy_with_logits(
                logits, y[batch].clamp(min=0), weight=known, reduction="sum"
            ) / known.sum().clamp(min=1)
            losses.append(_step(optimizer, loss))
            step += 1
        log(f"  epoch {epoch + 1}/{settings.epochs}: loss {np.mean(losses):.4f}")
    model.eval()
    return model


@torch.no_grad()
def predict(model: Encoder, seqs, extra: np.ndarray, size: int = 64) -> np.ndarray:
    """Sigmoid outputs per unit (rows) and output (columns)."""
    out = np.zeros((len(seqs), model.head.out_features), dtype=np.float32)
    order = np.argsort([len(s) for s in seqs], kind="stable")
    x = torch.tensor(extra, dtype=torch.float32)
    for start in range(0, len(seqs), size):
        idx = order[start : start + size]
        out[idx] = torch.sigmoid(model(*_batch([seqs[i] for i in idx]), x[idx])).numpy()
    return out


def train_bags(
    seqs, bags: list[tuple[int, list[int], int]], outputs: int, settings: Settings, log=print
) -> Encoder:
    """Multiple-instance fine-tuning: a bag (output, sentence indices, 0/1 label) is scored by
    its best sentence, so mail-level labels teach which sentences carry the signal."""
    torch.manual_seed(settings.seed)
    model = Encoder(outputs, 0, settings)
    optimizer = _optimizer(model, settings)
    rng = np.random.default_rng(settings.seed)
    per_step = max(1, settings.batch // 4)  # bags per step (~4 sentences each)
    total, step = settings.epochs * math.ceil(len(bags) / per_step), 0
    pos = sum(label for *_, label in bags)
    weight = (len(bags) - pos) / max(pos, 1)  # balance positives and negatives
    model.train()
    for epoch in range(settings.epochs):
        losses = []
        for start in range(0, len(bags), per_step):
            chosen = [bags[i] for i in rng.permutation(len(bags))[start : start + per_step]]
            _schedule(optimizer, settings, step, total)
            loss = _bag_loss(model, seqs, chosen, weight)
            losses.append(_step(optimizer, loss))
            step += 1
        log(f"  epoch {epoch + 1}/{settings.epochs}: loss {np.mean(losses):.4f}")
    model.eval()
    return model


def _bag_loss(model: Encoder, seqs, bags, pos_weight: float) -> torch.Tensor:
    members = sorted({i for _, idx, _ in bags for i in idx})
    row = {i: n for n, i in enumerate(members)}
    logits = model(*_batch([seqs[i] for i in members]), torch.zeros(len(members), 0))
    best = torch.stack([logits[[row[i] for i in idx], out].max() for out, idx, _ in bags])
    y = torch.tensor([float(label) for *_, label in bags])
    weights = torch.where(y > 0, torch.tensor(pos_weight), torch.tensor(1.0))
    return F.binary_cross_entropy_with_logits(best, y, weight=weights)
