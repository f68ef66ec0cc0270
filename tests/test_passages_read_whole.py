"""Passages of three to six sentences, in the register of real outlets, read whole (`data/passages_read_whole.jsonl`):
what a reader must carry across sentences and paragraphs: a quote broken over two paragraphs with its speaker named
only at the end, "he added" paragraphs after the name, an interview's question and its answer, a reporter's summary
then a quote that goes on, a recap with its old date before the new position, a second speaker answering the first,
a liveblog's timed entries, a Telegram post quoted whole, a bullet list under "What Kyiv wants". A third are built
to yield less than they seem (another summit, a reporter's guess or sources, an analyst, delegation-level talks).
Each line gives exactly the `PARTY.kind.value` set it must yield, and for a recap the date (prefix) it was stated
on. Written for the reader, not taken from any corpus.

Not every passage reads right yet: the test holds a floor (the count read exactly right) so it can fail on a
regression and never flakes; raise FLOOR when a passage comes right."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from extractors.base import ArticleText
from extractors.default import default_extractor

_LEAD = {"en": "Putin and Zelensky have not met since the war began, and talk of a summit continues.",
         "ru": "Путин и Зеленский не встречались с начала войны, разговоры о саммите продолжаются.",
         "uk": "Путін і Зеленський не зустрічалися від початку війни, розмови про саміт тривають."}
PASSAGES = [json.loads(line) for line in (Path(__file__).parent / "data" / "passages_read_whole.jsonl")
            .read_text(encoding="utf-8").splitlines() if line.strip()]
FLOOR = 31


def _right(passage: dict) -> bool:
    article = ArticleText("p", _LEAD[passage["lang"]] + "\n\n" + passage["text"], published=date(2025, 6, 1))
    got: dict[str, str] = {}
    for st in default_extractor().extract(article):
        for c in st.conditions:
            got[("-" if c.op == "withdraw" else "") + f"{c.party}.{c.kind}.{c.value}"] = str(st.stated_on)
    return set(got) == set(passage["expected"]) and all(
        got[key].startswith(prefix) for key, prefix in passage.get("dates", {}).items())


def test_the_passages_are_written_as_briefed() -> None:
    langs = [p["lang"] for p in PASSAGES]
    assert (langs.count("en"), langs.count("ru"), langs.count("uk")) == (16, 10, 10)
    assert sum(not p["expected"] for p in PASSAGES) >= 10


def test_passages_read_whole() -> None:
    right = sum(_right(p) for p in PASSAGES)
    assert right >= FLOOR, f"{right} of {len(PASSAGES)} passages read right, floor {FLOOR}"
