"""`summitwatch explain CHANGE_ID`: why SummitWatch recorded a change, so an analyst can check it.

It prints the sentence the reader read (the matched words marked), the rule
and its confidence, what the party held before (and since when; who last said
the value replaced, and where), whether the
change was alerted (and if not, why not: below `reading.min_confidence`, or the
seed baseline, which alerts nobody) and every source with its canonical URL.
A unique prefix of the id is enough, as with git. Reads the readers' snapshot
like every analyst command, so it never blocks a pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import duckdb

from alerts.changes import last_said
from alerts.mrkdwn import find_words
from alerts.render import Said, read_as, replaced_value
from domain.positions import STALE_DAYS
from domain.vocabulary import vocabulary
from summitwatch.config import Config
from summitwatch.errors import UsageError
from warehouse.reader import open_reader

CHANGE_SQL = """
SELECT h.change_id, h.party, h.kind, h.op, h.old_value, h.new_value, h.stated_on, h.detected_at, h.is_baseline,
       a.speaker, a.evidence, a.rule, coalesce(pc.confidence, a.confidence) AS confidence,
       coalesce(nullif(st.sentence, ''), st.quote) AS sentence, h.article_id
FROM position_history h
LEFT JOIN position_changes pc ON pc.change_id = h.change_id AND NOT h.is_baseline
LEFT JOIN assertions a ON a.assertion_id = CASE WHEN h.is_baseline THEN h.change_id ELSE pc.assertion_id END
LEFT JOIN statements st ON st.statement_id = a.statement_id
WHERE h.change_id = ?
"""

SOURCES_SQL = """
SELECT ar.outlet, ar.title, coalesce(nullif(ar.canonical_url, ''), ar.url) AS url,
       coalesce(ar.published_at, ar.fetched_at)::DATE AS published_on, coalesce(ar.is_seed, FALSE) AS is_seed
FROM (SELECT ?::VARCHAR AS article_id, 0 AS n, NULL::TIMESTAMP AS added_at
      UNION ALL
      SELECT article_id, 1, added_at FROM change_sources WHERE change_id = ? AND article_id <> ?) s
JOIN articles ar USING (article_id)
ORDER BY s.n, s.added_at, ar.article_id
"""


class UnknownChange(UsageError):
    """No change, or more than one, has the id or prefix given: exit 2 with one line."""


@dataclass(frozen=True)
class Source:
    outlet: str | None
    title: str | None
    url: str | None
    published_on: date | None
    is_seed: bool


@dataclass(frozen=True)
class Explanation:
    """Everything `explain` prints about one change (or one assertion of the seed baseline)."""

    change_id: str
    party: str
    kind: str
    op: str
    old_value: str | None
    new_value: str | None
    stated_on: date | None
    detected_at: datetime | None
    is_baseline: bool
    speaker: str | None
    evidence: str | None
    rule: str | None
    confidence: float | None
    sentence: str | None
    before: dict[str, date | None] = field(default_factory=dict)  # value -> since, held just before
    replaced: Said | None = None  # the last statement of the value this change replaced or dropped
    alert: tuple | None = None  # (status, sink, attempts, sent_at, last_error)
    sources: list[Source] = field(default_factory=list)


def resolve_id(con: duckdb.DuckDBPyConnection, given: str) -> str:
    """The one change (or baseline assertion) whose id starts with `given`; UnknownChange otherwise."""
    prefix = given.strip()
    if not prefix:
        raise UnknownChange("explain needs a change id (or a unique prefix of one)")
    ids = [r[0] for r in con.execute(
        "SELECT DISTINCT change_id FROM position_history WHERE starts_with(change_id, ?) ORDER BY 1 LIMIT 6",
        [prefix],
    ).fetchall()]
    if not ids:
        raise UnknownChange(f"no change with id {prefix!r} (list them: summitwatch sql "
                            "\"SELECT change_id, party, kind, stated_on FROM position_changes\")")
    if len(ids) > 1:
        shown = ", ".join(ids[:5]) + (", ..." if len(ids) > 5 else "")
        raise UnknownChange(f"change id {prefix!r} is ambiguous: it starts {shown}; give more characters")
    return ids[0]


def held_before(con: duckdb.DuckDBPyConnection, party: str, kind: str, change_id: str) -> dict[str, date | None]:
    """The values `party` held for `kind` just before `change_id`, each with the date it was first stated."""
    rows = con.execute(
        "SELECT change_id, op, old_value, new_value, stated_on FROM position_history"
        " WHERE party = ? AND kind = ? ORDER BY stated_on, detected_at, change_id",
        [party, kind],
    ).fetchall()
    held: dict[str, date | None] = {}
    for cid, op, old, new, stated_on in rows:
        if cid == change_id:
            break
        if op == "set":
            held = {new: stated_on} if new else {}
        elif op == "add" and new:
            held.setdefault(new, stated_on)
        elif op == "remove":
            held.pop(old or new or "", None)
    return held


def load_explanation(con: duckdb.DuckDBPyConnection, given: str) -> Explanation:
    """Read one change and everything around it from an open reader connection."""
    change_id = resolve_id(con, given)
    cur = con.execute(CHANGE_SQL, [change_id])
    columns = [d[0] for d in cur.description or []]
    found = cur.fetchone()
    if found is None:  # resolve_id found it in the same snapshot: only a damaged file gets here
        raise UnknownChange(f"change {change_id} vanished from the warehouse")
    row = dict(zip(columns, found, strict=True))
    article_id = row.pop("article_id")
    alert = con.execute(
        "SELECT status, sink, attempts, sent_at, last_error FROM alerts WHERE change_id = ?", [change_id]
    ).fetchone()
    sources = [Source(*r) for r in con.execute(SOURCES_SQL, [article_id, change_id, article_id]).fetchall()]
    before = held_before(con, row["party"], row["kind"], change_id)
    value = replaced_value(row["op"], row["old_value"], row["new_value"])
    replaced = None
    if value is not None and not row["is_baseline"]:
        replaced = last_said(con, row["party"], row["kind"], value, row["stated_on"])
    return Explanation(**row, before=before, replaced=replaced, alert=alert, sources=sources)


def explain(cfg: Config, given: str) -> str:
    """The explanation of the change `given` (an id or a unique prefix), as text for a terminal."""
    with open_reader(cfg.warehouse_path) as con:
        return as_text(load_explanation(con, given), cfg.min_confidence)


def marked_sentence(sentence: str | None, evidence: str | None) -> str:
    """The sentence with the matched words between ** **; the evidence alone when no sentence was stored."""
    text = " ".join((sentence or evidence or "").split())
    if not text:
        return "(no sentence recorded)"
    span = find_words(text, evidence or "") if sentence else None
    if span is None:
        return f"“{text}”"
    return f"“{text[: span[0]]}**{text[span[0] : span[1]]}**{text[span[1] :]}”"


def what_changed(e: Explanation) -> str:
    """'Russia · venue: in Moscow → in Istanbul', in the vocabulary's full words."""
    vocab = vocabulary()
    kind = vocab.kind(e.kind).short
    if e.op == "add":
        change = f"+ {vocab.full(e.kind, e.new_value)}"
    elif e.op == "remove":
        change = f"− {vocab.full(e.kind, e.old_value or e.new_value)}"
    else:
        change = f"{vocab.full(e.kind, e.old_value)} → {vocab.full(e.kind, e.new_value)}"
    return f"{vocab.party(e.party).name} · {kind}: {change}"


def before_words(e: Explanation) -> str:
    """What the party held for this kind just before: 'in Moscow, since 2025-09-05', or that it had said nothing."""
    if not e.before:
        return f"nothing stated on {vocabulary().kind(e.kind).label.lower()} before this"
    held = [f"{vocabulary().full(e.kind, v)}, since {since or 'date unknown'}" for v, since in e.before.items()]
    return "; ".join(held)


def last_said_words(e: Explanation) -> list[str]:
    """'last said: in Moscow, by Yuri Ushakov on 2026-10-02 — TASS: “headline”' for the value replaced, if stored."""
    said = e.replaced
    if said is None:
        return []
    value = replaced_value(e.op, e.old_value, e.new_value)
    where = "seed corpus" if said.is_seed else (said.url or "no URL")
    return [f"last said: {vocabulary().full(e.kind, value)}, by {said.speaker or 'an unattributed source'} on"
            f" {said.stated_on or 'date unknown'} — {said.outlet or 'unknown outlet'}: “{said.title or ''}” ({where})"]


def alert_words(e: Explanation, min_confidence: float) -> str:
    """Whether an alert went out, and if not, why not."""
    if e.alert:
        return delivery_words(*e.alert)
    if e.is_baseline:
        return "no: part of the seed baseline, which alerts nobody"
    if e.confidence is not None and e.confidence < min_confidence:
        published = e.sources[0].published_on if e.sources else None
        recap = (f", lowered for a statement {(published - e.stated_on).days} days older than its article (a recap)"
                 if published and e.stated_on and (published - e.stated_on).days > STALE_DAYS else "")
        return (f"no: confidence {e.confidence:.2f}{recap} is below reading.min_confidence {min_confidence:.2f}"
                " (recorded only)")
    return "no: no alert was recorded for this change"


def delivery_words(status: str, sink: str, attempts: int, sent_at: datetime | None, error: str | None) -> str:
    """The outbox row in words: sent when and where, pending, or failed and why."""
    if status == "sent":
        return f"yes: sent {sent_at:%Y-%m-%d %H:%M} UTC via {sink}" if sent_at else f"yes: sent via {sink}"
    tried = f"{attempts} attempt{'' if attempts == 1 else 's'}"
    if status == "pending":
        return f"not yet: pending after {tried}" + (f", last error: {error}" if error else "")
    return f"no: delivery failed after {tried}: {error or 'unknown error'}"


def source_lines(sources: list[Source]) -> list[str]:
    """Numbered sources: outlet, date, headline, then the canonical URL (seeds have none)."""
    lines = []
    for n, s in enumerate(sources, 1):
        role = "first report" if n == 1 else "also reported"
        lines.append(f"  {n}. {s.outlet or 'unknown outlet'}, {s.published_on or 'date unknown'}: “{s.title or ''}”"
                     f" ({role})")
        url = "seed corpus (no URL)" if s.is_seed or (s.url or "").startswith("seed:") else (s.url or "no URL")
        lines.append(f"     {url}")
    return lines


def as_text(e: Explanation, min_confidence: float) -> str:
    """The explanation, one labelled line per fact, the sources last."""
    what = "seed baseline" if e.is_baseline else "change"
    confidence = f", confidence {e.confidence:.2f}" if e.confidence is not None else ""
    detected = f" (recorded {e.detected_at:%Y-%m-%d %H:%M} UTC)" if e.detected_at else ""
    lines = [
        f"{what} {e.change_id}: {what_changed(e)}",
        f"said by:   {e.speaker or 'unattributed'}, on {e.stated_on or 'date unknown'}{detected}",
        f"sentence:  {marked_sentence(e.sentence, e.evidence)}",
        f"evidence:  “{' '.join((e.evidence or '').split())}”",
        f"read as:   {read_as(e.kind, e.op, e.old_value, e.new_value)} (rule {e.rule or 'not recorded'}{confidence})",
        f"before:    {before_words(e)}",
        *last_said_words(e),
        f"alerted:   {alert_words(e, min_confidence)}",
        f"sources:   {len(e.sources)}",
        *source_lines(e.sources),
    ]
    return "\n".join(lines) + "\n"
