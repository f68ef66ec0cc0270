"""Shared fixtures: loopback servers, config files, one Prefect harness per session.

A socket guard refuses any connection outside loopback, so no test can reach
the network by accident (a feed entry pointing elsewhere fails loudly).
"""

from __future__ import annotations

import ipaddress
import os
import socket
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from tests.support.http import LoopbackServer

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_UI_ENABLED", "false")
for _var in ("SLACK_WEBHOOK_URL", "SLACK_BOT_TOKEN", "SLACK_CHANNEL", "SLACK_API_URL", "SUMMITWATCH_DB",
             "SUMMITWATCH_CONFIG", "PREFECT_API_URL"):
    os.environ.pop(_var, None)

PROJECT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent


def _is_loopback(address: object) -> bool:
    if not isinstance(address, tuple) or not address:
        return True  # AF_UNIX paths and the like
    host = str(address[0])
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_loopback(address):
        raise ConnectionRefusedError(f"tests may only connect to loopback, not {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_loopback(address):
        raise ConnectionRefusedError(f"tests may only connect to loopback, not {address!r}")
    return _real_connect_ex(self, address)


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One temporary Prefect API for the whole session (it costs ~12 s to start)."""
    os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(autouse=True)
def _stop_kept_prefect_servers(tmp_path: Path) -> Iterator[None]:
    """A `summitwatch run` keeps a local Prefect server alive between passes: stop any a test left behind."""
    yield
    from deploy.keeper import RECORD, stop_kept_server

    for record in tmp_path.rglob(f"server/{RECORD}"):
        stop_kept_server(record.parent.parent)


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


def write_config(
    directory: Path, feeds: Sequence[tuple[str, str]] = (), extra: str = "", db: Path | None = None
) -> Path:
    """A config file for a test: loopback fetching allowed, a warehouse under `directory`."""
    db = db or directory / "warehouse.duckdb"
    lines = [
        *([] if feeds else ["feeds = []"]),  # no feeds means none: without the key, the 20 curated ones
        "[warehouse]",
        f'path = "{db}"',
        "[fetch]",
        "allow_private_networks = true",
        "timeout_seconds = 5.0",
        "backoff_seconds = 0.05",
        "max_retry_after_seconds = 2.0",
    ]
    for name, url in feeds:
        lines += ["[[feeds]]", f'name = "{name}"', f'url = "{url}"']
    path = directory / "summitwatch.toml"
    path.write_text("\n".join(lines) + "\n" + textwrap.dedent(extra), encoding="utf-8")
    return path
