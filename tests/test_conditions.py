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


# ---------------------------------------------------------------- one case of our own per rule id
# (sentence, (party, kind, value, op)); written for this table, not taken from the seeds or the rule examples.
RULE_CASES: dict[str, list[tuple[str, tuple[str, str, str, str]]]] = {
    "stance.willing.ready_to_meet": [
        (
            "Erdogan told reporters he was prepared to bring Putin and Zelensky together for a summit.",
            ("MEDIATOR", "stance", "willing", "assert"),
        ),
        (
            "Zelenskyy said he remained open to talks with Putin at the level of leaders.",
            ("UA", "stance", "willing", "assert"),
        ),
    ],
    "stance.willing.we_are_ready": [
        (
            '"If Mr. Zelenskyy wants to meet, we are ready," Putin told journalists.',
            ("RU", "stance", "willing", "assert"),
        ),
    ],
    "stance.willing.not_rejected": [
        (
            "Zakharova said Moscow does not exclude a meeting between Putin and Zelensky at some point.",
            ("RU", "stance", "willing", "assert"),
        ),
    ],
    "stance.willing.meeting_possible": [
        (
            "Peskov said a meeting between Putin and Zelensky could soon take place in Istanbul.",
            ("RU", "stance", "willing", "assert"),
        ),
        (
            "Ushakov said a meeting between Putin and Zelensky could be possible later this year.",
            ("RU", "stance", "willing", "assert"),
        ),
    ],
    "stance.willing.will_meet": [
        ("Sybiha said Zelensky would meet Putin once the next round ends.", ("UA", "stance", "willing", "assert")),
    ],
    "stance.willing.calls_for_meeting": [
        (
            "Zelensky has repeatedly called for a face-to-face meeting with Putin, his office said.",
            ("UA", "stance", "willing", "assert"),
        ),
    ],
    "stance.willing.offers_to_meet": [
        (
            "Zelensky again challenged Putin to meet him face to face, his spokesman said.",
            ("UA", "stance", "willing", "assert"),
        ),
        ("Putin has offered to meet Zelensky in person, Ushakov said.", ("RU", "stance", "willing", "assert")),
    ],
    "stance.skeptical.no_point": [
        (
            "Peskov said a Normandy summit with Putin and Zelensky makes no sense without progress in Minsk.",
            ("RU", "stance", "skeptical", "assert"),
        ),
        (
            "Ushakov said it was too early to talk about a meeting between Putin and Zelensky.",
            ("RU", "stance", "skeptical", "assert"),
        ),
        (
            "Peskov said a meeting between Putin and Zelensky would be pointless right now.",
            ("RU", "stance", "skeptical", "assert"),
        ),
    ],
    "stance.skeptical.doubts": [
        (
            "Lavrov said he doubted that a summit between Putin and Zelensky could happen soon.",
            ("RU", "stance", "skeptical", "assert"),
        ),
    ],
    "stance.skeptical.complicated": [
        (
            '"The chances of a meeting with Putin are becoming slim," Zelensky said.',
            ("UA", "stance", "skeptical", "assert"),
        ),
    ],
    "stance.refuses.will_not_meet": [
        ("Zelensky said he will not meet Putin under any circumstances.", ("UA", "stance", "refuses", "assert")),
    ],
    "stance.refuses.not_ready": [
        ("Peskov said Putin is not ready to meet Zelensky at the moment.", ("RU", "stance", "refuses", "assert")),
    ],
    "stance.refuses.no_talks_with": [
        ('"There will be no talks with Putin," Zelensky said.', ("UA", "stance", "refuses", "assert")),
    ],
    "stance.refuses.ruled_out": [
        (
            "Podolyak ruled out a meeting with the Russian leader until the shelling stops.",
            ("UA", "stance", "refuses", "assert"),
        ),
    ],
    "venue.meet_in": [
        ("Zelensky said he could meet Putin in Istanbul if the talks progress.", ("UA", "venue", "istanbul", "assert")),
    ],
    "venue.possible_location": [
        (
            "Erdogan proposed Istanbul as a possible venue for a meeting between Putin and Zelensky.",
            ("MEDIATOR", "venue", "istanbul", "assert"),
        ),
    ],
    "venue.best_place": [
        (
            "Peskov said Minsk would be an acceptable venue for a meeting of Putin and Zelensky.",
            ("RU", "venue", "minsk", "assert"),
        ),
    ],
    "venue.host": [
        (
            "Orban said Hungary was ready to host a summit between Putin and Zelensky.",
            ("MEDIATOR", "venue", "hungary", "assert"),
        ),
    ],
    "venue.invite_to": [
        ("Putin said he had invited Zelensky to Moscow for a meeting.", ("RU", "venue", "moscow", "assert")),
    ],
    "venue.not_in": [
        ("Sybiha said Zelensky would meet Putin, but not in Moscow.", ("UA", "venue", "not_moscow", "assert")),
        ("Zelensky said he would never travel to Moscow to meet Putin.", ("UA", "venue", "not_moscow", "assert")),
    ],
    "venue.anywhere": [
        ("Zelensky said he was ready to meet Putin anywhere in the world.", ("UA", "venue", "any", "assert")),
    ],
    "format.one_on_one": [
        ("Zelensky said he wanted a one-on-one meeting with Putin.", ("UA", "format", "one_on_one", "assert")),
    ],
    "format.trilateral": [
        (
            "Zelensky insisted that any meeting with Putin should be trilateral, with Trump present.",
            ("UA", "format", "trilateral", "assert"),
        ),
    ],
    "format.multilateral": [
        (
            "Macron said the Normandy summit with Putin and Zelensky would take place in Paris on December 9.",
            ("MEDIATOR", "format", "multilateral", "assert"),
        ),
        (
            "Macron said a summit in the Normandy format could bring Putin and Zelensky together.",
            ("MEDIATOR", "format", "multilateral", "assert"),
        ),
    ],
    "format.any": [
        ("Sybiha said Zelensky was ready to meet Putin in any format.", ("UA", "format", "any", "assert")),
    ],
    "prerequisite.documents_agreed": [
        (
            "Peskov said a meeting of Putin and Zelensky could only take place after a peace treaty is finalized.",
            ("RU", "prerequisite", "documents_agreed", "assert"),
        ),
    ],
    "prerequisite.expert_groundwork": [
        (
            "Ushakov said a Putin-Zelensky meeting would only make sense once negotiators have worked out the issues.",
            ("RU", "prerequisite", "expert_groundwork", "assert"),
        ),
    ],
    "prerequisite.ceasefire": [
        (
            "Zelensky said a ceasefire must come first, before any meeting with Putin.",
            ("UA", "prerequisite", "ceasefire", "assert"),
        ),
    ],
    "prerequisite.security_guarantees": [
        (
            "Yermak said security guarantees must be in place before a summit with Putin.",
            ("UA", "prerequisite", "security_guarantees", "assert"),
        ),
    ],
    "prerequisite.no_ultimatums": [
        (
            "Lavrov said Putin would not negotiate with Zelensky under ultimatums at any summit.",
            ("RU", "prerequisite", "no_ultimatums", "assert"),
        ),
        (
            "Zelensky said he was ready to meet Putin without any preconditions.",
            ("UA", "prerequisite", "no_ultimatums", "assert"),
        ),
    ],
    "prerequisite.legitimate_signatory": [
        (
            "Putin said Zelensky is not a legitimate president who can sign a peace deal after a summit.",
            ("RU", "prerequisite", "legitimate_signatory", "assert"),
        ),
    ],
    "demand.recognize_territory": [
        (
            "Before any summit with Zelensky, the Kremlin demanded that Kyiv recognize Crimea as Russian territory.",
            ("RU", "demand", "recognize_territory", "assert"),
        ),
    ],
    "demand.ukraine_withdraws": [
        (
            "Before a Putin-Zelensky summit, the Kremlin insisted that Ukrainian troops withdraw from Donetsk.",
            ("RU", "demand", "ukraine_withdraws", "assert"),
        ),
    ],
    "demand.russia_withdraws": [
        (
            "Zelensky said Russia must withdraw its troops to the February 24 lines before any meeting with Putin.",
            ("UA", "demand", "russia_withdraws", "assert"),
        ),
        (
            "Zelensky said any meeting with Putin must lead to Russian troops leaving Ukraine.",
            ("UA", "demand", "russia_withdraws", "assert"),
        ),
    ],
    "demand.no_territorial_concessions": [
        (
            "Zelensky said Ukraine would never cede territory to Russia, even for a meeting with Putin.",
            ("UA", "demand", "no_territorial_concessions", "assert"),
        ),
    ],
    "demand.neutrality": [
        (
            "Lavrov said that before any summit with Zelensky, Ukraine must renounce NATO membership and stay neutral.",
            ("RU", "demand", "neutrality", "assert"),
        ),
    ],
    "demand.no_foreign_troops": [
        (
            "Putin said a meeting is possible but Western troops in Ukraine would be unacceptable.",
            ("RU", "demand", "no_foreign_troops", "assert"),
        ),
    ],
    "demand.referendum": [
        (
            "Zelensky said any territorial deal agreed at a summit with Putin would have to be put to a referendum.",
            ("UA", "demand", "referendum", "assert"),
        ),
    ],
    "stance.skeptical.no_plans": [
        (
            "Lavrov said no summit between Putin and Zelensky is on the agenda for now.",
            ("RU", "stance", "skeptical", "assert"),
        ),
    ],
    "prerequisite.final_stage": [
        (
            "Ushakov said Putin would see Zelensky only to sign a final peace treaty, once talks end.",
            ("RU", "prerequisite", "documents_agreed", "assert"),
        ),
    ],
    "venue.come_to": [
        (
            "Zelensky said that if Putin wants to meet, he is welcome to come to Kyiv.",
            ("UA", "venue", "kyiv", "assert"),
        ),
    ],
    "stance.willing.meeting_needed": [
        (
            "Sybiha said a summit of Zelensky and Putin remains necessary to stop the killing.",
            ("UA", "stance", "willing", "assert"),
        ),
    ],
    "stance.refuses.dismissed_idea": [
        (
            "Zakharova rejected the proposal for a Zelensky-Putin meeting in Vienna.",
            ("RU", "stance", "refuses", "assert"),
        ),
    ],
    "stance.refuses.impossible": [
        (
            "Zelensky said negotiations with Putin are impossible after what happened in Bucha.",
            ("UA", "stance", "refuses", "assert"),
        ),
    ],
    "stance.willing.arranging": [
        (
            "Witkoff said Washington was working on a summit between Zelensky and Putin.",
            ("US", "stance", "willing", "assert"),
        ),
    ],
    "withdraw": [
        (
            "Zelensky said on Wednesday that Kyiv no longer insists on a ceasefire before a meeting with Putin.",
            ("UA", "prerequisite", "ceasefire", "withdraw"),
        ),
        (
            "Ushakov said the Kremlin had dropped its demand for Ukraine's neutrality before a summit with Zelensky.",
            ("RU", "demand", "neutrality", "withdraw"),
        ),
    ],
}


def _assertions(sentence: str) -> set[tuple[str, str, str, str]]:
    statements = default_extractor().extract(ArticleText("t", sentence, published=ARTICLE_DATE))
    return {(c.party, c.kind, c.value, c.op) for st in statements for c in st.conditions}


def test_every_rule_id_has_a_case_of_our_own() -> None:
    ids = {rule.id for rule in rulebook().rules} | {"withdraw"}
    assert ids - set(RULE_CASES) == set()
    assert set(RULE_CASES) - ids == set(), "a case keyed by a rule id that no longer exists"


RULE_TABLE = [(rule_id, s, exp) for rule_id, cases in RULE_CASES.items() for s, exp in cases]


@pytest.mark.parametrize(
    ("rule_id", "sentence", "expected"), RULE_TABLE, ids=[f"{r[0]}-{i}" for i, r in enumerate(RULE_TABLE)]
)
def test_rule_case(rule_id: str, sentence: str, expected: tuple[str, str, str, str]) -> None:
    """The whole extractor (attribution, gates, negation) yields the assertion, and the keyed rule fires."""
    assert expected in _assertions(sentence)
    fired = {c.rule for c in find_cues(sentence, sentence, about_meeting=True)}
    assert rule_id in fired, fired
