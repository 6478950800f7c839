"""The ``kg`` command: papers in, knowledge graph out, and ways to ask it questions.

Every user mistake becomes one line on stderr and a non-zero exit, handled in ``main``.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from kg.config import Settings
from kg.errors import KgError

STORE_OPT = click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path),
    envvar="KG_STORE",
    help="Store directory (env KG_STORE; default var/store).",
)
CORPUS_OPT = click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    envvar="KG_CORPUS",
    help="Corpus directory (env KG_CORPUS; default corpus/).",
)


def _settings(store_path: Path | None = None, corpus: Path | None = None) -> tuple[Path, Path]:
    s = Settings.from_env()
    return store_path or s.store, corpus or s.corpus


def _open(store_path: Path | None, read_only: bool = False):
    from kg.store import open_store

    path, _ = _settings(store_path)
    if read_only and not path.exists():
        raise KgError(f"no store at {path}: run `kg build` first")
    return open_store(path, read_only=read_only)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-digital-economy")
def cli() -> None:
    """Knowledge graph of who claims what causes what in the digital-economy literature.

    \b
    Example:
      kg build && kg mechanisms --family integration
    """


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@STORE_OPT
@CORPUS_OPT
def add(files: tuple[Path, ...], store_path: Path | None, corpus: Path | None) -> None:
    """Copy papers into the corpus, extract them and add them to the graph.

    \b
    Example:
      kg add paper.pdf notes/another-paper.md
    """
    from kg.ingest import add_files

    _, corpus_dir = _settings(store_path, corpus)
    with (
        _open(store_path) as store,
        click.progressbar(length=len(files), label="adding", file=sys.stderr, hidden=not sys.stderr.isatty()) as bar,
    ):
        results = add_files(files, store, corpus_dir, progress=lambda _name: bar.update(1))
    for r in results:
        click.echo(f"{r.status:9} {r.paper_id}  {r.file}  ({r.mechanisms} mechanisms, {r.claims} claims)")


@cli.command()
@click.option("--workers", default=1, show_default=True, help="Extraction processes.")
@STORE_OPT
@CORPUS_OPT
def build(workers: int, store_path: Path | None, corpus: Path | None) -> None:
    """(Re)build the whole graph from the corpus (bulk load, swapped in when complete).

    \b
    Example:
      kg build --workers 2
    """
    from kg.ingest import build_corpus, corpus_files

    store_dir, corpus_dir = _settings(store_path, corpus)
    if not corpus_dir.is_dir():
        raise KgError(f"no corpus directory at {corpus_dir}")
    n = len(corpus_files(corpus_dir))
    with click.progressbar(length=n, label="extracting", file=sys.stderr, hidden=not sys.stderr.isatty()) as bar:
        xs = build_corpus(
            store_dir,
            corpus_dir,
            workers,
            progress=lambda _n: bar.update(1),
            warn=lambda msg: click.echo(f"warning: {msg}", err=True),
        )
    click.echo(
        f"built {store_dir}: {len(xs)} papers, {sum(len(x.mechanisms) for x in xs)} mechanism assertions, "
        f"{sum(len(x.claims) for x in xs)} claims"
    )


@cli.command()
@click.argument("paper_id")
@STORE_OPT
@CORPUS_OPT
def remove(paper_id: str, store_path: Path | None, corpus: Path | None) -> None:
    """Remove a paper from the graph and the corpus.

    \b
    Example:
      kg remove p-80b2b9be19fbee16
    """
    from kg.ingest import remove_paper

    _, corpus_dir = _settings(store_path, corpus)
    with _open(store_path) as store:
        name = remove_paper(store, corpus_dir, paper_id)
    click.echo(f"removed {paper_id} ({name})")


def _table(rows: list[dict], cols: list[str], width: int = 60) -> str:
    def cell(v: object) -> str:
        s = ", ".join(map(str, v)) if isinstance(v, list) else "" if v is None else str(v)
        return s if len(s) <= width else s[: width - 1] + "…"

    widths = {c: max(len(c), *(len(cell(r.get(c))) for r in rows)) if rows else len(c) for c in cols}
    lines = ["  ".join(c.ljust(widths[c]) for c in cols), "  ".join("-" * widths[c] for c in cols)]
    lines += ["  ".join(cell(r.get(c)).ljust(widths[c]) for c in cols) for r in rows]
    return "\n".join(lines)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@STORE_OPT
def papers(as_json: bool, store_path: Path | None) -> None:
    """List papers: id, title, authors, year, #mechanisms, #claims.

    \b
    Example:
      kg papers
    """
    from kg.queries import list_papers

    with _open(store_path, read_only=True) as store:
        rows = list_papers(store)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        click.echo(_table(rows, ["id", "title", "authors", "year", "mechanisms", "claims"]))


@cli.command()
@click.option("--paper", help="Only this paper id.")
@click.option(
    "--family",
    type=click.Choice(["digital_industrialization", "industrial_digitization", "integration", "general", "other"]),
    help="Only this family.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (read back from the store by SPARQL).")
@STORE_OPT
def mechanisms(paper: str | None, family: str | None, as_json: bool, store_path: Path | None) -> None:
    """List mechanisms as the papers assert them.

    \b
    Example:
      kg mechanisms --family integration --json
    """
    from kg.queries import list_mechanisms

    with _open(store_path, read_only=True) as store:
        rows = list_mechanisms(store, paper, family)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        cols = ["paper", "cause", "effect", "via", "moderators", "polarity", "family", "evidence"]
        click.echo(_table(rows, cols, 40))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@STORE_OPT
def concepts(as_json: bool, store_path: Path | None) -> None:
    """List the concepts used by mechanisms, with their roles.

    \b
    Example:
      kg concepts --json
    """
    from kg.queries import list_concepts

    with _open(store_path, read_only=True) as store:
        rows = list_concepts(store)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        click.echo(
            _table(rows, ["id", "label", "family", "candidate", "as_cause", "as_effect", "as_channel", "papers"])
        )


@cli.command()
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table", show_default=True)
@STORE_OPT
def query(sparql: str, fmt: str, store_path: Path | None) -> None:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the whole graph.

    \b
    Example:
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv
    """
    from kg.sparql import run_query

    with _open(store_path, read_only=True) as store:
        res = run_query(store, sparql)
    if res.kind == "ask":
        click.echo(json.dumps({"boolean": res.boolean}) if fmt == "json" else str(res.boolean).lower())
        return
    if res.kind == "graph":
        click.echo(res.graph.serialize(format="json-ld" if fmt == "json" else "turtle"))
        return
    rows = res.dicts()
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
    elif fmt in {"csv", "tsv"}:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=res.vars, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
    else:
        click.echo(_table(rows, res.vars))


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ttl", "trig", "nq", "jsonld", "graphml", "csv"]),
    default="trig",
    show_default=True,
)
@click.option("--paper", help="Only this paper's graph.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to a file instead of stdout.")
@STORE_OPT
def export(fmt: str, paper: str | None, output: Path | None, store_path: Path | None) -> None:
    """Export the graph (or one paper) as Turtle, TriG, N-Quads, JSON-LD, GraphML or CSV.

    \b
    Example:
      kg export --format graphml -o mechanisms.graphml
    """
    from kg.export import export as do_export

    with _open(store_path, read_only=True) as store:
        data = do_export(store, fmt, paper)
    if output:
        output.write_bytes(data)
        click.echo(f"wrote {output} ({len(data):,} bytes)")
    else:
        sys.stdout.buffer.write(data)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the full extraction as JSON.")
def extract(file: Path, as_json: bool) -> None:
    """Extract one paper and print the result; touches neither corpus nor store.

    \b
    Example:
      kg extract corpus/004_3a0ac8248bfefd96.txt --json
    """
    from extract.io import to_json
    from extract.pipeline import extract_file

    x = extract_file(file)
    if as_json:
        click.echo(to_json(x))
        return
    click.echo(f"{x.paper.id}  {x.paper.title}\n{', '.join(x.paper.authors)}")
    for m in x.mechanisms:
        via = f" via {', '.join(m.via)}" if m.via else ""
        via += f" moderated by {', '.join(m.moderators)}" if m.moderators else ""
        click.echo(f"  {m.cause} → {m.effect}{via} [{m.polarity}, {m.family}, {m.evidence}]")
    click.echo(f"{len(x.mechanisms)} mechanisms, {len(x.claims)} claims, {len(x.statistics)} statistics")


@cli.command()
@click.argument("source")
@click.argument("target")
@click.option("--max-len", default=4, show_default=True, help="Longest chain, in hops.")
@STORE_OPT
def paths(source: str, target: str, max_len: int, store_path: Path | None) -> None:
    """Mechanism chains from one concept to another (ids or labels), best supported first.

    \b
    Example:
      kg paths "digital economy" "regional development"
    """
    from kg.network import find_paths, mechanism_graph, resolve_concept

    with _open(store_path, read_only=True) as store:
        g = mechanism_graph(store)
    a, b = resolve_concept(g, source), resolve_concept(g, target)
    for name, node in ((source, a), (target, b)):
        if node is None:
            raise KgError(f"no concept {name!r} in the mechanism graph (see `kg concepts`)")
    found = find_paths(g, a, b, max_len)
    if not found:
        click.echo(f"no chain from {source} to {target} within {max_len} hops")
    for hops in found:
        chain = g.nodes[hops[0]["from"]]["label"]
        for h in hops:
            sign = {"positive": "+", "negative": "−", "none": "0", "mixed": "±"}[h["polarity"]]
            chain += f" —{sign}({h['support']})→ {g.nodes[h['to']]['label']}"
        click.echo(chain)


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.argument("papers_dir", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--quiet", is_flag=True, help="Only the figures, not the missed/spurious lists.")
def eval_cmd(gold_dir: Path, papers_dir: Path | None, quiet: bool) -> None:
    """Precision / recall / F1 of extraction against gold annotations, as ../shared/gold/score.py
    computes them, per paper and overall, with precision at confidence thresholds.

    PAPERS_DIR defaults to the gold dir's sibling `seeds`, else corpus/.

    \b
    Example:
      kg eval ../shared/gold ../shared/seeds
    """
    from extract.evaluate import evaluate_dir

    click.echo(evaluate_dir(gold_dir, papers_dir, verbose=not quiet))


@cli.command(name="bench-causal")
@click.argument("bench_dir", required=False, type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--limit", default=2000, show_default=True, help="Texts per data set (a sample across the file).")
def bench_causal(bench_dir: Path | None, limit: int) -> None:
    """Causal-sentence detection and cause/effect spans on CNC and FinCausal, next to published baselines.

    Two detectors on the same parses: our extraction rules, and the trained detector (fitted on the
    benchmarks' training splits only; retrain with `python -m extract.train_causal BENCH_DIR`),
    whose causal texts get cause/effect spans from the trained span tagger
    (`python -m extract.train_spans BENCH_DIR`). With the optional `neural` extra installed, a third
    line scores the neural detector (MiniLM with LoRA adapters, `python -m extract.train_neural
    BENCH_DIR`). BENCH_DIR defaults to ../shared/bench.

    \b
    Example:
      kg bench-causal ../shared/bench --limit 500
    """
    from extract.bench import report, run_benchmarks
    from kg.config import ROOT

    click.echo(report(run_benchmarks(bench_dir or ROOT.parent / "shared" / "bench", limit)))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=5000, show_default=True)
@click.option("--get", "get_path", help="Run one GET request in-process, print the response and exit.")
@STORE_OPT
def serve(host: str, port: int, get_path: str | None, store_path: Path | None) -> None:
    """Serve the explorer and the SPARQL endpoint.

    \b
    Example:
      kg serve --port 5000
      kg serve --get /api/papers
    """
    from web import create_app

    store_dir, _ = _settings(store_path)
    app = create_app({"KG_STORE": str(store_dir)})
    if get_path:
        resp = app.test_client().get(get_path)
        click.echo(resp.get_data(as_text=True))
        if resp.status_code >= 400:
            raise SystemExit(1)
        return
    from waitress import serve as wserve

    from web.store import start_warming

    start_warming(app)
    click.echo(f"serving http://{host}:{port}/ (store {store_dir})", err=True)
    wserve(app, host=host, port=port, threads=8)


def main() -> None:
    """Entry point: turn our errors into one line and exit status 1."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KgError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
