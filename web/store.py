"""The store per app: opened once, kept in ``app.extensions["kg"]``, closed at exit.

The server process is the store's single writer, so uploads go through it; a lock serialises
writes, and a version counter lets cached views (the map layout) know when to recompute.
"""

from __future__ import annotations

import atexit
import threading
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, current_app

from kg.store import Store, open_store


@dataclass
class KgState:
    path: Path
    backend: str
    store: Store | None = None
    version: int = 0
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    open_lock: threading.Lock = field(default_factory=threading.Lock)
    cache: dict = field(default_factory=dict)

    def get(self) -> Store:
        with self.open_lock:
            if self.store is None:
                self.store = open_store(self.path, self.backend)
                if self.backend == "oxigraph" and not self.store.paper_ids():
                    from kg.ingest import load_base

                    load_base(self.store)
            return self.store

    def changed(self) -> None:
        self.version += 1
        self.cache.clear()

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


def cached(key: tuple, compute):
    """Memoise a view computation until the graph next changes."""
    st = state()
    full = (st.version, *key)
    if full not in st.cache:
        if len(st.cache) > 256:
            st.cache.clear()
        st.cache[full] = compute()
    return st.cache[full]
