"""Causal-sentence detection on public benchmarks (Causal News Corpus, FinCausal), next to
their published baselines, by two detectors on the same parses:

- rules: the same cue component and dependency rules as paper extraction; a text is causal when
  they find a cause → effect link in it, or it carries an explicit causal connective cue
  (``CAUSAL_MARK`` patterns);
- trained: ``extract.causal_detector``, a logistic regression over parse features fitted on the
  benchmarks' training splits only (``python -m extract.train_causal``), with the threshold it
  chose by cross-validation on those splits for that benchmark;
- neural: ``extract.neural_detector``, MiniLM with its top layers fine-tuned on the same training
  splits (``python -m extract.train_neural``), when the optional ``neural`` extra is installed.

Spans, for each detector: the rules' cause and effect phrases; and on the texts the trained
detector calls causal, the trained span tagger's cause and effect (``extract.span_tagger``,
fitted on the training splits only by ``python -m extract.train_spans``; where it finds no pair,
the connective spans of ``extract.connectives``, else the rules' pairs). Scored as the tokens of
the predicted cause and effect against the gold spans,
micro-averaged over tokens with predicted pairs matched one to one to gold pairs — our own
measure, simpler than the official FairEval (CNC) and nltk-token (FinCausal) scorers, so compare
span figures with care.

The run is bounded (``limit`` texts per data set, a systematic sample across the whole file so
FinCausal's 6.6% positives stay representative) and the trivial baselines (all-causal,
all-not-causal) are measured on the same sample in the same run.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.causal_detector import CausalDetector, load_detector
from extract.connectives import connective_pairs
from extract.cues import SPAN_KEY
from extract.mechanisms import find_links, np_tokens
from extract.span_tagger import SpanTagger, load_tagger

DEFAULT_LIMIT = 2000
PUBLISHED = {
    "cnc": "published, CNC V2 dev: BERT-base baseline causal F1 0.863 (P 0.841 R 0.887); "
    "best CASE 2023 test F1 0.847; span baseline (albert, FairEval) F1 0.627",
    "fincausal": "published, FinCausal 2020 trial: weighted F1 all-negative 0.902, organisers' BERT 0.952, "
    "2nd place 0.976; span CRF baseline F1 0.511, best 0.947 (nltk-token scorer)",
}


@dataclass
class Detection:
    causal: bool
    pairs: list[tuple[tuple[int, int], tuple[int, int]]]  # (cause chars, effect chars) in the text


def _chars(tokens: list) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _clause(head: Token) -> list[Token]:
    """The whole phrase a cause/effect head governs (benchmark spans are clauses, not bare noun phrases)."""
    return list(head.doc[head.left_edge.i : head.right_edge.i + 1]) or np_tokens(head)


def is_causal(sent: Span) -> bool:
    """Our extractor's verdict on one sentence: a cause → effect link, or an explicit causal connective."""
    return bool(find_links(sent)) or any(c.label_ == "CAUSAL_MARK" for c in _cues(sent))


def _cues(sent: Span) -> list[Span]:
    return [c for c in sent.doc.spans[SPAN_KEY] if c.start >= sent.start and c.end <= sent.end]


def detect(doc: Doc) -> Detection:
    """Causal verdict and cause/effect character spans for a text of one or more sentences."""
    pairs = []
    causal = False
    for sent in doc.sents:
        links = find_links(sent)
        causal = causal or bool(links) or any(c.label_ == "CAUSAL_MARK" for c in _cues(sent))
        for link in links:
            cause, effect = _clause(link.cause), _clause(link.effect)
            if cause and effect:
                pairs.append((_chars(cause), _chars(effect)))
    return Detection(causal, pairs)


def sample(path: Path, limit: int) -> list[dict]:
    """Every k-th row so the sample spans the whole file; deterministic."""
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if limit <= 0 or limit >= len(rows):
        return rows
    step = len(rows) / limit
    return [rows[int(i * step)] for i in range(limit)]


def _token_spans(text: str, start: int, end: int) -> set[int]:
    return {m.start() for m in re.finditer(r"\w+", text) if start <= m.start() < end}


def _gold_span(text: str, span: str) -> tuple[int, int] | None:
    i = text.find(span)
    return (i, i + len(span)) if i >= 0 else None


class SpanScore:
    """Token-level micro P/R/F1 over cause and effect tokens, pairs matched one to one."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, text: str, predicted: list, gold: list[dict]) -> None:
        golds = []
        for g in gold:
            c, e = _gold_span(text, g["cause"]), _gold_span(text, g["effect"])
            if c and e:
                golds.append((_token_spans(text, *c), _token_spans(text, *e)))
        preds = [(_token_spans(text, *c), _token_spans(text, *e)) for c, e in predicted]
        cands = sorted(
            (
                (len(pc & gc) + len(pe & ge), i, j)
                for i, (pc, pe) in enumerate(preds)
                for j, (gc, ge) in enumerate(golds)
            ),
            reverse=True,
        )
        used_p, used_g = set(), set()
        for score, i, j in cands:
            if score and i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
                for p, g in zip(preds[i], golds[j], strict=True):
                    self.tp += len(p & g)
                    self.fp += len(p - g)
                    self.fn += len(g - p)
        self.fp += sum(len(pc) + len(pe) for i, (pc, pe) in enumerate(preds) if i not in used_p)
        self.fn += sum(len(gc) + len(ge) for j, (gc, ge) in enumerate(golds) if j not in used_g)

    def prf(self) -> tuple[float, float, float]:
        return _prf(self.tp, self.fp, self.fn)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def weighted_f1(tp: int, fp: int, fn: int, tn: int) -> float:
    """sklearn ``average='weighted'`` F1 over the two classes, as FinCausal Task 1 reports it."""
    f_pos = _prf(tp, fp, fn)[2]
    f_neg = _prf(tn, fn, fp)[2]
    n = tp + fp + fn + tn
    return ((tp + fn) * f_pos + (tn + fp) * f_neg) / n if n else 0.0


@dataclass
class Confusion:
    """Counts of one detector's verdicts against the gold labels."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, predicted: bool, gold: bool) -> None:
        self.tp += predicted and gold
        self.fp += predicted and not gold
        self.fn += gold and not predicted
        self.tn += not predicted and not gold

    def figures(self) -> str:
        p, r, f = _prf(self.tp, self.fp, self.fn)
        weighted = weighted_f1(self.tp, self.fp, self.fn, self.tn)
        return f"causal P={p:.3f} R={r:.3f} F1={f:.3f}; weighted F1={weighted:.3f}"


@dataclass
class NeuralResult:
    """The neural detector's verdicts on a set, or why there are none (the extra is optional)."""

    confusion: Confusion | None
    note: str
    verdicts: list[bool] | None = None  # per text, in sample order

    def figures(self) -> str:
        return f"{self.confusion.figures()}  ({self.note})" if self.confusion else self.note


def run_neural(name: str, rows: list[dict]) -> NeuralResult:
    """The neural detector over the sample's raw texts (it needs no parse)."""
    from extract.neural_detector import NeuralUnavailable, load_neural, model_path

    if not model_path().exists():
        return NeuralResult(None, "no model (python -m extract.train_neural BENCH_DIR)")
    try:
        detector = load_neural()
    except NeuralUnavailable as e:
        return NeuralResult(None, f"not installed: {e}")
    started = time.perf_counter()
    confusion = Confusion()
    verdicts = list(detector.is_causal([r["text"] for r in rows], name))
    for verdict, row in zip(verdicts, rows, strict=True):
        confusion.add(verdict, bool(row["causal"]))
    seconds = time.perf_counter() - started
    note = f"threshold {detector.thresholds[name]:.2f}, training splits only, {seconds:.1f}s"
    return NeuralResult(confusion, note, verdicts)


@dataclass
class SetResult:
    name: str
    n: int
    positives: int
    rules: Confusion
    trained: Confusion | None  # None when no trained model is packaged
    span: tuple[float, float, float]
    span_pairs: int
    seconds: float
    trained_span: tuple[float, float, float] | None = None  # connective spans
    tagger_span: tuple[float, float, float] | None = None  # the trained span tagger
    gold_causal_span: tuple[float, float, float] | None = None  # the tagger on the gold-causal texts only
    neural: NeuralResult | None = None
    neural_span: tuple[float, float, float] | None = None  # the neural detector + the span tagger

    def line(self) -> str:
        all_causal = _prf(self.positives, self.n - self.positives, 0)[2]
        all_neg = weighted_f1(0, 0, self.positives, self.n - self.positives)
        sp, sr, sf = self.span
        trained = (
            f"{self.trained.figures()}  (threshold {load_detector().thresholds[self.name]:.2f}, training splits only)"
            if self.trained
            else "no model (python -m extract.train_causal BENCH_DIR)"
        )
        return (
            f"{self.name}: {self.n} texts ({self.positives} causal), {self.seconds:.1f}s\n"
            f"  rules:   {self.rules.figures()}\n"
            f"  trained: {trained}\n"
            + (f"  neural:  {self.neural.figures()}\n" if self.neural else "")
            + f"  same sample: all-causal F1={all_causal:.3f}; all-not-causal weighted F1={all_neg:.3f}\n"
            f"  spans, our token measure (not FairEval / nltk exactly) over {self.span_pairs} gold pairs:\n"
            f"    rules:   P={sp:.3f} R={sr:.3f} F1={sf:.3f}\n"
            + self._trained_span_lines()
            + f"  {PUBLISHED[self.name]}"
        )

    def _trained_span_lines(self) -> str:
        rows = [
            ("trained", self.tagger_span, "trained detector + span tagger, training splits only"),
            ("neural", self.neural_span, "neural detector + span tagger, training splits only"),
            ("span tagger on the gold-causal texts only", self.gold_causal_span, "the span subtasks' setting"),
            ("trained detector + connective spans", self.trained_span, "else the rules' pairs; before the tagger"),
        ]
        return "".join(
            f"    {label}: P={s[0]:.3f} R={s[1]:.3f} F1={s[2]:.3f}  ({note})\n" for label, s, note in rows if s
        )


def _detector() -> CausalDetector | None:
    try:
        return load_detector()
    except FileNotFoundError:
        return None


def _tagger() -> SpanTagger | None:
    try:
        return load_tagger()
    except FileNotFoundError:
        return None


@dataclass
class _SpanScores:
    """The span scores of one run: rules, trained detector + connectives, + tagger, tagger on gold-causal."""

    rules: SpanScore
    connectives: SpanScore
    tagger: SpanScore
    gold_causal: SpanScore
    neural: SpanScore

    def add(
        self,
        row: dict,
        doc: Doc,
        found: Detection,
        verdicts: tuple[bool | None, bool | None],
        tagger: SpanTagger | None,
        name: str,
    ):
        """``verdicts``: the trained and the neural detector's (None: that detector is absent)."""
        text, gold = row["text"], row.get("pairs", [])
        causal, neural = verdicts
        self.rules.add(text, found.pairs, gold)
        fallback = connective_pairs(doc) or found.pairs
        if causal is not None:
            self.connectives.add(text, fallback if causal else [], gold)
        if tagger and (causal or neural or row["causal"]):
            tagged = tagger.pairs(doc, name) or fallback
            if row["causal"]:
                self.gold_causal.add(text, tagged, gold)
            if causal is not None:
                self.tagger.add(text, tagged if causal else [], gold)
        if tagger and neural is not None:
            self.neural.add(text, tagged if neural else [], gold)


def run_set(name: str, rows: list[dict], nlp: Language) -> SetResult:
    """Rules and the trained models on the same parsed texts; ``name`` is the models' domain."""
    started = time.perf_counter()
    rules = Confusion()
    detector, tagger = _detector(), _tagger()
    trained = Confusion() if detector else None
    neural = run_neural(name, rows)
    neural_verdicts = neural.verdicts or [None] * len(rows)
    scores = _SpanScores(SpanScore(), SpanScore(), SpanScore(), SpanScore(), SpanScore())
    docs = nlp.pipe([r["text"] for r in rows], batch_size=64)
    for row, doc, neural_verdict in zip(rows, docs, neural_verdicts, strict=True):
        found = detect(doc)
        gold = bool(row["causal"])
        rules.add(found.causal, gold)
        causal = detector.is_causal(doc, name) if detector else None
        if trained and causal is not None:
            trained.add(causal, gold)
        scores.add(row, doc, found, (causal, neural_verdict), tagger, name)
    return SetResult(
        name,
        len(rows),
        sum(1 for r in rows if r["causal"]),
        rules,
        trained,
        scores.rules.prf(),
        sum(len(r.get("pairs", [])) for r in rows),
        time.perf_counter() - started,
        scores.connectives.prf() if trained else None,
        scores.tagger.prf() if trained and tagger else None,
        scores.gold_causal.prf() if tagger else None,
        neural,
        scores.neural.prf() if tagger and neural.verdicts is not None else None,
    )


def run_benchmarks(bench_dir: Path, limit: int = DEFAULT_LIMIT, nlp: Language | None = None) -> list[SetResult]:
    """Both data sets that are present under ``bench_dir`` (``cnc/``, ``fincausal/``)."""
    from extract.pipeline import build_nlp
    from kg.errors import KgError

    nlp = nlp or build_nlp()
    out = []
    for name in ("cnc", "fincausal"):
        path = bench_dir / name / "eval.jsonl"
        if path.exists():
            out.append(run_set(name, sample(path, limit), nlp))
    if not out:
        raise KgError(f"no benchmark data under {bench_dir} (expected cnc/eval.jsonl or fincausal/eval.jsonl)")
    return out


def report(results: list[SetResult]) -> str:
    return "\n".join(r.line() for r in results)


def main(argv: list[str] | None = None) -> None:
    """``python -m extract.bench BENCH_DIR [LIMIT]`` (the same as ``kg bench-causal``)."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if not args:
        raise SystemExit("usage: python -m extract.bench BENCH_DIR [LIMIT]")
    print(report(run_benchmarks(Path(args[0]), int(args[1]) if len(args) > 1 else DEFAULT_LIMIT)))


if __name__ == "__main__":
    main()
