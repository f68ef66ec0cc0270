"""Where the reader loses each missed required row, counted by layer (`summitwatch evaluate --layers`).

Only counts are printed, never the sentences, so a holdout or a blind corpus can be diagnosed without being read:
the discipline of docs/reading.md allows their aggregate figures. Each missed row is put in the first layer that
explains it:

- ``other party``: the article reads the same kind and value for another party, a reading the gold does not have
  (attribution, party; another party's right reading of the same value says nothing of this row);
- ``other value``: the article reads the party's kind with another value (lexicon or rule picks the wrong value);
- ``context loses it``: the sentence read on its own, or with the two paragraphs before it, gives the row, the
  whole article does not (frames, a story about another meeting, one value a day, dates);
- ``nothing read``: neither gives anything of the row's kind, split by what the reader made of the sentence:
  ``no statement`` (no speaker found there, or the sentence dropped as a question, furniture or another story:
  attribution), ``another party speaks`` (only statements of another party's speakers there: attribution),
  ``no cue`` (a statement of the row's party there, but nothing of the row's kind), itself split by what the
  sentence read alone with every frame open gives: ``no cue: frame`` (a cue of the kind: the frames shut it,
  the meeting being named elsewhere or taken for another one), ``no cue: rule`` (no cue, though each element of
  some rule of the kind has a concept there: the chain, its distance or clause, or a polarity layer drops it),
  ``no cue: words`` (no rule of the kind has all its concepts there: the lexicon);
- ``evidence not in text``: the gold evidence is not found verbatim (a labelling matter).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Final

from extractors.analysis import analyse
from extractors.base import Statement, StatementExtractor
from extractors.conditions import Frames, find_cues
from extractors.rules import rulebook
from summitwatch.evaluate import Key, LabelledArticle, article_text, read, reads, sentence_with

NO_CUE: Final = ("nothing read: no cue: frame", "nothing read: no cue: rule", "nothing read: no cue: words")
NOTHING_READ: Final = ("nothing read: no statement", "nothing read: another party speaks", *NO_CUE)
_OPEN: Final = Frames(meeting=True, venue=True, talks=True, topic=True, resumed=True)  # every frame but the
# answers' and the follow-ups' (those read what a sentence says only after a question or the speaker's last words)
LAYERS: Final = ("other party", "other value", "context loses it", *NOTHING_READ, "evidence not in text")


def miss_layers(extractor: StatementExtractor, articles: list[LabelledArticle]) -> dict[str, dict[str, int]]:
    """Per layer, per kind, how many required rows the reader misses (layers in LAYERS order, empty ones left out)."""
    counts: Counter[tuple[str, str]] = Counter()
    for a in articles:
        statements = extractor.extract(article_text(a))
        got = {r.key for r in reads(statements, a.published) if r.op == "assert"}
        for key in sorted(a.required - got):
            counts[(_layer(extractor, a, key, got, statements), key[1])] += 1
    out: dict[str, dict[str, int]] = {}
    for layer in LAYERS:
        kinds = {kind: n for (lay, kind), n in sorted(counts.items()) if lay == layer}
        if kinds:
            out[layer] = kinds
    return out


def _layer(
    extractor: StatementExtractor, a: LabelledArticle, key: Key, got: set[Key], statements: list[Statement]
) -> str:
    party, kind, value = key
    labelled = a.required | a.optional
    if any((k[1], k[2]) == (kind, value) and k not in labelled for k in got):
        return "other party"  # (a reading for another party that the gold also has is right, not this row's)
    if any(k[0] == party and k[1] == kind for k in got):
        return "other value"
    row = next(r for r in a.rows if (r["party"], r["kind"], r["value"]) == key and r.get("required"))
    sentence = sentence_with(f"{a.title}\n{a.text}", row.get("evidence", ""))
    if not sentence:
        return "evidence not in text"
    for text in (sentence, _paragraphs_before(a.text, sentence)):
        if key in {r.key for r in read(extractor, replace(a, title="", text=text)) if r.op == "assert"}:
            return "context loses it"
    return _nothing_read(statements, a.text, sentence, party, kind, a.lang)


def _nothing_read(statements: list[Statement], text: str, sentence: str, party: str, kind: str, lang: str) -> str:
    """Which part of the reader lets the row's sentence go: no statement there, only other parties' speakers, or
    a statement of the row's party with nothing of its kind (the kind is read nowhere in the article)."""
    at = text.find(sentence)
    if at >= 0:
        there = [s for s in statements if s.start < at + len(sentence) and s.end > at]
    else:  # the headline: its statements hold it in their sentence
        there = [s for s in statements if sentence[:60] in s.sentence or s.sentence[:60] in sentence]
    if not there:
        return NOTHING_READ[0]
    if all(s.party != party for s in there):
        return NOTHING_READ[1]
    return _no_cue(sentence, kind, lang)


def _no_cue(sentence: str, kind: str, lang: str) -> str:
    """Why a statement of the row's party there reads nothing of its kind, from the sentence read alone with every
    frame open: a cue then (the frames shut it), some rule of the kind whose every element has a concept there
    (the chain or a polarity layer drops it), or none (no word of the lexicon gives the kind's concepts)."""
    view = analyse(sentence, lang)
    if any(c.kind == kind for c in find_cues(view, _OPEN)):
        return NO_CUE[0]
    have = set(view.concepts) | ({"PLACE"} if view.places else set())
    if any(r.kind == kind and all(e.concepts & have for e in r.elements) for r in rulebook()):
        return NO_CUE[1]
    return NO_CUE[2]


def _paragraphs_before(text: str, sentence: str) -> str:
    """The paragraph that holds the sentence, with the two before it (who is speaking is often named there)."""
    paragraphs = text.split("\n\n")
    at = next((i for i, p in enumerate(paragraphs) if sentence[:60] in p), None)
    return sentence if at is None else "\n\n".join(paragraphs[max(0, at - 2) : at + 1])


def format_layers(layers: dict[str, dict[str, int]]) -> str:
    """The counts as lines for the report's end: a layer, its total, and its kinds."""
    if not layers:
        return "missed required rows by layer: none missed\n"
    lines = ["missed required rows by layer (counts only):"]
    for layer, kinds in layers.items():
        per = ", ".join(f"{k} {n}" for k, n in kinds.items())
        lines.append(f"  {layer:<36}{sum(kinds.values()):>4}   {per}")
    return "\n".join(lines) + "\n"
