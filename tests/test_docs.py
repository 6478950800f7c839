"""Every CLI verb, config key and named query is documented in the README or docs/."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import cli
from kg.queries import named_queries

ROOT = Path(__file__).resolve().parents[1]
DOCS = "\n".join(p.read_text() for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


@pytest.mark.parametrize("verb", sorted(cli.commands))
def test_cli_verb_is_documented(verb):
    assert f"kg {verb}" in DOCS


@pytest.mark.parametrize(
    "key",
    [
        "KG_STORE",
        "KG_CORPUS",
        "KG_BACKEND",
        "KG_SPACY_MODEL",
        "KG_QUERY_TIMEOUT",
        "KG_MAX_ROWS",
        "KG_MAX_UPLOAD",
        "KG_ADMIN_TOKEN",
    ],
)
def test_config_key_is_documented(key):
    assert key in DOCS


@pytest.mark.parametrize("name", sorted(named_queries("queries/examples")))
def test_example_query_is_documented(name):
    assert named_queries("queries/examples")[name].title in DOCS
