"""Concept labels: normalising noun phrases and mapping them to the SKOS thesaurus.

A phrase maps to a thesaurus concept when its stemmed content words are close to one of the
concept's labels; otherwise it becomes a candidate concept of its own (so the graph grows with
new papers), keeping the closest thesaurus concept as its broader one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from extract.mechanisms import lexicon
from extract.model import Concept

PLACE_ADJECTIVES = lexicon.mapping("place_adjectives")
NEXT_DOOR = re.compile(r"\b(?:neighbou?rs?|" + "|".join(sorted(lexicon.NEIGHBOURS)) + r")\b")  # a spillover's place
GEOGRAPHIC = lexicon.GEOGRAPHIC

STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "for",
        "to",
        "by",
        "with",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "it",
        "as",
        "at",
        "from",
        "into",
        "within",
        "between",
        "among",
        "level",
        "levels",
        "development",
        "developments",
        "construction",
        "process",
        "degree",
        "continuous",
        "continuously",
        "rapid",
        "rapidly",
        "further",
        "significant",
        "significantly",
        "vigorous",
        "overall",
        "various",
        "all",
        "whole",
        "certain",
        "new",
        "its",
        "own",
        "each",
        "other",
        "more",
        "most",
        "greatly",
        "deep",
        "deeply",
    ]
)
KEEP_STOP_IF_ALONE = frozenset({"development", "construction"})
SUFFIXES = (
    "izations",
    "ization",
    "isations",
    "isation",
    "ations",
    "ation",
    "iencies",
    "iency",
    "ients",
    "ient",
    "ities",
    "ity",
    "ial",
    "ies",
    "ing",
    "ed",
    "es",
    "s",
    "al",
    "y",
    "e",
)
ACRONYM = re.compile(r"\b([A-Za-z][A-Za-z\- ]{3,80}?)\s*\(([A-Z][A-Za-z0-9&\-]{1,9})\)")


def stem(word: str) -> str:
    word = word.lower()
    for suf in SUFFIXES:
        if len(word) - len(suf) >= 4 and word.endswith(suf):
            return word[: -len(suf)]
    return word


def words(label: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", label.lower().replace("’", "'"))


def key(label: str) -> frozenset[str]:
    toks = words(label)
    content = [t for t in toks if t not in STOP]
    if not content:
        content = [t for t in toks if t in KEEP_STOP_IF_ALONE]
    # "the lack of talent", "insufficient talent", "talent shortage": one state, one concept
    return frozenset("shortage" if _names_a_shortage(t) else stem(t) for t in content)


def _names_a_shortage(word: str) -> bool:
    return word in lexicon.SHORT or singular(word) in lexicon.DEFICIENCY


IRREGULAR_PLURALS = {
    "analyses": "analysis",
    "crises": "crisis",
    "indices": "index",
    "hypotheses": "hypothesis",
    "gases": "gas",
    "biases": "bias",
}


def singular(word: str) -> str:
    if word in {"series", "species", "means", "news", "sales", "goods", "earnings", "savings", "headquarters"}:
        return word
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word == "women" or (len(word) > 5 and word.endswith(("smen", "rmen"))):
        return word[:-3] + "man"  # herdsmen, fishermen, businessmen
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]  # businesses, taxes, approaches
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")):
        return word[:-1]
    return word


OF_PHRASE = re.compile(r"(?P<a>[a-z][\w-]*(?: (?:and )?[a-z][\w-]*)?) of (?P<b>[a-z][\w-]*(?: [a-z][\w-]*){0,2})")
OF_IDIOMS = lexicon.words("of_idioms")


SHORT_OF = re.compile(
    rf"(?:(?:{'|'.join(sorted(lexicon.DEFICIENCY))})s? of|{'|'.join(sorted(lexicon.SHORT))}) (?P<what>[a-z].*)"
)


def candidate_label(label: str) -> str:
    """The name of a concept the thesaurus lacks, in the field's compound form and singular, so
    one paper's 'income of herdsmen' and another's 'herdsmen income' meet on one node: 'A of B'
    becomes 'B A' (idioms such as 'rule of law' aside), and a shortage however worded is 'X shortage'.
    Mechanisms keep the paper's wording."""
    if short := SHORT_OF.fullmatch(label):  # "the lack of X", "insufficient X": X shortage
        return f"{candidate_label(short['what'])} shortage"
    m = OF_PHRASE.fullmatch(label)
    if m and label not in OF_IDIOMS and not set(m["b"].split()) & STOP:
        label = f"{m['b']} {m['a']}"
    return " ".join(singular(w) for w in label.split())


def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:80] or "concept"


@dataclass
class Entry:
    id: str
    label: str
    aliases: list[str]
    family: str
    broader: list[str] = field(default_factory=list)


@dataclass
class Thesaurus:
    entries: dict[str, Entry]
    index: dict[frozenset[str], str]  # key of every label → concept id

    def best(self, label: str) -> tuple[Entry | None, float]:
        """The closest concept and its Jaccard similarity on stemmed content words."""
        k = key(label)
        if not k:
            return None, 0.0
        if k in self.index:
            return self.entries[self.index[k]], 1.0
        best, score = None, 0.0
        for lk, cid in self.index.items():
            if not lk <= k:
                continue
            j = len(k & lk) / len(k | lk)
            if j > score or (j == score and best is not None and cid < best.id):
                best, score = self.entries[cid], j
        return best, score


@cache
def load_thesaurus() -> Thesaurus:
    """Parse the SKOS data file once per process."""
    import rdflib
    from rdflib.namespace import SKOS

    fam = rdflib.URIRef("https://w3id.org/dekg/ontology#familyAffinity")
    g = rdflib.Graph()
    g.parse(str(resources.files("extract") / "data" / "thesaurus.ttl"), format="turtle")
    entries: dict[str, Entry] = {}
    for c in sorted(g.subjects(SKOS.prefLabel, None)):
        cid = str(c).rsplit("/", 1)[-1]
        entries[cid] = Entry(
            id=cid,
            label=str(g.value(c, SKOS.prefLabel)),
            aliases=sorted(str(a) for a in g.objects(c, SKOS.altLabel)),
            family=str(g.value(c, fam) or "other"),
            broader=sorted(str(b).rsplit("/", 1)[-1] for b in g.objects(c, SKOS.broader)),
        )
    index: dict[frozenset[str], str] = {}
    for cid in sorted(entries):  # preferred labels first: an alias never shadows another concept's own label
        index.setdefault(key(entries[cid].label), cid)
    for cid in sorted(entries):
        for label in entries[cid].aliases:
            index.setdefault(key(label), cid)
    return Thesaurus(entries, index)


LINKING_WORDS = frozenset({"on", "to", "by", "with", "from", "into", "between", "through", "via"})


def find_acronyms(text: str) -> dict[str, str]:
    """'digital economy (DE)' → {'DE': 'digital economy'}; also 'industrial structure optimization and
    upgrading (ISOU)': the long form's words, read backwards and skipping function words, start with
    the acronym's letters."""
    out: dict[str, str] = {}
    for m in ACRONYM.finditer(text):
        words_, acro = m.group(1).split(), m.group(2)
        letters = [c for c in acro if c.isupper()]
        if len(letters) < 2:
            continue
        taken: list[str] = []
        need = list(reversed(letters))
        for w in reversed(words_):
            if not need:
                break
            if w[0].upper() == need[0]:
                taken.append(w)
                need.pop(0)
            elif w.lower() in {"and", "of", "the", "in", "for", "&"} and taken:
                taken.append(w)
            else:
                break
        if not need:
            out.setdefault(acro, " ".join(reversed(taken)).lower())
        elif (loose := _loose_long_form(words_, acro)) is not None:
            out.setdefault(acro, loose)
    return out


def _expanded(words_: list[str], acronyms: dict[str, str]) -> list[str]:
    """Acronyms spelt out, except right after their own long form ('carbon emissions (CE)')."""
    out: list[str] = []
    for w in words_:
        bare = w.strip("()")
        long_form = acronyms.get(bare)
        if long_form is None:
            out.append(w)
        elif " ".join(out).lower().endswith(long_form):
            continue
        else:
            out.append(long_form)
    return out


def _loose_long_form(words_: list[str], acro: str) -> str | None:
    """'digital transformation (DGT)': the shortest run of words before the brackets that starts
    with the acronym's first letter and holds all its letters in order."""
    letters = acro.lower()
    for n in range(1, min(5, len(words_)) + 1):
        run = words_[-n:]
        if run[0][0].lower() != letters[0] or run[0].lower() in {"and", "of", "the", "in", "for"}:
            continue
        if any(w.lower() in LINKING_WORDS for w in run):
            return None  # "digital economy on carbon emissions (DECEs)": a link, not a name
        rest = iter("".join(run).lower())
        if all(ch in rest for ch in letters):
            return " ".join(run).lower()
    return None


class ConceptTable:
    """The concepts one paper uses: resolves labels and remembers aliases."""

    MAP_AT = 0.6

    def __init__(self, thesaurus: Thesaurus, acronyms: dict[str, str] | None = None) -> None:
        self.thesaurus = thesaurus
        self.acronyms = acronyms or {}
        self.used: dict[str, Concept] = {}
        self.by_key: dict[frozenset[str], str] = {}  # a candidate's stemmed content words -> its id

    def own_label(self, phrase: str) -> str:
        """The paper's own name for a phrase: canonical form, its acronyms expanded. Mechanisms
        name their ends this way (as the paper names them); the concept they map to is shared."""
        if phrase.strip() in self.acronyms:
            phrase = self.acronyms[phrase.strip()]
        elif self.acronyms:  # "TFP of firms": expand acronyms inside a phrase too
            phrase = " ".join(_expanded(phrase.split(), self.acronyms))
        return canonical_label(phrase)

    def _match(self, label: str, head: str | None) -> tuple[Entry | None, float]:
        entry, score = self.thesaurus.best(label)
        if slug(label) in self.thesaurus.entries:  # the label names a concept by its id ("digital integration")
            entry, score = self.thesaurus.entries[slug(label)], 1.0
        names = key(entry.label) | set().union(*(key(a) for a in entry.aliases)) if entry else set()
        if entry and score < 1.0 and head and stem(singular(head.lower())) not in names:
            score = min(score, self.MAP_AT - 0.01)
        if entry and "shortage" in key(label) and "shortage" not in names:
            score = min(score, self.MAP_AT - 0.01)  # "the lack of digital talent" is no kind of human capital
        return entry, score

    def names_a_field_concept(self, phrase: str, head: str | None = None) -> bool:
        """Whether a phrase maps to a thesaurus concept (a lookup: nothing is recorded as used)."""
        label = self.own_label(phrase)
        return bool(label) and self._match(label, head)[1] >= self.MAP_AT

    def resolve(self, phrase: str, head: str | None = None) -> Concept | None:
        """Canonical concept for a noun phrase (None if nothing content-bearing is left).

        A phrase maps to a thesaurus concept on an exact label match, or when it is close and
        the concept's label contains the phrase's head word ("integration of digital industries"
        is about integration, not about the digital industry).
        """
        label = self.own_label(phrase)
        if not label:
            return None
        entry, score = self._match(label, None if phrase.strip() in self.acronyms else head)
        if entry and score < 1.0 and NEXT_DOOR.search(label):
            score = 0.0  # "the income gap in neighbouring regions", a spillover's effect: narrower than the gap
        if entry and score >= self.MAP_AT:
            concept = self.used.get(entry.id) or Concept(
                id=entry.id, label=entry.label, aliases=[], family=entry.family, broader=entry.broader
            )
            if label != entry.label and label not in concept.aliases:
                concept.aliases.append(label)
        else:
            name = candidate_label(label)
            # "the industrial integration index of A" and "the integration index of A": one candidate
            same = self.by_key.setdefault(key(name), slug(name))
            concept = self.used.get(same) or Concept(
                id=slug(name),
                label=name,
                family=entry.family if entry else None,
                broader=[entry.id] if entry else [],
                in_thesaurus=False,
            )
            fresh = [a for a in dict.fromkeys((name, label)) if a != concept.label and a not in concept.aliases]
            concept.aliases += fresh
        for acro, long in self.acronyms.items():
            if canonical_label(long) in {concept.label, *concept.aliases} and acro not in concept.aliases:
                concept.aliases.append(acro)
        self.used[concept.id] = concept
        return concept

    def concepts(self) -> list[Concept]:
        out = sorted(self.used.values(), key=lambda c: c.id)
        for c in out:
            c.aliases.sort()
        return out


# "the transition from a resource-dependent economy to one driven by innovation": to an
# innovation driven economy, the 'one' standing for the head of what it leaves; a transition
# so named is where it arrives, as "the transition to an innovation-driven economy" is
ONE_DRIVEN = re.compile(
    rf"(?P<head>^(?:{'|'.join(sorted(lexicon.TRANSITIONS))}) )?"
    r"\bfrom (?:an? )?(?:[\w-]+ )*?(?P<what>[\w-]+) to (?:an? )?ones? (?P<how>driven|led|based|oriented|powered)"
    r" (?:by|on) (?P<by>[\w -]+)$"
)
LEADING = re.compile(
    r"^(?:(?:the|a|an|this|that|these|those|its|their|our|such|further|overall|whole|resulting|"
    r"(?:the )?(?:(?:rapid|fast|vigorous|comprehensive|continuous|continued|steady|sustained|booming|"
    r"large[ -]scale|widespread|extensive|wide|broad|in[ -]depth|deep|commercial|practical|low|high|poor) ){0,2}"
    r"(?:level|levels|degree|process|development|construction|growth|improvement|"
    r"rise|use|application|popularization|implementation|trend|support|help|assistance) of)\s+)+",
    re.I,
)


PLACE_WRAPPED = re.compile(
    r"^(?:the |a |an )?(?P<mod>(?:[\w-]+ ){0,2}?)(?P<wrapper>development|growth) of "
    r"(?:the |its |their )?(?P<pmod>(?:less |least )?(?:[\w-]+ )?)(?P<place>[a-z]+)$"
)


def _place_development(text: str) -> str:
    """'the development of the region' is regional development, not 'region': a place after a
    development wrapper is what develops, so it becomes the wrapper's modifier ('the growth of
    peripheral regions' → 'peripheral region growth')."""
    m = PLACE_WRAPPED.match(text)
    if not m or m["place"] not in PLACE_ADJECTIVES:
        return text
    if m["pmod"] and m["place"] in GEOGRAPHIC:  # "the green development of neighboring cities"
        return f"{m['pmod']}{singular(m['place'])} {m['mod']}{m['wrapper']}"
    return text if m["pmod"] else f"{m['mod']}{PLACE_ADJECTIVES[m['place']]} {m['wrapper']}"


QUALITIES = "|".join(lexicon.words("quality_support_nouns"))
QUALITY_INTO = re.compile(
    rf"^(?:(?:new|fresh|more|greater|great|strong|vigorous) )?(?P<quality>{QUALITIES}) (?:into|in|to) (?P<where>.+)$"
)

# "the income gap between urban and rural residents" is the urban-rural income gap, the field's
# name for it; "the gap between regions" the regional gap, while "the skills gap between regions"
# is the skills gap, in a place like any other.
GROUPS = r"(?: (?:areas?|regions?|residents?|households?|populations?|people))?"
GAPS = r"gaps?|divides?|disparit(?:y|ies)|inequalit(?:y|ies)"
GAP_BETWEEN = re.compile(
    rf"^(?P<what>(?:[\w-]+ )*?)(?P<gap>{GAPS}) (?:between|among) "
    rf"(?P<a>[a-z]+){GROUPS} and (?P<b>[a-z]+){GROUPS}$"
)
GAP_AMONG_REGIONS = re.compile(
    r"^(?P<what>(?:[\w-]+ )*?)(?P<gap>gaps?|divides?|disparit(?:y|ies)) (?:between|among|across) "
    r"(?:different )?(?:regions|provinces)$"
)


GAP_IN_BETWEEN = re.compile(
    rf"^(?P<gap>{GAPS}) in (?P<what>[\w -]+?) (?:between|among) "
    rf"(?P<a>[a-z]+){GROUPS} and (?P<b>[a-z]+){GROUPS}$"
)


def _singular_last(words: str) -> str:
    """'educational resources' -> 'educational resource' (a name's head is singular)."""
    *rest, last = words.split()
    return " ".join([*rest, singular(last)])


def _gap_between(text: str) -> str:
    # "the gap in educational resources between A and B": the A-B educational resource gap
    text = GAP_IN_BETWEEN.sub(lambda m: f"{m['a']}-{m['b']} {_singular_last(m['what'])} {m['gap']}", text)
    text = GAP_BETWEEN.sub(r"\g<a>-\g<b> \g<what>\g<gap>", text)
    among = GAP_AMONG_REGIONS.match(text)
    if among:
        return f"regional {among['what']}{among['gap']}"
    return text


CHANGE_SIZE = re.compile(
    r"\s+by\s+(?:about |around |approximately |nearly |over )?\d[\d.,]*\s*(?:%|percent|percentage points?|times)?$"
)


STEP_SIZE = re.compile(
    r"\s+of\s+(?:(?:one|a|an|\d[\d.,]*)\s+(?:units?|percent)|(?:(?:one|a|an|\d[\d.,]*)\s+)?"
    r"(?:percentage points?|standard deviations?))\b"
)


AMOUNT = re.compile(
    r"\s+of\s+(?:about |around |approximately |nearly |over |more than )?(?:[\d.,]+\s*)?"
    r"(?:(?:hundred|thousand|million|billion|trillion|ten thousand)\s+)?"
    r"(?:yuan|rmb|dollars?|us dollars?|usd|euros?|tons?|tonnes?|mu|hectares?)$"
)


# A citation mark a PDF's text layer garbles into symbols glued to a word ("production factors”l",
# "society®", "lifestyles™"): no part of a name.
PDF_MARKS = re.compile(r"(?:[®™©¤§¶†‡]+|(?<=[a-z])[”\"](?=[a-z]\b))(?: ?[a-z]\b)?")
SHORT_FORMS = lexicon.mapping("short_forms")
SHORT_FORM = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in SHORT_FORMS) + r")\b")


def canonical_label(phrase: str) -> str:
    """Lower case, singular, no determiners or 'the level of'/'the development of' wrappers."""
    text = re.sub(r"[“”\"'’](?:s\b)?|[()\[\]{}*]", " ", PDF_MARKS.sub(" ", phrase)).strip(" ,.;:")
    text = re.sub(r"^\s*(?:\d+|[ivx]+)\s+(?=[a-z])", "", text, flags=re.I)  # "(1) the development of ..." numbering
    text = re.sub(r"\s+", " ", text).lower()
    text = re.sub(r"(?<=\w )(?:its|their) ", "", text)  # "emissions of its neighbours": the owner is the context's
    text = _place_development(text)
    prev = None
    while prev != text:
        prev = text
        stripped = LEADING.sub("", text)
        if words(stripped):
            text = stripped
    text = re.sub(r"(?:\s*(?:…|\.\.\.)|\s+(?:overall|as a whole))+$", "", text)  # "X overall", a cut "effect of …"
    text = re.sub(r"\s+in terms of\s.*$", "", text)  # "a gap between A and B in terms of income": in what respect
    # "the probability of participating in X by 5.3 percentage points": the size of a change
    text = CHANGE_SIZE.sub("", text)
    text = STEP_SIZE.sub("", text)  # "an increase in X of one percentage point": the size of the step
    text = AMOUNT.sub("", text)  # "investment of 500 million yuan": how much, not what
    text = re.sub(r"(?:\s+(?:of|in|on|to|for|and|with|by))+$", "", text)
    text = QUALITY_INTO.sub(r"\g<where> \g<quality>", text)  # "vitality into traditional industries"
    text = _gap_between(text)
    text = ONE_DRIVEN.sub(lambda m: f"{'' if m['head'] else 'to '}{m['by']} {m['how']} {m['what']}", text)
    text = SHORT_FORM.sub(lambda m: SHORT_FORMS[m[0]], text)
    words_ = text.split()
    # the last word, a word before "of X" ("income levels of X"), "on Y" ("reliance of firms on Y"), a 'to'-scoped head
    # ("returns to education"), "between" ("barriers between A and B") or a rate
    # and the first of two joined nouns ("industrial chains and supply chains")
    after = {"of", "in", "on", "per", "towards", "and", "or", "between", "among"}
    heads = {len(words_) - 1} | {i - 1 for i, w in enumerate(words_) if w in after}
    heads |= {i - 1 for i, w in enumerate(words_) if w == "to" and i and words_[i - 1] in lexicon.TO_SCOPED}
    toks = [singular(w) if i in heads or w.endswith("ies") else w for i, w in enumerate(words_)]
    label = " ".join(toks).strip(" ,.;:-")
    return label if key(label) else ""
