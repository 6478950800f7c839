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
