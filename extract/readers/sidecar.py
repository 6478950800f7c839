"""Optional metadata next to a paper (PAPER.meta.json or PAPER.bib) overrides what is printed."""

from __future__ import annotations

import json
import re
from pathlib import Path

from extract.document import Document
from kg.errors import ReadError

FIELDS = ("title", "authors", "affiliations", "keywords", "year", "doi", "venue", "abstract")


def _bibtex(text: str) -> dict:
    out: dict = {}
    for key, value in re.findall(r"(\w+)\s*=\s*[{\"](.+?)[}\"]\s*,?\s*$", text, re.M):
        key = key.lower()
        value = re.sub(r"[{}]", "", value).strip()
        if key == "author":
            out["authors"] = [_bib_name(a) for a in re.split(r"\s+and\s+", value)]
        elif key == "journal":
            out["venue"] = value
        elif key == "keywords":
            out["keywords"] = [k.strip() for k in re.split(r"[;,]", value) if k.strip()]
        elif key in FIELDS:
            out[key] = value
    return out


def _bib_name(name: str) -> str:
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
        return f"{given} {family}"
    return name.strip()


def apply_sidecar(doc: Document, path: Path) -> Document:
    meta: dict = {}
    side_json = path.with_name(path.stem + ".meta.json")
    side_bib = path.with_suffix(".bib")
    try:
        if side_json.is_file():
            meta = json.loads(side_json.read_text(encoding="utf-8"))
        elif side_bib.is_file():
            meta = _bibtex(side_bib.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReadError(f"{path.name}: bad metadata sidecar ({exc})") from exc
    for key in FIELDS:
        if key in meta and meta[key] not in (None, "", []):
            value = meta[key]
            if key == "year":
                value = int(value)
            setattr(doc, key, value)
    return doc
