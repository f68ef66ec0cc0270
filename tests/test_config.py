"""Configuration: the contract's keys, environment overrides, and exit-2 errors that name the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitwatch.cli import main
from summitwatch.config import BUNDLED_SEEDS, ConfigError, load_config


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_defaults_have_curated_feeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    cfg = load_config(env={})
    assert cfg.source is None
    assert len(cfg.feeds) >= 10
    assert all(f.url.startswith(("http://", "https://")) for f in cfg.feeds)
    assert cfg.warehouse_path == tmp_path / "data" / "summitwatch.duckdb"
    assert cfg.seeds_path == BUNDLED_SEEDS and any(BUNDLED_SEEDS.glob("*.txt"))
    assert cfg.fetch.allow_private_networks is False
    assert cfg.slack.mode == "console"


def test_relative_paths_resolve_against_the_config_file(tmp_path: Path) -> None:
    path = _write(tmp_path, '[warehouse]\npath = "w/x.duckdb"\n[seeds]\npath = "myseeds"\n')
    cfg = load_config(path, env={})
    assert cfg.warehouse_path == tmp_path / "w" / "x.duckdb"
    assert cfg.seeds_path == tmp_path / "myseeds"


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, '[slack]\nwebhook_url = "https://hooks.example/a"\n')
    env = {
        "SUMMITWATCH_CONFIG": str(path),
        "SUMMITWATCH_DB": str(tmp_path / "env.duckdb"),
        "SLACK_BOT_TOKEN": "xoxb-1",
        "SLACK_CHANNEL": "#summit",
        "SLACK_API_URL": "http://127.0.0.1:9/api/",
    }
    cfg = load_config(env=env)
    assert cfg.source == path
    assert cfg.warehouse_path == tmp_path / "env.duckdb"
    assert cfg.slack.mode == "bot"
    assert cfg.slack.api_url == "http://127.0.0.1:9/api/"
    assert load_config(env=env, db=tmp_path / "flag.duckdb").warehouse_path == tmp_path / "flag.duckdb"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[warehouse]\npaht = 'x'\n", "warehouse.paht"),
        ("[wharehouse]\npath = 'x'\n", "[wharehouse]"),
        ("[[feeds]]\nname = 'a'\nurl = 'ftp://x/rss'\n", "feeds[0].url"),
        ("[[feeds]]\nname = 'a'\nurl = 'not a url'\n", "feeds[0].url"),
        ("[[feeds]]\nname = 'a'\n", "feeds[0].url"),
        ("[[feeds]]\nurl = 'https://a/rss'\nlink = 'x'\n", "feeds[0].link"),
        ("[fetch]\ntimeout_seconds = 'slow'\n", "fetch.timeout_seconds"),
        ("[fetch]\nmax_bytes = -1\n", "fetch.max_bytes"),
        ("[fetch]\nallow_private_networks = 'yes'\n", "fetch.allow_private_networks"),
        ("[schedule]\ncron = 'every day'\n", "schedule.cron"),
        ("[slack]\nwebhook_url = 'hooks'\n", "slack.webhook_url"),
        ("[warehouse\n", "not valid TOML"),
    ],
)
def test_bad_configuration_names_the_problem(tmp_path: Path, text: str, named: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match=__import__("re").escape(named)):
        load_config(path, env={})


def test_cli_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "[fetch]\nbogus = 1\n")
    assert main(["--config", str(path), "positions"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"summitwatch: {path}: unknown key fetch.bogus"]
    assert main(["init", "--config", str(tmp_path / "missing.toml")]) == 2
    assert "config file not found" in capsys.readouterr().err


def test_bad_environment_url_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="SLACK_WEBHOOK_URL"):
        load_config(env={"SUMMITWATCH_DB": str(tmp_path / "x.duckdb"), "SLACK_WEBHOOK_URL": "nope"})
