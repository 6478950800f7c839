"""Word lists for reading causal links, loaded from ``extract/data/lexicon.json`` (data, not code)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _load() -> dict[str, list[str] | dict[str, str]]:
    raw = json.loads((resources.files("extract") / "data" / "lexicon.json").read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def words(name: str) -> frozenset[str]:
    """One named list of the lexicon (KeyError names a list the data file lacks)."""
    return frozenset(_load()[name])


def mapping(name: str) -> dict[str, str]:
    """One named word-to-word table of the lexicon."""
    return dict(_load()[name])


GENERIC = words("generic_heads")
MEASURE = words("measure_nouns")
DOWN = words("downward_measure_nouns")
HINDERING = words("hindering_adjectives")
ENABLING = words("enabling_adjectives")
FAVOURING = words("favouring_adjectives")
ACTORS = words("actors")
PLACE_ACRONYMS = words("place_acronyms")
LIGHT_VERBS = words("light_verbs")
REGARDING_VERBS = words("regarding_verbs")
PREVENTING_VERBS = words("preventing_verbs")
CONSEQUENCE_OPENERS = words("consequence_openers")
PROMOTING_NOUNS = words("promoting_nouns")
INHIBITING_NOUNS = words("inhibiting_nouns")
PRONOUNS = words("pronouns")
ANAPHORIC = words("anaphoric_nouns")
INTENTIONS = words("intention_nouns")
NUMERALS = words("counting_words")
PROVIDING = words("providing_verbs")
CHANNEL_NOUNS = words("channel_nouns")
RESULT_ANAPHORS = words("result_anaphors")
ACTION_ANAPHORS = words("action_anaphors")
DIMENSIONS = words("dimension_nouns")
PARTICLES = words("particles")
SEQUENCE_OPENERS = words("sequence_openers")
CARRYING = words("carrying_verbs")
POINTING = words("pointing_determiners")
DEMONSTRATIVES = words("demonstratives")
FRAME = words("frame_nouns")
LINK_NOUNS = words("link_nouns")
GEOGRAPHIC = words("geographic_nouns")
PEOPLE = words("people")
POSITIONS = words("position_nouns")
RANKED_POSITIONS = words("ranked_positions")
RANKING_VERBS = words("ranking_verbs")
STANDING_UP = words("standing_up")
STANDING_DOWN = words("standing_down")
LEVEL_UP = words("level_up")
LEVEL_DOWN = words("level_down")
PLACING_VERBS = words("placing_verbs")
LOWER = words("lower_modifiers")
COMPARATIVES_UP = words("comparatives_up")
RISING_VERBS = words("rising_verbs")
FALLING_VERBS = words("falling_verbs")
SHIFTING_VERBS = words("shifting_verbs")
COMPARATIVES_DOWN = words("comparatives_down")
EVALUATIVE = words("evaluative_modifiers") | LOWER | words("higher_modifiers")
RELATIONAL = words("relational_heads")
MODIFIER_WORDS = words("modifier_words")
NEIGHBOURS = words("neighbour_modifiers")
SPATIAL = words("spatial_modifiers")
MEMBER_VERBS = words("member_verbs")
BINOMIALS = words("binomials")
POLICY_NOUNS = words("policy_nouns")
DEONTIC = words("deontic_modals")
GAPS = words("gap_nouns")
UNITS = words("measure_units")
CAUSATIVE = words("causative_verbs")
INSTRUMENT_VERBS = words("instrument_verbs")
INSTRUMENT_NOUNS = words("instrument_nouns")
IMPELLING = words("impelling_nouns")
CONCEPT_MODIFIERS = words("concept_modifiers")
WRAPPERS = words("wrapper_nouns")
IN_SCOPED = words("in_scoped_heads")
SECTORS = words("sector_nouns")
INTO_SCOPED = words("into_scoped_heads")
TRANSITIONS = words("transition_heads")
QUALITIES = words("quality_support_nouns")
QUALITY_ADJECTIVES = words("quality_adjectives")
INQUIRY = words("inquiry_verbs")
FOCUSING = words("focusing_verbs")
STUDYING = words("studying_subjects")
FINDING_VERBS = words("finding_verbs")
DEFINING_VERBS = words("defining_verbs")
ESTIMATE_NOUNS = words("estimate_nouns")
INQUIRY_NOUNS = words("inquiry_nouns")
CHANGE_NOUNS = words("change_nouns")
EMPTY_MODIFIERS = words("empty_modifiers")
OUTCOME_VERBS = words("outcome_verbs")
FOR_SCOPED = words("for_scoped_heads")
ON_SCOPED = words("on_scoped_heads")
TO_SCOPED = words("to_scoped_heads")
TIME_NOUNS = words("time_nouns")
LISTING_VERBS = words("listing_verbs")
IDIOMS = mapping("light_verb_idioms")
PREP_OBJECTS = mapping("prepositional_objects")
APPLYING = mapping("applying_verbs")
MOVING = mapping("moving_verbs") | mapping("doing_verbs")  # what a cause lets move or act, named as a noun
TAKING = mapping("taking_verbs")
FIRMS = words("counted_firms")
ABILITIES = words("ability_nouns")
CHANCES = words("chance_nouns")
NAMED_UP = words("named_change_up")
NAMED_DOWN = words("named_change_down")
