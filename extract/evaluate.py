"""Scoring extraction against gold annotations (same matching rules as ../shared/gold/score.py).

A predicted mechanism matches a gold one when its cause and effect each match the gold concept
(label or alias) after lower-casing, dropping stop words and plural s, by equality or token
Jaccard ≥ 0.5; pairs are matched one to one, greedily by score. Claims match when the predicted
quote covers ≥ 60% of a gold claim's words. Also: precision at confidence thresholds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

STOP = frozenset(  # the same list as score.py
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "for",
        "to",
        "by",
        "with",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "its",
        "it",
        "as",
        "at",
        "from",
        "into",
        "within",
        "between",
        "among",
        "level",
    ]
)
THRESHOLDS = (0.0, 0.3, 0.5, 0.7, 0.9)


def norm_text(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip().lower()


def tokens(label: str | None) -> frozenset[str]:
    out = []
    for t in re.findall(r"[a-z0-9]+", (label or "").lower()):
        if t in STOP:
            continue
        if len(t) > 3 and t.endswith("ies"):
            t = t[:-3] + "y"
        elif len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]
        out.append(t.replace("digitalization", "digitization").replace("digitalisation", "digitization"))
    return frozenset(out)


def label_score(pred: str, names: list[str]) -> float:
    p = tokens(pred)
    if not p:
        return 0.0
    best = 0.0
    for n in names:
        g = tokens(n)
        if not g:
            continue
        if p == g:
            return 1.0
        best = max(best, len(p & g) / len(p | g))
    return best


def match_mechanisms(gold: dict, pred: list[dict]) -> list[tuple[dict, dict]]:
    table: dict[str, list[str]] = {}
    for c in gold.get("concepts", []):
        names = [c["label"], *c.get("aliases", [])]
        for n in names:
            table[n.lower()] = names
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold.get("mechanisms", [])):
            cs = label_score(p.get("cause", ""), table.get(g["cause"].lower(), [g["cause"]]))
            es = label_score(p.get("effect", ""), table.get(g["effect"].lower(), [g["effect"]]))
            if cs >= 0.5 and es >= 0.5:
                cands.append((cs + es, i, j))
    cands.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((pred[i], gold["mechanisms"][j]))
    return pairs


def dedupe(mechs: list[dict]) -> list[dict]:
    seen, out = set(), []
    for m in mechs:
        key = (tokens(m.get("cause", "")), tokens(m.get("effect", "")), m.get("polarity"))
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def claim_overlap(pq: str, gq: str) -> float:
    a, b = norm_text(pq), norm_text(gq)
    if not a or not b:
        return 0.0
    if b in a or a in b:
        return 1.0
    return len(set(a.split()) & set(b.split())) / max(1, len(set(b.split())))


def match_claims(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    used, pairs = set(), []
    for pc in pred:
        for k, gc in enumerate(gold):
            if k not in used and claim_overlap(pc.get("quote", ""), gc["quote"]) >= 0.6:
                used.add(k)
                pairs.append((pc, gc))
                break
    return pairs


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class PaperScore:
    name: str
    pred: list[dict]
    gold: dict
    pairs: list[tuple[dict, dict]]
    claims_pred: list[dict]
    claim_pairs: list[tuple[dict, dict]]
    quotes_ok: int
    stats_found: int
    extra: dict = field(default_factory=dict)


def score_paper(name: str, gold: dict, out: dict, text: str) -> PaperScore:
    pred = dedupe(out.get("mechanisms", []))
    norm = norm_text(text)
    stats_found = 0
    for gs in gold.get("statistics", []):
        for ps in out.get("statistics", []):
            if (
                str(ps.get("model", "")).lower() == gs["model"].lower()
                and label_score(ps.get("variable", ""), [gs["variable"]]) >= 0.6
                and ps.get("coef") is not None
                and abs(float(ps["coef"]) - gs["coef"]) < 1e-6
            ):
                stats_found += 1
                break
    return PaperScore(
        name,
        pred,
        gold,
        match_mechanisms(gold, pred),
        out.get("claims", []),
        match_claims(gold.get("claims", []), out.get("claims", [])),
        sum(1 for p in pred if p.get("quote") and norm_text(p["quote"]) in norm),
        stats_found,
    )


def _line(s: PaperScore) -> str:
    tp, g = len(s.pairs), s.gold
    p, r, f = prf(tp, len(s.pred), len(g["mechanisms"]))
    agree = {k: sum(1 for pm, gm in s.pairs if pm.get(k) == gm[k]) for k in ("polarity", "family", "evidence")}
    return (
        f"{s.name}: mechanisms P={p:.2f} R={r:.2f} F1={f:.2f} (pred {len(s.pred)}, gold {len(g['mechanisms'])}, "
        f"matched {tp}); polarity {agree['polarity']}/{tp}, family {agree['family']}/{tp}, evidence "
        f"{agree['evidence']}/{tp}; verbatim quotes {s.quotes_ok}/{len(s.pred)}; claims {len(s.claim_pairs)}/"
        f"{len(g.get('claims', []))} found of {len(s.claims_pred)} predicted; statistics {s.stats_found}/"
        f"{len(g.get('statistics', []))}"
    )


def _thresholds(scores: list[PaperScore], kind: str) -> list[str]:
    lines = [f"precision at confidence thresholds ({kind}):"]
    for t in THRESHOLDS:
        tp = npred = ngold = 0
        for s in scores:
            if kind == "mechanisms":
                kept = [m for m in s.pred if float(m.get("confidence", 0)) >= t]
                tp += len(match_mechanisms(s.gold, kept))
                ngold += len(s.gold["mechanisms"])
            else:
                kept = [c for c in s.claims_pred if float(c.get("confidence", 0)) >= t]
                tp += len(match_claims(s.gold.get("claims", []), kept))
                ngold += len(s.gold.get("claims", []))
            npred += len(kept)
        p, r, f = prf(tp, npred, ngold)
        lines.append(f"  >= {t:.1f}: kept {npred:4d}  P={p:.2f} R={r:.2f} F1={f:.2f}")
    return lines


def report(scores: list[PaperScore], verbose: bool = True) -> str:
    lines = []
    for s in scores:
        lines.append(_line(s))
        if verbose:
            matched_g = {id(g) for _, g in s.pairs}
            matched_p = {id(p) for p, _ in s.pairs}
            lines += [
                f"   missed: {g['cause']} -> {g['effect']} [{g['polarity']}] :: {g['quote'][:100]}"
                for g in s.gold["mechanisms"]
                if id(g) not in matched_g
            ]
            lines += [
                f"   extra:  {p.get('cause')} -> {p.get('effect')} [{p.get('polarity')}] :: {p.get('quote', '')[:80]}"
                for p in s.pred
                if id(p) not in matched_p
            ]
            found_g = {id(g) for _, g in s.claim_pairs}
            found_p = {id(p) for p, _ in s.claim_pairs}
            lines += [
                f"   missed claim: [{g['type']}] {g['quote'][:100]}"
                for g in s.gold.get("claims", [])
                if id(g) not in found_g
            ]
            lines += [
                f"   extra claim:  [{p.get('type')}] {p.get('quote', '')[:100]}"
                for p in s.claims_pred
                if id(p) not in found_p
            ]
    tp = sum(len(s.pairs) for s in scores)
    npred = sum(len(s.pred) for s in scores)
    ngold = sum(len(s.gold["mechanisms"]) for s in scores)
    ctp = sum(len(s.claim_pairs) for s in scores)
    cp, cr, cf = prf(ctp, sum(len(s.claims_pred) for s in scores), sum(len(s.gold.get("claims", [])) for s in scores))
    agree = {
        k: sum(1 for s in scores for pm, gm in s.pairs if pm.get(k) == gm[k])
        for k in ("polarity", "family", "evidence")
    }
    lines += _thresholds(scores, "mechanisms") + _thresholds(scores, "claims")
    cpairs = [pair for s in scores for pair in s.claim_pairs]
    n = max(1, len(cpairs))
    same_type = sum(1 for pc, gc in cpairs if pc.get("type") == gc.get("type"))
    same_hedge = sum(1 for pc, gc in cpairs if bool(pc.get("hedged")) == bool(gc.get("hedged")))
    lines.append(f"matched claims: type accuracy {same_type / n:.2f}, hedged accuracy {same_hedge / n:.2f}")
    lines.append(
        f"claims: P={cp:.2f} R={cr:.2f} F1={cf:.2f}; statistics recall "
        f"{sum(s.stats_found for s in scores)}/{sum(len(s.gold.get('statistics', [])) for s in scores)}"
    )
    m = max(1, tp)
    lines.append(
        f"matched mechanisms: polarity accuracy {agree['polarity'] / m:.2f}, family accuracy "
        f"{agree['family'] / m:.2f}, evidence accuracy {agree['evidence'] / m:.2f}; verbatim quotes "
        f"{sum(s.quotes_ok for s in scores)}/{npred}"
    )
    p, r, f = prf(tp, npred, ngold)
    lines.append(f"mechanism F1 = {f:.3f} (P={p:.3f} R={r:.3f})")
    return "\n".join(lines)


def score_predictions(gold_dir: Path, papers_dir: Path, predictions: dict[str, dict]) -> list[PaperScore]:
    """Score extractor output already in hand (paper file name → ``kg extract --json`` dict)."""
    from kg.errors import KgError

    scores = []
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text())
        paper = papers_dir / gold["paper_file"]
        if not paper.exists():
            raise KgError(f"no paper {paper} for gold file {gf.name}: pass the folder that holds it")
        if gold["paper_file"] not in predictions:
            raise KgError(f"no prediction for {gold['paper_file']}")
        out = predictions[gold["paper_file"]]
        scores.append(score_paper(gold["paper_file"], gold, out, paper.read_text(errors="replace")))
    return scores


def extract_gold_papers(gold_dir: Path, papers_dir: Path) -> dict[str, dict]:
    """Run our extractor on every paper named by a gold file, with one model load."""
    from extract.io import to_dict
    from extract.pipeline import build_nlp, extract_file
    from kg.errors import KgError

    nlp = build_nlp()
    out = {}
    for gf in sorted(gold_dir.glob("*.json")):
        name = json.loads(gf.read_text())["paper_file"]
        paper = papers_dir / name
        if not paper.exists():
            raise KgError(f"no paper {paper} for gold file {gf.name}: pass the folder that holds it")
        out[name] = to_dict(extract_file(paper, nlp))
    return out


def score_dir(gold_dir: Path, papers_dir: Path) -> list[PaperScore]:
    """Extract every gold paper with one model load and score it."""
    return score_predictions(gold_dir, papers_dir, extract_gold_papers(gold_dir, papers_dir))


def default_papers_dir(gold_dir: Path) -> Path:
    """The gold dir's sibling ``seeds`` when present (the shared layout), else our corpus/."""
    from kg.config import ROOT

    sibling = gold_dir.parent / "seeds"
    return sibling if sibling.is_dir() else ROOT / "corpus"


def evaluate_dir(gold_dir: Path, papers_dir: Path | None = None, verbose: bool = True) -> str:
    from kg.errors import KgError

    if not any(gold_dir.glob("*.json")):
        raise KgError(f"no gold files (*.json) in {gold_dir}")
    return report(score_dir(gold_dir, papers_dir or default_papers_dir(gold_dir)), verbose)


def main(argv: list[str] | None = None) -> None:
    """``python -m extract.evaluate GOLD_DIR [PAPERS_DIR] [-q]`` (the same as ``kg eval``)."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    flags = {a for a in args if a.startswith("-")}
    paths = [Path(a) for a in args if not a.startswith("-")]
    if not paths:
        raise SystemExit("usage: python -m extract.evaluate GOLD_DIR [PAPERS_DIR] [-q]")
    print(evaluate_dir(paths[0], paths[1] if len(paths) > 1 else None, verbose=not flags & {"-q", "--quiet"}))


if __name__ == "__main__":
    main()
