"""The domain vocabulary (domain/vocabulary.toml): what it accepts, and data checked against it.

Rules are checked against it when they load (tests/test_rules.py: unknown kind, value, party); here the
vocabulary file itself, the actors' dictionary, and the labelled corpora.
"""

from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from domain.vocabulary import VocabularyError, parse_vocabulary, vocabulary
from extractors.actors import build_index

PROJECT = Path(__file__).resolve().parent.parent
SHIPPED: dict[str, Any] = tomllib.loads((PROJECT / "domain" / "vocabulary.toml").read_text(encoding="utf-8"))


def changed(edit: str) -> dict[str, Any]:
    """The shipped vocabulary data with one edit applied."""
    raw = copy.deepcopy(SHIPPED)
    if edit == "value of an unknown kind":
        raw["value"].append({"id": "sunny", "kind": "weather", "short": "sunny", "full": "sunny"})
    elif edit == "party twice":
        raw["party"].append(dict(raw["party"][0]))
    elif edit == "kind twice":
        raw["kind"].append(dict(raw["kind"][0]))
    elif edit == "value twice":
        raw["value"].append(dict(raw["value"][0]))
    elif edit == "place twice":
        raw["place"].append(dict(raw["place"][0]))
    elif edit == "kind not snake case":
        raw["kind"].append({"id": "Mood", "exclusive": True, "label": "Mood", "short": "mood"})
    elif edit == "place not snake case":
        raw["place"].append({"id": "New York", "name": "New York"})
    elif edit == "reserved place any":
        raw["place"].append({"id": "any", "name": "Anywhere"})
    elif edit == "reserved place not_":
        raw["place"].append({"id": "not_here", "name": "Not here"})
    elif edit == "place in an unknown country":
        raw["place"].append({"id": "springfield", "name": "Springfield", "in": "atlantis"})
    elif edit == "value without a kind":
        del raw["value"][0]["kind"]
    elif edit == "many voices not a flag":
        raw["party"][0]["many_voices"] = "false"
    else:
        raise AssertionError(edit)
    return raw


def test_the_shipped_vocabulary_loads() -> None:
    voc = parse_vocabulary(SHIPPED)
    assert set(voc.party_ids) == {"RU", "UA", "US", "MEDIATOR"}
    assert set(voc.kind_ids) == {"stance", "venue", "format", "prerequisite", "demand"}
    assert voc.exclusive_kinds == {"stance", "venue", "format"}
    assert voc.many_voiced == {"MEDIATOR"}  # each mediating country keeps its own venue a day
    assert voc == vocabulary()


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        ("value of an unknown kind", "unknown kind 'weather'"),
        ("party twice", "party 'RU' is defined twice"),
        ("kind twice", "kind 'stance' is defined twice"),
        ("value twice", "is defined twice"),
        ("place twice", "is defined twice"),
        ("kind not snake case", "'Mood' is not a lower_snake_case id"),
        ("place not snake case", "'New York' is not a lower_snake_case id"),
        ("reserved place any", "'any' is reserved"),
        ("reserved place not_", "'not_here' is reserved"),
        ("place in an unknown country", "unknown place 'atlantis'"),
        ("value without a kind", "lacks 'kind'"),
        ("many voices not a flag", "RU: many_voices must be true or false"),
    ],
)
def test_an_inconsistent_vocabulary_is_rejected(edit: str, problem: str) -> None:
    with pytest.raises(VocabularyError) as err:
        parse_vocabulary(changed(edit))
    assert "vocabulary.toml" in str(err.value) and problem in str(err.value)


@pytest.mark.parametrize(
    ("kind", "value", "known"),
    [
        ("stance", "willing", True),
        ("stance", "eager", False),
        ("venue", "moscow", True),
        ("venue", "not_moscow", True),
        ("venue", "any", True),
        ("venue", "atlantis", False),
        ("venue", "not_atlantis", False),
        ("venue", "not_any", False),
        ("format", "one_on_one", True),
        ("format", "moscow", False),
        ("demand", "ceasefire", False),  # a prerequisite, not a demand
        ("prerequisite", "ceasefire", True),
    ],
)
def test_values_belong_to_their_kind(kind: str, value: str, known: bool) -> None:
    assert vocabulary().is_value(kind, value) is known
    if known:
        vocabulary().check(kind, value, "here")
    else:
        with pytest.raises(VocabularyError, match=f"here: unknown {kind} value '{value}'"):
            vocabulary().check(kind, value, "here")


def test_an_unknown_kind_is_named() -> None:
    with pytest.raises(VocabularyError, match="here: unknown kind 'mood'"):
        vocabulary().check("mood", "happy", "here")


# ---------------------------------------------------------------- actors are checked against it

ACTOR = {"name": "Test Speaker", "party": "UA", "aliases": ["Testspeaker"]}


def test_a_good_actor_is_indexed() -> None:
    index = build_index([ACTOR, {"name": "Some Analyst", "party": "none", "aliases": ["Analystname"]}])
    found = [(m.actor.name, m.actor.party) for m in index.mentions("Testspeaker met Analystname.") if m.actor]
    assert found == [("Test Speaker", "UA"), ("Some Analyst", "none")]


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("party", "UK", "unknown party 'UK'"),
        ("party", None, "unknown party None"),
        ("role", "king", "role must be one of"),
        ("home", "atlantis", "home 'atlantis' is not a place of the vocabulary"),
    ],
)
def test_an_actor_with_unknown_ids_is_rejected_naming_it(field: str, value: str | None, problem: str) -> None:
    actor = {**ACTOR, field: value}
    with pytest.raises(VocabularyError) as err:
        build_index([actor])
    assert "Test Speaker" in str(err.value) and problem in str(err.value)


# ---------------------------------------------------------------- the labelled corpora speak the vocabulary


@pytest.mark.parametrize("corpus", ["seed", "dev", "check", "families"])
def test_gold_rows_use_vocabulary_ids(corpus: str) -> None:
    """Evaluate does not check gold ids: a typo there would silently count as a miss."""
    voc = vocabulary()
    bad = []
    for n, line in enumerate((PROJECT / "corpus" / corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        row: dict[str, Any] = json.loads(line) if line.strip() else {"article": True}
        if row.get("article"):
            continue
        if row["party"] not in voc.party_ids or not voc.is_value(row["kind"], row["value"]):
            bad.append((n, row["party"], row["kind"], row["value"]))
    assert bad == []
