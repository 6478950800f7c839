"""What the extractor reads in each hand-written probe sentence, one small paper per sentence.

    python -m bench.probes [FILE] > before.txt   # then change a rule, run again, diff the two

Each line of FILE (default ``bench/probe_sentences.txt``; '#' lines are comments) is extracted as
the only paragraph of a theory section, and printed with its mechanisms: the whole-output diff
that shows every reading a rule change moves, which the extraction tests then pin.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from extract.pipeline import build_nlp, extract_document
from extract.readers.text import parse_text

DEFAULT = Path(__file__).with_name("probe_sentences.txt")


def readings(lines: list[str], section: str = "2. Theoretical analysis") -> list[str]:
    """One block per sentence: the sentence, then 'cause -> effect [polarity] via [...]' lines."""
    nlp = build_nlp()
    out = []
    for line in lines:
        body = f"# A Test Paper on Digital Economy\n\n## {section}\n\n{line}\n"
        doc = parse_text("probe.md", body, hashlib.sha256(body.encode()).hexdigest(), "md")
        out.append(f">> {line}")
        for m in extract_document(doc, nlp).mechanisms:
            moderated = f" mod {m.moderators}" if m.moderators else ""
            out.append(f"     {m.cause} -> {m.effect} [{m.polarity}] via {m.via}{moderated}")
    return out


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else DEFAULT
    lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines()]
    print("\n".join(readings([x for x in lines if x and not x.startswith("#")])))


if __name__ == "__main__":
    main(sys.argv[1:])
