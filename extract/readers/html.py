"""HTML reader: headings, paragraphs, list items and tables converted to the Markdown shape."""

from __future__ import annotations

from html.parser import HTMLParser

BLOCK = {"p", "div", "li", "blockquote", "section", "article", "br"}
SKIP = {"script", "style", "nav", "footer", "header", "noscript", "svg"}


class _ToMarkdown(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.cur: list[str] = []
        self.skip = 0
        self.prefix = ""
        self.row: list[str] | None = None
        self.title = ""
        self.in_title = False

    def _flush(self) -> None:
        text = " ".join("".join(self.cur).split())
        if text:
            self.out.append(self.prefix + text)
        self.cur, self.prefix = [], ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._flush()
            self.prefix = "#" * int(tag[1]) + " "
        elif tag in BLOCK:
            self._flush()
        elif tag == "tr":
            self._flush()
            self.row = []
        elif tag in {"td", "th"}:
            self.cur = []

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in {"td", "th"} and self.row is not None:
            self.row.append(" ".join("".join(self.cur).split()))
            self.cur = []
        elif tag == "tr" and self.row is not None:
            self.out.append("\t".join(self.row) if len(self.row) > 2 else " ".join(self.row))
            self.row = None
        elif tag in BLOCK or (tag.startswith("h") and tag[1:].isdigit()):
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.cur.append(data)


def html_to_text(html: str) -> str:
    parser = _ToMarkdown()
    parser.feed(html)
    parser._flush()
    lines = parser.out
    if parser.title.strip() and not any(line.startswith("# ") for line in lines[:3]):
        lines.insert(0, "# " + " ".join(parser.title.split()))
    out: list[str] = []
    for line in lines:  # table rows stay adjacent, other blocks are separated by a blank line
        if out and not ("\t" in line and "\t" in out[-1]):
            out.append("")
        out.append(line)
    return "\n".join(out) + "\n"
