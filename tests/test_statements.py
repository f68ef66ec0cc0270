"""Finding statements: quotes of every style, reported speech, and whole articles written for these tests.

The articles under tests/data/articles are our own (not the seeds): each exercises a way news
reports a position, and the expectations below say what a reader should take from it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.base import ArticleText, Statement
from extractors.default import default_extractor
from extractors.sentences import find_quotes, sentences

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


def _extract(text: str, published: date = date(2025, 9, 5), title: str | None = None) -> list[Statement]:
    return default_extractor().extract(ArticleText("t", text, title=title, published=published))


def _assertions(statements: list[Statement]) -> set[tuple[str, str, str, str]]:
    return {(c.party, c.kind, c.value, c.op) for st in statements for c in st.conditions}


# ---------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "we are ready" and left.', ['"we are ready"']),
        ("He said “we are ready” and left.", ["“we are ready”"]),
        (
            "Lavrov said Putin was 'open to contacts at the highest level' on Thursday.",
            ["'open to contacts at the highest level'"],
        ),
        ("Zelensky’s office didn't say; Putin's aide wouldn't either.", []),  # apostrophes are not quotes
        ("He called it ‘a red line’ again.", ["‘a red line’"]),
        ('Merz sagte: „Es wird kein Treffen geben." Dann ging er.', ['„Es wird kein Treffen geben."']),  # low, straight
        ('„Ja“, sagte er, "nein" sagte sie.', ["„Ja“", '"nein"']),  # a low quote closed curly keeps its close
    ],
)
def test_find_quotes(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in find_quotes(text)] == quoted


def test_a_multi_sentence_quote_stays_in_one_sentence() -> None:
    text = "“We are ready. We have always been ready. The question is where,” Zelensky said. Then he left."
    parts = sentences(text)
    assert [p.text for p in parts] == [
        "“We are ready. We have always been ready. The question is where,” Zelensky said.",
        "Then he left.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Трамп оголосив схему «спершу двостороння зустріч, потім тристороння». 20 серпня Зеленський уточнив.",
         ["Трамп оголосив схему «спершу двостороння зустріч, потім тристороння».", "20 серпня Зеленський уточнив."]),
        ("Talks ended in March 2022. 14 people were exchanged.",
         ["Talks ended in March 2022.", "14 people were exchanged."]),
        ("Die Gespräche begannen am 14. Februar in Genf.", ["Die Gespräche begannen am 14. Februar in Genf."]),
    ],
)
def test_a_sentence_may_open_with_a_number(text: str, expected: list[str]) -> None:
    assert [p.text for p in sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Donald J. Trump said he would join. George W. Bush did not.",
         ["Donald J. Trump said he would join.", "George W. Bush did not."]),
        ("Moscow chose plan B. The second round failed.", ["Moscow chose plan B.", "The second round failed."]),
    ],
)
def test_a_middle_initial_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [p.text for p in sentences(text)] == expected


def test_an_abbreviation_stop_cuts_no_clause() -> None:
    from extractors.analysis import analyse
    view = analyse("Kyiv proposed it with the participation of U.S. President Trump and Turkish President Erdogan.",
                   "en")
    words = [t.text for t in view.tokens]
    assert view.clause[words.index("participation")] == view.clause[words.index("turkish")]


def test_a_quote_interrupted_by_he_said_is_one_statement() -> None:
    text = 'Putin spoke about a meeting with Zelensky.\n\n"We are ready to meet," he said, "but only in Moscow."'
    statements = [st for st in _extract(text) if st.conditions]
    assert len(statements) == 1 and statements[0].is_direct
    assert {("RU", "stance", "willing", "assert"), ("RU", "venue", "moscow", "assert")} <= _assertions(statements)


# ---------------------------------------------------------------- reported speech


@pytest.mark.parametrize(
    ("sentence", "speaker", "expected"),
    [
        ("Peskov said that Putin was ready to meet Zelensky.", "Dmitry Peskov", ("RU", "stance", "willing")),
        (
            "According to Lavrov, a meeting between Putin and Zelensky is possible.",
            "Sergey Lavrov",
            ("RU", "stance", "willing"),
        ),
        (
            "The Kremlin insists that a summit with Zelensky can only come once a treaty is agreed.",
            "the Kremlin",
            ("RU", "prerequisite", "documents_agreed"),
        ),
        (
            "Zelensky told reporters he was ready to meet Putin in Riyadh.",
            "Volodymyr Zelensky",
            ("UA", "venue", "riyadh"),
        ),
        ("Sybiha has said Zelensky would meet Putin in any format.", "Andrii Sybiha", ("UA", "format", "any")),
        (
            "Umerov stated that Zelensky is prepared to meet Putin one-on-one.",
            "Rustem Umerov",
            ("UA", "format", "one_on_one"),
        ),
        (
            "Medvedev claimed that a meeting with Zelensky would be pointless.",
            "Dmitry Medvedev",
            ("RU", "stance", "skeptical"),
        ),
        (
            "Ushakov noted that a Putin-Zelensky summit in Geneva is not on the agenda.",
            "Yury Ushakov",
            ("RU", "stance", "skeptical"),
        ),
        (
            "Moscow maintains that Kyiv must recognize Crimea as Russian before any summit with Zelensky.",
            "the Kremlin",
            ("RU", "demand", "recognize_territory"),
        ),
        (
            "Ukrainian officials have called for a ceasefire as a precondition for a meeting of the leaders.",
            "Kyiv",
            ("UA", "prerequisite", "ceasefire"),
        ),
    ],
)
def test_reported_speech(sentence: str, speaker: str, expected: tuple[str, str, str]) -> None:
    statements = [st for st in _extract(sentence) if st.conditions]
    assert [st.speaker for st in statements] == [speaker]
    assert expected in {(c.party, c.kind, c.value) for c in statements[0].conditions}


def test_added_continues_the_speaker() -> None:
    text = (
        "Zelensky said on Tuesday he was ready to meet Putin.\n\n"
        "He added that the meeting could not take place in Moscow."
    )
    found = _assertions(_extract(text))
    assert ("UA", "venue", "not_moscow", "assert") in found


# ---------------------------------------------------------------- our own articles

EXPECTED: dict[str, dict] = {
    "istanbul_offer.txt": {
        "published": date(2025, 5, 16),
        "required": {
            ("MEDIATOR", "venue", "istanbul", "assert", date(2025, 5, 14)),
            ("RU", "stance", "willing", "assert", date(2025, 5, 16)),  # "Peksov", "Dimitry": typo and variant
            ("RU", "prerequisite", "documents_agreed", "assert", date(2025, 5, 16)),
            # "he said" two sentences after Zelenskyi is named, Peskov having spoken before; dated by "on Thursday"
            ("UA", "stance", "willing", "assert", date(2025, 5, 15)),
            ("UA", "venue", "not_moscow", "assert", date(2025, 5, 15)),
            ("UA", "prerequisite", "ceasefire", "assert", date(2025, 5, 15)),
        },
        # the analyst's "anywhere" and the shelling are nobody's position; a mediator offering to host has no
        # stance on meeting (it is not one of the two who would meet)
        "forbidden": {
            ("UA", "venue", "any"),
            ("RU", "venue", "any"),
            ("RU", "stance", "refuses"),
            ("MEDIATOR", "stance", "willing"),
        },
    },
    "recap_and_refusal.txt": {
        "published": date(2025, 11, 20),
        "required": {
            ("UA", "stance", "refuses", "assert", date(2022, 1, 1)),  # a recap keeps its year
            ("UA", "stance", "willing", "assert", date(2025, 11, 20)),
            ("UA", "format", "any", "assert", date(2025, 11, 20)),
            ("RU", "demand", "ukraine_withdraws", "assert", date(2025, 11, 20)),
            ("RU", "prerequisite", "legitimate_signatory", "assert", date(2025, 11, 17)),
        },
        "forbidden": {("RU", "demand", "recognize_territory")},  # "occupied and annexed Crimea in 2014" is history
    },
    "delegation_round.txt": {"published": date(2025, 7, 24), "required": set(), "forbidden": "all"},
    "moscow_invitation_2021.txt": {
        "published": date(2021, 4, 23),
        "required": {
            ("RU", "stance", "willing", "assert", date(2021, 4, 22)),  # "receive ... in Moscow", wire dateline style
            ("RU", "venue", "moscow", "assert", date(2021, 4, 22)),
            ("RU", "stance", "skeptical", "assert", date(2021, 4, 23)),  # "no point in a meeting for its own sake"
            ("UA", "venue", "not_moscow", "assert", date(2021, 4, 23)),  # "Zelenskiy's office said on Friday"
        },
        # the 2019 Normandy summit is history; Lukashenko only hosted talks; Western officials are not a party;
        # "Kyiv was ready to discuss a venue": Kyiv is the government speaking, not a venue it proposes
        "forbidden": {
            ("RU", "format", "multilateral"),
            ("UA", "format", "multilateral"),
            ("MEDIATOR", "stance", "willing"),
            ("UA", "venue", "kyiv"),
        },
    },
    "ceasefire_dropped.txt": {
        "published": date(2025, 8, 27),
        "required": {
            ("UA", "prerequisite", "ceasefire", "withdraw", date(2025, 8, 26)),
            ("UA", "stance", "willing", "assert", date(2025, 8, 26)),
            ("UA", "venue", "any", "assert", date(2025, 8, 26)),
            ("RU", "prerequisite", "documents_agreed", "assert", date(2025, 8, 27)),  # RT-style single quotes
            ("RU", "stance", "willing", "assert", date(2025, 8, 27)),
        },
        "forbidden": {("UA", "prerequisite", "ceasefire", "assert")},
    },
}


def _read_article(name: str) -> list[Statement]:
    title, _, body = (ARTICLES / name).read_text(encoding="utf-8").partition("\n\n")
    return _extract(body, published=EXPECTED[name]["published"], title=title)


def test_every_article_has_expectations() -> None:
    assert sorted(p.name for p in ARTICLES.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_reading(name: str) -> None:
    statements = _read_article(name)
    found = {(c.party, c.kind, c.value, c.op, st.stated_on) for st in statements for c in st.conditions}
    assert EXPECTED[name]["required"] - found == set()
    forbidden = EXPECTED[name]["forbidden"]
    if forbidden == "all":
        assert found == set()
    else:
        assert not {f[:3] for f in found} & forbidden


# ---------------------------------------------------------------- what is nobody's position


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin and Zelensky have not met since December 2019 in Paris.",  # the reporter's history
        "Peskov said Putin would meet Trump in Budapest.",  # another leaders' meeting
        "Zelensky said he would meet Trump in Washington on Monday.",
        "Putin said he was ready to meet Trump anywhere.",
        "Zelensky said Russia launched 500 drones overnight, calling for more air defence.",  # battlefield
        "Peskov said the next round of talks between the delegations could take place in Istanbul.",
        "Sources told Reuters that Putin was ready to meet Zelensky in Riyadh.",  # anonymous sources
        "Officials familiar with the matter said a summit in Geneva was possible.",
        "The Kremlin said Putin discussed Ukraine with Xi during a meeting in Beijing.",
        "Zelensky met European leaders in London, where they discussed security guarantees.",
    ],
)
def test_nobodys_position(sentence: str) -> None:
    assert _assertions(_extract(sentence)) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Putin: I am ready to meet Zelensky, but only at the final stage.", ("RU", "stance", "willing")),
        ('Zelenskyy: "I am ready to meet with Putin in any format."', ("UA", "format", "any")),
        ("Zelensky invited Putin to Kyiv for a meeting.", ("UA", "venue", "kyiv")),
        ("Zelensky signed a decree banning talks with Putin.", ("UA", "stance", "refuses")),
        ("Zelensky said he was ready to meet Trump and Putin in a trilateral format.", ("UA", "format", "trilateral")),
    ],
)
def test_headline_and_action_styles(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in {a[:3] for a in _assertions(_extract(sentence))}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Putin is ready to meet Zelensky in Moscow, Peskov told TASS on Thursday.", "Dmitry Peskov"),
        (
            "A meeting between Putin and Zelensky is possible only after the documents are worked out by delegations, "
            "Lavrov said in an interview with RIA Novosti.",
            "Sergey Lavrov",
        ),
        (
            "Ukraine is ready for a leaders' meeting, Sybiha said, adding that Moscow keeps avoiding it.",
            "Andrii Sybiha",
        ),
        (
            "Zelensky's chief of staff Andriy Yermak said Kyiv would not agree to any meeting in Moscow.",
            "Andriy Yermak",
        ),
        ("Speaking in Kyiv, Zelensky said that he would meet Putin in Geneva if necessary.", "Volodymyr Zelensky"),
        ("In his nightly address, Zelensky said a meeting with Putin was the only way.", "Volodymyr Zelensky"),
    ],
)
def test_closing_attribution_and_appositives(sentence: str, speaker: str) -> None:
    # the context line makes the article one about a Putin-Zelensky meeting ("any meeting in Moscow" is that one)
    text = f"Diplomats discussed a possible meeting between Putin and Zelensky.\n\n{sentence}"
    assert [st.speaker for st in _extract(text) if st.conditions] == [speaker]


def test_a_negated_meeting_is_not_willingness() -> None:
    found = _assertions(_extract("Zelensky said the meeting with Putin could not take place in Moscow."))
    assert ("UA", "venue", "not_moscow", "assert") in found
    assert ("UA", "stance", "willing", "assert") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign Minister Andrii Sybiha said Moscow was inventing preconditions in order to avoid a meeting "
         "with Zelensky.", set()),
        ("«Хто справді уникає зустрічі — так це кремль», — заявив Єрмак про зустріч Зеленського і путіна.", set()),
        ("Peskov said Putin had never refused talks and that Zelensky should cancel his own decree that bans "
         "negotiations with Putin.", {("RU", "stance", "willing")}),
        # denied, an evasion is the speaker's willingness; the speaker's own decree is his refusal
        ("We are not avoiding a meeting with Putin, Zelensky said.", {("UA", "stance", "willing")}),
        ("Zelensky said his decree banning negotiations with Putin remained in force.",
         {("UA", "stance", "refuses")}),
    ],
)
def test_a_refusal_pinned_on_the_other_side_is_nobodys_stance(text: str, expected: set) -> None:
    assert {(p, k, v) for p, k, v, _ in _assertions(_extract(text))} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said Moscow is not a serious option for a meeting with Putin.",
        "Зеленський сказав, що зустріч з путіним у Москві неможлива.",
        "Зеленский заявил, что Москва как место встречи с Путиным исключена.",
    ],
)
def test_a_place_ruled_out_is_not_the_meeting_ruled_out(text: str) -> None:
    assert {(p, k, v) for p, k, v, _ in _assertions(_extract(text))} == {("UA", "venue", "not_moscow")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal denied affirms the place it would have ruled out
        ("Peskov said Putin does not rule out a meeting with Zelensky in Istanbul.",
         {("RU", "stance", "willing"), ("RU", "venue", "istanbul")}),
        ("Пєсков сказав, що путін не виключає зустрічі із Зеленським у Стамбулі.",
         {("RU", "stance", "willing"), ("RU", "venue", "istanbul")}),
        # the meeting ruled out, there: both the meeting and the place (as "rejected a meeting in Vienna")
        ("Peskov said Putin ruled out a meeting with Zelensky in Kyiv.",
         {("RU", "stance", "refuses"), ("RU", "venue", "not_kyiv")}),
    ],
)
def test_not_ruling_out_a_place_proposes_it(text: str, expected: set) -> None:
    assert {(p, k, v) for p, k, v, _ in _assertions(_extract(text))} == expected


def test_citing_names_the_source() -> None:
    text = ("Saudi Arabia offered Riyadh as a venue for a Putin-Zelensky summit, the Saudi Press Agency reported, "
            "citing Foreign Minister Prince Faisal bin Farhan.")
    assert [(st.speaker, st.party) for st in _extract(text) if st.conditions] == [("Faisal bin Farhan", "MEDIATOR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of a meeting with someone else is not the leaders' venue ...
        ("Zelensky said after meeting Erdogan in Ankara that he was ready to meet Putin.",
         {("UA", "stance", "willing")}),
        ("Putin said he was ready to meet Zelensky, speaking after his summit with Trump in Alaska.",
         {("RU", "stance", "willing")}),
        # ... unless the leader is awaited there, or is at that table too
        ("Zelensky said he would meet Erdogan in Ankara on Thursday and wait for Putin there.",
         {("UA", "venue", "ankara"), ("UA", "stance", "willing")}),  # waiting for Putin: ready to meet him
        ("Zelensky said he was ready for a meeting with Putin and Trump in Istanbul.",
         {("UA", "stance", "willing"), ("UA", "venue", "istanbul")}),
    ],
)
def test_a_meeting_with_someone_else_has_its_own_place(text: str, expected: set) -> None:
    assert {(p, k, v) for p, k, v, _ in _assertions(_extract(text))} == expected


def test_a_place_rejected_right_after_the_meeting_was_spoken_of() -> None:
    """'Moscow is not a serious option': the place is a venue because the speaker's last sentence was about the
    meeting; the sentence itself names no meeting."""
    text = ("Vladimir Putin told Donald Trump he was ready to see Volodymyr Zelensky, but only in Moscow, the "
            "Ukrainian president said on Thursday.\n\n"
            "\"Moscow is not a serious option, and everyone knows it,\" Zelensky told a news conference in Kyiv.")
    assert ("UA", "venue", "not_moscow", "assert") in _assertions(_extract(text))


def test_a_quote_that_ends_its_sentence_closes_it() -> None:
    """'..., Putin says: "... including him." But, he insists, ...': the quote's full stop ends the sentence; a
    quote ended by a comma still runs on into its attribution."""
    from extractors.sentences import sentences

    text = ('Asked whether he would hold talks, Putin says: "If he takes part in an election, we will talk to anyone, '
            'including him." But, he insists, Moscow can sign documents only with legitimate authority. "We are '
            'ready. We always were," Peskov said.')
    assert [s.text[:12] for s in sentences(text)] == ["Asked whethe", "But, he insi", '"We are read']


def test_reading_leaves_the_cycle_collector_as_it_found_it() -> None:
    """The reader pauses the collector while it reads an article: on again after (also when reading fails), and
    left off when it was off. The article itself notes the collector's state when the reader first asks it
    something (its language): no patched method, which a compiled reader (extractors/__init__.py) would not call."""
    import gc

    seen: list[bool] = []
    fail = False

    class Spied(ArticleText):
        def __getattribute__(self, name: str) -> object:
            if name == "lang" and not seen:
                seen.append(gc.isenabled())
                if fail:
                    raise RuntimeError("boom")
            return super().__getattribute__(name)

    reader = default_extractor()
    article = Spied("t", "Zelensky said he was ready to meet Putin in Istanbul.", published=date(2025, 9, 5))
    was = gc.isenabled()
    try:
        gc.enable()
        assert reader.extract(article) and seen == [False] and gc.isenabled()
        seen.clear()
        fail = True
        with pytest.raises(RuntimeError, match="boom"):
            reader.extract(article)
        assert seen == [False] and gc.isenabled()
        seen.clear()
        fail = False
        gc.disable()
        assert reader.extract(article) and seen == [False] and not gc.isenabled()
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


@pytest.mark.parametrize("text", ["The talks will start at 5 P.M. Putin said he was ready to meet.",
                                  "The call ended at 9 A.M. He said he was ready to meet."])
def test_a_clock_time_ends_its_sentence_while_a_french_title_does_not(text: str) -> None:
    """"M." is a French title before a name ("a déclaré M. Zelensky"), not the end of "P.M." or "A.M."."""
    assert len(sentences(text)) == 2
    assert len(sentences("La rencontre, a déclaré M. Zelensky, aura lieu à Istanbul.")) == 1
