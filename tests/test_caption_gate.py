"""The reader's caption gate (extractors/reader.py): `_CAPTION` is searched only where a literal every one of its
matches holds stands in the text's lowercase, so the gate drops no caption."""

from __future__ import annotations

import random
import re
from pathlib import Path

from extractors.reader import _ANY_CAPTION_LITERAL, _AS_ASCII_LETTER, _CAPTION, _CAPTION_LITERALS, _may_hold_caption

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_the_literals_are_read_from_this_pattern() -> None:
    """`_CAPTION_LITERALS` lists what each branch of this pattern needs: a new branch needs its literal there."""
    assert _CAPTION.pattern == (
        r"(?=[(/gvlp])(?:\((?:photo|image|picture|pool photo)s?\b[^)]*\)"
        r"|getty images|\bvia (?:reuters|afp|ap)\b|/ ?(?:afp|pool|reuters|epa)\b"
        r"|\b(?:looks on|pictured|poses for a photo)\b"
        r"|\((?:[\w ]+ )?pool\)|\(kremlin pool\)|\(state emergency service\))"
    )
    assert _CAPTION.flags & re.IGNORECASE


def test_every_character_matching_an_ascii_letter_is_folded() -> None:
    """Beside ASCII capitals, exactly these characters match an ASCII letter case-insensitively (every code point)."""
    odd = {chr(c) for c in range(0x80, 0x110000) if re.fullmatch("[a-z]", chr(c), re.I)}
    assert odd == {o for o, _ in _AS_ASCII_LETTER}
    assert all(re.fullmatch(letter, o, re.I) for o, letter in _AS_ASCII_LETTER)


def test_the_gate_lets_every_caption_through() -> None:
    texts = [f.read_text(encoding="utf-8") for f in sorted(CORPUS.rglob("*"))
             if f.suffix in (".json", ".jsonl", ".txt")]
    rng = random.Random(5)
    words = [*_CAPTION_LITERALS, "photo", "pool", "kremlin", "via", "ap", "afp", "epa", "(", ")", "/", " ", "x",
             "Reuters", "on", "looks", "for a", "poses", "images", "getty", "state emergency service"]
    odd = {letter: o for o, letter in _AS_ASCII_LETTER}

    def garble(piece: str) -> str:  # random case, and the odd characters for their letters
        return "".join(odd[c] if c in odd and rng.random() < 0.2 else c.upper() if rng.random() < 0.3 else c
                       for c in piece)

    texts += ["".join(garble(rng.choice(words)) for _ in range(rng.randint(1, 6))) for _ in range(30_000)]
    hits = 0
    for text in texts:
        for piece in (text, *text.split("\n")):
            if _CAPTION.search(piece):
                hits += 1
                assert _may_hold_caption(piece), piece[:200]
    assert hits > 1000


def test_one_search_finds_what_each_literal_finds() -> None:
    """The gate's one search over a text's lowercase finds a literal exactly where one of `_CAPTION_LITERALS` is
    in it (as `in` asked of each would)."""
    texts = [f.read_text(encoding="utf-8").lower() for f in sorted(CORPUS.rglob("*"))
             if f.suffix in (".json", ".jsonl", ".txt")]
    rng = random.Random(7)
    parts = [*_CAPTION_LITERALS, *(lit[:-1] for lit in _CAPTION_LITERALS), *(lit[1:] for lit in _CAPTION_LITERALS),
             "(", ")", "/", " ", "x", "\n", "pool", "via"]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(1, 5))) for _ in range(30_000)]
    found = 0
    for text in texts:
        for piece in (text, *text.split("\n")):
            held = any(literal in piece for literal in _CAPTION_LITERALS)
            assert (_ANY_CAPTION_LITERAL.search(piece) is not None) == held, piece[:200]
            found += held
    assert found > 1000
