"""Parse reference-list entries: authors, year, title, venue, DOI, as printed."""

from __future__ import annotations

import re

from extract.document import Reference
from extract.readers.layout import REF_ITEM, Block, strip_markup
from extract.readers.metadata import DOI

YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})[a-z]?\b")
ITALIC = re.compile(r"(?<!\*)\*([^*]{3,}?)\*(?!\*)")


def split_entries(blocks: list[Block]) -> list[str]:
    """One string per entry: numbered items start an entry, other lines continue it."""
    entries: list[str] = []
    for block in blocks:
        for line in block.lines:
            text = line.text.strip()
            if not text:
                continue
            if REF_ITEM.match(text) or not entries:
                entries.append(text)
            else:
                entries[-1] += " " + text
    return [e for e in entries if len(e) > 15]


def parse_reference(raw: str) -> Reference:
    text = re.sub(r"^(?:[-*]\s+)?\[\d{1,3}\]\s*", "", raw.strip())
    doi = DOI.search(text)
    year = YEAR.search(text)
    italics = ITALIC.findall(text)
    plain = strip_markup(re.sub(r"<https?://[^>]+>|https?://\S+", "", text))
    authors_part, title, venue = "", None, None
    apa = re.match(r"^(.*?)\s*\((\d{4})[a-z]?\)\.?\s*(.*)$", plain)
    if apa:
        authors_part, rest = apa.group(1), apa.group(3)
        title = italics[0].strip(" .") if italics else rest.split(". ")[0]
        venue = italics[1].strip(" .,") if len(italics) > 1 else None
    else:
        head = re.match(r"^(.*?)\.\s+(.*)$", plain)
        if head:
            authors_part, rest = head.group(1), head.group(2)
            title = re.split(r"\s*\[[A-Z]\]|\.\s", italics[0] if italics else rest)[0].strip(" .")
            after = plain.split(title, 1)[-1] if title else ""
            after = re.sub(r"^\s*(?:\[[A-Z]\]\.?)?[\s.]*", "", after)
            vm = re.match(r"^([^,\d][^,]*?),", after)
            venue = vm.group(1).strip(" .") if vm else None
    if re.search(r"[A-Z]\.,", authors_part):  # "Li, W., & Wang, X." style
        pieces = re.split(r"(?<=\.),\s*(?:&\s*)?|\s+&\s+", authors_part)
    else:
        pieces = re.split(r",\s*(?=[A-Z])|;|&|\band\b", authors_part)
    authors = [a.strip(" .,") for a in pieces if a.strip(" .,")]
    authors = [a for a in authors if a not in {"et al", "..."} and len(a) > 1 and not re.fullmatch(r"[A-Z]\.?", a)]
    return Reference(
        raw=strip_markup(text),
        authors=_merge_initials(authors),
        year=int(year.group(1)) if year else None,
        title=title or None,
        venue=venue,
        doi=doi.group(1).replace(" ", "") if doi else None,
    )


def _merge_initials(parts: list[str]) -> list[str]:
    """'Li, W.' splits into 'Li' and 'W.': join a family name with its initials."""
    out: list[str] = []
    for p in parts:
        if out and re.fullmatch(r"(?:[A-Z]\.\s?){1,3}(?:[A-Z]\.?)?", p) and " " not in out[-1]:
            out[-1] = f"{out[-1]}, {p}"
        else:
            out.append(p)
    return out


def parse_references(blocks: list[Block]) -> list[Reference]:
    return [parse_reference(e) for e in split_entries(blocks)]
