"""Places and organisations: spaCy NER output cleaned, merged and deduplicated."""

from __future__ import annotations

import pytest

from extract.document import Reference
from extract.entities import clean, collect_entities

TEXT = (
    "Hebei Province cooperates with Beijing and Tianjin. "
    "Firms in Hebei signed contracts with Tencent Cloud Co., Ltd. and with Tencent Cloud. "
    "The Chongqing University trained engineers for the Bank of China. "
    "Table 3 reports the OLS estimates."
)


@pytest.fixture(scope="module")
def entities(nlp):
    return collect_entities([nlp(TEXT)])


def test_places_merge_administrative_variants(entities):
    assert "Hebei" in entities.places and "Hebei Province" not in entities.places
    assert {"Beijing", "Tianjin"} <= set(entities.places)


def test_organisations_lose_legal_suffix_and_determiner(entities):
    assert "Tencent Cloud" in entities.organizations
    assert not any("Ltd" in o or o.startswith("The ") for o in entities.organizations)


def test_lists_are_sorted_without_duplicates_or_junk(entities):
    for names in (entities.places, entities.organizations):
        assert names == sorted(set(names))
        assert not any(any(ch.isdigit() for ch in n) or len(n) < 3 or n in {"OLS", "Table"} for n in names)


def test_a_place_is_never_also_an_organisation(entities):
    assert not set(entities.places) & set(entities.organizations)


def test_cited_authors_are_not_entities(nlp):
    doc = nlp("As Odhiambo argued, Kenya's mobile money networks spread quickly.")
    refs = [Reference(raw="Odhiambo, N. (2019) Mobile money.", authors=["Odhiambo N"])]
    found = collect_entities([doc], refs)
    assert "Odhiambo" not in found.places + found.organizations


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [("the World Bank's", "World Bank"), ("“Alibaba”", "Alibaba"), ("Tencent Cloud (Chongqing", "Tencent Cloud")],
)
def test_clean_strips_determiners_possessives_and_punctuation(raw, cleaned):
    assert clean(raw) == cleaned
