"""`summitwatch serve`: the monitoring pass on a schedule, until stopped.

Prefect refuses to schedule on its ephemeral server, so with no PREFECT_API_URL
we start and supervise a local `prefect server start` (deploy/server.py). The
flow's `serve()` runs in a child process pointed at that API, so this process
only supervises: on SIGTERM/SIGINT it stops the serve first (SIGTERM: it ignores
SIGINT when backgrounded), then the server; if the server dies, it stops the
serve and exits 1 with the reason. At most one pass runs at a time (limit=1):
the warehouse has one writer.

Slack secrets stay in the environment: the scheduled runs inherit it, and
nothing secret is put in the deployment's parameters (Prefect stores those).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from deploy.server import LocalServer, ServerError, die_with_parent, stop_process
from summitwatch.config import Config

DEPLOYMENT = "scheduled"
STOP_TIMEOUT = 30.0


def _say(msg: str) -> None:
    print(f"summitwatch serve: {msg}", file=sys.stderr, flush=True)


def serve(cfg: Config, cron: str | None = None, interval: float | None = None) -> int:
    """Run the pass on `cron` (default: the config's) or every `interval` seconds; 0 when stopped, 1 on failure.

    `interval` (also $SUMMITWATCH_SERVE_INTERVAL) is for tests: cron's minute is too coarse for them.
    """
    interval = interval or float(os.environ.get("SUMMITWATCH_SERVE_INTERVAL") or 0) or None
    stop = _StopFlag()
    server: LocalServer | None = None
    api = os.environ.get("PREFECT_API_URL")
    try:
        if api:
            _say(f"using the Prefect server at {api}")
        else:
            home = Path(os.environ.get("PREFECT_HOME") or cfg.state_dir / "prefect") / "server"
            server = LocalServer(home)
            _say(f"starting a Prefect server at {server.api_url} (home {home}, log {server.log_path})")
            api = server.start(cancelled=stop)
            _say(f"Prefect server ready at {api}")
        if stop():
            return 0
        schedule = f"every {interval:g} s" if interval else f"cron {cron or cfg.cron!r}"
        child = _start_serve(cfg, api, cron or cfg.cron, interval)
        _say(f"serving flow summitwatch-pass/{DEPLOYMENT} on {schedule} (pid {child.pid}); stop with Ctrl-C or SIGTERM")
        return _supervise(child, server, stop)
    except ServerError as exc:
        _say(f"error: {exc}")
        return 1
    finally:
        if server is not None:
            server.stop()
            _say("Prefect server stopped")
        stop.restore()


def _start_serve(cfg: Config, api: str, cron: str, interval: float | None) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "deploy.serve", "--db", str(cfg.warehouse_path), "--cron", cron]
    if cfg.source:
        cmd += ["--config", str(Path(cfg.source).resolve())]
    if interval:
        cmd += ["--interval", str(interval)]
    env = {**os.environ, "PREFECT_API_URL": api}
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    return subprocess.Popen(
        cmd, env=env, stdin=subprocess.DEVNULL, start_new_session=True, preexec_fn=die_with_parent
    )


def _supervise(child: subprocess.Popen[bytes], server: LocalServer | None, stop: _StopFlag) -> int:
    while True:
        if stop.signum:
            _say(f"signal {signal.Signals(stop.signum).name}: stopping the serve, then the server")
            code = stop_process(child, STOP_TIMEOUT)
            _say(f"serve stopped (status {code})")
            return 0
        code = child.poll()
        if code is not None:
            _say(f"the serve process exited with status {code}")
            return 0 if code == 0 else 1
        if server is not None and not server.alive():
            _say(f"error: the Prefect server died; {server.tail()}")
            stop_process(child, STOP_TIMEOUT)
            return 1
        time.sleep(0.5)


class _StopFlag:
    """SIGTERM and SIGINT set a flag the supervisor loop reads; handlers are restored afterwards."""

    def __init__(self) -> None:
        self.signum = 0
        self._old = {s: signal.signal(s, self._handle) for s in (signal.SIGTERM, signal.SIGINT)}

    def _handle(self, signum: int, frame: object) -> None:
        self.signum = signum

    def __call__(self) -> bool:
        return bool(self.signum)

    def restore(self) -> None:
        for s, handler in self._old.items():
            signal.signal(s, handler)


def _serve_in_this_process(argv: list[str]) -> int:
    """The child: register the deployment and poll for its scheduled runs (Prefect's Runner)."""
    p = argparse.ArgumentParser(prog="deploy.serve")
    p.add_argument("--config")
    p.add_argument("--db", required=True)
    p.add_argument("--cron", required=True)
    p.add_argument("--interval", type=float)
    args = p.parse_args(argv)
    from flows.monitor import monitor_pass

    schedule = {"interval": args.interval} if args.interval else {"cron": args.cron}
    monitor_pass.serve(
        name=DEPLOYMENT,
        parameters={"config_path": args.config, "db": args.db},
        limit=1,
        print_starting_message=False,
        **schedule,
    )
    return 0


if __name__ == "__main__":
    sys.exit(_serve_in_this_process(sys.argv[1:]))
