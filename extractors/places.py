"""The venue gazetteer: every spelling of a place, in any of the reader's languages, under its vocabulary id.

Data in `extractors/data/places.toml`, checked against domain/vocabulary.toml
when it loads: a place the vocabulary does not know cannot become a venue that
alerts and reports would then show as a raw id.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from domain.vocabulary import VocabularyError, vocabulary
from extractors.lexicon import ConceptMatch, Lexicon, Token, compile_lexicon


@dataclass(frozen=True)
class Gazetteer:
    lexicon: Lexicon
    weak: frozenset[str]  # places that name a country more often than a venue: need a strong cue

    def find(self, tokens: list[Token]) -> list[ConceptMatch]:
        """Places in a sentence; `concept` is the place id. A name inside a longer one is not a place of its
        own ("the capital of the aggressor state" is Moscow, not Russia)."""
        return outermost(self.lexicon.find(tokens))


def outermost(found: list[ConceptMatch]) -> list[ConceptMatch]:
    """The places of a sentence without those named inside a longer one."""
    if len(found) < 2:  # (most sentences: no generator per place)
        return list(found)
    return [m for m in found if not any(o is not m and o.first <= m.first and m.last <= o.last
                                        and (o.last - o.first) > (m.last - m.first) for o in found)]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    raw = tomllib.loads(resources.files("extractors").joinpath("data/places.toml").read_text(encoding="utf-8"))
    places = raw.get("places", {})
    known = vocabulary().places
    for pid in places:
        if pid not in known:
            raise VocabularyError(f"places.toml: {pid!r} is not a place of domain/vocabulary.toml")
    weak = frozenset(raw.get("weak", {}).get("places", ()))
    for pid in weak - set(places):
        raise VocabularyError(f"places.toml: weak place {pid!r} has no spellings")
    return Gazetteer(compile_lexicon("xx", places, "places.toml", names_are_concepts=False), weak)
