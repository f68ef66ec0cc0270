"""`summitwatch positions`: each party's current stated conditions, in words, with dates and sources.

The words live here (not in the alert renderer) so the report and the
timeline keep reading the same while the Slack wording evolves.
"""

from __future__ import annotations

from datetime import UTC, datetime

from summitwatch.config import Config
from warehouse.reader import open_reader, source_of

PARTIES = {"RU": "Russia", "UA": "Ukraine", "US": "United States", "MEDIATOR": "Mediators"}
KINDS = {
    "stance": "Stance on a meeting",
    "venue": "Venue",
    "format": "Format",
    "prerequisite": "Preconditions",
    "demand": "Settlement demands",
}
VALUES = {
    "willing": "willing to meet",
    "skeptical": "sceptical that a meeting is useful now",
    "refuses": "refuses to meet",
    "any": "any",
    "one_on_one": "one-on-one, no intermediaries",
    "trilateral": "trilateral, with the US president",
    "multilateral": "multilateral summit",
    "documents_agreed": "documents agreed first",
    "expert_groundwork": "groundwork by experts and ministers first",
    "ceasefire": "a ceasefire first",
    "security_guarantees": "security guarantees first",
    "no_ultimatums": "no ultimatums",
    "legitimate_signatory": "a legitimate signatory",
    "recognize_territory": "recognition of annexed territory",
    "ukraine_withdraws": "Ukraine withdraws from the claimed regions",
    "russia_withdraws": "Russian forces leave Ukraine",
    "no_territorial_concessions": "no territorial concessions",
    "neutrality": "Ukrainian neutrality, outside NATO",
    "no_foreign_troops": "no foreign troops in Ukraine",
    "referendum": "territorial changes by referendum",
}


def value_words(kind: str, value: str | None) -> str:
    """'moscow' -> 'Moscow', 'not_moscow' -> 'not Moscow', 'ceasefire' -> 'a ceasefire first'."""
    if not value:
        return "none"
    if value in VALUES:
        return VALUES[value]
    if value.startswith("not_"):
        return "not " + value_words(kind, value[4:])
    words = value.replace("_", " ")
    return words.title() if kind == "venue" else words


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
    for party in [*PARTIES, *sorted({r[0] for r in rows} - set(PARTIES))]:
        mine = [r for r in rows if r[0] == party]
        if not mine:
            continue
        lines.append(f"{PARTIES.get(party, party)} ({party})")
        for kind in [*KINDS, *sorted({r[1] for r in mine} - set(KINDS))]:
            held = [r for r in mine if r[1] == kind]
            if not held:
                continue
            lines.append(f"  {KINDS.get(kind, kind)}:")
            for _, _, value, since, last, speaker, outlet, title, url in held:
                said = f"since {since}" + (f", last said {last}" if last and last != since else "")
                lines.append(f"    - {value_words(kind, value)} [{value}], {said}")
                lines.append(f"      {speaker or 'unknown speaker'}; {source_words(outlet, title, url)}")
        lines.append("")
    return "\n".join(lines)
