"""Front matter: title, authors, affiliations, emails, keywords, abstract, year, DOI.

General heuristics on line shape and position (a title first, then short name lines, then
affiliation lines, then "Abstract"), never knowledge of particular papers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.readers.layout import MD_HEADING, Block, heading_of, strip_markup

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>\]]+[^\s\"<>\].,;)])")
ABSTRACT = re.compile(r"^\W*abstract\W*\s*[:—–\-.]?\**\s*", re.I)
KEYWORDS = re.compile(r"^\W*(key\s?words|index terms)\W*\s*[:—–\-]?\**\s*", re.I)
HEADER_FIELD = re.compile(r"^(authors?|year|journal|doi|licen[cs]e|published|source)\s*:\s*(.+)$", re.I)
AFFIL_WORDS = re.compile(
    r"\b(universit|college|school|institute|department|faculty|academy|center|centre|laborator|"
    r"bureau|ministry|company|co\.,? ltd|corporation)",
    re.I,
)
SUP_MARK = re.compile(r"<sup>(.*?)</sup>|\^\{([^}]*)\}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
GLUED_MARK = re.compile(r"(?<=[a-z])(?:\d+(?:,\d+)*\*?|\*+)(?=\s*(?:,|;|\band\b|&|$))")
YEAR = re.compile(r"(?<![\w.])(?:19|20)\d\d(?![\w.])")
NAME = re.compile(r"^[A-Z][a-zA-Z'\-]+(?:[ .]+[A-Z][a-zA-Z'\-]*\.?){1,3}$")


@dataclass
class FrontMatter:
    title: str = ""
    authors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    abstract: str = ""
    abstract_span: tuple[int, int] | None = None
    year: int | None = None
    doi: str | None = None
    venue: str | None = None
    body_start: int = 0  # index of the first body block


def _names(line: str) -> list[str]:
    """Author names on a line like 'A B<sup>1</sup>, C D<sup>2</sup>' or 'A B and C D'."""
    text = SUP_MARK.sub(",", line)
    text = GLUED_MARK.sub(",", text)  # "Wei Zhang1, Ming Li2*": affiliation marks glued to names
    text = re.sub(r"[*†‡§]", "", strip_markup(text))
    parts = [p.strip(" ,;") for p in re.split(r",|;|\band\b|&", text)]
    parts = [p for p in parts if p and not re.fullmatch(r"[\da-z, ]*", p)]
    if parts and all(NAME.match(p) and len(p.split()) <= 4 for p in parts):
        return parts
    return []


def _affiliation(line: str) -> str | None:
    text = strip_markup(SUP_MARK.sub("", line)).strip(" *")
    text = re.sub(r"^[\d,]{1,4}\s+(?=[A-Z])", "", text)  # "1 School of ...": the mark, printed plain
    if AFFIL_WORDS.search(text) and len(text) < 300 and not ABSTRACT.match(text):
        return text
    return None


def _split_keywords(text: str) -> list[str]:
    parts = re.split(r"[;,·]|\s{2,}", strip_markup(text))
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _header_fields(fm: FrontMatter, key: str, value: str) -> None:
    key = key.lower()
    if key.startswith("author"):
        value = re.sub(r"\s*\([^()]*\)", "", value)  # "(listed in the source as ...)": a remark, not names
        fm.authors = [a.strip() for a in re.split(r",|;|\band\b", value) if a.strip()]
    elif key == "year" and (year := YEAR.search(value)):
        fm.year = int(year.group())
    elif key == "doi":
        m = DOI.search(value)
        fm.doi = m.group(1) if m else None
    elif key == "journal":
        fm.venue = value.strip()


def _title(blocks: list[Block], fmt: str) -> tuple[str, int]:
    for i, block in enumerate(blocks[:5]):
        first = block.lines[0].text.strip()
        m = MD_HEADING.match(first)
        if m:
            return strip_markup(m.group(2)), i
        if fmt != "md" and not ABSTRACT.match(first) and len(first) < 300:
            lines = [ln.text.strip() for ln in block.lines]
            title_lines = [lines[0]]
            for extra in lines[1:3]:  # titles wrapped over lines, before names/affiliations
                if _names(extra) or _affiliation(extra) or ABSTRACT.match(extra):
                    break
                title_lines.append(extra)
            if len(block.lines) > len(title_lines) and len(title_lines) == len(lines[:3]):
                title_lines = lines[:1]
            return strip_markup(" ".join(title_lines)), i
    return "", -1


def _abstract(fm: FrontMatter, blocks: list[Block], i: int, first: str) -> int:
    """Fill the abstract from block i (and the next ones under an Abstract heading)."""
    block = blocks[i]
    m = ABSTRACT.match(first)
    skip = block.lines[0].start + len(block.lines[0].text) - len(block.lines[0].text.lstrip()) + m.end()
    start, end = skip, block.end
    j = i
    if not strip_markup(first[m.end() :]) and i + 1 < len(blocks):  # "## Abstract" heading form
        j = i + 1
        start, end = blocks[j].start, blocks[j].end
    fm.abstract_span = (start, end)
    return j


def parse_front_matter(source: str, blocks: list[Block], fmt: str) -> FrontMatter:  # noqa: C901 - one ordered list of line-shape rules reads better than scattered helpers
    fm = FrontMatter()
    fm.emails = sorted(set(EMAIL.findall(source[: blocks[min(len(blocks), 12) - 1].end if blocks else 0])))
    fm.title, ti = _title(blocks, fmt)
    i = ti + 1
    while i < len(blocks) and i < ti + 25:
        block = blocks[i]
        first = block.lines[0].text.strip()
        if (ABSTRACT.match(first) and not heading_of(block, fmt)) or re.match(r"^#+\s*\W*abstract\W*$", first, re.I):
            i = _abstract(fm, blocks, i, first) + 1
            continue
        if KEYWORDS.match(first):
            fm.keywords = _split_keywords(KEYWORDS.sub("", strip_markup(block.text)))
            i += 1
            continue
        if fm.abstract_span is None or not heading_of(block, fmt):
            if heading_of(block, fmt) and fm.abstract_span is None and i > ti + 1:
                break
            consumed = False
            for line in block.lines:
                text = line.text.strip()
                hf = HEADER_FIELD.match(strip_markup(text))
                if hf:
                    _header_fields(fm, hf.group(1), hf.group(2))
                    consumed = True
                elif not fm.authors and _names(text):
                    fm.authors = _names(text)
                    consumed = True
                elif _affiliation(text):
                    fm.affiliations.append(_affiliation(text))
                    consumed = True
                elif EMAIL.search(text) or re.match(r"^\W*corresponding author", strip_markup(text), re.I):
                    consumed = True
            if fm.abstract_span is not None and not consumed:
                break
            if fm.abstract_span is None and not consumed:
                # running text before any abstract: the body has started
                break
            i += 1
            continue
        break
    fm.body_start = i
    if fm.abstract_span:
        fm.abstract = strip_markup(source[fm.abstract_span[0] : fm.abstract_span[1]])
    if fm.doi is None:
        m = DOI.search(source[: blocks[fm.body_start - 1].end if fm.body_start and blocks else 0])
        fm.doi = m.group(1) if m else None
    return fm
