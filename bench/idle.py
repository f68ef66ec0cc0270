"""An idle `summitwatch run` (one feed, nothing new) as a whole process, against importing the stack.

Baseline: `python -c "import prefect, duckdb, trafilatura, feedparser, httpx"`.
Measured: `summitwatch run` against the local Prefect server a first pass
started and kept (the common path), and once with Prefect's temporary server
(`[prefect] server_idle_minutes = 0`, what every pass paid before). Medians of
3 whole-process wall times; CPU is the children's user+system time.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import report
from tests.support.http import LoopbackServer, Reply
from tests.support.news import rss_feed

REPEAT = 3
STACK = "import prefect, duckdb, trafilatura, feedparser, httpx"
BIN = Path(sys.executable).with_name("summitwatch")


def _timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd} failed: {done.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _median(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    runs = [_timed(cmd, cwd, env) for _ in range(REPEAT)]
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def _config(tmp: Path, feed: str, idle_minutes: float) -> Path:
    path = tmp / f"idle-{idle_minutes:g}.toml"
    path.write_text(
        f'[warehouse]\npath = "{tmp / "idle.duckdb"}"\n[fetch]\nallow_private_networks = true\n'
        f'[prefect]\nserver_idle_minutes = {idle_minutes}\n[[feeds]]\nname = "Quiet"\nurl = "{feed}"\n',
        encoding="utf-8",
    )
    return path


def main() -> None:
    from deploy.keeper import stop_kept_server

    with tempfile.TemporaryDirectory() as tmp_name, LoopbackServer() as srv:
        tmp = Path(tmp_name)
        srv.route("/feed.xml", Reply(body=rss_feed(srv.base_url, []), content_type="application/rss+xml",
                                     headers={"ETag": '"same"'}))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API_URL", "SLACK_", "SUMMITWATCH_"))}
        env.update(PREFECT_HOME=str(tmp / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
        kept, temporary = _config(tmp, srv.url("/feed.xml"), 60), _config(tmp, srv.url("/feed.xml"), 0)
        try:
            _timed([str(BIN), "--config", str(kept), "init"], tmp, env)
            first, _ = _timed([str(BIN), "--config", str(kept), "run"], tmp, env)  # starts the kept server
            imports, imports_cpu = _median([sys.executable, "-c", STACK], tmp, env)
            idle, idle_cpu = _median([str(BIN), "--config", str(kept), "run"], tmp, env)
            old, old_cpu = _timed([str(BIN), "--config", str(temporary), "run"], tmp, env)
        finally:
            stop_kept_server(tmp / "prefect")
    report(
        "Idle pass: `summitwatch run`, one feed, nothing new (whole process, median of 3)",
        [
            ("import of the stack (baseline)", f"{imports:.2f} s ({imports_cpu:.2f} s CPU)"),
            ("idle run, kept local Prefect server", f"{idle:.2f} s ({idle_cpu:.2f} s CPU)"),
            ("idle run relative to the imports", f"{idle / imports:.2f}x (target <= 2x)"),
            ("first run of the day (starts the kept server)", f"{first:.2f} s"),
            ("idle run, temporary Prefect server (before)", f"{old:.2f} s ({old_cpu:.2f} s CPU)"),
        ],
    )
