"""Prefect settings for an offline machine, and the Prefect API a pass reports to.

Applied before Prefect is imported. Measured on a 2-core machine: without the quiet
settings the temporary server tries to send telemetry, starts in ~17 s instead
of ~9 s, and its 20 s start-up timeout can expire on a new database.

Prefect's state lives in ONE place: `$PREFECT_HOME` if set, else
`<warehouse directory>/prefect` (`data/prefect` with the default configuration),
for `run`, `serve` and `make`. The local server's database, log and record are
in its `server/` subdirectory (deploy/keeper.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from summitwatch.config import Config

_QUIET = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_UI_ENABLED": "false",  # the temporary server's UI would vanish with the process: no dead links
}


def prefect_home(cfg: Config) -> Path:
    """The one place Prefect keeps its state for this configuration."""
    return Path(os.environ.get("PREFECT_HOME") or cfg.state_dir / "prefect").expanduser().resolve()


def configure_prefect(cfg: Config) -> Path:
    """Quiet, offline Prefect with a persistent PREFECT_HOME; returns that home."""
    for key, value in _QUIET.items():
        os.environ.setdefault(key, value)
    home = prefect_home(cfg)
    home.mkdir(parents=True, exist_ok=True)
    os.environ["PREFECT_HOME"] = str(home)
    return home


def connect_prefect(cfg: Config) -> str | None:
    """Point this process (and its children: Dask workers) at a running Prefect API; return its URL.

    `PREFECT_API_URL` wins; else this home's local server, started and kept `server_idle_minutes` if none
    runs. With `server_idle_minutes = 0`, None: Prefect's temporary server for this process (~10-20 s).
    """
    home = configure_prefect(cfg)
    api = os.environ.get("PREFECT_API_URL")
    if api or cfg.server_idle_minutes <= 0:
        return api or None
    from deploy.keeper import ensure_server

    api = ensure_server(home, cfg.server_idle_minutes * 60)
    os.environ["PREFECT_API_URL"] = api
    return api


@contextmanager
def without_heartbeats() -> Iterator[None]:
    """Flow runs started here send no heartbeats.

    Prefect's heartbeat thread sleeps in 1-s steps and the engine joins it when the flow ends: up to 1 s
    (measured ~0.7 s) of a ~2.5 s idle pass. Heartbeats only feed crash-detection automations; a pass run
    from the command line reports its end by its exit status and the warehouse's `runs` table.

    Nothing to do when they are already off (a child flow run inside a pass): building Prefect's settings
    anew costs ~35 ms of CPU (measured), a tenth of what a child flow run costs.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    if PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is None:
        yield
        return
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def exit_now(code: int) -> None:
    """Exit after Prefect's exit hooks (they send the last logs and events), skipping interpreter teardown.

    Tearing down the ~1,500 modules a pass imports took ~0.4 s of an idle pass (measured, Python 3.11);
    nothing of ours needs it: the warehouse is closed and the output flushed before this is called.
    """
    import atexit
    import threading

    sys.stdout.flush()
    sys.stderr.flush()
    # threading._shutdown (private) runs the hooks Prefect registers with threading to drain its services.
    getattr(threading, "_shutdown")()  # noqa: B009
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
