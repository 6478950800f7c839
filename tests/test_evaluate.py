"""`kg eval`: our scoring gives the shared scorer's figures, plus confidence thresholds."""

from __future__ import annotations

import importlib.util
import json
import re
import sys

import pytest
from click.testing import CliRunner

from extract.evaluate import THRESHOLDS, report, score_predictions
from kg.cli import cli, main


def _perturbed(gold: dict, k: int) -> dict:
    """A prediction built from a gold file with misses, renamed ends, extras and low confidences."""
    mechs = []
    for i, m in enumerate(gold["mechanisms"]):
        if i % 3 == k % 3:
            continue  # missed
        cause = m["cause"] if i % 4 else m["cause"] + " level"
        effect = m["effect"] if i % 5 else "unrelated outcome"
        polarity = m["polarity"] if i % 7 else "negative"
        mechs.append({**m, "cause": cause, "effect": effect, "polarity": polarity, "confidence": (i % 10) / 10})
    claims = [{**c, "confidence": (i % 10) / 10} for i, c in enumerate(gold["claims"]) if i % 4]
    claims.append({"quote": "An invented sentence that no annotator marked.", "type": "finding", "confidence": 0.2})
    stats = gold.get("statistics", [])[::2]
    return {"paper": gold["metadata"], "mechanisms": mechs, "claims": claims, "statistics": stats}


@pytest.fixture(scope="module")
def shared_score(gold_dir):
    spec = importlib.util.spec_from_file_location("shared_score", gold_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def predictions(gold_dir):
    golds = [json.loads(p.read_text()) for p in sorted(gold_dir.glob("*.json"))]
    return {g["paper_file"]: _perturbed(g, k) for k, g in enumerate(golds)}


def _shared_output(shared_score, gold_dir, predictions, tmp_path, capsys, monkeypatch) -> list[str]:
    pf = tmp_path / "preds.json"
    pf.write_text(json.dumps(predictions))
    monkeypatch.setattr(
        sys, "argv", ["score.py", str(gold_dir), str(gold_dir.parent / "seeds"), "--predictions", str(pf)]
    )
    capsys.readouterr()
    shared_score.main()
    return capsys.readouterr().out.strip().splitlines()


def test_every_figure_equals_the_shared_scorer(shared_score, gold_dir, predictions, tmp_path, capsys, monkeypatch):
    theirs = _shared_output(shared_score, gold_dir, predictions, tmp_path, capsys, monkeypatch)
    ours = report(score_predictions(gold_dir, gold_dir.parent / "seeds", predictions), verbose=False).splitlines()
    per_paper = [line for line in ours if line.endswith(tuple("0123456789")) and ".txt:" in line]
    assert per_paper == theirs[:-3] and len(per_paper) == 4
    assert ours[-3:] == theirs[-3:]
    assert "mechanism F1 = 1.000" not in ours[-1]  # the perturbation really changed the figures


def test_confidence_thresholds_keep_fewer_predictions_as_they_rise(gold_dir, predictions):
    text = report(score_predictions(gold_dir, gold_dir.parent / "seeds", predictions), verbose=False)
    for kind in ("mechanisms", "claims"):
        block = text.split(f"precision at confidence thresholds ({kind}):")[1].splitlines()[1 : 1 + len(THRESHOLDS)]
        kept = [int(re.search(r"kept\s+(\d+)", line).group(1)) for line in block]
        assert [float(re.search(r">= ([\d.]+)", line).group(1)) for line in block] == list(THRESHOLDS)
        assert kept == sorted(kept, reverse=True) and kept[0] > kept[-1]


def test_verbose_report_lists_missed_and_spurious_mechanisms(gold_dir, predictions):
    text = report(score_predictions(gold_dir, gold_dir.parent / "seeds", predictions), verbose=True)
    assert re.search(r"^   missed: .+ -> .+ \[\w+\] :: ", text, re.M)
    assert re.search(r"^   extra:  .+ -> unrelated outcome", text, re.M)
    assert "   extra claim:  [finding] An invented sentence" in text
    assert re.search(r"^   missed claim: \[\w+\] ", text, re.M)


@pytest.mark.slow
def test_kg_eval_on_one_gold_paper_prints_the_figures(gold_dir, tmp_path):
    one = tmp_path / "gold"
    one.mkdir()
    name = sorted(gold_dir.glob("*.json"))[-1].name
    (one / name).write_text((gold_dir / name).read_text())
    res = CliRunner().invoke(cli, ["eval", str(one), str(gold_dir.parent / "seeds"), "--quiet"], catch_exceptions=False)
    assert res.exit_code == 0
    assert re.search(r"^claims: P=\d\.\d\d R=\d\.\d\d F1=\d\.\d\d", res.output, re.M)
    assert res.output.strip().splitlines()[-1].startswith("mechanism F1 = ")


def test_kg_eval_on_a_folder_without_gold_files_is_a_one_line_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["kg", "eval", str(tmp_path)])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 1
    err = capsys.readouterr().err.strip()
    assert "no gold files" in err and len(err.splitlines()) == 1
