"""Reading a change as an alert shows it: one query joins the change, its assertion, statement and article.

Kept apart from the outbox so the message's contents (what `blocks` needs)
change here, in the query, and delivery code stays untouched.
"""

from __future__ import annotations

import duckdb

from alerts.render import ChangeView

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


def load_change(con: duckdb.DuckDBPyConnection, change_id: str) -> ChangeView:
    """A change with its sentence, evidence, rule, confidence, speaker and source; LookupError if unknown."""
    cur = con.execute(CHANGE_VIEW_SQL, [change_id])
    row = cur.fetchone()
    if row is None:
        raise LookupError(f"alert refers to an unknown change {change_id}")
    columns = [d[0] for d in cur.description]
    return ChangeView(**dict(zip(columns, row, strict=True)))
