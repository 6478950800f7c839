"""Readers: one entry point, ``read_file``, for every supported format.

Each failure is a :class:`kg.errors.ReadError` with a one-line message that names the file.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from extract.document import Document
from extract.readers.sidecar import apply_sidecar
from extract.readers.text import parse_text
from kg.errors import ReadError

SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".pdf": "pdf", ".html": "html", ".htm": "html"}
MAX_BYTES = 50_000_000


def sniff_format(data: bytes, suffix: str) -> str | None:
    """The format the bytes really are (None: not a paper we can read)."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if b"\x00" in data[:65536]:
        return None
    if re.match(rb"(?i)<(!doctype html|html|head|body)\b", head):
        return "html"
    return SUFFIXES.get(suffix) if SUFFIXES.get(suffix) in {"txt", "md", "html"} else None


def _decode(name: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again") from exc
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 20:
        raise ReadError(f"{name}: looks like a binary file, not text")
    return text


def read_file(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read a paper from disk into a Document, or raise ReadError saying why not."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReadError(f"{path.name}: unsupported file type {suffix or '(none)'}; use .pdf, .txt, .md or .html")
    if not path.is_file():
        raise ReadError(f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(f"{path.name}: the file is empty")
    if size > max_bytes:
        raise ReadError(f"{path.name}: {size:,} bytes is over the {max_bytes:,}-byte limit")
    data = path.read_bytes()
    fmt = sniff_format(data, suffix)
    expected = SUFFIXES[suffix]
    if fmt is None or (expected == "pdf") != (fmt == "pdf"):
        raise ReadError(f"{path.name}: content is not a {expected.upper()} file")
    sha = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        from extract.readers.pdf import pdf_to_text

        text = pdf_to_text(path)
    elif fmt == "html":
        from extract.readers.html import html_to_text

        text = html_to_text(_decode(path.name, data))
    else:
        text = _decode(path.name, data)
    if len(re.findall(r"[A-Za-z]{3,}", text)) < 30:
        raise ReadError(f"{path.name}: no recognisable text (scanned image, or not a paper?)")
    doc = parse_text(str(path), text, sha, "md" if fmt == "html" else fmt)
    doc.format = fmt
    if not doc.paragraphs:
        raise ReadError(f"{path.name}: no paragraphs of running text found")
    return apply_sidecar(doc, path)


__all__ = ["SUFFIXES", "Document", "ReadError", "read_file", "sniff_format"]
