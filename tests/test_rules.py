"""The condition rules (extractors/rules/conditions.toml): every example through the whole reader, and the
checks that make a wrong rule fail when the rules load, naming the rule.

An example is "text => party kind value": the reader, given the text in an article about a Putin-Zelensky
meeting, must assert that (party, kind, value). Which rule reads it is not checked: rules may be merged or
split, the meaning of the example may not change.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from domain.vocabulary import VocabularyError, vocabulary
from extractors import rules as rules_module
from extractors.base import ArticleText
from extractors.lexicon import lexicon
from extractors.reader import Reader
from extractors.rules import Rule, _rule, rulebook

# A line that makes an article "about a Putin-Zelensky meeting" (the topic gates), stating nothing itself.
CONTEXT = "Diplomats discussed a possible meeting between Putin and Zelensky."
_EXAMPLE = re.compile(r"^(?P<text>.+?)\s*=>\s*(?P<party>\S+) (?P<kind>\S+) (?P<value>\S+)$", re.S)
READER = Reader()


def parse_example(rule_id: str, example: str) -> tuple[str, tuple[str, str, str]]:
    """(text, (party, kind, value)) of an example; an AssertionError naming the rule when it is malformed."""
    m = _EXAMPLE.match(example.strip())
    assert m is not None, f"rule {rule_id}: example is not 'text => party kind value': {example!r}"
    return m["text"], (m["party"], m["kind"], m["value"])


def read(text: str) -> set[tuple[str, str, str]]:
    article = ArticleText("t", f"{CONTEXT}\n\n{text}", published=date(2025, 9, 5))
    # a withdrawal reads as its value prefixed "-" ("=> UA prerequisite -ceasefire")
    return {(c.party, c.kind, c.value if c.op == "assert" else f"-{c.value}") for st in READER.extract(article)
            for c in st.conditions}


EXAMPLES = [(rule.id, example) for rule in rulebook().rules for example in rule.examples]


@pytest.fixture(autouse=True)
def _uncalibrated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An example shows what its rule reads; how far a party and kind are trusted (calibration.toml, which can
    keep a reading below the emit floor) is tested in test_calibration.py."""
    monkeypatch.setattr(rules_module, "_calibration", dict)
    rulebook.cache_clear()
    yield
    monkeypatch.undo()
    rulebook.cache_clear()


def test_every_rule_has_an_example() -> None:
    assert [r.id for r in rulebook().rules if not r.examples] == []


def test_the_context_line_states_nothing() -> None:
    assert read("") == set()


@pytest.mark.parametrize(("rule_id", "example"), EXAMPLES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(EXAMPLES)])
def test_example_is_well_formed(rule_id: str, example: str) -> None:
    """The stated assertion uses ids of the vocabulary (a typo there would make the example test meaningless)."""
    _, (party, kind, value) = parse_example(rule_id, example)
    voc = vocabulary()
    assert party in voc.party_ids, f"rule {rule_id}: unknown party {party!r}"
    voc.check(kind, value.removeprefix("-"), f"rule {rule_id} example")


@pytest.mark.parametrize(("rule_id", "example"), EXAMPLES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(EXAMPLES)])
def test_example_is_read(rule_id: str, example: str) -> None:
    text, expected = parse_example(rule_id, example)
    assert expected in read(text), f"rule {rule_id}"


# ---------------------------------------------------------------- loading: a wrong rule fails, naming itself

GOOD = """
[[rule]]
id = "test.ready"
kind = "stance"
value = "willing"
when = "READY > MEET|TALKS"
negated = "refuses"
frame = "meeting"
parties = ["UA"]
confidence = 0.8
examples = ["Zelensky said he was ready to meet Putin. => UA stance willing"]
"""


def load(tmp_path: Path, text: str) -> list[Rule]:
    """Rules from a file as the rulebook loads them: parsed, then each checked and compiled."""
    path = tmp_path / "conditions.toml"
    path.write_text(text, encoding="utf-8")
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return [_rule(r, lexicon("en").concepts) for r in raw.get("rule", ())]


def test_a_good_rule_loads(tmp_path: Path) -> None:
    [rule] = load(tmp_path, GOOD)
    assert (rule.id, rule.kind, rule.value, rule.negated, rule.parties) == (
        "test.ready",
        "stance",
        "willing",
        "refuses",
        frozenset({"UA"}),
    )
    assert [e.concepts for e in rule.elements] == [frozenset({"READY"}), frozenset({"MEET", "TALKS"})]


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('when = "READY > MEET|TALKS"', 'when = "READY > MEEET"', "unknown concept 'MEEET'"),
        ('when = "READY > MEET|TALKS"', 'when = "READY > MEET"\nunless = ["NOT_A_CONCEPT"]', "NOT_A_CONCEPT"),
        ('kind = "stance"', 'kind = "mood"', "unknown kind 'mood'"),
        ('value = "willing"', 'value = "eager"', "eager"),
        ('negated = "refuses"', 'negated = "furious"', "furious"),
        ('parties = ["UA"]', 'parties = ["UK"]', "unknown party 'UK'"),
        ('frame = "meeting"', 'frame = "summit"', "frame"),
        ("confidence = 0.8", "confidence = 1.5", "confidence"),
        ('value = "willing"\n', "", "missing 'value'"),
    ],
)
def test_a_wrong_rule_fails_naming_it(tmp_path: Path, old: str, new: str, problem: str) -> None:
    assert old in GOOD
    with pytest.raises(VocabularyError) as err:
        load(tmp_path, GOOD.replace(old, new))
    assert "test.ready" in str(err.value) and problem in str(err.value)


def test_the_shipped_rules_are_consistent() -> None:
    """Ids unique, every value of the vocabulary (or a {place} template), confidences in (0, 1]."""
    book = rulebook()
    ids = [r.id for r in book.rules]
    assert len(ids) == len(set(ids))
    for r in book.rules:
        if "{" not in r.value:
            vocabulary().check(r.kind, r.value, r.id)
        assert 0 < r.confidence <= 1, r.id
