"""Reading a change as an alert shows it: one query joins the change, its assertion, statement and article.

Kept apart from the outbox so the message's contents (what `blocks` needs)
change here, in the query, and delivery code stays untouched.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import duckdb

from alerts.render import ChangeView, Said, replaced_value

CHANGE_VIEW_SQL = """
SELECT c.change_id, c.party, c.kind, c.op, c.old_value, c.new_value, c.stated_on,
       a.speaker, a.evidence,
       coalesce(nullif(ar.canonical_url, ''), ar.url) AS url,  -- canonical: no utm_ parameters
       ar.outlet, ar.title,
       1 + (SELECT count(*) FROM change_sources s
            WHERE s.change_id = c.change_id AND s.article_id <> c.article_id) AS sources,
       coalesce(nullif(st.sentence, ''), st.quote) AS sentence,
       a.rule,
       coalesce(c.confidence, a.confidence) AS confidence,
       ar.published_at::DATE AS published_on
FROM position_changes c
LEFT JOIN assertions a ON a.assertion_id = c.assertion_id
LEFT JOIN statements st ON st.statement_id = a.statement_id
LEFT JOIN articles ar ON ar.article_id = c.article_id
WHERE c.change_id = ?
"""

# The latest statement of a value on or before a day: the baseline, a change or a restatement; not a withdrawal,
# not a historical (out-of-order or unsure) reading, which never held the position. (The change's own assertion is
# never one: it states the new value, or withdraws the old.)
LAST_SAID_SQL = """
SELECT a.speaker, a.stated_on, ar.outlet, ar.title,
       coalesce(nullif(ar.canonical_url, ''), ar.url) AS url, coalesce(ar.is_seed, FALSE) AS is_seed
FROM assertions a
JOIN articles ar ON ar.article_id = a.article_id
WHERE a.party = ? AND a.kind = ? AND a.value = ? AND a.op = 'assert'
  AND a.status IN ('baseline', 'change', 'reaffirmed')
  AND (CAST(? AS DATE) IS NULL OR a.stated_on <= CAST(? AS DATE))
ORDER BY a.stated_on DESC NULLS LAST, ar.published_at DESC NULLS LAST, a.assertion_id DESC
LIMIT 1
"""


def last_said(
    con: duckdb.DuckDBPyConnection, party: str, kind: str, value: str, on_or_before: date | None
) -> Said | None:
    """Who last stated `value` for `party` and `kind`, on or before a day."""
    row = con.execute(LAST_SAID_SQL, [party, kind, value, on_or_before, on_or_before]).fetchone()
    return Said(*row) if row else None


def load_change(con: duckdb.DuckDBPyConnection, change_id: str) -> ChangeView:
    """A change with its sentence, evidence, rule, confidence, speaker, source and the statement it replaces.

    LookupError if unknown.
    """
    cur = con.execute(CHANGE_VIEW_SQL, [change_id])
    row = cur.fetchone()
    if row is None:
        raise LookupError(f"alert refers to an unknown change {change_id}")
    columns = [d[0] for d in cur.description]
    view = ChangeView(**dict(zip(columns, row, strict=True)))
    replaced = replaced_value(view.op, view.old_value, view.new_value)
    if replaced is None:
        return view
    return replace(view, before=last_said(con, view.party, view.kind, replaced, view.stated_on))
