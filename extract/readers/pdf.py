"""PDF reader: the text layer via pypdf, page furniture dropped, then the plain-text parser."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from extract.readers.aligned import is_aligned_table, is_figure, is_gapped
from kg.errors import ReadError

if TYPE_CHECKING:
    from pypdf import PageObject


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
        pages = [_page_text(page) for page in reader.pages]
    except PdfReadError as exc:
        raise ReadError(f"{path.name}: not a readable PDF ({exc})") from exc
    return _drop_furniture(pages)


def _page_text(page: PageObject) -> str:
    """The page's text in reading order, with its tables in their column-aligned form."""
    plain = page.extract_text() or ""
    try:
        laid = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is best effort: some fonts lack the widths it needs
        return plain
    return with_aligned_tables(plain, laid)


def _runs(lines: list[str]) -> list[list[str]]:
    """Consecutive lines cut into cells by wide gaps (blank lines between them ignored)."""
    runs: list[list[str]] = [[]]
    for line in lines:
        if not line.strip():
            continue
        if is_gapped(line) or (runs[-1] and is_figure(line.strip())):  # "(0.041)" alone
            runs[-1].append(line.rstrip())
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if is_aligned_table(run)]


def with_aligned_tables(plain: str, laid: str) -> str:
    """Swap each table's rows in the plain text (cells joined by single spaces, columns lost)
    for the same rows as layout mode aligns them; prose keeps the plain reading order, which
    layout mode would interleave across the columns of a two-column page."""
    lines = plain.splitlines()
    flat = [" ".join(line.split()) for line in lines]
    for run in _runs(laid.splitlines()):
        want = [" ".join(line.split()) for line in run]
        at = next((i for i in range(len(flat) - len(want) + 1) if flat[i : i + len(want)] == want), None)
        if at is None:
            continue
        indent = min(len(line) - len(line.lstrip()) for line in run)
        lines[at : at + len(want)] = ["", *(line[indent:] for line in run), ""]
        flat[at : at + len(want)] = ["", *want, ""]
    return "\n".join(lines)


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
        if is_gapped(stripped):  # a table row: the table is a block of its own already
            out.append(line)
            continue
        short = len(stripped) < 0.8 * typical
        if HEADING.match(stripped) and out and out[-1]:
            out.append("")
        out.append(line)
        front = n < 12 and short and not re.search(r"[,;]$", stripped)
        if stripped and (HEADING.match(stripped) or (short and re.search(r"[.:?!]$", stripped)) or front):
            out.append("")
    return "\n".join(out)
