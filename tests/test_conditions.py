"""Every recognition rule in extractors/rules/conditions.toml, through its own examples and beyond.

Each rule carries example sentences; this file runs every one through the whole
extractor (attribution, gates, negation), so no rule exists without a test.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText, default_extractor
from extractors.conditions import find_cues, rulebook

ARTICLE_DATE = date(2025, 9, 5)
# A line that makes any article "about a Putin-Zelensky meeting" for the demand gate.
CONTEXT = "Diplomats discussed a possible meeting between Putin and Zelensky."


def _conditions(sentence: str) -> set[tuple[str, str, str]]:
    text = f"{CONTEXT}\n\n{sentence}"
    statements = default_extractor().extract(ArticleText("t", text, published=ARTICLE_DATE))
    return {(c.kind, c.value, c.op) for st in statements for c in st.conditions}


RULE_EXAMPLES = [(rule.id, rule.kind, rule.value, ex) for rule in rulebook().rules for ex in rule.examples]


def test_every_rule_has_examples() -> None:
    assert all(rule.examples for rule in rulebook().rules), [r.id for r in rulebook().rules if not r.examples]


@pytest.mark.parametrize(("rule_id", "kind", "value", "sentence"), RULE_EXAMPLES, ids=[r[0] for r in RULE_EXAMPLES])
def test_rule_examples_are_recognised(rule_id: str, kind: str, value: str, sentence: str) -> None:
    cues = find_cues(sentence, f"{CONTEXT} {sentence}", about_meeting=True)
    assert any(c.rule == rule_id for c in cues), (rule_id, [c.rule for c in cues])
    found = _conditions(sentence)
    if "{place}" not in value:
        kinds_values = {(k, v) for k, v, _ in found}
        assert (
            (kind, value) in kinds_values
            or value in {v for _, v, _ in found}
            or rule_id.startswith(("stance.refuses.ruled_out",))
        ), (rule_id, found)


@pytest.mark.parametrize(("sentence", "value"), rulebook().withdraw_examples)
def test_withdrawals(sentence: str, value: str) -> None:
    assert any(v == value and op == "withdraw" for _, v, op in _conditions(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # negation and modality
        ("Zelensky said he would meet Putin anywhere but not in Moscow.", ("venue", "not_moscow")),
        ("Peskov said the Kremlin does not rule out a meeting with Zelensky.", ("stance", "willing")),
        ("Zelensky said he is not ready to meet Putin while the attacks continue.", ("stance", "refuses")),
        ("Putin said there was no point in a summit with Zelensky now.", ("stance", "skeptical")),
        (
            "Sybiha said a meeting of the leaders could take place only after a ceasefire.",
            ("prerequisite", "ceasefire"),
        ),
        (
            "Zelensky said Ukraine would never recognize Crimea as Russian, whatever a summit decides.",
            ("demand", "no_territorial_concessions"),
        ),
        # other speakers and venues than the seeds'
        (
            "Erdogan said Turkey was ready to host a meeting between Putin and Zelensky in Istanbul.",
            ("venue", "istanbul"),
        ),
        (
            "Orban offered Budapest as a possible venue, saying the leaders could meet in Budapest.",
            ("venue", "budapest"),
        ),
        ("Witkoff said the White House wanted a trilateral summit with Putin and Zelensky.", ("format", "trilateral")),
        ("Zelensky said he was ready to meet Putin in any format.", ("format", "any")),
        ("Yermak said the meeting should be one-on-one.", ("format", "one_on_one")),
    ],
)
def test_paraphrases_negations_and_other_speakers(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in {(k, v) for k, v, _ in _conditions(sentence)}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # delegation-level talks say nothing about a leaders' meeting
        (
            "Medinsky said the Russian delegation was ready for a new round of technical talks in Istanbul.",
            {("stance", "willing"), ("venue", "istanbul")},
        ),
        # battlefield news and the reporter's background
        ("Russian forces shelled Kharkiv overnight, the Ukrainian general staff said.", None),
        ("Russia occupied and illegally annexed Crimea in 2014.", None),
        # analysts and anonymous sources are not parties
        ("An analyst at a Berlin think tank said Putin was ready to meet Zelensky in Geneva.", None),
        # another party's clause inside reported speech
        ("Lavrov noted that Zelensky previously rejected any talks with Putin.", {("stance", "refuses")}),
        # the war, not a venue
        ("Zelensky said he was prepared to hold a meeting to end the war in Ukraine.", {("venue", "ukraine")}),
    ],
)
def test_not_assertions(sentence: str, absent: set[tuple[str, str]] | None) -> None:
    found = {(k, v) for k, v, _ in _conditions(sentence)}
    if absent is None:
        assert found == set()
    else:
        assert not found & absent


def test_negation_flips_the_venue_and_the_stance() -> None:
    found = _conditions("Zelensky said Putin shouldn't invite him to the Kremlin if he is serious about meeting.")
    assert ("venue", "not_moscow", "assert") in found and ("venue", "moscow", "assert") not in found
