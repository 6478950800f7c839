"""Read-only, bounded SPARQL execution for the CLI and the public endpoint.

Updates are refused before they reach the store; results are capped at ``max_rows``; on the
web endpoint each query also runs under a time limit (see web/sparql.py).
"""

from __future__ import annotations

import re

from kg.errors import QueryError
from kg.store import QueryResult, Store

UPDATE_WORDS = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I | re.M)
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


class BoundedRunner:
    """Runs endpoint queries in worker threads under a time limit, at most ``slots`` at once.

    Streaming queries stop at the deadline (the store checks it between rows); a query that
    blocks inside the engine (a huge aggregate) keeps its slot until it finishes, and further
    queries get a clear "busy" answer instead of piling up, so pages keep being served.
    """

    def __init__(self, slots: int = 2) -> None:
        import threading
        from concurrent.futures import ThreadPoolExecutor

        self._sem = threading.BoundedSemaphore(slots)
        self._pool = ThreadPoolExecutor(max_workers=slots, thread_name_prefix="sparql")

    def run(
        self,
        store: Store,
        sparql: str,
        timeout: float,
        max_rows: int,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        import time
        from concurrent.futures import TimeoutError as FutureTimeout

        from kg.errors import QueryTimeout

        query_form(sparql)
        if not self._sem.acquire(blocking=False):
            raise QueryTimeout("the endpoint is busy with long-running queries; try again shortly")
        deadline = time.monotonic() + timeout

        def work() -> QueryResult:
            try:
                return store.query(
                    sparql,
                    max_rows=max_rows,
                    deadline=deadline,
                    default_graphs=default_graphs,
                    named_graphs=named_graphs,
                )
            finally:
                self._sem.release()

        future = self._pool.submit(work)
        try:
            return future.result(timeout=timeout + 0.5)
        except FutureTimeout as exc:
            raise QueryTimeout(f"the query ran past the {timeout:g} s time limit and was stopped") from exc
