"""Loading the seed corpus as `is_seed` articles: the baseline of every position.

STUB: owned by the dedup/positions work.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from extractors.base import StatementExtractor


def load_seeds(
    con: duckdb.DuckDBPyConnection, seeds_path: Path, extractor: StatementExtractor
) -> dict[str, int]:
    """Store each seed article once and set the baseline from it; idempotent."""
    raise NotImplementedError
