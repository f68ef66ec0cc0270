"""One local Prefect server per PREFECT_HOME, found by every pass and kept between passes.

Measured on this 2-core machine (bench/idle.py): an idle `summitwatch run` took
~22 s with Prefect's temporary server (started and migrated for every process),
~3 s against a running server. So a pass uses, in order: `PREFECT_API_URL`; the
local server recorded in `<prefect home>/server/server.json` (started by
`summitwatch serve` or by an earlier pass) if it answers `/api/health`; else it
starts one through a small keeper process that outlives the pass and stops the
server after `idle_seconds` without a pass (the lease file's age).

No Prefect import here: finding a running server must cost milliseconds.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from deploy.server import STARTUP_TIMEOUT, LocalServer, ServerError, healthy

RECORD = "server.json"
LEASE = "lease"
LOCK = "lock"
USERS = "users"  # each pass holds a shared lock on it; the keeper stops only when it can take it exclusively
_HELD: list[object] = []  # this process's shared lock, held until it exits


@dataclass(frozen=True)
class ServerRecord:
    api_url: str
    pid: int  # the process that owns the server: a keeper, or `summitwatch serve`
    owner: str  # "run" (a keeper) or "serve"


def server_dir(prefect_home: Path) -> Path:
    """Where the local server keeps its database, log, record and lease."""
    return prefect_home / "server"


def read_record(directory: Path) -> ServerRecord | None:
    try:
        return ServerRecord(**json.loads((directory / RECORD).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def write_record(directory: Path, record: ServerRecord) -> None:
    tmp = directory / f".{RECORD}.{os.getpid()}"
    tmp.write_text(json.dumps(asdict(record)), encoding="utf-8")
    tmp.replace(directory / RECORD)


def clear_record(directory: Path, pid: int) -> None:
    """Remove the record if it is still this owner's."""
    record = read_record(directory)
    if record is not None and record.pid == pid:
        (directory / RECORD).unlink(missing_ok=True)


def touch_lease(directory: Path) -> None:
    """A pass (or a running serve) is using the server: the keeper's idle clock restarts."""
    (directory / LEASE).touch()


def idle_for(directory: Path) -> float:
    try:
        return time.time() - (directory / LEASE).stat().st_mtime
    except OSError:
        return float("inf")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_server(directory: Path) -> ServerRecord | None:
    """The recorded local server if its owner lives and it answers; else None."""
    record = read_record(directory)
    if record is None or not _alive(record.pid) or not healthy(record.api_url):
        return None
    return record


@contextmanager
def locked(directory: Path) -> Iterator[None]:
    """One process at a time decides whether to start the server (two passes must not start two)."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / LOCK, "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def ensure_server(prefect_home: Path, idle_seconds: float, timeout: float = STARTUP_TIMEOUT) -> str:
    """The API URL of this home's local server, starting a kept one if none runs.

    This process holds a shared lock on the server until it exits, so a pass longer than the idle time is
    never left without its server; a keeper stopping right now holds the lock exclusively, so we wait for it
    to finish and then start a new one.
    """
    directory = server_dir(prefect_home)
    with locked(directory):
        _use(directory)
        record = running_server(directory)
        api = record.api_url if record else _start_keeper(directory, idle_seconds, timeout)
        touch_lease(directory)
    return api


def _use(directory: Path) -> None:
    if _HELD:
        return
    fh = open(directory / USERS, "a+b")  # noqa: SIM115 - held (and closed) by the process's exit
    fcntl.flock(fh, fcntl.LOCK_SH)
    _HELD.append(fh)


def _unused(directory: Path) -> bool:
    """True, holding the exclusive lock until this process exits, if no pass uses the server."""
    fh = open(directory / USERS, "a+b")  # noqa: SIM115
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        return False
    _HELD.append(fh)
    return True


def _start_keeper(directory: Path, idle_seconds: float, timeout: float) -> str:
    log = directory / "keeper.log"
    cmd = [sys.executable, "-m", "deploy.keeper", str(directory), str(idle_seconds)]
    env = dict(os.environ)
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    touch_lease(directory)
    with open(log, "ab") as out:
        # Its own session and no inherited pipes: it outlives this pass, and a caller reading our output
        # (a pipe, a test) sees it end with us.
        proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        record = read_record(directory)
        if record is not None and record.pid == proc.pid and healthy(record.api_url):
            return record.api_url
        if proc.poll() is not None:
            raise ServerError(f"the local Prefect server did not start (status {proc.returncode}); {_tail(log)}")
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGTERM)
    raise ServerError(f"the local Prefect server was not ready after {timeout:.0f} s; {_tail(log)}")


def stop_kept_server(prefect_home: Path, timeout: float = 30.0) -> bool:
    """Stop a server kept for passes (not one a `serve` owns); True if one was running."""
    directory = server_dir(prefect_home)
    record = read_record(directory)
    if record is None or record.owner != "run" or not _alive(record.pid):
        return False
    os.kill(record.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _alive(record.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return True


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-lines:]
    except OSError:
        text = []
    return f"log {path}" + (": " + " | ".join(text) if text else "")


def keep(directory: Path, idle_seconds: float) -> int:
    """The keeper: start the server, record it, stop it after `idle_seconds` without a pass or on SIGTERM."""
    stopping: list[int] = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda signum, _frame: stopping.append(signum))
    server = LocalServer(directory)
    touch_lease(directory)
    try:
        api = server.start(cancelled=lambda: bool(stopping))
        if stopping:
            return 0
        write_record(directory, ServerRecord(api, os.getpid(), "run"))
        print(f"keeping the Prefect server at {api} until {idle_seconds:g} s without a pass", flush=True)
        while not stopping and server.alive() and not (idle_for(directory) >= idle_seconds and _unused(directory)):
            time.sleep(1.0)
        reason = "stopped" if stopping else "idle" if server.alive() else f"server died; {server.tail()}"
        print(f"stopping the Prefect server ({reason})", flush=True)
        return 0 if server.alive() or stopping else 1
    except ServerError as exc:
        print(f"error: {exc}", flush=True)
        return 1
    finally:
        clear_record(directory, os.getpid())
        server.stop()


if __name__ == "__main__":
    sys.exit(keep(Path(sys.argv[1]), float(sys.argv[2])))
