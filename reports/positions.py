"""`summitwatch positions`: each party's current stated conditions, in words, with dates and sources.

The words are the vocabulary's full wording (domain/vocabulary.toml), the same
the alert bodies and the timeline use.
"""

from __future__ import annotations

from datetime import UTC, datetime

from domain.vocabulary import vocabulary
from summitwatch.config import Config
from warehouse.reader import open_reader, source_of


def source_words(outlet: str | None, title: str | None, url: str | None) -> str:
    """An outlet and a link readers can follow; seeds have no URL, so their headline instead."""
    where = outlet or "unknown outlet"
    if url and not url.startswith("seed:"):
        return f"{where}, {url}"
    return f"{where}, “{title}” (seed corpus)" if title else f"{where} (seed corpus)"


def format_positions(cfg: Config) -> str:
    """Party by party, kind by kind: the values held now, since when, said by whom, and where."""
    with open_reader(cfg.warehouse_path) as con:
        source = source_of(con)
        rows = con.execute(
            """
            SELECT p.party, p.kind, p.value, p.since, p.last_stated_on, s.speaker, ar.outlet, ar.title, ar.url
            FROM position_state p
            LEFT JOIN assertions s ON s.assertion_id = p.assertion_id
            LEFT JOIN articles ar ON ar.article_id = p.article_id
            ORDER BY p.party, p.kind, p.since, p.value
            """
        ).fetchall()
    as_of = datetime.fromtimestamp(source.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"Stated conditions for a Putin–Zelensky meeting ({source.name}, as of {as_of})", ""]
    if not rows:
        return "\n".join(lines + ["No positions yet: run `summitwatch init` to load the seed corpus.", ""])
    vocab = vocabulary()
    for party in _in_order(vocab.party_ids, {r[0] for r in rows}):
        mine = [r for r in rows if r[0] == party]
        lines.append(f"{vocab.party(party).name} ({party})")
        for kind in _in_order(vocab.kind_ids, {r[1] for r in mine}):
            held = [r for r in mine if r[1] == kind]
            lines.append(f"  {vocab.kind(kind).label}:")
            for _, _, value, since, last, speaker, outlet, title, url in held:
                said = f"since {since}" + (f", last said {last}" if last and last != since else "")
                lines.append(f"    - {vocab.full(kind, value)} [{value}], {said}")
                lines.append(f"      {speaker or 'unknown speaker'}; {source_words(outlet, title, url)}")
        lines.append("")
    return "\n".join(lines)


def _in_order(known: tuple[str, ...], present: set[str]) -> list[str]:
    """The present ids in the vocabulary's order, then any unknown ones sorted (never dropped)."""
    return [i for i in known if i in present] + sorted(present - set(known))
