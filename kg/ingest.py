"""Adding, rebuilding and removing papers: corpus files and store graphs change together.

Every step that can fail on the input (reading, extraction) runs before anything is written;
the store write is one transaction; a failed write restores the corpus file. ``build_corpus``
builds a fresh store beside the old one with a bulk load and swaps it in, so an interrupted
build leaves the previous graph intact.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph

from extract.io import from_dict, to_dict
from extract.model import PaperExtraction
from extract.readers import SUFFIXES
from kg.errors import KgError, StoreError
from kg.mapping import paper_graphs
from kg.store import OxigraphStore, Store, replace_directory
from kg.vocab import DEKG, ONTOLOGY_GRAPH, THESAURUS_GRAPH

Progress = Callable[[str], None]


@dataclass
class AddResult:
    paper_id: str
    file: str
    status: str  # added | unchanged | replaced
    mechanisms: int = 0
    claims: int = 0


def base_graphs() -> list[tuple]:
    """(graph IRI, Graph) for the ontology and the thesaurus."""
    onto = Graph().parse(str(resources.files("kg") / "ontology.ttl"), format="turtle")
    thes = Graph().parse(str(resources.files("extract") / "data" / "thesaurus.ttl"), format="turtle")
    return [(ONTOLOGY_GRAPH, onto), (THESAURUS_GRAPH, thes)]


def load_base(store: Store) -> None:
    for iri, graph in base_graphs():
        store.set_graph(iri, graph)


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(
        p for p in corpus.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
    )


def _paper_by_file(store: Store, name: str) -> tuple[str, str, str] | None:
    """(paper id, sha256 of the file, extractor version) of the paper stored under a file name."""
    res = store.query(
        "SELECT ?id ?sha ?ex WHERE { ?p ?fn ?name ; ?pid ?id ; ?shap ?sha OPTIONAL { ?p ?exp ?ex } }",
        {"fn": DEKG.fileName, "pid": DEKG.paperId, "shap": DEKG.sha256, "exp": DEKG.extractor, "name": _lit(name)},
    )
    return tuple(str(v) if v is not None else "" for v in res.rows[0]) if res.rows else None


def _lit(value: str):
    from rdflib import Literal

    return Literal(value)


def add_files(
    paths: Iterable[Path], store: Store, corpus: Path, nlp=None, progress: Progress | None = None
) -> list[AddResult]:
    """Copy each file into the corpus, extract it and put it in the graph (all-or-nothing per file)."""
    from extract.pipeline import build_nlp, extract_file

    nlp = nlp or build_nlp()
    paths = [Path(p) for p in paths]
    extractions = [(p, extract_file(p, nlp)) for p in paths]  # fails before anything changes
    corpus.mkdir(parents=True, exist_ok=True)
    load_base(store)
    results = []
    for path, x in extractions:
        results.append(_add_one(path, x, store, corpus))
        if progress:
            progress(path.name)
    return results


def _add_one(path: Path, x: PaperExtraction, store: Store, corpus: Path) -> AddResult:
    target = corpus / path.name
    previous = _paper_by_file(store, path.name)
    same_file = target.exists() and target.resolve() == path.resolve()
    current = previous and previous[1] == x.paper.sha256 and previous[2] == x.extractor  # a newer extractor re-adds
    if current and (same_file or target.exists()):
        return AddResult(x.paper.id, path.name, "unchanged", len(x.mechanisms), len(x.claims))
    backup = None
    if target.exists() and not same_file:
        backup = Path(tempfile.mkdtemp()) / target.name
        shutil.copy2(target, backup)
    try:
        if not same_file:
            tmp = target.with_name(f".{target.name}.tmp")
            shutil.copy2(path, tmp)
            os.replace(tmp, target)
        x.paper.file = target.name
        if previous and previous[0] != x.paper.id:
            store.drop_paper(previous[0])
        store.replace_paper(paper_graphs(x))
    except (OSError, StoreError):
        if backup:
            os.replace(backup, target)
        elif not same_file and target.exists():
            target.unlink()
        raise
    status = "replaced" if previous else "added"
    return AddResult(x.paper.id, path.name, status, len(x.mechanisms), len(x.claims))


def _worker_init() -> None:
    from extract.pipeline import build_nlp

    build_nlp()


def _extract_to_dict(path: str) -> dict | str:
    from extract.pipeline import extract_file

    try:
        return to_dict(extract_file(path))
    except KgError as exc:
        return str(exc)


def extract_corpus(
    files: list[Path], workers: int = 1, progress: Progress | None = None, warn: Progress | None = None
) -> list[PaperExtraction]:
    """Extract every file (in worker processes when workers > 1); unreadable files are reported."""
    out: list[PaperExtraction] = []
    if workers > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init) as pool:
            results = list(pool.map(_extract_to_dict, [str(f) for f in files]))
    else:
        results = []
        for f in files:
            results.append(_extract_to_dict(str(f)))
            if progress:
                progress(f.name)
    for f, res in zip(files, results, strict=True):
        if isinstance(res, str):
            if warn:
                warn(f"skipped {f.name}: {res}")
            continue
        out.append(from_dict(res))
    return out


def build_corpus(
    store_path: Path, corpus: Path, workers: int = 1, progress: Progress | None = None, warn: Progress | None = None
) -> list[PaperExtraction]:
    """Rebuild the whole on-disk store from the corpus with a bulk load, then swap it in."""
    if not corpus.is_dir():
        raise KgError(f"no corpus directory at {corpus}")
    extractions = extract_corpus(corpus_files(corpus), workers, progress, warn)
    store_path.parent.mkdir(parents=True, exist_ok=True)
    _check_not_in_use(store_path)
    fresh = Path(tempfile.mkdtemp(prefix=store_path.name + ".", dir=store_path.parent))
    try:
        store = OxigraphStore(fresh)
        quads = []
        for iri, graph in base_graphs():
            quads.extend((s, p, o, iri) for s, p, o in graph)
        shared: set = set()
        for x in extractions:
            pg = paper_graphs(x)
            quads.extend((s, p, o, pg.graph_iri) for s, p, o in pg.own)
            shared.update(pg.shared)
        from kg.vocab import SHARED_GRAPH

        quads.extend((s, p, o, SHARED_GRAPH) for s, p, o in sorted(shared))
        store.bulk_load(quads)
        store.close()
        replace_directory(fresh, store_path)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return extractions


def _check_not_in_use(store_path: Path) -> None:
    if store_path.exists():
        OxigraphStore(store_path).close()  # raises StoreError if another process holds it


def remove_paper(store: Store, corpus: Path, paper_id: str) -> str:
    """Drop a paper's graph and delete its corpus file (and sidecars); returns the file name."""
    res = store.query(
        "SELECT ?f WHERE { ?p ?pid ?id ; ?fn ?f }", {"pid": DEKG.paperId, "fn": DEKG.fileName, "id": _lit(paper_id)}
    )
    if not res.rows:
        raise KgError(f"no paper {paper_id!r} in the store (see `kg papers`)")
    name = str(res.rows[0][0])
    store.drop_paper(paper_id)
    for p in (corpus / name, (corpus / name).with_suffix(".bib"), corpus / (Path(name).stem + ".meta.json")):
        if p.exists():
            p.unlink()
    return name
