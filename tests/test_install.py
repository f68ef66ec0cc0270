"""A non-editable install runs anywhere: the wheel carries the default configuration, the corpora and the rules.

The wheel is built from a copy of the packages with the venv's own setuptools
(no build isolation, no index: nothing is downloaded) and installed, without
its dependencies, into a new virtual environment that borrows them from this
one through a path file (a plain path, so this venv's editable install of the
project is not seen). Then `init` and `run` in an empty directory, far from
any checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from tests.conftest import PROJECT
from tests.support.http import LoopbackServer, Reply
from tests.support.news import Item, article_page, read_text, rss_feed

PACKAGES = ("summitwatch", "domain", "flows", "extractors", "warehouse", "reports", "alerts", "deploy", "corpus")


def _pip(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel, built from a copy of the source (the build leaves build/ and egg-info behind), and its log."""
    work = tmp_path_factory.mktemp("build")
    src = work / "src"
    for package in PACKAGES:
        shutil.copytree(PROJECT / package, src / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(PROJECT / name, src / name)
    log = _pip("wheel", "-v", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(work / "dist"), str(src))
    return next((work / "dist").glob("summitwatch-*.whl")), log.stdout + log.stderr


@pytest.fixture(scope="module")
def installed(wheel: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv with the wheel installed; returns its bin directory."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    python = venv / "bin" / "python"
    # Installed before the dependencies are made visible: pip then sees no other summitwatch to replace.
    _pip("--python", str(python), "install", "--no-deps", "--no-index", str(wheel[0]))
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "summitwatch-test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv / "bin"


def test_the_build_is_quiet_and_the_wheel_carries_every_file(wheel: tuple[Path, str]) -> None:
    path, log = wheel
    assert "BuildBackendWarning" not in log and "absent from the `packages` configuration" not in log
    in_wheel = {n for n in zipfile.ZipFile(path).namelist() if ".dist-info/" not in n}
    in_source = {
        p.relative_to(PROJECT).as_posix()
        for package in PACKAGES
        for p in (PROJECT / package).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert in_wheel == in_source
    assert {"summitwatch/summitwatch.toml", "corpus/seed/gold.jsonl", "corpus/dev/split.json"} <= in_wheel


def test_installed_package_inits_and_runs_in_an_empty_directory(
    installed: Path, loopback: LoopbackServer, tmp_path: Path
) -> None:
    empty = tmp_path / "anywhere"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SUMMITWATCH_", "PREFECT_API"))}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")

    def sw(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [str(installed / "summitwatch"), *args],
            cwd=empty,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc

    where = sw("-v", "init")
    assert "built-in configuration" in where.stderr and "5 new" in where.stdout
    db = empty / "data" / "summitwatch.duckdb"
    assert db.is_file()

    # The pass itself reads a loopback feed: tests never poll the curated feeds of the built-in configuration.
    published = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)
    title, paras = read_text("e2e/01_istanbul.txt")
    loopback.route("/a/istanbul", Reply(body=article_page(title, paras, published)))
    feed = rss_feed(loopback.base_url, [Item("/a/istanbul", title, published)])
    loopback.route("/feed.xml", Reply(body=feed, content_type="application/rss+xml"))
    config = tmp_path / "elsewhere" / "summitwatch.toml"
    config.parent.mkdir()
    config.write_text(
        f'[warehouse]\npath = "{db}"\n[fetch]\nallow_private_networks = true\n'
        f'[[feeds]]\nname = "Loopback"\nurl = "{loopback.url("/feed.xml")}"\n',
        encoding="utf-8",
    )
    run = sw("run", SUMMITWATCH_CONFIG=str(config))
    assert "stored=1" in run.stdout, run.stdout + run.stderr
    assert list(empty.iterdir()) == [empty / "data"]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles WHERE NOT is_seed").fetchall() == [(1,)]
    assert "istanbul" in sw("positions").stdout.lower()
    # `evaluate` reads the dev corpus from the installed package (the run itself takes ~10 s: not repeated here).
    probe = "from summitwatch.config import load_config; print(load_config(env={}).dev_corpus_path)"
    dev = Path(
        subprocess.run(
            [str(installed / "python"), "-c", probe], cwd=empty, capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    assert dev.is_relative_to(installed.parent) and (dev / "split.json").is_file()
