"""Train the cause/effect span tagger on the benchmarks' TRAINING splits only.

``python -m extract.train_spans BENCH_DIR [--out FILE] [--limit N] [--holdout]`` reads

- CNC V2 ``cnc/train_subtask2.csv`` (one row per relation, ``<ARG0>`` cause / ``<ARG1>`` effect
  tags); texts of the dev split (``dev_subtask1.csv`` = ``cnc/eval.jsonl``) are dropped;
- FinCausal ``fnp2020/practice`` Task 2 and the 2021 practice file (the 2020 rows plus 643 new
  relations), Cause/Effect offsets; texts of the 2020 trial split (``fincausal/eval.jsonl``) are
  dropped,

keeps the first relation of each text (one cause and one effect per text), parses the texts with
our pipeline and fits an averaged structured perceptron (Viterbi, BIO tags; fixed seed, features
sorted). ``--holdout`` instead trains on 80% of those rows and prints our token measure on the
other 20% (a check on the training split, never on the evaluated splits). The output is
byte-identical for the same inputs; it records files, row counts and exclusions.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from extract.span_tagger import MODEL_NAME, TAGS, SpanTagger, expand, token_features, viterbi
from extract.train_causal import CNC_EVAL, FIN_EVAL, _read_csv, _sha, every_kth, trainer_parser

SEED = 13
EPOCHS = 8
MIN_COUNT = 3
DIGITS = 1
HOLDOUT = 5  # --holdout: every 5th row is held out
CNC_SPANS = "cnc/train_subtask2.csv"
FIN_SPANS = (
    "fincausal/fnp2020/practice/fnp2020-fincausal2-task2.csv",
    "fincausal/fnp2021/practice_fnp2020-fincausal-task2.csv",
)
TAG = re.compile(r"</?(ARG0|ARG1|SIG\d+)>")


@dataclass(frozen=True)
class Relation:
    domain: str
    text: str
    cause: tuple[int, int]  # character offsets in text
    effect: tuple[int, int]
    source: str


def untag(tagged: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """CNC inline tags → plain text and {ARG0: (start, end), ARG1: ...} (as the bench's convert.py)."""
    plain, spans, opened, pos, length = [], {}, {}, 0, 0
    for m in TAG.finditer(tagged):
        chunk = tagged[pos : m.start()]
        plain.append(chunk)
        length += len(chunk)
        if m.group(0).startswith("</"):
            spans[m.group(1)] = (opened.pop(m.group(1)), length)
        else:
            opened[m.group(1)] = length
        pos = m.end()
    plain.append(tagged[pos:])
    return "".join(plain), spans


def _strip(text: str, span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _fin_span(row: dict, name: str) -> tuple[int, int] | None:
    text, part = row["Text"], row[name]
    try:
        a, b = int(row[f"{name}_Start"]), int(row[f"{name}_End"])
    except (KeyError, ValueError):
        a, b = -1, -1
    if text[a:b] != part:
        a = text.find(part)
        b = a + len(part)
    return (a, b) if a >= 0 and part else None


def training_relations(bench: Path) -> tuple[list[Relation], dict]:
    """The first relation of every training text that is not also in an evaluated split."""
    cnc_eval = {r["text"] for r in _read_csv(bench / CNC_EVAL, ",")}
    fin_eval = {r["Text"] for r in _read_csv(bench / FIN_EVAL, ";")}
    out: list[Relation] = []
    seen: set[str] = set()
    seen_relations: set[tuple] = set()
    dropped: Counter = Counter()

    def add(rel: Relation, held_out: set[str]) -> None:
        key = (rel.text, rel.cause, rel.effect)
        if rel.text in held_out:
            dropped[f"{rel.source}: text also in the evaluation split"] += 1
        elif key in seen_relations:
            dropped[f"{rel.source}: relation repeated from an earlier file"] += 1
        elif rel.text in seen:
            dropped[f"{rel.source}: further relation of a text (one per text)"] += 1
        else:
            seen.add(rel.text)
            seen_relations.add(key)
            out.append(rel)

    for r in sorted(_read_csv(bench / CNC_SPANS, ","), key=lambda r: (r["index"].rsplit("_", 1)[0], int(r["eg_id"]))):
        plain, spans = untag(r["text_w_pairs"])
        if plain != r["text"] or "ARG0" not in spans or "ARG1" not in spans:
            dropped[f"{CNC_SPANS}: tags do not fit the text"] += 1
            continue
        add(Relation("cnc", plain, _strip(plain, spans["ARG0"]), _strip(plain, spans["ARG1"]), CNC_SPANS), cnc_eval)
    for source in FIN_SPANS:
        for r in _read_csv(bench / source, ";"):
            cause, effect = _fin_span(r, "Cause"), _fin_span(r, "Effect")
            if cause and effect:
                add(Relation("fincausal", r["Text"], cause, effect, source), fin_eval)
            else:
                dropped[f"{source}: cause or effect not in the text"] += 1
    return out, dict(sorted(dropped.items()))


def gold_tags(doc, rel: Relation) -> list[int]:
    """BIO tag ids of the doc's tokens: a token belongs to a span when it starts inside it."""
    labels = ["O"] * len(doc)
    for kind, (a, b) in (("E", rel.effect), ("C", rel.cause)):
        inside = [t.i for t in doc if a <= t.idx < b and not t.is_space]
        for k, i in enumerate(inside):
            labels[i] = f"{'B' if k == 0 or inside[k - 1] != i - 1 else 'I'}-{kind}"
    return [TAGS.index(tag) for tag in labels]


class Indexer:
    """Feature strings → rows, for features seen in at least MIN_COUNT training tokens."""

    def __init__(self, feats: list[list[list[str]]]) -> None:
        counts = Counter(f for doc in feats for tok in doc for f in set(tok))
        self.names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
        self.index = {f: i for i, f in enumerate(self.names)}

    def encode(self, doc: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """All tokens' feature rows concatenated, and each token's start in that array."""
        rows = [sorted({self.index[f] for f in tok if f in self.index}) for tok in doc]
        starts = np.cumsum([0] + [len(r) for r in rows[:-1]])
        return np.array([i for r in rows for i in r], dtype=np.int64), starts


def _emissions(w: np.ndarray, flat: np.ndarray, starts: np.ndarray, n: int) -> np.ndarray:
    out = np.zeros((n, len(TAGS)))
    if len(flat):
        sums = np.add.reduceat(w[flat], np.minimum(starts, len(flat) - 1), axis=0)
        lengths = np.diff(np.append(starts, len(flat)))
        out[lengths > 0] = sums[lengths > 0]
    return out


def fit(data: list[tuple[np.ndarray, np.ndarray, list[int]]], n_features: int, epochs: int | None = None):
    """Averaged structured perceptron (Collins 2002) with lazy averaging."""
    n_tags = len(TAGS)
    w, wsum = np.zeros((n_features, n_tags)), np.zeros((n_features, n_tags))
    t, tsum = np.zeros((n_tags + 1, n_tags)), np.zeros((n_tags + 1, n_tags))
    rng = np.random.default_rng(SEED)
    c = 1
    for _ in range(epochs or EPOCHS):
        for k in rng.permutation(len(data)):
            flat, starts, gold = data[k]
            pred = viterbi(_emissions(w, flat, starts, len(gold)), t)
            if pred != gold:
                ends = np.append(starts[1:], len(flat))
                prev_g = prev_p = n_tags
                for i, (g, p) in enumerate(zip(gold, pred, strict=True)):
                    if g != p:
                        rows = flat[starts[i] : ends[i]]
                        w[rows, g] += 1
                        w[rows, p] -= 1
                        wsum[rows, g] += c
                        wsum[rows, p] -= c
                    if (prev_g, g) != (prev_p, p):
                        t[prev_g, g] += 1
                        t[prev_p, p] -= 1
                        tsum[prev_g, g] += c
                        tsum[prev_p, p] -= c
                    prev_g, prev_p = g, p
            c += 1
    return w - wsum / c, t - tsum / c


def _provenance(bench: Path, rels: list[Relation], dropped: dict) -> dict:
    files = sorted({r.source for r in rels})
    return {
        "files": {f: _sha(bench / f) for f in files},
        "relations_used": {f: sum(r.source == f for r in rels) for f in files},
        "dropped": dropped,
        "held_out_never_used": {CNC_EVAL: _sha(bench / CNC_EVAL), FIN_EVAL: _sha(bench / FIN_EVAL)},
    }


def _fit_model(rels: list[Relation], docs: list) -> dict:
    feats = [[expand(f, r.domain) for f in token_features(d)] for r, d in zip(rels, docs, strict=True)]
    indexer = Indexer(feats)
    data = [(*indexer.encode(f), gold_tags(d, r)) for f, d, r in zip(feats, docs, rels, strict=True)]
    w, t = fit(data, len(indexer.names))
    weights = {}
    for name, row in zip(indexer.names, np.round(w, DIGITS), strict=True):
        if row.any():
            weights[name] = [float(v) + 0.0 for v in row]  # + 0.0: no "-0.0" in the file
    return {"weights": weights, "transitions": [[float(v) + 0.0 for v in r] for r in np.round(t, DIGITS)]}


def train(bench: Path, limit: int = 0, nlp=None) -> dict:
    """The model file's content (weights, transitions, provenance)."""
    from extract.pipeline import build_nlp

    started = time.perf_counter()
    rels, dropped = training_relations(bench)
    rels = every_kth(rels, limit)
    nlp = nlp or build_nlp()
    docs = list(nlp.pipe([r.text for r in rels], batch_size=64))
    model = _fit_model(rels, docs)
    return {
        "model": "averaged structured perceptron, BIO cause/effect tags over spaCy parse features (kg span tagger v1)",
        "tags": list(TAGS),
        "trained_on": _provenance(bench, rels, dropped),
        "hyperparameters": {"seed": SEED, "epochs": EPOCHS, "min_count": MIN_COUNT, "digits": DIGITS},
        **model,
        "_seconds": time.perf_counter() - started,
    }


def holdout(bench: Path, nlp=None) -> str:
    """Our token measure on every HOLDOUT-th training relation, the tagger fitted on the rest."""
    from extract.bench import SpanScore
    from extract.pipeline import build_nlp

    rels, _ = training_relations(bench)
    nlp = nlp or build_nlp()
    docs = list(nlp.pipe([r.text for r in rels], batch_size=64))
    fit_idx = [i for i in range(len(rels)) if i % HOLDOUT]
    model = _fit_model([rels[i] for i in fit_idx], [docs[i] for i in fit_idx])
    tagger = SpanTagger.from_data(model)
    lines = []
    for domain in ("cnc", "fincausal"):
        score = SpanScore()
        for i in range(0, len(rels), HOLDOUT):
            r = rels[i]
            if r.domain == domain:
                gold = [{"cause": r.text[slice(*r.cause)], "effect": r.text[slice(*r.effect)]}]
                score.add(r.text, tagger.pairs(docs[i], domain), gold)
        p, rec, f = score.prf()
        lines.append(f"{domain} holdout (first relation per text): P={p:.3f} R={rec:.3f} F1={f:.3f}")
    return "\n".join(lines)


def dump(model: dict) -> str:
    """Deterministic JSON: sorted keys, one feature per line so diffs stay readable."""
    body = {k: v for k, v in model.items() if not k.startswith("_")}
    text = json.dumps(body, sort_keys=True, indent=0, ensure_ascii=False)
    return re.sub(r"\[\n([^\[\]]*?)\n\]", lambda m: "[" + m.group(1).replace("\n", " ") + "]", text) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = trainer_parser("train_spans", __doc__, MODEL_NAME, unit="relations")
    parser.add_argument("--holdout", action="store_true", help="score on 20%% of the training relations instead")
    args = parser.parse_args(argv)
    if args.holdout:
        print(holdout(args.bench_dir))
        return
    model = train(args.bench_dir, args.limit)
    args.out.write_text(dump(model), encoding="utf-8")
    size = args.out.stat().st_size
    used = sum(model["trained_on"]["relations_used"].values())
    features, seconds = len(model["weights"]), model["_seconds"]
    print(f"trained on {used} relations in {seconds:.0f}s; {features} features, {size / 1e6:.2f} MB → {args.out}")


if __name__ == "__main__":
    main()
