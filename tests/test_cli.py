"""The command line as a user meets it, in real processes: version, help, discovery, init twice, quiet/verbose."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import write_config

BIN = Path(sys.executable).parent / "summitwatch"


def sw(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SUMMITWATCH_", "PREFECT_API"))}
    return subprocess.run([str(BIN), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project directory with its configuration (relative warehouse path) and an initialised warehouse."""
    root = tmp_path_factory.mktemp("project")
    (root / "summitwatch.toml").write_text('feeds = []\n[warehouse]\npath = "data/w.duckdb"\n', encoding="utf-8")
    first = sw("init", cwd=root)
    assert first.returncode == 0, first.stderr
    ready = f"warehouse ready: {root / 'data' / 'w.duckdb'} (seed articles: 5 (5 new); baseline assertions: "
    assert first.stdout.startswith(ready)
    return root


def test_version(tmp_path: Path) -> None:
    out = sw("--version", cwd=tmp_path)
    assert out.returncode == 0 and out.stdout.startswith("summitwatch 0.")


def test_help_has_examples_and_defaults(tmp_path: Path) -> None:
    top = sw("--help", cwd=tmp_path).stdout
    assert "examples:" in top and "summitwatch positions" in top and "SUMMITWATCH_CONFIG" in top
    assert "-q, --quiet" in top and "-v, --verbose" in top
    sql = sw("sql", "--help", cwd=tmp_path).stdout
    assert "(default: table)" in sql


def test_help_says_no_empty_default_and_names_exit_3(tmp_path: Path) -> None:
    """A default the help already words, or that comes from the configuration, is not also '(default: None)'."""
    top = sw("--help", cwd=tmp_path).stdout
    assert "3 (run) alerts were due and none could be delivered" in top
    for command in ("init", "run", "serve", "sql", "positions", "timeline", "explain", "export", "evaluate"):
        text = sw(command, "--help", cwd=tmp_path).stdout
        assert "usage: summitwatch " + command in text
        assert "(default: None)" not in text and "(default: False)" not in text, command
        assert ") (default:" not in " ".join(text.split()), command
    evaluate = " ".join(sw("evaluate", "--help", cwd=tmp_path).stdout.split())
    assert "(default: all)" in evaluate and "(default: corpus/dev)" in evaluate
    serve = " ".join(sw("serve", "--help", cwd=tmp_path).stdout.split())
    assert "(default: schedule.cron of the configuration)" in serve


def test_a_second_init_says_nothing_new_and_keeps_the_baseline(project: Path) -> None:
    again = sw("init", cwd=project)
    assert again.returncode == 0, again.stderr
    assert "seed articles: 5 (0 new)" in again.stdout
    total = again.stdout.split("baseline assertions: ")[1].split(" ")[0]
    assert int(total) > 0 and again.stdout.rstrip().endswith(f"baseline assertions: {total} (0 new))")
    assert sw("-q", "init", cwd=project).stdout == ""


def test_commands_find_the_configuration_from_a_subdirectory(project: Path) -> None:
    below = project / "notes" / "2026"
    below.mkdir(parents=True, exist_ok=True)
    positions = sw("-v", "positions", cwd=below)
    assert positions.returncode == 0, positions.stderr
    assert "Russia" in positions.stdout
    assert positions.stderr == (
        f"summitwatch: configuration: {project / 'summitwatch.toml'}; warehouse: {project / 'data' / 'w.duckdb'}\n"
    )


def test_without_a_configuration_the_error_says_so(tmp_path: Path) -> None:
    out = sw("positions", cwd=tmp_path)
    assert out.returncode == 2
    assert out.stderr == (
        f"summitwatch: no warehouse at {tmp_path / 'data' / 'summitwatch.duckdb'}: run `summitwatch init` first"
        f" (built-in configuration: no summitwatch.toml in {tmp_path} or above)\n"
    )


def test_options_go_before_or_after_the_command(tmp_path: Path) -> None:
    write_config(tmp_path)
    before = sw("-q", "--db", str(tmp_path / "x.duckdb"), "init", cwd=tmp_path)
    after = sw("init", "-q", "--db", str(tmp_path / "x.duckdb"), cwd=tmp_path)
    assert before.returncode == after.returncode == 0, before.stderr + after.stderr
    assert before.stdout == after.stdout == "" and (tmp_path / "x.duckdb").is_file()
    both = sw("-q", "-v", "init", cwd=tmp_path)
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


def test_a_bad_cron_for_serve_is_one_line_before_anything_starts(tmp_path: Path) -> None:
    write_config(tmp_path)
    out = sw("serve", "--cron", "*/15 * * *", cwd=tmp_path)
    assert out.returncode == 2
    assert out.stderr == "summitwatch: --cron is not a valid cron expression: '*/15 * * *'\n"
