"""The reader the product ships: the one seam the flow, evaluate and the benchmarks take it from.

Apart from `base.py` so the interface imports no implementation (no cycle between them).
"""

from __future__ import annotations

from extractors.base import StatementExtractor
from extractors.reader import DEFAULT_ALERT_THRESHOLD, Reader


def default_extractor(alert_threshold: float = DEFAULT_ALERT_THRESHOLD) -> StatementExtractor:
    """The reader shipped with the product, for the alert threshold its changes are decided at
    (`reading.min_confidence`: a value its party seldom states is read under it)."""
    return Reader(alert_threshold=alert_threshold)
