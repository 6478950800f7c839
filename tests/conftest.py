"""Shared fixtures. Real parts only: the real spaCy model, real files, real stores.

Fixtures that need ``../shared`` (seeds, gold, corpus-extra, bench) skip with a clear reason when
it is absent, as in a user's clone; CI always has it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


def _shared(sub: str) -> Path:
    path = SHARED / sub
    if not path.is_dir():
        pytest.skip(f"needs ../shared/{sub} (absent in this clone; CI always has it)")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _shared("")


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return _shared("gold")


@pytest.fixture(scope="session")
def corpus_extra_dir() -> Path:
    return _shared("corpus-extra")


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    return _shared("bench")


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The four seed papers, as committed in corpus/ (no ../shared needed)."""
    paths = sorted(CORPUS.glob("0*_*.txt"))
    assert len(paths) == 4, "corpus/ must hold the four seed papers"
    return paths


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once per test session."""
    from extract.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def seed_corpus(tmp_path_factory, seed_paths) -> Path:
    """A private copy of the seed corpus (tests that add or remove papers must not touch corpus/)."""
    import shutil

    d = tmp_path_factory.mktemp("corpus")
    for p in seed_paths:
        shutil.copy2(p, d / p.name)
    return d


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory, seed_corpus, nlp) -> Path:
    """A real on-disk Oxigraph store built from the seeds with `kg build`'s code path, once."""
    from kg.ingest import build_corpus

    path = tmp_path_factory.mktemp("store") / "store"
    build_corpus(path, seed_corpus)
    return path


@pytest.fixture(scope="session")
def seed_extractions(seed_paths, nlp):
    from extract.pipeline import extract_file

    return {p.name: extract_file(p, nlp) for p in seed_paths}


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The real `kg serve` in a subprocess, on 127.0.0.1."""

    def __init__(self, store: Path, corpus: Path, env: dict | None = None) -> None:
        import os
        import subprocess
        import sys
        import time
        import urllib.request

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        full_env = {**os.environ, "KG_CORPUS": str(corpus), **(env or {})}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--port", str(self.port), "--store", str(store)],
            env=full_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.proc.stdout.read().decode()
            try:
                urllib.request.urlopen(self.url + "/api/papers", timeout=2)
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("server did not start")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


@pytest.fixture(scope="session")
def server(tmp_path_factory, seed_store_path, seed_corpus):
    """A real server over a copy of the seed store (its own corpus copy, so uploads stay private)."""
    import shutil

    root = tmp_path_factory.mktemp("served")
    store, corpus = root / "store", root / "corpus"
    shutil.copytree(seed_store_path, store)
    shutil.copytree(seed_corpus, corpus)
    srv = Server(store, corpus)
    yield srv
    assert srv.alive(), "the server died during the tests"
    srv.stop()
