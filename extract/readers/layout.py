"""Turn a paper's plain or Markdown text into blocks: headings, paragraphs, tables, captions.

Works on offsets into the original text so that every paragraph can be mapped back to its
source characters. Format-specific markup (Markdown emphasis, superscripts) is handled here
because PDF and HTML readers convert to the same plain/Markdown shape first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import srsly

from extract.document import Paragraph, Section, Table
from extract.readers.aligned import aligned_rows, is_aligned_table


@dataclass
class Line:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Block:
    lines: list[Line] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(Line(body, pos))
        pos += len(raw)
    return out


def _caps_heading(stripped: str, cur: Block) -> bool:
    """'I. INTRODUCTION' (or OCR's 'L INTRODUCTION') on the line after a paragraph's last sentence,
    with no blank line between: a heading of its own, not the paragraph's last line."""
    ended = not cur.lines or cur.lines[-1].text.rstrip().endswith((".", "!", "?"))
    return ended and stripped.isupper() and bool(ROMAN.match(stripped) or NUMBERED.match(stripped))


def split_blocks(text: str) -> list[Block]:
    """Blank-line separated blocks; a Markdown heading or list item always starts a block."""
    blocks: list[Block] = []
    cur = Block()
    for line in split_lines(text):
        stripped = line.text.strip()
        if not stripped:
            if cur.lines:
                blocks.append(cur)
                cur = Block()
            continue
        alone = bool(MD_HEADING.match(stripped)) or bool(CAPTION.match(stripped)) or _caps_heading(stripped, cur)
        starts_new = alone or bool(REF_ITEM.match(stripped)) or bool(FRONT_LABEL.match(stripped))
        if starts_new and cur.lines:
            blocks.append(cur)
            cur = Block()
        cur.lines.append(line)
        if alone:
            blocks.append(cur)
            cur = Block()
    if cur.lines:
        blocks.append(cur)
    return blocks


MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
REF_ITEM = re.compile(r"^(?:[-*]\s+)?\[\d{1,3}\]\s+\S")
NUMBERED = re.compile(r"^((?:\d{1,2}\.)+\d{0,2}|\d{1,2})\.?\s+([A-Z][^\n]{1,150})$")
ROMAN = re.compile(r"^([IVXL]{1,5}|[L1l])[.\s]\s*([A-Z][A-Z ,:;'’\-]{3,150})$")
# "Table 2: ...", "Table 2. ..." or "Table 2 Baseline results" (a capital, not "Table 2 shows")
CAPTION = re.compile(r"^\s*(?i:figure|fig\.|table|chart)\s*\d+\s*(?:[.:]|\s+[A-Z(]|$)")
MARKUP = re.compile(r"<sup>.*?</sup>|<sub>.*?</sub>|\^\{[^}]*\}|</?[a-z]+>|\*+|_{2,}|`")
CITE = re.compile(r"\s?\[(?:\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\]|\s?\(\s*(?:see\s+)?[A-Z][^()]{0,60}?\d{4}[a-z]?\)")
JUNK = re.compile(r"[®™©]|!\?!|(?<=[a-z])l[®™]l\b|(?<=[\"”])!")
MATH = re.compile(r"^\s*\$\$")
FRONT_LABEL = re.compile(r"^\W*(abstract|key\s?words|index terms)\b", re.I)


@cache
def section_patterns() -> list[tuple[str, re.Pattern[str]]]:
    path = resources.files("extract") / "data" / "sections.jsonl"
    return [(p["label"], re.compile(p["pattern"], re.I)) for p in srsly.read_jsonl(str(path))]


def section_kind(title: str) -> str:
    clean = re.sub(r"^[\d.IVXL]+\s*", "", strip_markup(title)).strip(" .:").lower()
    for label, pattern in section_patterns():
        if pattern.search(clean):
            return label
    return "body"


def strip_markup(text: str) -> str:
    return re.sub(r"\s+", " ", MARKUP.sub("", text)).strip()


def heading_of(block: Block, fmt: str) -> tuple[int, str, str | None] | None:
    """(level, title, number) if the block is a heading, else None."""
    if len(block.lines) > 2:
        return None
    first = block.lines[0].text.strip()
    m = MD_HEADING.match(first)
    if m:
        title = strip_markup(m.group(2))
        num = re.match(r"^((?:\d+\.)*\d+)\.?\s", title)
        level = len(m.group(1)) if not num else num.group(1).count(".") + 1
        return level, title, num.group(1) if num else None
    joined = strip_markup(" ".join(line.text.strip() for line in block.lines))
    if len(joined) > 160 or (joined.endswith((".", ",", ";")) and not re.match(r"^\d", joined)):
        return None
    m = NUMBERED.match(joined)
    if m and not re.search(r"[.!?]$", joined) and len(joined.split()) <= 14:
        number = m.group(1).rstrip(".")
        return number.count(".") + 1, joined, number
    m = ROMAN.match(joined)
    if m and joined.upper() == joined:
        return 1, joined, m.group(1)
    if joined.isupper() and 1 <= len(joined.split()) <= 8 and fmt == "txt":
        return 1, joined, None
    words = joined.split()
    if (
        len(block.lines) == 1
        and len(words) <= 4
        and joined[:1].isupper()
        and section_kind(joined) in {"abstract", "introduction", "conclusion", "references", "acknowledgments"}
        and not re.search(r"[.,;:]$", joined)
    ):
        return 1, joined, None
    return None


def _delimited(lines: list[str]) -> bool:
    tabbed = sum(1 for line in lines if line.count("\t") >= 2)
    piped = sum(1 for line in lines if line.strip().startswith("|") and line.count("|") >= 3)
    return len(lines) >= 2 and (tabbed >= len(lines) * 0.6 or piped >= len(lines) * 0.6)


def is_table(block: Block) -> bool:
    """Tab- or pipe-delimited rows, or columns aligned with spaces."""
    lines = [line.text for line in block.lines]
    return _delimited(lines) or is_aligned_table(lines)


def table_rows(block: Block) -> list[list[str]]:
    lines = [line.text for line in block.lines]
    if _delimited(lines):
        rows = []
        for text in lines:
            if text.strip().startswith("|"):
                if re.fullmatch(r"[\s|:\-]+", text):
                    continue
                rows.append([c.strip() for c in text.strip().strip("|").split("|")])
            else:
                rows.append([c.strip() for c in text.split("\t")])
    else:
        rows = aligned_rows(lines)
    return [[re.sub(r"\s+", " ", re.sub(r"</?[a-z]+>|`", "", c)).strip() for c in row] for row in rows]


def clean_paragraph(block_lines: list[Line], source: str) -> tuple[str, list[int]]:
    """Rejoin wrapped lines and strip markup/citations, keeping a source offset per char."""
    chars: list[str] = []
    offsets: list[int] = []
    for n, line in enumerate(block_lines):
        text = line.text
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        base = line.start + lead
        if n and chars:
            if chars[-1] == "-" and len(chars) > 1 and chars[-2].isalpha() and body[:1].islower():
                chars.pop()
                offsets.pop()
            elif chars[-1] != " ":
                chars.append(" ")
                offsets.append(base - 1)
        chars.extend(body)
        offsets.extend(range(base, base + len(body)))
    text = "".join(chars)
    for pattern in (MARKUP, CITE, JUNK):
        text, offsets = _remove(pattern, text, offsets)
    text, offsets = _squeeze_spaces(text, offsets)
    return text, offsets


def _remove(pattern: re.Pattern[str], text: str, offsets: list[int]) -> tuple[str, list[int]]:
    keep = [True] * len(text)
    for m in pattern.finditer(text):
        for i in range(m.start(), m.end()):
            keep[i] = False
    return "".join(c for c, k in zip(text, keep, strict=True) if k), [
        o for o, k in zip(offsets, keep, strict=True) if k
    ]


def _squeeze_spaces(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    out_c: list[str] = []
    out_o: list[int] = []
    for c, o in zip(text, offsets, strict=True):
        if c.isspace():
            if not out_c or out_c[-1] == " ":
                continue
            c = " "
        if c in ".,;:" and out_c and out_c[-1] == " ":
            out_c.pop()
            out_o.pop()
        out_c.append(c)
        out_o.append(o)
    while out_c and out_c[-1] == " ":
        out_c.pop()
        out_o.pop()
    return "".join(out_c), out_o


def ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?:;。”\"')\]]\s*$", text.strip()))


@dataclass
class Layout:
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    reference_blocks: list[Block] = field(default_factory=list)


def build_layout(source: str, blocks: list[Block], fmt: str) -> Layout:  # noqa: C901 - one ordered list of line-shape rules reads better than scattered helpers
    """Classify body blocks (after the front matter) into sections, paragraphs and tables."""
    out = Layout()
    current = Section(title="", level=0, start=blocks[0].start if blocks else 0, end=len(source))
    pending: list[Line] = []
    last_caption = ""

    def flush() -> None:
        nonlocal pending
        if pending:
            text, offsets = clean_paragraph(pending, source)
            if len(text.split()) >= 4:
                out.paragraphs.append(
                    Paragraph(text, pending[0].start, pending[-1].end, current.title, current.kind, offsets)
                )
        pending = []

    for block in blocks:
        head = heading_of(block, fmt)
        first = block.lines[0].text.strip()
        if head and out.sections and out.sections[-1].end == -1 and number_free_caps(head):
            prev = out.sections[-1]  # a capitalised heading wrapped onto a second block
            prev.title = f"{prev.title} {head[1]}"
            continue
        if head:
            flush()
            level, title, number = head
            current.end = block.start
            current = Section(title, level, block.start, -1, number, section_kind(title))
            out.sections.append(current)
            continue
        if current.end == -1:
            current.end = len(source)
        if current.kind == "references":
            out.reference_blocks.append(block)
            continue
        if CAPTION.match(strip_markup(first)):
            flush()
            last_caption = strip_markup(block.text)
            continue
        if is_table(block):
            flush()
            out.tables.append(Table(table_rows(block), last_caption, block.start, block.end))
            continue
        if MATH.match(first) or first.startswith(("(Note", "Note:", "Notes:")):
            if out.tables and first.startswith(("(Note", "Note")):
                out.tables[-1].notes = strip_markup(block.text)
            continue
        if pending and not ends_sentence(pending[-1].text) and strip_markup(first)[:1].islower():
            pending.extend(block.lines)
            continue
        flush()
        pending = list(block.lines)
    flush()
    parents: dict[int, str] = {}
    for sec in out.sections:
        if sec.end == -1:
            sec.end = len(source)
        sec.kind = section_kind(sec.title) if sec.kind == "body" else sec.kind
        if sec.kind == "body":  # a subsection inherits its parent's kind
            sec.kind = next((parents[lv] for lv in sorted(parents, reverse=True) if lv < sec.level), "body")
        parents = {lv: k for lv, k in parents.items() if lv < sec.level} | {sec.level: sec.kind}
    for para in out.paragraphs:
        para.section_kind = next((s.kind for s in out.sections if s.title == para.section), para.section_kind)
    return out


def number_free_caps(head: tuple[int, str, str | None]) -> bool:
    return head[2] is None and head[1].isupper()


def paragraph_from_span(source: str, start: int, end: int, section: str, kind: str) -> Paragraph | None:
    """A cleaned paragraph for an arbitrary source span (e.g. the abstract after its label)."""
    lines = [Line(ln.text, ln.start + start) for ln in split_lines(source[start:end]) if ln.text.strip()]
    if not lines:
        return None
    text, offsets = clean_paragraph(lines, source)
    return Paragraph(text, start, end, section, kind, offsets) if text else None
