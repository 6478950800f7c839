"""The store per app: opened once, kept in ``app.extensions["kg"]``, closed at exit.

The server process is the store's single writer, so uploads go through it; a lock serialises
writes, and a version counter lets cached views (the map layout) know when to recompute. A
whole-corpus view (the support table, the map) is computed once per version however many
requests ask for it at the same time, and `kg serve` computes the common ones before the first
visitor asks (and again after each change), so no request waits for them.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from flask import Flask, current_app

from kg.store import Store, open_store

T = TypeVar("T")


@dataclass
class KgState:
    path: Path
    backend: str
    store: Store | None = None
    version: int = 0
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    open_lock: threading.Lock = field(default_factory=threading.Lock)
    cache: dict = field(default_factory=dict)
    computing: dict = field(default_factory=dict)  # key -> lock: one computation per key at a time
    cache_lock: threading.Lock = field(default_factory=threading.Lock)
    warm: Callable[[], None] | None = None  # recomputes the common views (set by `kg serve`)

    def get(self) -> Store:
        with self.open_lock:
            if self.store is None:
                self.store = open_store(self.path, self.backend)
                if self.backend == "oxigraph" and not self.store.paper_ids():
                    from kg.ingest import load_base

                    load_base(self.store)
            return self.store

    def changed(self) -> None:
        with self.cache_lock:
            self.version += 1
            self.cache.clear()
            self.computing.clear()
        if self.warm is not None:
            threading.Thread(target=self.warm, name="kg-warm", daemon=True).start()

    def close(self) -> None:
        with self.open_lock:
            if self.store is not None:
                self.store.close()
                self.store = None


def init_app(app: Flask) -> None:
    state = KgState(Path(app.config["KG_STORE"]), app.config["KG_BACKEND"])
    app.extensions["kg"] = state
    atexit.register(state.close)


def state() -> KgState:
    return current_app.extensions["kg"]


def get_store() -> Store:
    return state().get()


def cached(key: tuple, compute: Callable[[], T]) -> T:
    """Memoise a view computation until the graph next changes; concurrent requests for the same
    view wait for one computation instead of each running it."""
    st = state()
    full = (st.version, *key)
    with st.cache_lock:
        if full in st.cache:
            return st.cache[full]
        lock = st.computing.setdefault(full, threading.Lock())
    with lock:
        with st.cache_lock:
            if full in st.cache:
                return st.cache[full]
        value = compute()
        with st.cache_lock:
            if len(st.cache) > 256:
                st.cache.clear()
            if st.version == full[0]:  # a change meanwhile: the value is already stale
                st.cache[full] = value
            st.computing.pop(full, None)
        return value


def start_warming(app: Flask) -> None:
    """Compute the overview, the support table and the map layout now, in the background, and
    again after every change (for `kg serve`: the first visitor finds them ready)."""
    st: KgState = app.extensions["kg"]

    def warm() -> None:
        client = app.test_client()
        for path in ("/api/overview", "/api/map"):
            try:
                client.get(path)
            except Exception:  # best effort: a real request for the page reports the error
                app.logger.exception("warming %s failed", path)

    st.warm = warm
    threading.Thread(target=warm, name="kg-warm", daemon=True).start()
