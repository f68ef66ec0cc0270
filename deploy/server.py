"""A local `prefect server start`, supervised: Prefect will not schedule on its ephemeral server.

Measured on a 2-core machine: healthy after 7-11 s on 127.0.0.1. The server keeps its
SQLite database in its own PREFECT_HOME (`<prefect home>/server`), apart from
the ephemeral one `summitwatch run` uses, so the two never lock each other out.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

STARTUP_TIMEOUT = 120.0
_QUIET = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # The UI is served, so the "View at ..." links Prefect logs for each flow run open while the server runs.
    "PREFECT_UI_ENABLED": "true",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


def die_with_parent() -> None:
    """preexec_fn: on Linux, SIGTERM this child if the supervisor is killed (SIGKILL leaves no time to stop it)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


class ServerError(RuntimeError):
    """The local Prefect server did not start or died; the message says where its log is."""


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    """Whether a Prefect API answers /health (urllib: no Prefect import, a few milliseconds)."""
    try:
        with urllib.request.urlopen(api_url + "/health", timeout=timeout) as resp:
            return resp.status == 200
    except (OSError, ValueError):
        return False


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def prefect_command() -> list[str]:
    """`python -m prefect` with this interpreter: works wherever Prefect is importable, also where its console
    script was never installed next to this Python (a venv that sees the packages through a path file)."""
    return [sys.executable, "-m", "prefect"]


class LocalServer:
    """`start()` returns the API URL once /api/health answers; `stop()` ends it (SIGTERM, then SIGKILL)."""

    def __init__(self, home: Path, host: str = "127.0.0.1", port: int | None = None) -> None:
        self.home = home
        self.host = host
        self.port = port or free_port(host)
        self.log_path = home / "server.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def api_url(self) -> str:
        return f"http://{self.host}:{self.port}/api"

    def start(self, timeout: float = STARTUP_TIMEOUT, cancelled: Callable[[], bool] = lambda: False) -> str:
        """Spawn the server and wait for /api/health; `cancelled` (a signal arrived) stops waiting."""
        self.home.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        env.update(_QUIET, PREFECT_HOME=str(self.home))
        cmd = [*prefect_command(), "server", "start", "--host", self.host, "--port", str(self.port)]
        with open(self.log_path, "ab") as log:
            # Own session: a Ctrl-C in the terminal reaches us only, and we stop the server last.
            self.proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True,
                                         preexec_fn=die_with_parent)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not cancelled():
            if self.proc.poll() is not None:
                raise ServerError(f"prefect server exited with status {self.proc.returncode}; {self.tail()}")
            if self.healthy():
                return self.api_url
            time.sleep(0.5)
        self.stop()
        if cancelled():
            return self.api_url
        raise ServerError(f"prefect server not healthy after {timeout:.0f} s; {self.tail()}")

    def healthy(self) -> bool:
        return healthy(self.api_url)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 20.0) -> None:
        """SIGTERM and wait; SIGKILL if it does not go."""
        if not self.alive():
            return
        assert self.proc is not None
        stop_process(self.proc, timeout)

    def tail(self, lines: int = 5) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-lines:]
        except OSError:
            text = []
        return f"log {self.log_path}" + (": " + " | ".join(text) if text else "")


def stop_process(proc: subprocess.Popen[bytes], timeout: float) -> int | None:
    """SIGTERM to the process (it stops its own children), wait; then SIGKILL to its whole group.

    Children are started in their own session, so the group is theirs alone.
    """
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            pass
    for sig in (signal.SIGTERM, signal.SIGKILL) if proc.poll() is None else (signal.SIGTERM,):
        try:
            os.killpg(proc.pid, sig)  # stragglers of that group (or the process itself, if stuck)
        except (ProcessLookupError, PermissionError):
            break
        try:
            proc.wait(5.0)
        except subprocess.TimeoutExpired:
            continue
    return proc.poll()
