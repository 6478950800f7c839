"""PDF reader: the text layer via pypdf, page furniture dropped, then the plain-text parser."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from kg.errors import ReadError


def pdf_to_text(path: Path) -> str:
    """Text of all pages, running headers/footers and page numbers removed."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for unsupported crypto
                raise ReadError(f"{path.name}: encrypted PDF, cannot read it without a password") from exc
            if not ok:
                raise ReadError(f"{path.name}: encrypted PDF, cannot read it without a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as exc:
        raise ReadError(f"{path.name}: not a readable PDF ({exc})") from exc
    return _drop_furniture(pages)


def _drop_furniture(pages: list[str]) -> str:
    lines_per_page = [[ln.rstrip() for ln in page.splitlines()] for page in pages]
    edge = Counter()
    for lines in lines_per_page:
        for ln in {*lines[:2], *lines[-2:]}:
            edge[re.sub(r"\d+", "#", ln.strip())] += 1
    repeated = {k for k, n in edge.items() if k and n >= max(2, len(pages) // 2)} if len(pages) > 2 else set()
    out_pages = []
    for lines in lines_per_page:
        kept = [
            ln
            for ln in lines
            if re.sub(r"\d+", "#", ln.strip()) not in repeated
            and not re.fullmatch(r"\s*(page\s*)?\d{1,4}\s*", ln, re.I)
        ]
        out_pages.append("\n".join(kept))
    text = "\n\n".join(_paragraph_breaks(page) for page in out_pages)
    return re.sub(r"[ \t]+\n", "\n", text)


HEADING = re.compile(
    r"^\s*((\d+\.)+\d*|[IVX]+\.)\s+[A-Z]\S*(\s+\S+){0,10}\s*$|^\s*(abstract|references|keywords)\b", re.I
)


def _paragraph_breaks(page: str) -> str:
    """pypdf gives one line per printed line: infer paragraph breaks from line shape.

    A short line ending a sentence closes its paragraph; heading-like lines and the short lines
    of the front matter (title, names, affiliations) stand alone.
    """
    lines = page.splitlines()
    lengths = sorted(len(ln) for ln in lines if ln.strip())
    if not lengths:
        return page
    typical = lengths[int(len(lengths) * 0.75)]
    out: list[str] = []
    for n, line in enumerate(lines):
        stripped = line.strip()
        short = len(stripped) < 0.8 * typical
        if HEADING.match(stripped) and out and out[-1]:
            out.append("")
        out.append(line)
        front = n < 12 and short and not re.search(r"[,;]$", stripped)
        if stripped and (HEADING.match(stripped) or (short and re.search(r"[.:?!]$", stripped)) or front):
            out.append("")
    return "\n".join(out)
