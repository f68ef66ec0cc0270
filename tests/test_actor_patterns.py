"""The actor index's patterns (extractors/actors.py): written for the regex engine's speed, same matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

from extractors.actors import _CASES, _PRONOUN_WORDS, _PRONOUNS

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
