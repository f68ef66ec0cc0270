"""The reader the product ships: the one seam the flow, evaluate and the benchmarks take it from.

Apart from `base.py` so the interface imports no implementation (no cycle between them).
"""

from __future__ import annotations

from extractors.base import StatementExtractor
from extractors.reader import Reader


def default_extractor() -> StatementExtractor:
    """The reader shipped with the product."""
    return Reader()
