"""Prefect settings for an offline machine, applied before Prefect is imported.

Measured (stack notes): without these the ephemeral server tries to send
telemetry, starts in ~17 s instead of ~9 s, and its 20 s start-up timeout can
expire on a new database.
"""

from __future__ import annotations

import os
from pathlib import Path

_QUIET = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_UI_ENABLED": "false",
}


def configure_prefect(state_dir: Path) -> None:
    """Keep PREFECT_HOME persistent under the project's state directory unless the user set one."""
    for key, value in _QUIET.items():
        os.environ.setdefault(key, value)
    os.environ.setdefault("PREFECT_HOME", str(state_dir / "prefect"))
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
