"""The support table: one row per mechanism with its papers, family and evidence.

The overview, the contested list, the map and a concept's links all need the same aggregate
(which papers assert which mechanism). Computing it per page joined every assertion to its
paper again and again (seconds at 1,000 papers); here it is read once, with a few queries that
aggregate inside the store and return one row per mechanism, and the web app keeps it until the
graph changes (``web.store.cached``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.queries import run
from kg.store import Store


@dataclass(frozen=True)
class MechanismRow:
    iri: str
    id: str
    cause_id: str
    cause: str
    effect_id: str
    effect: str
    polarity: str
    papers: tuple[str, ...]  # sorted paper ids
    family: str  # the family most of its assertions name
    evidence: tuple[str, ...]  # sorted evidence types

    @property
    def support(self) -> int:
        return len(self.papers)

    def brief(self) -> dict:
        """The row as the pages and the JSON API show it (no paper list: that is unbounded)."""
        return {
            "id": self.id,
            "m": self.iri,
            "cause_id": self.cause_id,
            "cause": self.cause,
            "effect_id": self.effect_id,
            "effect": self.effect,
            "polarity": self.polarity,
            "support": self.support,
        }


@dataclass
class Summary:
    """Mechanisms by support (most papers first, then cause and effect label), families, counts."""

    mechanisms: list[MechanismRow]
    families: list[dict]
    by_id: dict[str, MechanismRow] = field(default_factory=dict)
    by_pair: dict[tuple[str, str], list[MechanismRow]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {m.id: m for m in self.mechanisms}
        pairs: dict[tuple[str, str], list[MechanismRow]] = defaultdict(list)
        for m in self.mechanisms:
            pairs[(m.cause_id, m.effect_id)].append(m)
        self.by_pair = dict(pairs)


def sort_key(m: MechanismRow) -> tuple:
    return (-m.support, m.cause, m.effect, m.polarity, m.id)


def summarise(store: Store) -> Summary:
    """Read the support table with five aggregate queries (none returns a row per assertion)."""
    labels = {r["id"]: r["label"] for r in run(store, "summary_labels", max_rows=None)}
    papers = {
        r["m"]: tuple(sorted(filter(None, r["papers"].split("|")))) for r in run(store, "summary_papers", max_rows=None)
    }
    families: dict[str, Counter] = defaultdict(Counter)
    evidence: dict[str, set[str]] = defaultdict(set)
    for r in run(store, "summary_families", max_rows=None):
        families[r["m"]][r["family"]] += int(r["n"])
        evidence[r["m"]].add(r["evidence"])
    rows = []
    for r in run(store, "summary_mechanisms", max_rows=None):
        iri = r["m"]
        if not papers.get(iri):
            continue  # a mechanism no paper asserts (garbage-collected on the next write)
        fam = sorted(families[iri].items(), key=lambda kv: (-kv[1], kv[0]))
        rows.append(
            MechanismRow(
                iri=iri,
                id=iri.rsplit("/", 1)[-1],
                cause_id=r["cause_id"],
                cause=labels.get(r["cause_id"], r["cause_id"]),
                effect_id=r["effect_id"],
                effect=labels.get(r["effect_id"], r["effect_id"]),
                polarity=r["polarity"],
                papers=papers[iri],
                family=fam[0][0] if fam else "other",
                evidence=tuple(sorted(evidence[iri])),
            )
        )
    rows.sort(key=sort_key)
    mechanisms_per_family: Counter = Counter()
    for counts in families.values():
        for f in counts:
            mechanisms_per_family[f] += 1
    fam_rows = [
        {"family": r["family"], "mechanisms": mechanisms_per_family[r["family"]], "papers": int(r["papers"])}
        for r in run(store, "summary_family_papers")
    ]
    fam_rows.sort(key=lambda f: (-f["mechanisms"], f["family"]))
    return Summary(rows, fam_rows)
