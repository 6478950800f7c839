"""Read-only, bounded SPARQL execution for the CLI and the public endpoint.

Updates are refused before they reach the store; results are capped at ``max_rows``; on the
web endpoint each query also runs under a time limit (see web/sparql.py).
"""

from __future__ import annotations

import re

from kg.errors import QueryError
from kg.store import QueryResult, Store

UPDATE_WORDS = re.compile(
    r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I | re.M
)
FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)


def _strip(sparql: str) -> str:
    """The query without comments, strings and IRIs, to look at its keywords."""
    text = re.sub(r"#[^\n]*", " ", sparql)
    text = re.sub(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', '""', text)
    return re.sub(r"<[^<>\s]*>", "<>", text)


def query_form(sparql: str) -> str:
    """SELECT/ASK/CONSTRUCT/DESCRIBE, or raise QueryError for updates and non-queries."""
    body = _strip(sparql)
    if UPDATE_WORDS.search(body):
        raise QueryError("SPARQL Update is not allowed here: this endpoint is read-only")
    m = FORM.search(body)
    if not m:
        raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return m.group(1).upper()


def run_query(store: Store, sparql: str, max_rows: int = 10_000) -> QueryResult:
    query_form(sparql)
    return store.query(sparql, max_rows=max_rows)
