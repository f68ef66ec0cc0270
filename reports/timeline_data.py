"""The timeline's data: every change of position (and the seed baseline) with its source, and what is held now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

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
