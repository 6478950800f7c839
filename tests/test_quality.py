"""Extraction quality on the seed papers, measured with the shared gold annotations, and on the
papers of ../shared/corpus-extra, measured with the second reference in tests/data.

The floors pin today's measured level so a change that lowers it fails; raise them as the
extractor improves (targets of the extraction-quality issue: mechanism F1 0.80, claims F1 0.75).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extract.evaluate import prf, score_paper, score_predictions
from extract.io import to_dict

pytestmark = pytest.mark.slow
MECHANISM_F1_FLOOR = 0.80  # measured 0.803 (session 21; the issue target)
CLAIMS_F1_FLOOR = 0.75  # measured 0.79 (issue target 0.75)
# issue targets for matched mechanisms (measured 0.98 / 0.86 / 0.90)
ATTRIBUTE_FLOORS = {"polarity": 0.90, "family": 0.80, "evidence": 0.80}


@pytest.fixture(scope="module")
def scores(gold_dir, seed_paths, seed_extractions):
    out = []
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text())
        path = next(p for p in seed_paths if p.name == gold["paper_file"])
        out.append(
            (
                gold,
                to_dict(seed_extractions[path.name]),
                score_paper(path.name, gold, to_dict(seed_extractions[path.name]), path.read_text()),
            )
        )
    return out


def test_mechanism_f1_does_not_drop_below_the_floor(scores):
    tp = sum(len(s.pairs) for _, _, s in scores)
    _, _, f = prf(tp, sum(len(s.pred) for _, _, s in scores), sum(len(g["mechanisms"]) for g, _, _ in scores))
    assert f >= MECHANISM_F1_FLOOR


@pytest.mark.parametrize("attribute", sorted(ATTRIBUTE_FLOORS))
def test_matched_mechanisms_get_polarity_family_and_evidence_right(scores, attribute):
    pairs = [pair for _, _, s in scores for pair in s.pairs]
    right = sum(1 for predicted, gold in pairs if predicted.get(attribute) == gold[attribute])
    assert right / len(pairs) >= ATTRIBUTE_FLOORS[attribute]


def test_claims_f1_does_not_drop_below_the_floor(scores):
    tp = sum(len(s.claim_pairs) for _, _, s in scores)
    npred = sum(len(s.claims_pred) for _, _, s in scores)
    _, _, f = prf(tp, npred, sum(len(g.get("claims", [])) for g, _, _ in scores))
    assert f >= CLAIMS_F1_FLOOR


def test_every_quote_is_verbatim_and_every_table_row_parsed(scores):
    for gold, _out, s in scores:
        assert s.quotes_ok == len(s.pred)
        assert s.stats_found == len(gold.get("statistics", []))


def test_titles_and_authors_are_exact(scores):
    for gold, out, _ in scores:
        assert out["paper"]["title"] == gold["metadata"]["title"]
        assert out["paper"]["authors"] == gold["metadata"]["authors"]


def test_our_scoring_equals_the_shared_scorer(gold_dir, scores, tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("shared_score", gold_dir / "score.py")
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    preds = {gold["paper_file"]: out for gold, out, _ in scores}
    pf = tmp_path / "preds.json"
    pf.write_text(json.dumps(preds))
    import sys

    argv = sys.argv
    sys.argv = ["score.py", str(gold_dir), str(gold_dir.parent / "seeds"), "--predictions", str(pf)]
    try:
        shared.main()
    finally:
        sys.argv = argv
    last = capsys.readouterr().out.strip().splitlines()[-1]
    tp = sum(len(s.pairs) for _, _, s in scores)
    _, _, f = prf(tp, sum(len(s.pred) for _, _, s in scores), sum(len(g["mechanisms"]) for g, _, _ in scores))
    assert last.startswith(f"mechanism F1 = {f:.3f}")


EXTRA_GOLD = Path(__file__).parent / "data" / "corpus_extra_gold"
# measured on v14 (session 15): mechanisms F1 0.686 (P 0.855), claims F1 0.80, evidence 0.94 (v12:
# 0.680, P 0.854; v11: 0.640); see tests/data/corpus_extra_gold/README.md for which are held out
EXTRA_FLOORS = {"mechanism_f1": 0.65, "mechanism_precision": 0.80, "claims_f1": 0.75, "evidence": 0.85}


@pytest.fixture(scope="module")
def extra_scores(corpus_extra_dir, nlp):
    from extract.pipeline import extract_file

    names = [json.loads(g.read_text())["paper_file"] for g in sorted(EXTRA_GOLD.glob("*.json"))]
    preds = {name: to_dict(extract_file(corpus_extra_dir / name, nlp)) for name in names}
    return score_predictions(EXTRA_GOLD, corpus_extra_dir, preds)


def test_papers_not_tuned_on_keep_their_measured_quality(extra_scores):
    """Rules written for the seeds must hold elsewhere: the 23 corpus-extra abstracts, scored
    against a second reference made without sight of this extractor."""
    tp = sum(len(s.pairs) for s in extra_scores)
    p, _, f = prf(tp, sum(len(s.pred) for s in extra_scores), sum(len(s.gold["mechanisms"]) for s in extra_scores))
    ctp = sum(len(s.claim_pairs) for s in extra_scores)
    ngc = sum(len(s.gold.get("claims", [])) for s in extra_scores)
    _, _, cf = prf(ctp, sum(len(s.claims_pred) for s in extra_scores), ngc)
    evidence = sum(1 for s in extra_scores for a, g in s.pairs if a.get("evidence") == g["evidence"]) / tp
    assert f >= EXTRA_FLOORS["mechanism_f1"]
    assert p >= EXTRA_FLOORS["mechanism_precision"]
    assert cf >= EXTRA_FLOORS["claims_f1"]
    assert evidence >= EXTRA_FLOORS["evidence"]
