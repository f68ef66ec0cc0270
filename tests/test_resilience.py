"""The audit's passing cases, kept (issue 10): SIGKILLs in bot mode, hostile feeds and pages.

A pass is run stage by stage in a child process (the flow's own stage functions, without the Prefect server that
would cost ~10 s a process) and killed with SIGKILL right after a stage, and once while Slack holds a post it has
stored but not answered. A clean pass then completes: every change alerted once, nothing lost, nothing doubled.
Hostile feeds and pages (gzip bombs, billion laughs, redirect loops, a drip, garbage) end the pass normally with
bounded memory, each recorded with its reason.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
import zlib
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from tests.conftest import PROJECT
from tests.support import slack as fake
from tests.support.http import LoopbackServer, Reply
from tests.support.news import Item, article_page, read_text, rss_feed
from tests.support.slack import FakeSlack

MON = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
RSS = "application/rss+xml"

PASS = """
import json, sys
from extractors.default import default_extractor
from summitwatch.config import load_config
from warehouse.db import open_writer
cfg = load_config(sys.argv[1])
stages = sys.argv[2].split(",")

def done(name):
    print(name, flush=True)

with open_writer(cfg.warehouse_path) as con:
    if "seeds" in stages:
        from flows.seeds import load_seeds
        load_seeds(con, cfg.seeds_path, default_extractor()); done("seeds")
    from flows.poll import poll_due_feeds
    feeds = poll_due_feeds(con, cfg); done("polled")
    from flows.fetch import fetch_pending_entries
    articles = fetch_pending_entries(con, cfg); done("fetched")
    if "read" in stages:
        from flows.read import process_pending_articles
        process_pending_articles(con, default_extractor(), baseline=False, alert_sink=cfg.slack.mode,
                                 min_confidence=cfg.min_confidence); done("read")
    if "alerts" in stages:
        from alerts.outbox import deliver_pending
        deliver_pending(con, cfg); done("delivered")
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent at fork (the test run's own size)
rss_mb = next(int(line.split()[1]) // 1024 for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"feeds": feeds, "articles": articles, "max_rss_mb": rss_mb}), flush=True)
"""
ALL = "seeds,read,alerts"


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SUMMITWATCH_", "PREFECT_API"))}


def _config(directory: Path, feeds: list[tuple[str, str]], extra: str = "", timeout: float = 5.0) -> Path:
    lines = ["[warehouse]", f'path = "{directory / "warehouse.duckdb"}"', "[fetch]", "allow_private_networks = true",
             f"timeout_seconds = {timeout}", "backoff_seconds = 0.05", "max_retries = 1"]
    for name, url in feeds:
        lines += ["[[feeds]]", f'name = "{name}"', f'url = "{url}"']
    path = directory / "summitwatch.toml"
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def _start(config: Path, stages: str = ALL) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", PASS, str(config), stages], cwd=PROJECT, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _kill_after(config: Path, marker: str) -> None:
    """Run a pass and SIGKILL it as soon as it reports `marker` (it may be a little further on by then)."""
    proc = _start(config)
    try:
        for line in proc.stdout:
            if line.strip() == marker:
                break
        else:
            raise AssertionError(f"the pass ended before {marker}: {proc.stderr.read()[-2000:]}")
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=120)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


def _complete(config: Path, stages: str = ALL) -> dict:
    done = subprocess.run([sys.executable, "-c", PASS, str(config), stages], cwd=PROJECT, env=_env(),
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_sigkill_at_each_stage_in_bot_mode_loses_and_doubles_nothing(loopback: LoopbackServer, tmp_path: Path) -> None:
    title, paras = read_text("e2e/01_istanbul.txt")
    loopback.route("/world/istanbul", Reply(body=article_page(title, paras, MON)))
    feed = rss_feed(loopback.base_url, [Item("/world/istanbul", title, MON)])
    loopback.route("/feed.xml", Reply(body=feed, content_type=RSS))
    with FakeSlack() as slack:
        extra = f'[slack]\ntoken = "{fake.TOKEN}"\nchannel = "{fake.CHANNEL}"\napi_url = "{slack.api_url}"\n'
        config = _config(tmp_path, [("Wire", loopback.url("/feed.xml"))], extra)
        for marker in ("polled", "fetched", "read"):
            _kill_after(config, marker)
        # Killed while Slack holds a post it has stored but not yet answered: the look-up must find it.
        slack.fail_next(fake.slow(30.0, accept=True))
        proc = _start(config)
        try:
            for line in proc.stdout:
                if line.strip() == "read":
                    break
            for _ in range(1200):  # a bounded wait for an event, not a timing claim
                if slack.messages or proc.poll() is not None:
                    break
                time.sleep(0.1)
            assert len(slack.messages) == 1, "Slack stored the first post"
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(timeout=120)
            proc.stdout.close()
            proc.stderr.close()

        _complete(config)
        _complete(config)  # and once more: nothing left to do

        with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
            alerts = con.execute("SELECT alert_id, status FROM alerts ORDER BY alert_id").fetchall()
            stored = con.execute("SELECT count(*) FROM articles WHERE NOT is_seed").fetchone()[0]
            changes = con.execute("SELECT count(*) FROM position_changes").fetchone()[0]
        posted = sorted(m["metadata"]["event_payload"]["alert_id"] for m in slack.top_level())
    assert stored == 1 and changes >= 1 and len(alerts) == changes
    assert {status for _, status in alerts} == {"sent"}
    assert posted == [alert_id for alert_id, _ in alerts], "each alert exactly once in the channel"


def _gzip_bomb(megabytes: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip container
    zeros = b"\0" * (1 << 20)
    return b"".join([*(packer.compress(zeros) for _ in range(megabytes)), packer.flush()])


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + ']><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
    '<link>http://example.invalid/x</link></item></channel></rss>'
)


def test_hostile_feeds_and_pages_end_the_pass_normally_with_bounded_memory(
    loopback: LoopbackServer, tmp_path: Path
) -> None:
    bomb = _gzip_bomb(512)  # 512 MiB once inflated, ~0.5 MB on the wire
    gz = {"Content-Encoding": "gzip"}
    title, paras = read_text("e2e/01_istanbul.txt")
    loopback.route("/bomb.xml", Reply(body=bomb, headers=gz, content_type=RSS))
    loopback.route("/laughs.xml", Reply(body=LAUGHS, content_type=RSS))
    loopback.route("/loop.xml", Reply(302, b"", headers={"Location": "/loop.xml"}))
    loopback.route("/drip.xml", Reply(body=b"<rss>" + b" " * 10_000, content_type=RSS, drip=0.01))
    loopback.route("/garbage.xml", Reply(body=os.urandom(20_000), content_type=RSS))
    loopback.route("/p/good", Reply(body=article_page(title, paras, MON)))
    loopback.route("/p/bomb", Reply(body=bomb, headers=gz))
    loopback.route("/p/big", Reply(body=b"<html>" + b"x" * 50_000_000))
    loopback.route("/p/garbage", Reply(body=gzip.compress(os.urandom(10_000)), headers=gz))
    loopback.route("/p/loop", Reply(301, b"", headers={"Location": "/p/loop"}))
    loopback.route("/p/drip", Reply(body=b"<html>" + b" " * 10_000, drip=0.01))
    pages = ["/p/good", "/p/bomb", "/p/big", "/p/garbage", "/p/loop", "/p/drip"]
    loopback.route("/feed.xml", Reply(body=rss_feed(loopback.base_url, [Item(p, p, MON) for p in pages]),
                                      content_type=RSS))
    feeds = [(name, loopback.url(f"/{name}.xml")) for name in ("feed", "bomb", "laughs", "loop", "drip", "garbage")]
    config = _config(tmp_path, feeds, timeout=1.0)

    result = _complete(config, stages="")

    assert result["max_rss_mb"] < 600, result  # neither 512 MiB bomb, nor the 50 MB page, was ever held
    assert result["articles"]["stored"] == 1
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        feed_errors = dict(con.execute("SELECT name, last_error FROM feeds").fetchall())
        entries = dict(con.execute("SELECT url, coalesce(last_error, status) FROM entries").fetchall())
        longest_title = con.execute("SELECT coalesce(max(length(title)), 0) FROM entries").fetchone()[0]
    assert feed_errors["feed"] is None
    assert "exceeds fetch.max_bytes" in feed_errors["bomb"]
    assert feed_errors["garbage"], "random bytes are not a feed"
    assert longest_title < 100_000, "the entities were never expanded into a billion laughs"
    assert feed_errors["loop"].startswith("too many redirects")
    assert feed_errors["drip"].startswith("timeout: the whole response")
    errors = {url.rsplit("/p/", 1)[1]: error for url, error in entries.items() if "/p/" in url}
    assert errors["good"] == "stored"
    assert "exceeds fetch.max_bytes" in errors["bomb"] and "exceeds fetch.max_bytes" in errors["big"]
    assert errors["loop"].startswith("too many redirects") and errors["drip"].startswith("timeout: the whole")
    assert errors["garbage"]
