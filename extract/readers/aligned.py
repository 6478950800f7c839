"""Space-aligned text tables (what ``pdftotext -layout`` and many .txt papers hold) → rows of cells.

A cell is a run of text with single spaces inside; two or more spaces separate cells. The
columns come from the lines that carry figures: the union of their cell extents, so a header
word or a long label never decides where a column starts. Each cell then joins the column it
overlaps most, which keeps right-aligned figures, bracketed standard errors on their own line
and empty cells in their places.
"""

from __future__ import annotations

import re

CELL = re.compile(r"\S+(?: \S+)*")
NUMBER = r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?"
FIGURE = re.compile(rf"^[(\[]?{NUMBER}[)\]]?\**(?: [(\[]{NUMBER}[)\]]\**)?$")  # a coefficient may carry its (s.e.)


def _cells(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in CELL.finditer(line.expandtabs())]


def is_figure(cell: str) -> bool:
    """A table figure: '0.152***', '(0.021)', '2,790', '-0.05', '0.121*** (0.030)'."""
    return any(ch.isdigit() for ch in cell) and bool(FIGURE.match(cell))


def is_gapped(line: str) -> bool:
    """Two or more cells: a wide gap splits the line (prose has single spaces)."""
    return len(_cells(line.strip())) >= 2


def _figure_line(cells: list[tuple[int, int, str]]) -> bool:
    """A body row: at least one figure after the label, and figures in most of its later cells."""
    values = cells[1:] if cells and not is_figure(cells[0][2]) else cells
    return bool(values) and sum(is_figure(c[2]) for c in values) >= max(1, len(values) * 0.6)


def is_aligned_table(lines: list[str]) -> bool:
    """Three or more lines, most cut into cells by wide gaps, and at least two rows of figures
    (prose wraps with single spaces, so it is never split into cells)."""
    if len(lines) < 3:
        return False
    split = [_cells(line) for line in lines]
    gapped = sum(1 for cells in split if len(cells) >= 2 or (cells and cells[0][0] >= 4))
    return gapped >= len(lines) * 0.6 and sum(1 for cells in split if _figure_line(cells)) >= 2


def _columns(split: list[list[tuple[int, int, str]]]) -> list[tuple[int, int]]:
    spans = sorted((s, e) for cells in split if _figure_line(cells) for s, e, _ in cells)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    if merged and merged[0][0] >= 3:
        merged.insert(0, [0, merged[0][0] - 2])  # labels sit left of the first figure
    return [(s, e) for s, e in merged]


def _column_of(start: int, end: int, columns: list[tuple[int, int]]) -> int:
    def overlap(col: tuple[int, int]) -> int:
        return min(end, col[1]) - max(start, col[0])

    best = max(range(len(columns)), key=lambda k: (overlap(columns[k]), -abs(start - columns[k][0])))
    if overlap(columns[best]) > 0:
        return best
    return min(range(len(columns)), key=lambda k: min(abs(start - columns[k][1]), abs(end - columns[k][0])))


def aligned_rows(lines: list[str]) -> list[list[str]]:
    split = [_cells(line) for line in lines]
    columns = _columns(split)
    if len(columns) < 2:
        return [[line.strip()] for line in lines]
    rows = []
    for cells in split:
        row = [""] * len(columns)
        for s, e, text in cells:
            k = _column_of(s, e, columns)
            row[k] = f"{row[k]} {text}".strip()
        rows.append(row)
    return rows
