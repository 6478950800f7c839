"""`kg bench-causal`: our causal detection on CNC and FinCausal, scored against their labels."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from extract.bench import SpanScore, detect, run_set, sample, weighted_f1
from kg.cli import cli


def test_explicit_causal_sentence_is_detected_with_cause_and_effect_spans(nlp):
    text = "Rising fuel prices led to violent protests in the capital."
    found = detect(nlp(text))
    assert found.causal
    (c0, c1), (e0, e1) = found.pairs[0]
    assert "fuel prices" in text[c0:c1] and "protests" in text[e0:e1]


def test_plain_report_is_not_causal(nlp):
    assert not detect(nlp("The meeting took place in the town hall on Monday.")).causal


def test_span_score_counts_tokens_of_matched_pairs():
    text = "heavy rain caused floods in the valley"
    score = SpanScore()
    score.add(text, [((0, 10), (18, 24))], [{"cause": "heavy rain", "effect": "floods in the valley"}])
    p, r, _ = score.prf()
    assert p == 1.0 and r == pytest.approx(3 / 6)


def test_weighted_f1_of_the_all_negative_guess_matches_the_readme_definition():
    # 1 positive in 10: the negative class has F1 2*0.9*1/(1.9); weighted by support 9/10
    assert weighted_f1(0, 0, 1, 9) == pytest.approx(0.9 * (2 * 0.9 / 1.9))


def test_sample_spreads_over_the_whole_file(tmp_path):
    path = tmp_path / "eval.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "x", "causal": False}) + "\n" for i in range(100)))
    ids = [r["id"] for r in sample(path, 10)]
    assert ids == list(range(0, 100, 10))


def test_cnc_sample_scores_above_nothing(bench_dir, nlp):
    rows = sample(bench_dir / "cnc" / "eval.jsonl", 60)
    result = run_set("cnc", rows, nlp)
    assert result.n == 60 and result.positives > 0
    assert result.tp > 0 and result.tp + result.fp + result.fn + result.tn == 60
    assert "published" in result.line()


def test_kg_bench_causal_prints_figures_next_to_published_baselines(bench_dir):
    res = CliRunner().invoke(cli, ["bench-causal", str(bench_dir), "--limit", "30"], catch_exceptions=False)
    assert res.exit_code == 0
    assert res.output.count("published") == 2 and "cnc: 30 texts" in res.output
