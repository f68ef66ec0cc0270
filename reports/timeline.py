"""`summitwatch timeline`: each party's conditions over time, as a self-contained HTML page and a PNG.

One lane per party and kind; each change is a mark at the date it was said,
labelled in the vocabulary's words; a "held now" column gives today's values.
The seed baseline is the lanes' starting state (hollow marks), detected
changes are filled, dropped conditions square. Both pictures have one fixed
size (1600 x 900) so they read the same in Slack, e-mail and a browser however
many changes there are; the time axis is honest: to scale within each
segment, the last six months drawn wider, and long periods without changes cut
out behind a visible, labelled break (reports/timeline_layout.py). The HTML
(an inline SVG, no scripts, nothing fetched) carries the speaker, the
sentence, the source and the change id in each mark's tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb

from summitwatch.config import Config
from warehouse.reader import open_reader, source_of

HISTORY_SQL = """
SELECT change_id, party, kind, op, old_value, new_value, stated_on, is_baseline, speaker,
       coalesce(sentence, evidence) AS sentence, outlet, title, canonical_url, sources
FROM position_history
WHERE stated_on IS NOT NULL
ORDER BY stated_on, detected_at, change_id
"""


@dataclass(frozen=True)
class Event:
    """One mark: a change of a party's position for one kind (or a seed-baseline assertion)."""

    change_id: str
    party: str
    kind: str
    op: str
    old_value: str | None
    new_value: str | None
    stated_on: date
    is_baseline: bool
    speaker: str | None
    sentence: str | None
    outlet: str | None
    title: str | None
    url: str | None  # canonical; a `seed:` id for seed articles
    sources: int


@dataclass(frozen=True)
class Timeline:
    events: list[Event]
    held: list[tuple[str, str, str]]  # (party, kind, value) held now
    as_of: datetime  # when the snapshot was published: the data's "now"
    source: str  # the snapshot's file name


def read_timeline(con: duckdb.DuckDBPyConnection, as_of: datetime, source: str) -> Timeline:
    """The history and today's positions from an open reader connection."""
    events = [Event(*row) for row in con.execute(HISTORY_SQL).fetchall()]
    held = con.execute("SELECT party, kind, value FROM positions ORDER BY party, kind, since, value").fetchall()
    return Timeline(events, [tuple(h) for h in held], as_of, source)


def load_timeline(cfg: Config) -> Timeline:
    """Read the readers' snapshot; its publication time is the timeline's "as of"."""
    with open_reader(cfg.warehouse_path) as con:
        path = source_of(con)
        as_of = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        return read_timeline(con, as_of, path.name)


def write_timeline(cfg: Config, out_dir: Path) -> list[Path]:
    """Write timeline.html and timeline.png into `out_dir` (created if missing)."""
    from reports.timeline_draw import render_html, render_png
    from reports.timeline_layout import lay_out

    layout = lay_out(load_timeline(cfg))
    out_dir.mkdir(parents=True, exist_ok=True)
    page, png = out_dir / "timeline.html", out_dir / "timeline.png"
    page.write_text(render_html(layout), encoding="utf-8")
    render_png(layout, png)
    return [page, png]
