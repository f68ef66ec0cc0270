"""`summitwatch positions`: each party's current stated conditions, in words, with dates and sources."""

from __future__ import annotations

from alerts.render import KIND_NAMES, PARTY_NAMES, value_words
from summitwatch.config import Config
from warehouse.reader import open_reader

KIND_ORDER = ("stance", "venue", "format", "prerequisite", "demand")


def format_positions(cfg: Config) -> str:
    with open_reader(cfg.warehouse_path) as con:
        rows = con.execute(
            """
            SELECT p.party, p.kind, p.value, p.since, p.last_stated_on, a.outlet, a.title, a.url
            FROM positions p LEFT JOIN articles a USING (article_id)
            """
        ).fetchall()
    if not rows:
        return "No positions yet: run `summitwatch init` to load the seed corpus.\n"
    lines: list[str] = []
    for party in ("RU", "UA", "US", "MEDIATOR"):
        mine = [r for r in rows if r[0] == party]
        if not mine:
            continue
        lines.append(f"{PARTY_NAMES[party]} ({party})")
        for kind in KIND_ORDER:
            for _, _, value, since, last, outlet, title, url in sorted(r for r in mine if r[1] == kind):
                source = outlet or "?"
                ref = url if url and not url.startswith("seed:") else f"seed corpus: {title or url}"
                lines.append(
                    f"  {KIND_NAMES[kind]:<16} {value_words(value):<44} {value:<28} since {since}"
                    f"  (last said {last})  {source} — {ref}"
                )
        lines.append("")
    return "\n".join(lines)
