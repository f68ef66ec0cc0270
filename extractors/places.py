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
from extractors.lexicon import LANGUAGES, ConceptMatch, Lexicon, Token, compile_lexicon


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


def capital_descriptors(table: dict[str, object]) -> dict[str, list[str]]:
    """Each capital's "the X capital" in every language ("the Hungarian capital", «венгерская столица»): a
    language's phrases (`{}` for the adjective) filled with that capital's adjectives in the language. Checked:
    a capital of domain/vocabulary.toml, languages the reader knows, a phrase with one `{}`, a form per language."""
    forms = table.get("forms", {})
    adjectives = table.get("adjectives", {})
    if not isinstance(forms, dict) or not isinstance(adjectives, dict):
        raise VocabularyError("places.toml: [capitals] needs tables 'forms' and 'adjectives'")
    for lang, phrases in forms.items():
        if lang not in LANGUAGES:
            raise VocabularyError(f"places.toml: capitals.forms: unknown language {lang!r}")
        if not isinstance(phrases, list) or not all(isinstance(f, str) and f.count("{}") == 1 for f in phrases):
            raise VocabularyError(f"places.toml: capitals.forms.{lang}: phrases with one '{{}}' each")
    capitals = vocabulary().capitals
    out: dict[str, list[str]] = {}
    for city, by_lang in adjectives.items():
        if city not in capitals:
            raise VocabularyError(f"places.toml: capitals.adjectives: {city!r} is no capital of domain/vocabulary.toml")
        if not isinstance(by_lang, dict):
            raise VocabularyError(f"places.toml: capitals.adjectives.{city}: a table of languages")
        for lang, words in by_lang.items():
            if lang not in forms:
                raise VocabularyError(f"places.toml: capitals.adjectives.{city}: no capitals.forms for {lang!r}")
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise VocabularyError(f"places.toml: capitals.adjectives.{city}.{lang}: a list of words")
            out.setdefault(city, []).extend(f.format(w) for f in forms[lang] for w in words)
    return out


def deed_descriptors(table: dict[str, object]) -> tuple[str, list[str]]:
    """A place said by what its country does ("the capital of a country that shells his cities"): each language's
    heads (`{}` for the deed) with each deed right after them or after one of the language's adverbs, and the deeds
    said only right after them (`done`: "that was attacked" is the victim). Checked: a place of the vocabulary,
    languages the reader knows, a head with one `{}`, lists of words."""
    place = table.get("place")
    if not isinstance(place, str) or place not in vocabulary().places:
        raise VocabularyError(f"places.toml: aggressor_capital: {place!r} is not a place of domain/vocabulary.toml")
    out: list[str] = []
    for lang, parts in table.items():
        if lang == "place":
            continue
        if lang not in LANGUAGES or not isinstance(parts, dict):
            raise VocabularyError(f"places.toml: aggressor_capital.{lang}: a table of a language the reader knows")
        lists = {key: parts.get(key, []) for key in ("heads", "adverbs", "acts", "done")}
        for key, words in lists.items():
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise VocabularyError(f"places.toml: aggressor_capital.{lang}.{key}: a list of words")
        if not all(h.count("{}") == 1 for h in lists["heads"]) or set(parts) - set(lists):
            raise VocabularyError(f"places.toml: aggressor_capital.{lang}: heads with one '{{}}', only {list(lists)}")
        deeds = [*lists["acts"], *(f"{a} {d}" for a in lists["adverbs"] for d in lists["acts"]), *lists["done"]]
        out += [h.format(d) for h in lists["heads"] for d in deeds]
    return place, out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    raw = tomllib.loads(resources.files("extractors").joinpath("data/places.toml").read_text(encoding="utf-8"))
    places = dict(raw.get("places", {}))
    for city, phrases in capital_descriptors(raw.get("capitals", {})).items():
        places[city] = [*places.get(city, ()), *phrases]
    if "aggressor_capital" in raw:
        place, phrases = deed_descriptors(raw["aggressor_capital"])
        places[place] = [*places.get(place, ()), *phrases]
    known = vocabulary().places
    for pid in places:
        if pid not in known:
            raise VocabularyError(f"places.toml: {pid!r} is not a place of domain/vocabulary.toml")
    weak = frozenset(raw.get("weak", {}).get("places", ()))
    for pid in weak - set(places):
        raise VocabularyError(f"places.toml: weak place {pid!r} has no spellings")
    return Gazetteer(compile_lexicon("xx", places, "places.toml", names_are_concepts=False), weak)
