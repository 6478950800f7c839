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
# "Wei Zhang1, Ming Li2*" and "Wei Li 1,* and Fang Wang 2": affiliation marks after names
GLUED_MARK = re.compile(r"(?<=[a-z])\s?(?:\d+(?:,\s?\d+)*(?:,?\s?\*)?|\*+)(?=\s*(?:,|;|\band\b|&|$))")
YEAR = re.compile(r"(?<![\w.])(?:19|20)\d\d(?![\w.])")
NAME_WORD = re.compile(r"[A-Z][a-zA-Z'\-]+\.?|[A-Z]\.(?:-?[A-Z]\.)?")  # "Zhang", "Xiao-Ming", "J.", "J.-P."
# what a publisher prints above the title: the article type, a running head with the citation
BANNER = re.compile(
    r"^(?:(?:original|full[- ]length|short|research|review|open)[ -])*(?:article|paper|communication|review|"
    r"research|access)$|^check for updates$|^(?:edited|reviewed) by\b",
    re.I,
)
# (not 'No. 1' or 'Vol.' alone: a title may say "the No. 1 Project")
CITATION_LINE = re.compile(r"https?://|\bdoi\b|^[A-Z][\w&:. -]+ (?:19|20)\d\d[,;]\s*\d+", re.I)
# publication notes between the names and the abstract
FRONT_NOTE = re.compile(
    r"^\W*(?:corresponding author|correspondence|citation|received|revised|accepted|published|academic editor|"
    r"copyright|licensee|edited by|reviewed by)\b",
    re.I,
)
LETTER_LABEL = re.compile(r"^([a-z])\s+(?=[A-Z])")  # "a School of ...": an affiliation's letter mark


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
    if parts and all(_is_name(p) for p in parts):
        return parts
    return []


def _is_name(text: str) -> bool:
    """'Wei Zhang', 'J. Smith', 'A. B. Jones': two to four capitalised words or initials, the
    last a word."""
    words = re.sub(r"\.(?=[A-Z])", ". ", text).split()  # "A.B. Jones" as "A. B. Jones"; "J.-P." stays one
    return 2 <= len(words) <= 4 and all(NAME_WORD.fullmatch(w) for w in words) and len(words[-1].rstrip(".")) > 1


def _unmarked(authors: list[str], affiliations: list[str]) -> tuple[list[str], list[str]]:
    """'Wei Lia, Fang Wangb' over 'a School of ...', 'b Business School ...': marks printed as
    letters glued to the names (and before the affiliations) come off both, when every name
    carries one."""
    letters = {m.group(1) for a in affiliations if (m := LETTER_LABEL.match(a))}
    if not letters or len(letters) < len(affiliations):
        return authors, affiliations
    if authors and all(len(a.split()[-1]) > 2 and a[-1] in letters for a in authors):
        authors = [a[:-1] for a in authors]
    return authors, [LETTER_LABEL.sub("", a) for a in affiliations]


def _affiliation(line: str) -> str | None:
    text = strip_markup(SUP_MARK.sub("", line)).strip(" *")
    text = re.sub(r"^[\d,]{1,4}\s+(?=[A-Z])", "", text)  # "1 School of ...": the mark, printed plain
    text = re.sub(r"[;,]?\s*(?:e-?mail\s*:?\s*)?" + EMAIL.pattern, "", text, flags=re.I).strip(" ;,")  # "...; a@b.cn"
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


def _bold_title(blocks: list[Block]) -> tuple[str, int]:
    """'**Title**': markdown with the title set in bold, not as a heading."""
    if any(MD_HEADING.match(b.lines[0].text.strip()) for b in blocks[:5]):
        return "", -1
    for i, block in enumerate(blocks[:3]):
        bold = re.fullmatch(r"(\*\*|__)([^*_].*?)\1", block.lines[0].text.strip())
        if bold and not (ABSTRACT.match(bold.group(2)) or KEYWORDS.match(bold.group(2))):
            return strip_markup(bold.group(2)), i
    return "", -1


def _title(blocks: list[Block], fmt: str) -> tuple[str, int]:
    if fmt == "md" and (bold := _bold_title(blocks))[0]:
        return bold
    for i, block in enumerate(blocks[:5]):
        first = block.lines[0].text.strip()
        m = MD_HEADING.match(first)
        if m:
            return strip_markup(m.group(2)), i
        if _banner(block):
            continue
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


def _banner(block: Block) -> bool:
    """A block printed above the title: 'Research Article', 'OPEN ACCESS', a running head citing
    the journal ('Sustainability 2023, 15, 1234. https://doi.org/...'), a Frontiers 'EDITED BY'."""
    first = strip_markup(block.lines[0].text.strip())
    return bool(BANNER.match(first)) or (len(block.lines) <= 2 and bool(CITATION_LINE.search(first)))


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
            listed = all(_affiliation(line.text.strip()) for line in block.lines)  # "1 Peking University, ..."
            if heading_of(block, fmt) and fm.abstract_span is None and i > ti + 1 and not listed:
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
                elif EMAIL.search(text) or FRONT_NOTE.match(strip_markup(text)):
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
    fm.authors, fm.affiliations = _unmarked(fm.authors, fm.affiliations)
    if fm.abstract_span:
        fm.abstract = strip_markup(source[fm.abstract_span[0] : fm.abstract_span[1]])
    if fm.doi is None:
        m = DOI.search(source[: blocks[fm.body_start - 1].end if fm.body_start and blocks else 0])
        fm.doi = m.group(1) if m else None
    return fm
