"""Read-only, bounded SPARQL execution for the CLI and the public endpoint.

Updates are refused before they reach the store; results are capped at ``max_rows``; on the
web endpoint each query also runs under a time limit (see web/sparql.py).
"""

from __future__ import annotations

import contextlib
import re

from kg.errors import QueryError
from kg.store import QueryResult, Store

UPDATE_WORDS = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I | re.M)
FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)


TOKENS = re.compile(
    r'(?P<str>"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r"|(?P<iri><[^<>\s]*>)|(?P<comment>#[^\n]*)"
)


def _strip(sparql: str) -> str:
    """The query without comments, strings and IRIs, to look at its keywords.

    One left-to-right scan, so a '#' inside an IRI or a string is not taken for a comment.
    """
    return TOKENS.sub(lambda m: "" if m.group("comment") else ('""' if m.group("str") else "<>"), sparql)


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


def _worker(path: str, conn) -> None:  # pragma: no cover - runs in a child process
    """Answer queries over a read-only view of the store; reopen when the graph version changes."""
    from pathlib import Path

    from kg.store import OxigraphStore

    store, version = None, None
    while True:
        msg = conn.recv()
        if msg is None:
            return
        sparql, max_rows, ver, default_graphs, named_graphs = msg
        try:
            if store is None or ver != version:
                store, version = OxigraphStore(Path(path), read_only=True), ver
            conn.send(
                ("ok", store.query(sparql, max_rows=max_rows, default_graphs=default_graphs, named_graphs=named_graphs))
            )
        except Exception as exc:  # sent back to the server as a QueryError
            conn.send(("error", f"{exc}"))


class ProcessRunner:
    """Runs endpoint queries in worker processes over a read-only view of the on-disk store.

    A query past its time limit is stopped for real: its worker process is killed and replaced,
    so a runaway query cannot keep burning the server's CPU. At most ``slots`` queries run at once.
    """

    def __init__(self, path: str, slots: int = 2) -> None:
        import multiprocessing
        import queue

        self.path = path
        self.ctx = multiprocessing.get_context("spawn")
        self.idle: queue.Queue = queue.Queue()
        for _ in range(slots):
            self.idle.put(self._spawn())

    def _spawn(self):
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(self.path, child), daemon=True)
        proc.start()
        return proc, parent

    def run(
        self,
        sparql: str,
        timeout: float,
        max_rows: int,
        version: int = 0,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        import queue

        from kg.errors import QueryTimeout

        query_form(sparql)
        try:
            proc, conn = self.idle.get(timeout=1.0)
        except queue.Empty as exc:
            raise QueryTimeout("the endpoint is busy with long-running queries; try again shortly") from exc
        healthy = True
        try:
            conn.send((sparql, max_rows, version, default_graphs, named_graphs))
            if not conn.poll(timeout):
                healthy = False
                raise QueryTimeout(f"the query ran past the {timeout:g} s time limit and was stopped")
            status, payload = conn.recv()
        except (EOFError, OSError) as exc:
            healthy = False
            raise QueryError(f"the query worker failed: {exc}") from exc
        finally:
            if healthy:
                self.idle.put((proc, conn))
            else:
                proc.kill()
                proc.join(timeout=5)
                self.idle.put(self._spawn())
        if status == "error":
            raise QueryError(payload)
        return payload

    def close(self) -> None:
        while not self.idle.empty():
            proc, conn = self.idle.get_nowait()
            with contextlib.suppress(OSError):
                conn.send(None)
            proc.join(timeout=2)
            if proc.is_alive():
                proc.kill()
