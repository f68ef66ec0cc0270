"""From stored articles to statements, assertions, position changes and pending alerts.

STUB: owned by the positions work.
"""

from __future__ import annotations

import duckdb

from extractors.base import StatementExtractor


def process_pending_articles(
    con: duckdb.DuckDBPyConnection,
    extractor: StatementExtractor,
    *,
    baseline: bool,
    alert_sink: str,
) -> dict[str, int]:
    """Extract and apply every unprocessed original article in one transaction.

    With `baseline`, changes are recorded as the baseline: no change rows, no alerts.
    """
    raise NotImplementedError
