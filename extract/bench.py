"""Causal-sentence detection on public benchmarks (Causal News Corpus, FinCausal), next to
their published baselines: the same cue component and dependency rules as paper extraction.

Detection: a text is causal when our rules find a cause → effect link in it, or it carries an
explicit causal connective cue. Span finding (CNC only): token-overlap F1 of our cause/effect
phrases against the gold spans of the best-matching pair — a simpler measure than the
shared task's FairEval scorer, so compare it with care.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from extract.mechanisms import find_links, np_tokens

BASELINES = {
    "cnc": "published (dev): BERT-base baseline F1 86.32 (P 84.10 R 88.65); all-causal guess F1 70.48; "
    "span baseline (albert) F1 62.71",
    "fincausal": "published (trial): weighted F1 all-negative 0.9017, organisers' BERT 0.9523; best 2020 system 0.9755",
}


def load(path: Path, limit: int) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
            if len(rows) >= limit:
                break
    return rows


def detect(doc) -> tuple[bool, list[tuple[str, str]]]:
    spans = []
    for sent in doc.sents:
        for link in find_links(sent):
            spans.append(
                (" ".join(t.text for t in np_tokens(link.cause)), " ".join(t.text for t in np_tokens(link.effect)))
            )
    marked = any(c.label_ == "CAUSAL_MARK" for c in doc.spans["kg_cues"])
    return bool(spans) or marked, spans


def _tok(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def _overlap(pred: str, gold: str) -> float:
    p, g = _tok(pred), _tok(gold)
    common = len(set(p) & set(g))
    if not p or not g or not common:
        return 0.0
    prec, rec = common / len(set(p)), common / len(set(g))
    return 2 * prec * rec / (prec + rec)


def _binary(tp: int, fp: int, fn: int, tn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    pn = tn / (tn + fn) if tn + fn else 0.0
    rn = tn / (tn + fp) if tn + fp else 0.0
    fneg = 2 * pn * rn / (pn + rn) if pn + rn else 0.0
    n = tp + fp + fn + tn
    weighted = ((tp + fn) * f + (tn + fp) * fneg) / n if n else 0.0
    return {"P": p, "R": r, "F1": f, "weighted_F1": weighted, "n": n}


def run_set(name: str, rows: list[dict], nlp) -> str:
    tp = fp = fn = tn = 0
    span_scores = []
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64), strict=True):
        causal, spans = detect(doc)
        gold = bool(row["causal"])
        tp += causal and gold
        fp += causal and not gold
        fn += gold and not causal
        tn += not causal and not gold
        for pair in row.get("pairs", []):
            best = max(((_overlap(c, pair["cause"]) + _overlap(e, pair["effect"])) / 2 for c, e in spans), default=0.0)
            span_scores.append(best)
    m = _binary(tp, fp, fn, tn)
    line = (
        f"{name}: {m['n']} texts; causal class P={m['P']:.3f} R={m['R']:.3f} F1={m['F1']:.3f}; "
        f"weighted F1={m['weighted_F1']:.4f}"
    )
    if span_scores:
        line += (
            f"; cause/effect span overlap F1={sum(span_scores) / len(span_scores):.3f} over {len(span_scores)} pairs"
        )
    return line + f"\n  {BASELINES[name]}"


def run_benchmarks(bench_dir: Path, limit: int = 400) -> str:
    from extract.pipeline import build_nlp

    nlp = build_nlp()
    out = []
    for name in ("cnc", "fincausal"):
        path = bench_dir / name / "eval.jsonl"
        if path.exists():
            out.append(run_set(name, load(path, limit), nlp))
    return "\n".join(out) or f"no benchmark data under {bench_dir}"
