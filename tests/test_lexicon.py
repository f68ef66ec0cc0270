"""The concept lexicon (extractors/lexicon.py, extractors/lexicon/*.toml): tokens, entries, lemmas, checks."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from domain.vocabulary import VocabularyError
from extractors.actors import default_index
from extractors.lexicon import LANGUAGES, Lexicon, compile_lexicon, fold_greek, lexicon, tokenize
from extractors.places import gazetteer
from extractors.polarity import SELF_NEGATING

LEXICONS = Path(__file__).resolve().parent.parent / "extractors" / "lexicon"


def words(text: str, lang: str) -> list[str]:
    return [t.text for t in tokenize(text, lang)]


def concepts(lex: Lexicon, text: str) -> list[tuple[str, str]]:
    """(concept, the text it covers) for every match, in order."""
    toks = tokenize(text, lex.lang)
    return [(m.concept, text[m.start : m.end]) for m in lex.find(toks)]


# ---------------------------------------------------------------- tokens


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # English clitics are tokens of their own; a bare apostrophe separates nothing
        ("Zelensky's office didn't", "en", ["zelensky", "'s", "office", "didn", "'t"]),
        ("the leaders' meeting", "en", ["the", "leaders", "meeting"]),
        ("Zelensky’s aide", "en", ["zelensky", "'s", "aide"]),  # typographic apostrophe read as '
        # Ukrainian writes the apostrophe inside words, in any of its three shapes
        ("п'ятниця інтерв’ю м'ясо", "uk", ["п'ятниця", "інтерв'ю", "м'ясо"]),
        ("пʼятниця", "uk", ["пʼятниця"]),
        # elsewhere it separates ("İstanbul'da", "l'invito")
        ("İstanbul'da", "tr", ["istanbul", "da"]),
        ("l'invito", "it", ["l", "invito"]),
        # a hyphen inside a word splits it into words, a dash between words is punctuation
        ("face-to-face", "en", ["face", "to", "face"]),
        ("one-on-one meeting", "en", ["one", "on", "one", "meeting"]),
        ("Путин - президент", "ru", ["путин", "-", "президент"]),
        # quote marks split no phrase (scare quotes: 'итогов «достаточно» для'); dashes are punctuation; ё reads as е
        ("«Мы готовы», — заявил", "ru", ["мы", "готовы", ",", "—", "заявил"]),
        ('the Kremlin "does not rule out" a meeting', "en", ["the", "kremlin", "does", "not", "rule", "out", "a",
                                                            "meeting"]),
        ("Ещё", "ru", ["еще"]),
    ],
)
def test_tokenize(text: str, lang: str, expected: list[str]) -> None:
    assert words(text, lang) == expected


def test_tokens_keep_their_place_in_the_text() -> None:
    text = "«Мы готовы», — заявил Песков."
    for t in tokenize(text, "ru"):
        assert text[t.start : t.end].lower().replace("ё", "е") == t.text
    assert [t.is_word for t in tokenize("«Да», — он", "ru")] == [True, False, False, True]


def test_an_ascii_text_splits_alike_with_ascii_classes() -> None:
    """`tokenize` splits an ASCII text by the ASCII twin of its language's pattern: the same pieces as the Unicode
    pattern on every ASCII character alone and beside every other, and on made-up texts of clitics and marks."""
    import random

    from extractors.lexicon import _ASCII_SPLIT, _ASCII_SPLITS, _SPLIT, _SPLITS

    chars = [chr(i) for i in range(128)]
    rnd = random.Random(12)
    pieces = [*chars, "s", "t", "re", "ll", "ve", "d", "m", "'", "'s", "n't", " ", "ab", "_", "1", "-"]
    texts = chars + [a + b for a in chars for b in chars]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 24))) for _ in range(20_000)]
    pairs = [(_SPLITS[lang], _ASCII_SPLITS[lang]) for lang in _SPLITS] + [(_SPLIT, _ASCII_SPLIT)]
    for unicode, ascii_ in pairs:
        assert ascii_.flags & re.ASCII
        for text in texts:
            assert ascii_.split(text) == unicode.split(text), (unicode.pattern, text)


# ---------------------------------------------------------------- entries


def test_stem_entries_match_every_inflection() -> None:
    lex = compile_lexicon("ru", {"MEET": ["встреч*"]}, "test")
    assert concepts(lex, "встреча встречи встречей встречаться") == [
        ("MEET", "встреча"),
        ("MEET", "встречи"),
        ("MEET", "встречей"),
        ("MEET", "встречаться"),
    ]
    assert concepts(lex, "свет вечер") == []


def test_a_greek_stem_matches_wherever_the_accent_moves() -> None:
    # accents and final sigma are folded on both sides of a stem: one stem covers every stress position
    raw = {"CONCEDE": ["παραχωρ*"], "MEET": ["συνάντ*"], "NEG": ["ποτέ"], "BUT": ["αλλά"]}
    lex = compile_lexicon("el", raw, "test")
    assert concepts(lex, "παραχώρηση παραχωρήσεις ΠΑΡΑΧΩΡΗΣΕΙΣ") == [
        ("CONCEDE", "παραχώρηση"), ("CONCEDE", "παραχωρήσεις"), ("CONCEDE", "ΠΑΡΑΧΩΡΗΣΕΙΣ")]
    assert concepts(lex, "συναντηθούν συναντήσεις") == [("MEET", "συναντηθούν"), ("MEET", "συναντήσεις")]
    # a plain word keeps its accent: "πότε" (when) is not "ποτέ" (never), "άλλα" (others) not "αλλά" (but)
    assert concepts(lex, "πότε άλλα") == []
    # the places' table (every language's) folds Greek stems too
    assert "istanbul" in [m.concept for m in gazetteer().find(tokenize("στην Κωνσταντινούπολη", "el"))]


def test_latin_accents_keep_their_meaning() -> None:
    # the fold is Greek's alone: Spanish "sí" (yes) and "si" (if), French "où" and "ou" stay apart, stems included
    es = compile_lexicon("es", {"ANSWER_YES": ["sí"], "IF": ["si"], "WHERE_WORD": ["dónde*"]}, "test")
    assert concepts(es, "sí si donde dónde") == [("ANSWER_YES", "sí"), ("IF", "si"), ("WHERE_WORD", "dónde")]
    fr = compile_lexicon("fr", {"WHERE_WORD": ["où"], "OR_WORD": ["ou"]}, "test")
    assert concepts(fr, "où ou") == [("WHERE_WORD", "où"), ("OR_WORD", "ou")]
    assert fold_greek("sí où ΐ ς ά") == "sí où ΐ ς ά".replace("ΐ", "ι").replace("ς", "σ").replace("ά", "α")


def test_plain_entries_match_by_lemma_where_the_language_has_a_lemmatiser() -> None:
    ru = compile_lexicon("ru", {"MEET": ["встреча"]}, "test")
    assert [c for c, _ in concepts(ru, "встречи встречу встречей")] == ["MEET", "MEET", "MEET"]
    uk = compile_lexicon("uk", {"MEET": ["зустріч"]}, "test")
    assert [c for c, _ in concepts(uk, "зустрічі зустріччю")] == ["MEET", "MEET"]
    # English has no lemmatiser: each form is an entry of its own
    en = compile_lexicon("en", {"MEET": ["meet"]}, "test")
    assert concepts(en, "meets meet") == [("MEET", "meet")]


def test_multiword_entries_match_as_one_phrase() -> None:
    lex = compile_lexicon("ru", {"ONE_ON_ONE": ["один на один"], "PERSONAL": ["личн* встреч*"]}, "test")
    assert concepts(lex, "встреча один на один") == [("ONE_ON_ONE", "один на один")]
    assert concepts(lex, "личной встречи") == [("PERSONAL", "личной встречи")]
    assert concepts(lex, "один раз на") == []
    # the phrase may not run over punctuation
    assert concepts(lex, "один, на один") == []


def test_an_entry_is_tokenised_like_the_text() -> None:
    lex = compile_lexicon("en", {"ONE_ON_ONE": ["one-on-one"], "FACE": ["face to face"]}, "test")
    assert concepts(lex, "a one on one meeting, face-to-face") == [
        ("ONE_ON_ONE", "one on one"),
        ("FACE", "face-to-face"),
    ]


def test_a_gap_entry_matches_any_one_word() -> None:
    lex = compile_lexicon("en", {"NOT_READY": ["not _ ready"]}, "test")
    assert concepts(lex, "not quite ready") == [("NOT_READY", "not quite ready")]
    assert concepts(lex, "not ready") == []


@pytest.mark.parametrize(
    ("entry", "text", "found"),
    [
        ("где угодно, только не", "готов встретиться где угодно, только не в Москве", True),
        ("где угодно, только не", "где угодно только не в Москве", False),  # the mark is part of the entry
        ("с ним — нет", "с ним — нет, сказал он", True),
        ("с ним — нет", "с ним, нет", False),
        ("—anyone but,", "talk to anyone but him", True),  # marks at an entry's ends are dropped
        (",anyone but,", "talk to anyone but him", False),  # but a leading comma (", not")
        (",anyone but,", "talk to, anyone but him", True),
    ],
)
def test_an_entry_with_a_punctuation_mark_matches_it(entry: str, text: str, found: bool) -> None:
    """Entries written with a comma or a dash inside ("где угодно, только не") match the text's mark; they never
    matched before (the mark was dropped from the entry, the text kept it)."""
    lang = "ru" if any("а" <= c <= "я" for c in text) else "en"
    lex = compile_lexicon(lang, {"X": [entry]}, "test")
    assert bool([m for m in lex.find(tokenize(text, lang), lang) if m.concept == "X"]) is found


def test_the_longest_entry_of_a_concept_wins() -> None:
    lex = compile_lexicon("en", {"MEET": ["meeting", "meeting in person"]}, "test")
    assert concepts(lex, "a meeting in person") == [("MEET", "meeting in person")]


# ---------------------------------------------------------------- leaders' names in every case


@pytest.mark.parametrize(
    ("form", "lang", "name"),
    [
        ("Путин", "ru", "Vladimir Putin"),
        ("Путина", "ru", "Vladimir Putin"),
        ("Путину", "ru", "Vladimir Putin"),
        ("Путиным", "ru", "Vladimir Putin"),
        ("Путине", "ru", "Vladimir Putin"),
        ("Зеленский", "ru", "Volodymyr Zelensky"),
        ("Зеленского", "ru", "Volodymyr Zelensky"),
        ("Зеленскому", "ru", "Volodymyr Zelensky"),
        ("Зеленским", "ru", "Volodymyr Zelensky"),
        ("Путін", "uk", "Vladimir Putin"),
        ("Путіна", "uk", "Vladimir Putin"),
        ("Путіним", "uk", "Vladimir Putin"),
        ("Зеленський", "uk", "Volodymyr Zelensky"),
        ("Зеленського", "uk", "Volodymyr Zelensky"),
        ("Зеленському", "uk", "Volodymyr Zelensky"),
        ("Зеленським", "uk", "Volodymyr Zelensky"),
        ("Пескова", "ru", "Dmitry Peskov"),
        ("Пєскова", "uk", "Dmitry Peskov"),
        ("Лаврова", "ru", "Sergey Lavrov"),
        ("Єрмака", "uk", "Andriy Yermak"),
    ],
)
def test_inflected_names_find_the_actor(form: str, lang: str, name: str) -> None:
    text = f"Вчера {form} говорил."
    assert [m.actor.name for m in default_index().mentions(text, None, None, lang) if m.actor] == [name]


def test_a_leading_comma_is_part_of_an_entry_other_end_marks_are_not() -> None:
    """", not" matches only after a comma, from the comma (the "not" of a contrast: "for a treaty, not for a
    chat"); a dash before an entry, or a full stop after it, is dropped ("— нет" is "нет", "u.s." is "u.s")."""
    lex = compile_lexicon("en", {"CONTRAST": [", not", "rather than"], "NO": ["— no"], "US": ["u.s."]}, "test")

    def found(text: str) -> list[tuple[str, int, int]]:
        return [(m.concept, m.first, m.last) for m in lex.find(tokenize(text, "en"))]

    assert found("for a treaty, not for a chat") == [("CONTRAST", 3, 4)]
    assert found("for a treaty not for a chat") == []
    assert found("a treaty rather than a chat") == [("CONTRAST", 2, 3)]
    assert found("Moscow no") == [("NO", 1, 1)]
    assert found("the u.s. said") == [("US", 1, 3)]


# ---------------------------------------------------------------- errors in a lexicon file


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({"meet": ["meet"]}, "UPPER_CASE"),
        ({"MEET": "meet"}, "MEET must be a list"),
        ({"MEET": ["meet", " "]}, "MEET must be a list of non-empty strings"),
        ({"MEET": ["_ meet"]}, "must start with a word"),
        ({"MEET": ["в*"]}, "too short"),
        ({"MEET": ["встреч*", "саммит", "встреч*"]}, "MEET: entries listed twice: встреч*"),
    ],
)
def test_a_malformed_lexicon_fails_naming_file_and_concept(raw: dict, problem: str) -> None:
    with pytest.raises(VocabularyError) as err:
        compile_lexicon("ru", raw, "lexicon/xx.toml")
    assert "lexicon/xx.toml" in str(err.value) and problem in str(err.value)


def test_a_lexicon_file_with_a_malformed_entry_fails_to_compile(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text('[concepts]\nMEET = ["встреч*"]\nREADY = ["готов*", "_"]\n', encoding="utf-8")
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    with pytest.raises(VocabularyError, match="READY"):
        compile_lexicon("ru", raw["concepts"], str(path))


# ---------------------------------------------------------------- the shipped lexicons


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_shipped_lexicon_compiles(lang: str) -> None:
    assert (LEXICONS / f"{lang}.toml").is_file()
    assert lexicon(lang).lang == lang and lexicon(lang).concepts


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_each_lexicon_names_only_concepts_the_rules_know(lang: str) -> None:
    """The rules are checked against the English lexicon's concepts, so a concept another lexicon alone names
    (a typo such as MEEET) would never be read: loading does not catch it, this test does."""
    assert sorted(lexicon(lang).concepts - lexicon("en").concepts - {SELF_NEGATING}) == []


def test_an_unknown_language_reads_with_the_english_lexicon() -> None:
    assert lexicon("xx").lang == "en"


def test_the_russian_lexicon_reads_inflected_readiness_and_meeting() -> None:
    found = {c for c, _ in concepts(lexicon("ru"), "Он готов к личной встрече")}
    assert {"READY", "MEET"} <= found
    found = {c for c, _ in concepts(lexicon("uk"), "Він готовий до зустрічі")}
    assert {"READY", "MEET"} <= found


# ---------------------------------------------------------------- stems that caught other words
# Found by listing, for each stem entry, the words it matches across the bundled corpora.


@pytest.mark.parametrize(
    ("lang", "word", "concept"),
    [
        ("ru", "договорились", "DOCUMENT"),  # agreed (a verb), not a treaty
        ("uk", "угодно", "DOCUMENT"),  # "где угодно": anywhere
        ("uk", "закінчити", "LEGIT"),  # to end (the war), not a term that ended
        ("ru", "попросту", "PROPOSE"),  # simply
        ("uk", "попросту", "PROPOSE"),
        ("ru", "диктатором", "ULTIMATUM"),  # a dictator is whom, not a diktat
        ("uk", "диктатором", "ULTIMATUM"),
        ("uk", "згодом", "AGREE"),  # later
    ],
)
def test_a_stem_does_not_catch_another_word(lang: str, word: str, concept: str) -> None:
    assert concept not in {c for c, _ in concepts(lexicon(lang), word)}


@pytest.mark.parametrize(
    ("lang", "word", "concept"),
    [
        ("ru", "договора", "DOCUMENT"),
        ("uk", "угоди", "DOCUMENT"),
        ("uk", "закінчилася", "LEGIT"),
        ("ru", "попросил", "PROPOSE"),
        ("ru", "диктата", "ULTIMATUM"),
        ("uk", "згоду", "AGREE"),
    ],
)
def test_the_word_the_stem_was_for_still_matches(lang: str, word: str, concept: str) -> None:
    assert concept in {c for c, _ in concepts(lexicon(lang), word)}


def test_the_russian_refusal_reads_its_future_forms() -> None:
    """'не откажется от встречи': 'отказ*' stops before the future stem 'откаж-'."""
    from datetime import date

    from extractors.base import ArticleText
    from extractors.reader import Reader

    text = ("Стороны обсуждают возможную встречу Путина и Зеленского.\n\n"
            "Песков заявил, что Путин не откажется от встречи с Зеленским.")
    found = {(c.party, c.kind, c.value) for st in Reader().extract(ArticleText("t", text, published=date(2025, 9, 5)))
             for c in st.conditions}
    assert found == {("RU", "stance", "willing")}


# An audit of every stem and multiword entry of the Russian and Ukrainian lexicons against the words each matches
# found stems catching other lexemes (the fixes in the lexicons): each sentence reads only what it says.
_CONTEXT_RU = "Стороны обсуждают возможную встречу Путина и Зеленского."
_CONTEXT_UK = "Сторони обговорюють можливу зустріч Путіна і Зеленського."


@pytest.mark.parametrize(("context", "sentence", "expected"), [
    # "готов*" caught "готовит" (prepares): "does not prepare a meeting" was a refusal
    (_CONTEXT_RU, "Песков заявил журналистам, что Кремль не готовит встречу Путина с Зеленским.", set()),
    # "исключен*" caught "за исключением" (except)
    (_CONTEXT_RU, "Песков заявил, что Путин готов встретиться с Зеленским где угодно, за исключением Киева.",
     {("RU", "stance", "willing"), ("RU", "venue", "not_kyiv")}),
    # "выбор*" caught "выбор места" (the choice of a place)
    (_CONTEXT_RU, "Песков заявил журналистам, что выбор места встречи Путина и Зеленского остается за Киевом.", set()),
    # "открыт*" caught "вопрос остается открытым" (the question remains open)
    (_CONTEXT_RU, "Песков заявил журналистам, что вопрос о встрече Путина и Зеленского остается открытым.", set()),
    # "намерен*" caught "намеренно" (deliberately)
    (_CONTEXT_RU, "Зеленский заявил журналистам, что Москва намеренно затягивает встречу с Путиным.", set()),
    # "сомнени*" caught "без сомнения" (undoubtedly)
    (_CONTEXT_RU, "Песков заявил, что Путин, без сомнения, готов встретиться с Зеленским.",
     {("RU", "stance", "willing")}),
    # "хочу" was missing where "хотим" was listed
    (_CONTEXT_RU, "Зеленский заявил журналистам в Киеве: «Я хочу встретиться с Путиным».",
     {("UA", "stance", "willing")}),
    # "визна*" caught "визначити" (to determine)
    (_CONTEXT_UK, "Пєсков заявив журналістам, що Київ має визначити статус територій до зустрічі президентів.", set()),
    # "крим*" caught "кримінальний" (criminal)
    (_CONTEXT_UK, "Зеленський заявив, що Україна ніколи не визнає рішення кримінального суду щодо зустрічі.", set()),
    # "можливі*" caught "можливість", which an epithet then dropped
    (_CONTEXT_UK, "Пєсков заявив журналістам, що можливість зустрічі Путіна і Зеленського існує.",
     {("RU", "stance", "willing")}),
    # feminine forms of the verbs of saying
    (_CONTEXT_UK, "Захарова нагадала журналістам, що москва готова до зустрічі Путіна і Зеленського в будь-який час.",
     {("RU", "stance", "willing")}),
])
def test_audited_stems_read_only_their_own_words(context: str, sentence: str,
                                                 expected: set[tuple[str, str, str]]) -> None:
    from datetime import date

    from extractors.base import ArticleText
    from extractors.reader import Reader

    found = {(c.party, c.kind, c.value) for st in Reader().extract(
        ArticleText("t", f"{context}\n\n{sentence}", published=date(2025, 9, 5))) for c in st.conditions
        if c.op == "assert" and c.confidence >= 0.5}
    assert found == expected


def test_a_table_for_every_language_matches_a_ukrainian_apostrophe() -> None:
    """Ukrainian keeps the apostrophe inside a word ("об'єднані") where the table for every language (actors'
    forms) splits at it: a form with one matches Ukrainian text, whichever apostrophe it is written with."""
    lex = compile_lexicon("xx", {"A1": ["об'єднані арабські емірати"]}, "test", names_are_concepts=False)
    for text in ("Об’єднані Арабські Емірати запропонували свої послуги", "Об'єднані Арабські Емірати заявили"):
        assert [m.concept for m in lex.find(tokenize(text, "uk"), lemma_lang="uk")] == ["A1"]


# ---------------------------------------------------------------- word lists the code asks of one token


def test_concept_words_and_stems_read_every_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """`concept_words` / `concept_stems`: a concept's one-word entries (or stems) in all the lexicons as one set,
    for code asking whether a token is such a word; a concept en.toml lacks, or an entry of another shape, fails."""
    from extractors import lexicon as lex

    assert {"country", "країн", "стран"} <= set(lex.concept_stems("COUNTRY_WORD"))
    # Greek stems come folded, as the lexicon matches them: "χώρα*" covers "ΧΩΡΑ" (capitals drop the accent)
    assert lex.fold_greek("ΧΩΡΑ".lower()).startswith(lex.concept_stems("COUNTRY_WORD"))
    assert {"after", "после", "після"} <= lex.concept_words("AFTER_WORD")
    assert lex.concept_entries("PRONOUN", "ru") == ("он", "она")  # one language's, in its lexicon's order
    with pytest.raises(VocabularyError, match="no concept"):
        lex.concept_words("NO_SUCH_CONCEPT")
    fake = {"en": {"TEST_WORDS": ["after"], "TEST_STEMS": ["land*"]}, "ru": {"TEST_WORDS": ["после", "в конце"],
                                                                        "TEST_STEMS": ["стран*", "край"]}}
    # (the cached file reader is patched: compiled, `_shipped`, a plain function, is called directly)
    monkeypatch.setattr(lex, "_shipped_file", lambda lang: {"concepts": fake.get(lang, {})})
    with pytest.raises(VocabularyError, match="'в конце' is not one lowercase word"):
        lex.concept_words.__wrapped__("TEST_WORDS")
    with pytest.raises(VocabularyError, match="'край' is not one lowercase stem"):
        lex.concept_stems.__wrapped__("TEST_STEMS")


def test_concept_phrases_are_whole_entries_of_every_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """`concept_phrases`: a concept's entries in all the lexicons as token tuples (a mark inside kept, one at an end
    dropped), for code asking whether a run of tokens is one of them; an entry with a stem or a gap fails."""
    from extractors import lexicon as lex

    yes = lex.concept_phrases("ANSWER_YES")
    assert {("yes",), ("yes", ",", "of", "course"), ("yes", "of", "course"), ("да", ",", "конечно"),
            ("чому", "б", "і", "ні")} <= yes
    assert ("that's", "possible") in lex.concept_phrases("ANSWER_POSSIBLE")  # one token, as phrase_tokens makes it
    fake = {"en": {"TEST_PHRASES": ["why not?", "not at all"], "TEST_STEMS": ["land*"], "TEST_GAPS": ["not _ ready"]}}
    monkeypatch.setattr(lex, "_shipped_file", lambda lang: {"concepts": fake.get(lang, {})})
    assert lex.concept_phrases.__wrapped__("TEST_PHRASES") == {("why", "not"), ("not", "at", "all")}
    for concept in ("TEST_STEMS", "TEST_GAPS"):
        with pytest.raises(VocabularyError, match="is not a phrase of plain words"):
            lex.concept_phrases.__wrapped__(concept)


@pytest.mark.parametrize(("text", "answer"), [
    ("Yes.", "yes"), ("A: No.", "no"), ("ZELENSKYY: Absolutely not.", "no"), ("— Да, готов.", "yes"),
    ("Володимир Зеленський: Так, звісно!", "yes"), ("Yes, of course", "yes"), ("Yes of course.", "yes"),
    ("Yes, he is.", "yes"), ("We will.", "yes"), ("— Не исключено.", "possible"), ("That's possible.", "possible"),
    ("No:", "no"),  # a label with nothing after it is the answer itself
    ("Yes, he said.", None), ("A: — Yes", None), ("No, but later.", None), ("Nothing.", None),
])
def test_a_bare_answer_is_a_lexicon_phrase_and_nothing_else(text: str, answer: str | None) -> None:
    """answers.bare_answer: the whole answer, after a label or a dash, is one of ANSWER_NO, ANSWER_YES (perhaps with
    a pronoun and its verb, or one more word) or ANSWER_POSSIBLE."""
    from extractors.answers import BARE_NO, BARE_POSSIBLE, BARE_YES, bare_answer

    found = [name for name, answers in (("no", BARE_NO), ("yes", BARE_YES), ("possible", BARE_POSSIBLE))
             if bare_answer(text, answers)]
    assert found == ([answer] if answer else [])


def test_word_endings_are_data_named_in_english_and_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """`word_endings`: the reader's morphology ([endings] of the lexicons) for one language or all, longest first
    (so an ending is never shadowed by its own tail when a caller slices); an unnamed list or an entry that is not
    lowercase letters fails, naming the file."""
    from extractors import lexicon as lex

    assert "ли" in lex.word_endings("PLURAL_VERB", "ru") and "лися" in lex.word_endings("PLURAL_VERB", "uk")
    assert lex.word_endings("PLURAL_VERB", "en") == ()
    every = lex.word_endings("OBLIQUE")
    assert set(lex.word_endings("OBLIQUE", "ru")) | set(lex.word_endings("OBLIQUE", "uk")) == set(every)
    assert [len(e) for e in every] == sorted((len(e) for e in every), reverse=True)
    with pytest.raises(VocabularyError, match=r"no \[endings\] NO_SUCH"):
        lex.word_endings("NO_SUCH")
    fake = {"en": {"endings": {"TEST_END": []}}, "ru": {"endings": {"TEST_END": ["-ли"]}}}
    monkeypatch.setattr(lex, "_shipped_file", lambda lang: fake.get(lang, {}))
    with pytest.raises(VocabularyError, match=r"lexicon/ru.toml: \[endings\] TEST_END: '-ли'"):
        lex.word_endings.__wrapped__("TEST_END")


# Module-level lists of lowercase words that are code, not words of a language: tags, language codes
# (word endings are not code: the [endings] of the lexicons).
_CODE_WORD_LISTS = {
    "ROLES", "CORPORA", "FRAMES", "NEGATED",  # tags
    "LANGUAGES", "LEMMATISED", "_OBJECT_LANGS", "_VERB_FINAL", "_SUFFIXED", "_CASED", "_PRO_DROP",  # language codes
    "_JOINS_LANGS", "_INVERTED_ASIDES", "_SUBJECT_COMMA",
    "_PLACE_SPEAKS", "_OWN_SPEAKER", "_ITEM_OVERRIDES",  # the ways of attributing (Attribution.how)
}


# Module-level regexes that still hold an alternation of words, left to move to the lexicons (or code: the
# tokenizer's English clitics); a new one is a concept read by `concept_words` or `concept_phrases`.
_REGEX_WORD_LISTS = {
    "lexicon.py: _TOKENS",  # code: the English clitics the tokenizer keeps as tokens
    "attribution.py: _TIME_LEAD", "conditions.py: _AND_THAT", "interviews.py: _ANSWERED",
    "interviews.py: _COMMENTATOR",
    "language.py: _ENGLISH", "reader.py: _CAPTION", "reader.py: _PAIR_JOIN",
    "reader.py: _BETWEEN", "reader.py: _LIST_JOINS", "sentences.py: _NAMED_ATTRIBUTION",
}
# a group of a regex ("(?:no|never|absolutely not)") and a lowercase word or phrase as one of its alternatives
_REGEX_GROUP = re.compile(r"\((?:\?:)?([^()]*)\)")
_REGEX_PHRASE = re.compile(r"[^\W\d_A-ZА-ЯЁІЇЄҐ]+(?:(?:,\?)?\s[^\W\d_A-ZА-ЯЁІЇЄҐ]+)*")


def _regex_text(node: ast.expr) -> str:
    """The literal parts of a regex's pattern (a name or a call between them stands for something unknown)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _regex_text(node.left) + "\x00" + _regex_text(node.right)
    return "\x00"


def _words_in_regex(value: ast.expr) -> bool:
    """Whether a value is `re.compile(...)` of a pattern holding a group of three or more alternatives, each a
    lowercase word or phrase ("(?:yes|of course|why not)"): a word list written as a regex."""
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "compile"
            and value.args):
        return False
    for group in _REGEX_GROUP.finditer(_regex_text(value.args[0])):
        alternatives = group.group(1).split("|")
        if len(alternatives) >= 3 and all(_REGEX_PHRASE.fullmatch(a) for a in alternatives):
            return True
    return False


def test_word_lists_live_in_the_lexicons() -> None:
    """A set of words in the reader's code ("after", "после", "після") is a lexicon concept read by
    `concept_words` (a phrase: `concept_phrases`), so a language's words are found, and added, in its lexicon file:
    no module of extractors/ keeps a module-level list of lowercase words but the code constants above, nor a
    module-level regex with an alternation of words but those above."""
    found = []
    for path in sorted((LEXICONS.parent).glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.Assign | ast.AnnAssign):
                continue
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            value = node.value
            name = target.id if isinstance(target, ast.Name) else "?"
            if value is not None and _words_in_regex(value) and f"{path.name}: {name}" not in _REGEX_WORD_LISTS:
                found.append(f"{path.name}: {name} (a regex)")
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.args \
                    and value.func.id in ("frozenset", "set"):
                value = value.args[0]
            words: list[str] = []
            if isinstance(value, ast.Set | ast.Tuple | ast.List) and all(
                    isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts):
                words = [e.value for e in value.elts if isinstance(e, ast.Constant)]
            elif isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
                    and value.func.attr == "split" and isinstance(value.func.value, ast.Constant):
                words = str(value.func.value.value).split()
            if words and all(w.isalpha() and w == w.lower() for w in words) and name not in _CODE_WORD_LISTS:
                found.append(f"{path.name}: {name}")
    assert found == []


def test_phrase_opening_is_the_first_token_when_it_opens_the_text() -> None:
    # h_perf7: `phrase_opening` stands for `phrase_tokens(text)[0]` where that token starts the text (bare answers)
    from extractors.lexicon import phrase_opening, phrase_tokens

    texts = ["No.", "  No.", "«Нет»", "\"No,\" he said", "'s fine", "’Так", "- Да", "—Ні", "İstanbul? Yes", "ΟΔΟΣ.",
             "Об'єднані", "ǅemal", "ﬁne", "Ёлка", "", " ", "...", "Why not, if it ends", "ʼok", "ß", "İ-"]
    for text in texts:
        tokens = phrase_tokens(text)
        assert phrase_opening(text) == (tokens[0].text if tokens and tokens[0].start == 0 else None), text


def test_an_ascii_twin_keeps_the_patterns_other_flags() -> None:
    """The twin is compiled with re.ASCII in place of re.UNICODE and every other flag the pattern had: an
    IGNORECASE pattern stays case-insensitive."""
    import re

    from extractors.lexicon import ascii_twin

    twin = ascii_twin(re.compile(r"(ab\w*|[^\w\s])", re.I))
    assert twin.flags & re.ASCII and twin.flags & re.I and not twin.flags & re.UNICODE
    assert twin.split("ABC.") == re.compile(r"(ab\w*|[^\w\s])", re.I).split("ABC.")
