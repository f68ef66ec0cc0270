"""The actor index's patterns (extractors/actors.py): written for the regex engine's speed, same matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractors.actors import (
    _CASES,
    _HIS_OFFICE,
    _PRONOUN_WORDS,
    _PRONOUNS,
    _minister_words,
    _one_scan,
    default_index,
    minister_words,
)
from extractors.lexicon import LANGUAGES

CASES = Path(__file__).resolve().parent.parent / "corpus" / "sentences"


def test_pronoun_patterns_find_what_the_plain_alternation_finds() -> None:
    """The case-sensitive patterns find what the plain case-insensitive `\\b(?:he|she)\\b` finds: on every sentence
    case, and on capitals, a long s, a dotted I and words that start like a pronoun."""
    texts = ["He said SHE would; ſhe and ſHE. Hesitant, shed, the, he's, she-wolf, Он, она, ОНА, онА. Він, вона",
             "Er, sie, Sie, SİE, sıe; il, İl, elle, Elle; lui, lei; él, Él, ella; on, ona; o, O, ön",
             "αυτός, ΑΥΤΌΣ, αυτόσ, ΑΥΤΉ",
             "ᲀона, ᲂн, оНа; він, ВІН, вОНА; _he he_ he2 2he -he- «he» ’she’"]
    for name in ("tune.jsonl", "holdout.jsonl"):
        for line in (CASES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts.append(f"{case['context']} {case['sentence']}")
    for lang, words in _PRONOUN_WORDS.items():
        plain = re.compile(rf"\b(?:{words})\b", re.I)
        for text in texts:
            assert [m.span() for m in _PRONOUNS[lang].finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group(0) for m in _PRONOUNS["en"].finditer(texts[0])] == ["He", "SHE", "ſhe", "ſHE", "he", "she"]


def test_case_table_is_what_the_regex_engine_matches() -> None:
    """`_CASES` names, for every letter of the pronouns, each character the letter matches case-insensitively (every
    code point tried), and all of them are word characters (so a boundary is 'no word character there')."""
    letters = sorted({c for words in _PRONOUN_WORDS.values() for w in words.split("|") for c in w})
    assert set(letters) <= set(_CASES)
    any_letter = re.compile("[" + "".join(letters) + "]", re.I)
    matched = [chr(x) for x in range(0x110000) if any_letter.fullmatch(chr(x))]
    for letter in letters:
        same = sorted(c for c in matched if re.fullmatch(re.escape(letter), c, re.I))
        assert sorted(_CASES[letter]) == same, letter
        assert all(re.fullmatch(r"\w", c) for c in same), letter


def _three_scans(text: str, lang: str) -> list[tuple[int, int, bool]]:
    """Surname typos, pronouns and 'his office' as the three scans found them (before `_one_scan`): (start, end,
    whether a typo), ordered by start as `mentions` sorts them."""
    index = default_index()
    out = [(m.start(), m.end(), True) for m in index._capword.finditer(text)]
    for pattern in (_PRONOUNS.get(lang, _PRONOUNS["en"]), _HIS_OFFICE.get(lang)):
        out += [(m.start(), m.end(), False) for m in pattern.finditer(text)] if pattern is not None else []
    return sorted(out, key=lambda x: x[0])


def _one(text: str, lang: str) -> list[tuple[int, int, bool]]:
    """The same from the one scan, read as `mentions` reads it (a pronoun that also reads as a typo is both)."""
    index = default_index()
    out = []
    for m in index._after_names_pattern(lang).finditer(text):
        typo = m if m.lastindex == 1 else index._capword.match(text, m.start())
        if typo is not None:
            out.append((m.start(), typo.end(), True))
        if m.lastindex != 1:
            out.append((m.start(), m.end(), False))
    return out


def test_one_scan_finds_what_the_three_scans_found() -> None:
    """Surname typos, pronouns and 'his office' are one scan in `mentions`: it finds, in every language, what the
    three found, on every sentence case and on made-up runs of pronouns, offices, surnames and their typos in odd
    surroundings ("Elle" is a French pronoun and reads as a typo's shape too)."""
    import random

    texts = []
    for name in ("tune.jsonl", "holdout.jsonl"):
        for line in (CASES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts.append(f"{case['context']} {case['sentence']}")
    words = ["He", "he", "she", "SHE", "ſhe", "His office", "his press service", "Her office", "Его офис",
             "его пресс-служба", "Його офіс", "її прес-служба", "Її пресслужба", "Zelenskiy", "Peksov", "Zenesky",
             "Hers", "Shelby", "He's", "Он", "она", "він", "Er", "sie", "Sie", "il", "Il", "elle", "Elle", "lui",
             "él", "Él", "ella", "αυτός", "O'Brien", "Lavorv", "Witkof", "Kelogg", "Yermak", "Sybiha", "Umerov"]
    marks = [" ", ", ", "-", "'", "’", "\n", ".", "«", "_", "2", ""]
    rnd = random.Random(12)
    texts += ["".join(rnd.choice(words) + rnd.choice(marks) for _ in range(rnd.randint(1, 8))) for _ in range(5000)]
    for lang in (*LANGUAGES, "xx"):
        for text in texts:
            assert _one(text, lang) == _three_scans(text, lang), (lang, text)


def test_one_scan_refuses_patterns_it_cannot_join() -> None:
    with pytest.raises(ValueError):
        _one_scan([re.compile(r"[^a]b")], last_is_group_1=False)
    with pytest.raises(ValueError):
        _one_scan([re.compile(r"(?i)[a]b")], last_is_group_1=False)
    assert _one_scan([re.compile("[ab]c"), re.compile("[Bb]d")], last_is_group_1=True).pattern == \
        "[abBb](?:(?<=[ab])c|(?<=[Bb])d())"


def test_the_bare_minister_words_are_checked_when_loaded() -> None:
    """actors.toml's [bare_minister] loads as data, and a slip in it names its key instead of failing mid-read."""
    words = _minister_words()
    assert "of" in words.links and "foreign" in words.named
    with pytest.raises(ValueError, match="missing or not a table"):
        minister_words(None)
    table = {k: ["x"] for k in ("minister", "articles", "links", "portfolios", "named")}
    assert minister_words(table).minister == frozenset({"x"})
    with pytest.raises(ValueError, match="portfolios"):
        minister_words({**table, "portfolios": ["Оборон"]})
    with pytest.raises(ValueError, match="named"):
        minister_words({k: v for k, v in table.items() if k != "named"})
