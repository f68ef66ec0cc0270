"""`summitwatch serve`: the monitoring pass on a schedule, until stopped.

Prefect refuses to schedule on its temporary server (`--cron` is checked by the
CLI before this starts anything), so with no PREFECT_API_URL `serve` uses this
Prefect home's local server (deploy/keeper.py): the one a pass kept running,
else one it starts and supervises (deploy/server.py), with the Prefect UI on,
so the "View at ..." links Prefect logs open. Passes started by `summitwatch
run` meanwhile find and use the same server.

The flow's Runner runs in a child process pointed at that API, so this process
only supervises and speaks: the API and UI addresses and the next pass at start,
each pass's end and the next one, one line on stop. On SIGTERM/SIGINT it stops
the child first (the child stops its Runner quietly, see `_serve_in_this_process`),
then the server it started; if the server dies, it stops the child and exits 1.
At most one pass runs at a time (limit=1): the warehouse has one writer.

Slack secrets stay in the environment: the scheduled runs inherit it, and
nothing secret is put in the deployment's parameters (Prefect stores those).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from croniter import croniter

from deploy.keeper import ServerRecord, clear_record, locked, running_server, server_dir, touch_lease, write_record
from deploy.server import LocalServer, ServerError, die_with_parent, healthy, stop_process
from summitwatch.config import Config
from summitwatch.prefect_env import prefect_home

FLOW = "summitwatch-pass"
DEPLOYMENT = "scheduled"
STOP_TIMEOUT = 30.0
LEASE_EVERY = 30.0  # seconds between lease touches while using a server kept by a pass
WATCH_EVERY = 2.0  # seconds between looks at the API for finished passes
SHOWN = 10  # problems named per kind after each pass; the rest are counted


def _say(msg: str) -> None:
    print(f"summitwatch serve: {msg}", file=sys.stderr, flush=True)


class Schedule:
    """What `serve` registers, and when the next pass is due (Prefect's cron schedules are in UTC)."""

    def __init__(self, cron: str, interval: float | None) -> None:
        self.cron, self.interval = cron, interval

    def __str__(self) -> str:
        return f"every {self.interval:g} s" if self.interval else f"cron {self.cron!r} (UTC)"

    def next_after(self, when: datetime) -> str:
        if self.interval:
            return f"within {self.interval:g} s"
        nxt = croniter(self.cron, when.astimezone(UTC)).get_next(datetime)
        return f"at {nxt:%Y-%m-%d %H:%M} UTC"


def serve(cfg: Config, cron: str | None = None, interval: float | None = None) -> int:
    """Run the pass on `cron` (default: the config's) or every `interval` seconds; 0 when stopped, 1 on failure.

    `interval` (also $SUMMITWATCH_SERVE_INTERVAL) is for tests: cron's minute is too coarse for them.
    """
    interval = interval or float(os.environ.get("SUMMITWATCH_SERVE_INTERVAL") or 0) or None
    schedule = Schedule(cron or cfg.cron, interval)
    stop = _StopFlag()
    directory = server_dir(prefect_home(cfg))
    owned: LocalServer | None = None
    try:
        api = os.environ.get("PREFECT_API_URL")
        if api:
            _say(f"using the Prefect server at {api}")
            liveness = _Liveness(api)
        else:
            api, owned = _local_server(directory, stop)
            liveness = _Liveness(api, owned=owned, lease=None if owned else directory)
        if stop():
            return 0
        child = _start_serve(cfg, api, schedule)
        ui = "" if os.environ.get("PREFECT_API_URL") else f", UI {api.removesuffix('/api')}"
        _say(f"serving flow {FLOW}/{DEPLOYMENT} on {schedule} (pid {child.pid}); Prefect API {api}{ui}")
        _say(f"next pass {schedule.next_after(datetime.now(UTC))}; stop with Ctrl-C or SIGTERM")
        return _supervise(child, liveness, stop, _PassWatcher(api, schedule, cfg.warehouse_path))
    except ServerError as exc:
        _say(f"error: {exc}")
        return 1
    finally:
        if owned is not None:
            clear_record(directory, os.getpid())
            owned.stop()
        stop.restore()


def _local_server(directory: Path, stop: _StopFlag) -> tuple[str, LocalServer | None]:
    """This home's running local server (not ours to stop), else one we start, record and own."""
    with locked(directory):
        record = running_server(directory)
        if record is not None:
            _say(f"using the local Prefect server at {record.api_url} (pid {record.pid}, kept for passes)")
            touch_lease(directory)
            return record.api_url, None
        server = LocalServer(directory)
        _say(f"starting a Prefect server at {server.api_url} (home {directory}, log {server.log_path})")
        api = server.start(cancelled=stop)
        if not stop():
            write_record(directory, ServerRecord(api, os.getpid(), "serve"))
            _say(f"Prefect server ready at {api}")
        return api, server


class _Liveness:
    """Is the Prefect server still there? Ours: its process; another's: /health every `every` seconds.

    A server kept by a pass gets its lease renewed, so it does not stop itself under a running serve.
    """

    def __init__(self, api: str, owned: LocalServer | None = None, lease: Path | None = None,
                 every: float = 10.0) -> None:
        self.api, self.owned, self.lease, self.every = api, owned, lease, every
        self._checked = self._leased = time.monotonic()
        self._ok = True

    def alive(self) -> bool:
        if self.owned is not None:
            return self.owned.alive()
        now = time.monotonic()
        if self.lease is not None and now - self._leased >= LEASE_EVERY:
            touch_lease(self.lease)
            self._leased = now
        if now - self._checked >= self.every:
            self._checked, self._ok = now, healthy(self.api) or healthy(self.api)  # a busy server is not dead
        return self._ok

    def why(self) -> str:
        return self.owned.tail() if self.owned is not None else f"{self.api} stopped answering"


def _start_serve(cfg: Config, api: str, schedule: Schedule) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "deploy.serve", "--db", str(cfg.warehouse_path), "--cron", schedule.cron]
    if cfg.source:
        cmd += ["--config", str(Path(cfg.source).resolve())]
    if schedule.interval:
        cmd += ["--interval", str(schedule.interval)]
    env = {**os.environ, "PREFECT_API_URL": api}
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    return subprocess.Popen(
        cmd, env=env, stdin=subprocess.DEVNULL, start_new_session=True, preexec_fn=die_with_parent
    )


def _supervise(child: subprocess.Popen[bytes], server: _Liveness, stop: _StopFlag, watcher: _PassWatcher) -> int:
    last_watch = time.monotonic()
    while True:
        if stop.signum:
            running = watcher.running()
            code = stop_process(child, STOP_TIMEOUT)
            note = f"; pass {', '.join(running)} was interrupted: the next pass completes its work" if running else ""
            status = "" if code == 0 else f" (serve exited with status {code})"
            _say(f"stopped on {signal.Signals(stop.signum).name}{status}{note}")
            return 0
        code = child.poll()
        if code is not None:
            _say(f"the serve process exited with status {code}")
            return 0 if code == 0 else 1
        if not server.alive():
            _say(f"error: the Prefect server died; {server.why()}")
            stop_process(child, STOP_TIMEOUT)
            return 1
        if time.monotonic() - last_watch >= WATCH_EVERY:
            last_watch = time.monotonic()
            watcher.report()
        time.sleep(0.5)


class _PassWatcher:
    """Says when a scheduled pass ended (from the Prefect API) and when the next one is due."""

    def __init__(self, api: str, schedule: Schedule, warehouse: Path | None = None) -> None:
        self.api, self.schedule, self.warehouse = api, schedule, warehouse
        self.since = datetime.now(UTC)
        self.seen: set[str] = set()
        self.reported_runs: set[str] = set()  # the warehouse's run ids whose problems were logged
        self.failing: dict[str, dict] = {}  # url -> the failing feed as last logged
        self._said: dict[str, tuple] = {}

    def report(self) -> None:
        for run in reversed(self._finished()):
            if run["id"] in self.seen:
                continue
            self.seen.add(run["id"])
            took = f", {run['total_run_time']:.1f} s" if run.get("total_run_time") else ""
            _say(f"pass {run['name']} {run['state_name'].lower()}{took}; next pass "
                 f"{self.schedule.next_after(datetime.now(UTC))}")
            self._report_problems()

    def _report_problems(self) -> None:
        """Name what the pass found broken (failing feeds with since when and why, lost pages, stuck alerts), from
        the pass's `runs.summary` in the readers' snapshot, which the pass publishes before its run ends."""
        if self.warehouse is None:
            return
        latest = last_run_problems(self.warehouse)
        if latest is None or latest[0] in self.reported_runs:
            return
        self.reported_runs.add(latest[0])
        from flows.report import problem_lines

        problems = dict(latest[1])
        feeds = problems.get("feeds") or []
        failing = {f["url"]: f for f in feeds}
        for url in sorted(set(self.failing) - set(failing), key=lambda u: self.failing[u]["name"]):
            was = self.failing[url]  # it works again, or it was taken out of the configuration
            _say(f"  feed no longer failing: {was['name']} (had failed since {was['failing_since']})")
        # A feed backing off was not polled: said once, not again every pass until its next try.
        problems["feeds"] = [f for f in feeds if f.get("polled", True) or self._said.get(f["url"]) != _key(f)]
        self._said = {url: _key(f) for url, f in failing.items()}
        self.failing = failing
        for line in problem_lines(problems, SHOWN):
            _say(f"  {line}")

    def running(self) -> list[str]:
        """Names of this deployment's passes running now."""
        return [r["name"] for r in self._runs({"state": {"type": {"any_": ["RUNNING"]}}}, "START_TIME_DESC")]

    def _finished(self) -> list[dict]:
        states = {"type": {"any_": ["COMPLETED", "FAILED", "CRASHED", "CANCELLED"]}}
        return self._runs({"state": states, "end_time": {"after_": self.since.isoformat()}}, "END_TIME_DESC")

    def _runs(self, flow_runs: dict, sort: str) -> list[dict]:
        body = {
            "flows": {"name": {"any_": [FLOW]}},
            "deployments": {"name": {"any_": [DEPLOYMENT]}},
            "flow_runs": flow_runs,
            "sort": sort,
            "limit": 20,
        }
        req = urllib.request.Request(self.api + "/flow_runs/filter", json.dumps(body).encode(),
                                     {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=5) as resp:
                return json.loads(resp.read())
        except (OSError, ValueError):
            return []  # the liveness check reports a dead server; a slow answer just waits for the next look


def _key(feed: dict) -> tuple:
    return feed.get("consecutive_failures"), feed.get("reason")


def last_run_problems(warehouse: Path) -> tuple[str, dict[str, list[dict]]] | None:
    """The latest finished pass's run id and `problems`, read from the readers' snapshot (never the warehouse,
    which the next pass may hold); None when there is none yet or it cannot be read now."""
    import duckdb

    from warehouse.snapshot import snapshot_path

    path = snapshot_path(warehouse)
    if not path.exists():
        return None
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            row = con.execute(
                "SELECT run_id, summary FROM runs WHERE finished_at IS NOT NULL AND summary IS NOT NULL"
                " ORDER BY finished_at DESC LIMIT 1"
            ).fetchone()
    except duckdb.Error:
        return None
    if row is None:
        return None
    try:
        return row[0], json.loads(row[1]).get("problems") or {}
    except (ValueError, AttributeError):
        return None


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
    """The child: register the deployment and run its scheduled runs with Prefect's Runner.

    Prefect's own SIGTERM handler calls sys.exit() inside the event loop, which printed ~35 lines of
    CancelledError and RuntimeWarning; here SIGTERM and SIGINT stop the Runner through its `astop()`
    (the schedule is paused, a running pass finishes), and the process exits 0 quietly.
    """
    import asyncio

    p = argparse.ArgumentParser(prog="deploy.serve")
    p.add_argument("--config")
    p.add_argument("--db", required=True)
    p.add_argument("--cron", required=True)
    p.add_argument("--interval", type=float)
    args = p.parse_args(argv)
    from prefect.runner import Runner

    from flows.monitor import monitor_pass

    runner = Runner(name=DEPLOYMENT, pause_on_shutdown=True, limit=1)
    schedule = {"interval": args.interval} if args.interval else {"cron": args.cron}
    runner.add_flow(monitor_pass, name=DEPLOYMENT, parameters={"config_path": args.config, "db": args.db},
                    **schedule)

    async def main() -> None:
        started = asyncio.create_task(runner.start())
        await asyncio.sleep(0)  # runner.start() installs Prefect's handler first; ours replaces it
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, lambda: asyncio.ensure_future(_stop(runner)))
        await started

    asyncio.run(main())
    return 0


async def _stop(runner: object) -> None:
    """Stop the Runner; its shutdown chatter is replaced by the supervisor's one line."""
    import logging

    logging.getLogger("prefect.runner").setLevel(logging.WARNING)
    if getattr(runner, "started", False):
        await runner.astop()  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(_serve_in_this_process(sys.argv[1:]))
