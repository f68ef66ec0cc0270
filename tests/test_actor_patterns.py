"""The actor index's patterns (extractors/actors.py): written for the regex engine's speed, same matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

from extractors.actors import _PRONOUN_WORDS, _PRONOUNS

CASES = Path(__file__).resolve().parent.parent / "corpus" / "sentences"


def test_pronoun_patterns_find_what_the_plain_alternation_finds() -> None:
    """The lookahead on the pronouns' first letters only lets the engine skip ahead: on every sentence case, and
    on capitals, a long s and words that start like a pronoun, the plain `\\b(?:he|she)\\b` finds the same."""
    texts = ["He said SHE would; ſhe and ſHE. Hesitant, shed, the, he's, she-wolf, Он, она, ОНА, онА. Він, вона",
             "Er, sie, Sie; il, elle, Elle; lui, lei; él, Él, ella; on, ona; αυτός, ΑΥΤΉ; o, O, ön"]
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
