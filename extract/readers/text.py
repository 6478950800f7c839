"""Reader for plain text and Markdown papers (also the target shape of the PDF/HTML readers)."""

from __future__ import annotations

from extract.document import Document
from extract.readers.layout import build_layout, paragraph_from_span, split_blocks
from extract.readers.metadata import parse_front_matter
from extract.readers.references import parse_references


def parse_text(path: str, text: str, sha256: str, fmt: str) -> Document:
    """Build a Document from decoded text; offsets are into ``text`` exactly."""
    blocks = split_blocks(text)
    fm = parse_front_matter(text, blocks, fmt)
    layout = build_layout(text, blocks[fm.body_start :], fmt)
    if fm.abstract_span:
        para = paragraph_from_span(text, *fm.abstract_span, "Abstract", "abstract")
        if para:
            layout.paragraphs.insert(0, para)
    return Document(
        path=path,
        format=fmt,
        text=text,
        sha256=sha256,
        title=fm.title,
        authors=fm.authors,
        affiliations=fm.affiliations,
        emails=fm.emails,
        keywords=fm.keywords,
        abstract=fm.abstract,
        abstract_span=fm.abstract_span,
        year=fm.year,
        doi=fm.doi,
        venue=fm.venue,
        sections=layout.sections,
        paragraphs=layout.paragraphs,
        tables=layout.tables,
        references=parse_references(layout.reference_blocks),
    )
