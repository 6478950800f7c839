"""What a reader returns: the text of a paper and its layout, before any NLP.

Offsets everywhere are character offsets into ``Document.text``, which for .txt/.md is the
file's text exactly as decoded, so quotes can always be sliced back out of the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Reference:
    """One entry of the reference list, parsed as far as the printed text allows."""

    raw: str
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    title: str | None = None
    venue: str | None = None
    doi: str | None = None


@dataclass
class Section:
    """A heading and the span it governs; ``level`` 1 is top-level (1., #, I.)."""

    title: str
    level: int
    start: int
    end: int
    number: str | None = None
    kind: str = "body"  # abstract|introduction|body|results|conclusion|references|acknowledgments|...


@dataclass
class Paragraph:
    """A block of running text (never a heading, caption or page furniture).

    ``text`` is cleaned for NLP (wrapped lines rejoined, markup and citation marks removed);
    ``offsets[i]`` is the offset in ``Document.text`` of ``text[i]`` (None: identity from start).
    """

    text: str
    start: int
    end: int
    section: str = ""
    section_kind: str = "body"
    offsets: list[int] | None = None

    def source_offset(self, i: int) -> int:
        """Offset in Document.text of character ``i`` of ``text`` (``i == len(text)`` → end)."""
        if self.offsets is None:
            return self.start + i
        if i >= len(self.offsets):
            return self.end
        return self.offsets[i]


@dataclass
class Table:
    """A table as rows of cell strings; the first rows are usually headers."""

    rows: list[list[str]]
    caption: str = ""
    start: int = 0
    end: int = 0
    notes: str = ""


@dataclass
class Document:
    """A paper as read from disk: text, layout and printed metadata."""

    path: str
    format: str  # txt|md|pdf|html
    text: str
    sha256: str
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
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
