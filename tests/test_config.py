"""Configuration: the contract's keys, environment overrides, and exit-2 errors that name the problem."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

import pytest

from summitwatch.cli import main
from summitwatch.config import (
    BUNDLED_SEEDS,
    DEFAULT_CONFIG_PATH,
    ConfigError,
    Feed,
    Settings,
    default_feeds,
    load_config,
    parse_settings,
)
from tests.conftest import PROJECT


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
    with pytest.raises(ConfigError, match=re.escape(named)):
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


# --- One definition: the model, the shipped file and the README table agree ---------------------------------


def model_defaults() -> dict[str, object]:
    """Every `section.key` of the model with its default."""
    out: dict[str, object] = {}
    for section, info in Settings.model_fields.items():
        if section == "feeds":
            continue
        default = info.get_default(call_default_factory=True)
        if dataclasses.is_dataclass(default):
            names = [f.name for f in dataclasses.fields(default)]
        else:
            names = list(type(default).model_fields)
        out.update({f"{section}.{name}": getattr(default, name) for name in names})
    return out


def test_shipped_file_sets_every_key_to_the_model_default() -> None:
    raw = tomllib.loads(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    shipped = {
        f"{section}.{key}": value
        for section, table in raw.items()
        if section != "feeds"
        for key, value in table.items()
    }
    assert shipped == model_defaults()
    assert len(raw["feeds"]) == 20 and default_feeds() == tuple(
        parse_settings(DEFAULT_CONFIG_PATH.read_text(), "x").feeds or ()
    )


def test_repository_root_file_is_the_shipped_one() -> None:
    assert (PROJECT / "summitwatch.toml").read_text(encoding="utf-8") == DEFAULT_CONFIG_PATH.read_text(encoding="utf-8")


def _readme_config_table() -> dict[str, str]:
    """README's configuration table: each documented key -> the first `code` of its default cell."""
    section = (PROJECT / "README.md").read_text(encoding="utf-8").split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not cells[0].startswith("`") or cells[0].startswith("`[["):
            continue
        default = re.findall(r"`([^`]*)`", cells[1])
        for key in re.findall(r"`([a-z_]+\.[a-z_]+)`", cells[0]):
            rows[key] = default[0] if default else cells[1]
    return rows


def _as_toml(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return '""' if value == "" else str(value)


def test_readme_table_documents_every_key_with_its_default() -> None:
    documented = _readme_config_table()
    defaults = model_defaults()
    assert sorted(documented) == sorted(defaults)
    for key, shown in documented.items():
        actual = _as_toml(defaults[key])
        if shown.endswith("(...)"):  # a long default, shortened in the table
            assert actual.startswith(shown.removesuffix("(...)")), key
        else:
            assert shown == actual, key


# --- Types, ranges, feeds, discovery ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[fetch]\nmax_retries = -1\n", "fetch.max_retries must be at least 0"),
        ("[fetch]\nconcurrency = 0\n", "fetch.concurrency must be positive"),
        ("[fetch]\nmax_bytes = 1.5\n", "fetch.max_bytes must be an integer"),
        ("[fetch]\ntimeout_seconds = true\n", "fetch.timeout_seconds must be a number"),
        ("[fetch]\nuser_agent = ''\n", "fetch.user_agent must not be empty"),
        ("[reading]\nmin_confidence = 1.5\n", "reading.min_confidence must be at most 1"),
        ("[slack]\ntoken = 5\n", "slack.token must be a string"),
        ("warehouse = 'x.duckdb'\n", "[warehouse] must be a table"),
        ("feeds = 'https://a/rss'\n", "feeds must be an array of tables"),
        ("[[feeds]]\nurl = 'https://a/rss'\n[[feeds]]\nurl = 'https://a/rss'\n", "feeds[1].url is listed twice"),
    ],
)
def test_types_and_ranges_are_checked(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(f"{tmp_path / 'c.toml'}: {message}")):
        load_config(_write(tmp_path, text), env={})


def test_integers_are_accepted_for_numbers(tmp_path: Path) -> None:
    cfg = load_config(_write(tmp_path, "[fetch]\ntimeout_seconds = 3\n[reading]\nmin_confidence = 1\n"), env={})
    assert cfg.fetch.timeout_seconds == 3.0 and isinstance(cfg.fetch.timeout_seconds, float)
    assert cfg.min_confidence == 1.0


def test_a_file_without_feeds_polls_the_curated_list(tmp_path: Path) -> None:
    cfg = load_config(_write(tmp_path, "[warehouse]\npath = 'w.duckdb'\n"), env={})
    assert cfg.feeds == default_feeds() and len(cfg.feeds) == 20


def test_an_empty_feed_list_means_no_feeds(tmp_path: Path) -> None:
    assert load_config(_write(tmp_path, "feeds = []\n"), env={}).feeds == ()


def test_a_feed_without_a_name_is_named_after_its_host(tmp_path: Path) -> None:
    cfg = load_config(_write(tmp_path, "[[feeds]]\nurl = 'https://news.example/rss'\n"), env={})
    assert cfg.feeds == (Feed(name="news.example", url="https://news.example/rss"),)


def test_configuration_is_found_in_a_directory_above(tmp_path: Path) -> None:
    config = _write(tmp_path, "feeds = []\n[warehouse]\npath = 'data/w.duckdb'\n").rename(tmp_path / "summitwatch.toml")
    below = tmp_path / "reports" / "2026"
    below.mkdir(parents=True)
    cfg = load_config(env={}, cwd=below)
    assert cfg.source == config
    assert cfg.warehouse_path == tmp_path / "data" / "w.duckdb"
    assert cfg.describe_source() == f"configuration: {config}"


def test_without_a_file_the_builtin_configuration_says_where_it_looked(tmp_path: Path) -> None:
    cfg = load_config(env={}, cwd=tmp_path)
    assert cfg.source is None and cfg.warehouse_path == tmp_path / "data" / "summitwatch.duckdb"
    assert cfg.describe_source() == f"built-in configuration: no summitwatch.toml in {tmp_path} or above"


def test_environment_is_read_from_the_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMITWATCH_DB", str(tmp_path / "from-env.duckdb"))
    monkeypatch.setenv("SLACK_CHANNEL", "#summit")
    monkeypatch.setenv("slack_bot_token", "lowercase names are not the contract's")
    cfg = load_config(_write(tmp_path, "feeds = []\n"))
    assert cfg.warehouse_path == tmp_path / "from-env.duckdb"
    assert (cfg.slack.channel, cfg.slack.token) == ("#summit", "")


# --- Slack settings are checked only where they are used ------------------------------------------------------


def test_slack_urls_are_checked_only_when_asked(tmp_path: Path) -> None:
    env = {"SLACK_WEBHOOK_URL": "nope"}
    path = _write(tmp_path, "feeds = []\n[slack]\napi_url = 'not-a-url'\n")
    assert load_config(path, env=env, check_slack=False).slack.webhook_url == "nope"
    with pytest.raises(ConfigError, match="slack.api_url is not an http"):
        load_config(path, env={})


def test_read_only_commands_ignore_a_malformed_slack_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, f"feeds = []\n[warehouse]\npath = '{tmp_path / 'w.duckdb'}'\n")
    assert main(["--config", str(path), "-q", "init"]) == 0
    monkeypatch.setenv("SLACK_WEBHOOK_URL", "hooks.slack.example/no-scheme")
    assert main(["--config", str(path), "sql", "--format", "csv", "SELECT count(*) AS n FROM articles"]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == ["n", "5"]
    assert main(["--config", str(path), "run"]) == 2  # the command that sends refuses, before any pass starts
    assert capsys.readouterr().err.strip() == (
        "summitwatch: environment: SLACK_WEBHOOK_URL is not an http(s) URL: 'hooks.slack.example/no-scheme'"
    )
