"""Settings from the environment (``KG_*``) with defaults relative to the repository."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Settings:
    store: Path
    corpus: Path
    backend: str = "oxigraph"
    query_timeout: float = 5.0  # seconds, per SPARQL query on the public endpoint
    max_rows: int = 10_000  # result rows returned by any one query
    max_upload: int = 50_000_000  # bytes

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ
        return cls(
            store=Path(env.get("KG_STORE", ROOT / "var" / "store")),
            corpus=Path(env.get("KG_CORPUS", ROOT / "corpus")),
            backend=env.get("KG_BACKEND", "oxigraph"),
            query_timeout=float(env.get("KG_QUERY_TIMEOUT", 5.0)),
            max_rows=int(env.get("KG_MAX_ROWS", 10_000)),
            max_upload=int(env.get("KG_MAX_UPLOAD", 50_000_000)),
        )
