"""`summitwatch positions`: each party's current stated conditions, in words, with dates and sources.

The words are the vocabulary's full wording (domain/vocabulary.toml), the same
the alert bodies and the timeline use. `--format json|csv` gives the same rows
for scripts (ids and words side by side); the default table is for people.
Sources link the article's canonical URL; seed articles have none, so their
headline stands in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import astuple, dataclass, fields
from datetime import UTC, date, datetime

import duckdb

from domain.vocabulary import vocabulary
from summitwatch.config import Config
from summitwatch.errors import UsageError
from warehouse.query import as_csv, as_json
from warehouse.reader import open_reader, source_of

FORMATS = ("table", "json", "csv")

POSITIONS_SQL = """
SELECT p.party, p.kind, p.value, p.since, p.last_stated_on, a.speaker, ar.outlet, ar.title,
       coalesce(nullif(ar.canonical_url, ''), ar.url) AS url, coalesce(ar.is_seed, FALSE) AS is_seed
FROM position_state p
LEFT JOIN assertions a ON a.assertion_id = p.assertion_id
LEFT JOIN articles ar ON ar.article_id = p.article_id
ORDER BY p.party, p.kind, p.since, p.value
"""


@dataclass(frozen=True)
class Held:
    """One value a party holds now, with its words and where it was last stated."""

    party: str
    party_name: str
    kind: str
    kind_label: str
    value: str
    value_words: str
    since: date | None
    last_stated_on: date | None
    speaker: str | None
    outlet: str | None
    title: str | None
    url: str | None  # the canonical URL; None for seed articles
    is_seed: bool


def load_positions(con: duckdb.DuckDBPyConnection) -> list[Held]:
    """The held values in the vocabulary's order of parties and kinds, then by date."""
    vocab = vocabulary()
    held = [
        Held(party, vocab.party(party).name, kind, vocab.kind(kind).label, value, vocab.full(kind, value), since,
             last, speaker, outlet, title, None if seed or (url or "").startswith("seed:") else url, bool(seed))
        for party, kind, value, since, last, speaker, outlet, title, url, seed in con.execute(POSITIONS_SQL).fetchall()
    ]
    parties, kinds = _rank(vocab.party_ids), _rank(vocab.kind_ids)
    return sorted(held, key=lambda h: (parties(h.party), kinds(h.kind)))  # stable: dates stay in order


def _rank(ids: tuple[str, ...]) -> Callable[[str], tuple[int, str]]:
    """A sort key: the vocabulary's order, then unknown ids alphabetically (shown, never dropped)."""
    order = {i: n for n, i in enumerate(ids)}
    return lambda i: (order.get(i, len(order)), i)


def source_words(outlet: str | None, title: str | None, url: str | None) -> str:
    """An outlet and a link readers can follow; seeds have no URL, so their headline instead."""
    where = outlet or "unknown outlet"
    if url:
        return f"{where}, {url}"
    return f"{where}, “{title}” (seed corpus)" if title else f"{where} (seed corpus)"


def as_text(held: list[Held], heading: str) -> str:
    """Party by party, kind by kind: the values held now, since when, said by whom, and where."""
    lines = [heading, ""]
    if not held:
        return "\n".join(lines + ["No positions yet: run `summitwatch init` to load the seed corpus.", ""])
    party = kind = None
    for h in held:
        if h.party != party:
            if party is not None:
                lines.append("")
            party, kind = h.party, None
            lines.append(f"{h.party_name} ({h.party})")
        if h.kind != kind:
            kind = h.kind
            lines.append(f"  {h.kind_label}:")
        last = h.last_stated_on
        said = f"since {h.since}" + (f", last said {last}" if last and last != h.since else "")
        lines.append(f"    - {h.value_words} [{h.value}], {said}")
        lines.append(f"      {h.speaker or 'unknown speaker'}; {source_words(h.outlet, h.title, h.url)}")
    return "\n".join(lines + [""])


def format_positions(cfg: Config, fmt: str = "table") -> str:
    """The report in `fmt`: a text table for people, or every row as JSON or CSV for scripts."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    with open_reader(cfg.warehouse_path) as con:
        source = source_of(con)
        held = load_positions(con)
    columns = [f.name for f in fields(Held)]
    if fmt == "json":
        return as_json(columns, [astuple(h) for h in held])
    if fmt == "csv":
        return as_csv(columns, [astuple(h) for h in held])
    as_of = datetime.fromtimestamp(source.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    return as_text(held, f"Stated conditions for a Putin–Zelensky meeting ({source.name}, as of {as_of})")
