"""Train the causal-sentence detector on the benchmarks' TRAINING splits only.

``python -m extract.train_causal BENCH_DIR [--out FILE] [--limit N]`` reads

- CNC V2 ``cnc/train_subtask1.csv`` (the dev split, ``dev_subtask1.csv`` = ``cnc/eval.jsonl``, is
  what ``kg bench-causal`` scores, so its texts are dropped from training where they recur);
- FinCausal 2020 ``fincausal/fnp2020/practice/fnp2020-fincausal2-task1.csv`` minus every text
  that also occurs in the 2020 trial split (``fincausal/eval.jsonl``, which we report on), plus the
  causal sections the 2021 practice file added (again minus trial texts),

parses them with our pipeline, fits a logistic regression (minibatch AdaGrad, L2, fixed seed,
features sorted) and picks each domain's decision threshold by 5-fold cross-validation on the
training rows (CNC: causal-class F1; FinCausal: weighted F1, the shared tasks' measures).
Only texts of the evaluation splits are read, never their labels. The output is
byte-identical for the same inputs; it records files, row counts and exclusions.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from extract.causal_detector import MODEL_NAME, expand, features

SEED = 13
EPOCHS = 5
LEARNING_RATE = 0.05
L2 = 1e-5
BATCH = 16
MIN_COUNT = 8
FOLDS = 5
DIGITS = 4
MEASURE = {"cnc": "causal", "fincausal": "weighted"}  # each shared task's own measure
GRID = [t / 100 for t in range(5, 96)]  # candidate decision thresholds
CNC_TRAIN = "cnc/train_subtask1.csv"
CNC_EVAL = "cnc/dev_subtask1.csv"
FIN_TRAIN = "fincausal/fnp2020/practice/fnp2020-fincausal2-task1.csv"
FIN_EXTRA = "fincausal/fnp2021/practice_fnp2020-fincausal-task2.csv"
FIN_EVAL = "fincausal/fnp2020/trial/fnp2020-fincausal-task1.csv"


@dataclass(frozen=True)
class Row:
    domain: str
    text: str
    label: bool
    source: str


def _read_csv(path: Path, delimiter: str) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    header = [h.strip() for h in rows[0]]
    return [{k: v.strip() for k, v in zip(header, r, strict=True)} for r in rows[1:]]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def training_rows(bench: Path) -> tuple[list[Row], dict]:
    """Training rows of both benchmarks without any text of the evaluation splits; and the rows dropped."""
    cnc_eval = {r["text"] for r in _read_csv(bench / CNC_EVAL, ",")}
    fin_eval = {r["Text"] for r in _read_csv(bench / FIN_EVAL, ";")}
    rows: list[Row] = []
    seen: set[tuple[str, str]] = set()
    dropped: Counter = Counter()

    def add(domain: str, text: str, label: bool, source: str, held_out: set[str]) -> None:
        if text in held_out:
            dropped[f"{source}: text also in the evaluation split"] += 1
        elif (domain, text) in seen:
            dropped[f"{source}: repeated text"] += 1
        else:
            seen.add((domain, text))
            rows.append(Row(domain, text, label, source))

    for r in _read_csv(bench / CNC_TRAIN, ","):
        add("cnc", r["text"], r["label"] == "1", CNC_TRAIN, cnc_eval)
    for r in _read_csv(bench / FIN_TRAIN, ";"):
        add("fincausal", r["Text"], r["Gold"] == "1", FIN_TRAIN, fin_eval)
    for r in _read_csv(bench / FIN_EXTRA, ";"):
        add("fincausal", r["Text"], True, FIN_EXTRA, fin_eval)
    return rows, dict(sorted(dropped.items()))


def provenance(bench: Path, rows: list[Row], dropped: dict) -> dict:
    """What the model saw: files (SHA-256 prefix), rows used per file, rows left out and why."""
    files = sorted({r.source for r in rows})
    return {
        "files": {f: _sha(bench / f) for f in files},
        "rows": {
            f: {"used": sum(r.source == f for r in rows), "causal": sum(r.label for r in rows if r.source == f)}
            for f in files
        },
        "dropped": dropped,
        "held_out_never_used": {CNC_EVAL: _sha(bench / CNC_EVAL), FIN_EVAL: _sha(bench / FIN_EVAL)},
    }


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _scores(w: np.ndarray, X: list[np.ndarray]) -> np.ndarray:
    return np.array([w[x].sum() for x in X])


def fit(X: list[np.ndarray], y: np.ndarray, n_features: int, seed: int = SEED) -> np.ndarray:
    """Logistic regression by minibatch AdaGrad; L2 applied to the weights a batch touches."""
    rng = np.random.default_rng(seed)
    w = np.zeros(n_features)
    g2 = np.full(n_features, 1e-6)
    for _ in range(EPOCHS):
        order = rng.permutation(len(X))
        for start in range(0, len(X), BATCH):
            batch = order[start : start + BATCH]
            rows = [X[i] for i in batch]
            flat = np.concatenate(rows)
            err = _sigmoid(np.array([w[x].sum() for x in rows])) - y[batch]
            uniq, inv = np.unique(flat, return_inverse=True)
            grad = np.bincount(inv, weights=np.repeat(err, [len(x) for x in rows])) / len(batch) + L2 * w[uniq]
            g2[uniq] += grad * grad
            w[uniq] -= LEARNING_RATE * grad / np.sqrt(g2[uniq])
    return w


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _metric(measure: str, probs: np.ndarray, y: np.ndarray, threshold: float) -> float:
    pred = probs >= threshold
    tp, fp = int((pred & y).sum()), int((pred & ~y).sum())
    fn, tn = int((~pred & y).sum()), int((~pred & ~y).sum())
    if measure == "weighted":  # F1 weighted over both classes by support
        return ((tp + fn) * _f1(tp, fp, fn) + (tn + fp) * _f1(tn, fn, fp)) / len(y)
    return _f1(tp, fp, fn)


def best_threshold(domain: str, probs: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    measure = MEASURE.get(domain, "causal")
    score, _, threshold = max((_metric(measure, probs, y, t), -abs(t - 0.5), t) for t in GRID)
    return float(threshold), float(score)


class Indexer:
    """Feature strings → column numbers, for features seen in at least MIN_COUNT training texts."""

    def __init__(self, feats: list[list[str]]) -> None:
        counts = Counter(f for fs in feats for f in fs)
        self.names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
        self.index = {f: i for i, f in enumerate(self.names)}

    def encode(self, fs: list[str]) -> np.ndarray:
        return np.array(sorted(self.index[f] for f in fs if f in self.index), dtype=np.int64)


def _folds(n: int) -> np.ndarray:
    return np.random.default_rng(SEED).permutation(n) % FOLDS


def cross_validate(feats: list[list[str]], rows: list[Row]) -> tuple[dict, dict]:
    """Out-of-fold probabilities per domain (and general) → thresholds and the CV score at them."""
    y = np.array([r.label for r in rows])
    domains = np.array([r.domain for r in rows])
    fold = _folds(len(rows))
    oof = {"domain": np.zeros(len(rows)), "general": np.zeros(len(rows))}
    for k in range(FOLDS):
        train, test = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        expanded = [expand(feats[i], rows[i].domain) for i in train]
        indexer = Indexer(expanded)
        w = fit([indexer.encode(f) for f in expanded], y[train].astype(float), len(indexer.names))
        for i in test:
            oof["domain"][i] = _sigmoid(w[indexer.encode(expand(feats[i], rows[i].domain))].sum())
            oof["general"][i] = _sigmoid(w[indexer.encode(feats[i])].sum())
    thresholds, cv = {}, {}
    for d in sorted({r.domain for r in rows}):
        m = domains == d
        thresholds[d], cv[d] = best_threshold(d, oof["domain"][m], y[m])
    # general: one threshold for text of no known domain, best mean causal F1 over the domains
    masks = [domains == d for d in thresholds]
    best = max((sum(_metric("causal", oof["general"][m], y[m], t) for m in masks) / len(masks), t) for t in GRID)
    cv["general_mean_causal_f1"], thresholds["general"] = float(best[0]), float(best[1])
    return thresholds, {k: round(v, 4) for k, v in cv.items()}


def every_kth(items: list, limit: int) -> list:
    """A systematic sample of ``limit`` items over the whole list (all of them when 0): tests train
    on a slice that still spans both data sets."""
    return items[:: max(1, len(items) // limit)][:limit] if limit else items


def train(bench: Path, limit: int = 0, nlp=None) -> dict:
    """The model file's content (weights, thresholds, provenance)."""
    from extract.pipeline import build_nlp

    started = time.perf_counter()
    rows, dropped = training_rows(bench)
    rows = every_kth(rows, limit)
    nlp = nlp or build_nlp()
    feats = [features(doc) for doc in nlp.pipe([r.text for r in rows], batch_size=64)]
    thresholds, cv = cross_validate(feats, rows)
    expanded = [expand(f, r.domain) for f, r in zip(feats, rows, strict=True)]
    indexer = Indexer(expanded)
    y = np.array([float(r.label) for r in rows])
    w = fit([indexer.encode(f) for f in expanded], y, len(indexer.names))
    weights = {name: round(float(v), DIGITS) for name, v in zip(indexer.names, w, strict=True)}
    weights = {k: v for k, v in weights.items() if v != 0.0}
    return {
        "model": "logistic regression over spaCy parse features (kg causal detector v1)",
        "trained_on": provenance(bench, rows, dropped),
        "hyperparameters": {
            "seed": SEED,
            "epochs": EPOCHS,
            "learning_rate": LEARNING_RATE,
            "l2": L2,
            "batch": BATCH,
            "min_count": MIN_COUNT,
            "folds": FOLDS,
        },
        "cross_validation_on_train": cv,
        "thresholds": thresholds,
        "weights": weights,
        "_seconds": time.perf_counter() - started,
    }


def dump(model: dict) -> str:
    """Deterministic JSON: sorted keys, one weight per line so diffs stay readable."""
    body = {k: v for k, v in model.items() if not k.startswith("_")}
    return json.dumps(body, sort_keys=True, indent=0, ensure_ascii=False) + "\n"


def trainer_parser(module: str, doc: str, model_name: str, unit: str = "rows") -> argparse.ArgumentParser:
    """The arguments every trainer takes: the bench directory, where to write, a sample size for tests."""
    parser = argparse.ArgumentParser(prog=f"python -m extract.{module}", description=doc.splitlines()[0])
    parser.add_argument("bench_dir", type=Path, help="the shared bench directory (cnc/, fincausal/)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / model_name)
    parser.add_argument("--limit", type=int, default=0, help=f"train on a systematic sample of N {unit} (tests)")
    return parser


def main(argv: list[str] | None = None) -> None:
    args = trainer_parser("train_causal", __doc__, MODEL_NAME).parse_args(argv)
    model = train(args.bench_dir, args.limit)
    args.out.write_text(dump(model), encoding="utf-8")
    size = args.out.stat().st_size
    print(
        f"trained on {sum(v['used'] for v in model['trained_on']['rows'].values())} texts in {model['_seconds']:.0f}s; "
        f"{len(model['weights'])} weights, {size / 1e6:.2f} MB → {args.out}\n"
        f"thresholds {model['thresholds']}; cross-validation on train {model['cross_validation_on_train']}"
    )


if __name__ == "__main__":
    main()
