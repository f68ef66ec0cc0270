"""Configuration: a TOML file, the built-in defaults, and environment overrides.

Every problem is a `ConfigError` whose message names the key or file at fault,
so the CLI can exit 2 with one readable line.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from croniter import croniter

from summitwatch.errors import UsageError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_SEEDS = PROJECT_ROOT / "corpus" / "seed"
BUNDLED_DEV_CORPUS = PROJECT_ROOT / "corpus" / "dev"
DEFAULT_CONFIG_NAME = "summitwatch.toml"
DEFAULT_USER_AGENT = "SummitWatch/0.1 (+https://github.com/summitwatch/summitwatch; news monitor)"


class ConfigError(UsageError):
    """An invalid configuration; the message names what is wrong."""


@dataclass(frozen=True)
class Feed:
    name: str
    url: str


@dataclass(frozen=True)
class FetchSettings:
    allow_private_networks: bool = False
    timeout_seconds: float = 20.0
    max_bytes: int = 5_000_000
    per_host_limit: int = 2
    concurrency: int = 16
    max_retries: int = 3
    backoff_seconds: float = 1.0
    max_retry_after_seconds: float = 30.0
    max_articles_per_pass: int = 200
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True)
class SlackSettings:
    webhook_url: str = ""
    token: str = ""
    channel: str = ""
    api_url: str = ""

    @property
    def mode(self) -> str:
        """`bot`, `webhook` or `console`: the bot token wins because it allows threads."""
        if self.token and self.channel:
            return "bot"
        if self.webhook_url:
            return "webhook"
        return "console"


@dataclass(frozen=True)
class Config:
    warehouse_path: Path
    seeds_path: Path
    feeds: tuple[Feed, ...]
    fetch: FetchSettings = field(default_factory=FetchSettings)
    slack: SlackSettings = field(default_factory=SlackSettings)
    cron: str = "*/15 * * * *"
    source: Path | None = None
    min_confidence: float = 0.5
    dev_corpus_path: Path = BUNDLED_DEV_CORPUS

    @property
    def state_dir(self) -> Path:
        """Where run-time state that is not the warehouse lives (Prefect home, snapshots)."""
        return self.warehouse_path.parent

    def with_db(self, path: str | Path) -> Config:
        return replace(self, warehouse_path=Path(path).expanduser().resolve())


_ALLOWED: dict[str, set[str]] = {
    "warehouse": {"path"},
    "seeds": {"path"},
    "fetch": {f for f in FetchSettings.__dataclass_fields__},
    "slack": {"webhook_url", "token", "channel", "api_url"},
    "schedule": {"cron"},
    "reading": {"min_confidence"},
}
_FEED_KEYS = {"name", "url"}


def default_config_text() -> str:
    """The shipped `summitwatch.toml`, used when no file is given or found."""
    return (PROJECT_ROOT / DEFAULT_CONFIG_NAME).read_text(encoding="utf-8")


def load_config(
    path: str | Path | None = None,
    db: str | Path | None = None,
    env: dict[str, str] | None = None,
) -> Config:
    """Load the config the contract describes: --config, $SUMMITWATCH_CONFIG, ./summitwatch.toml,
    else the built-in defaults; then environment overrides; then --db."""
    env = dict(os.environ if env is None else env)
    chosen = path or env.get("SUMMITWATCH_CONFIG") or None
    if chosen:
        cfg_path = Path(chosen).expanduser()
        if not cfg_path.is_file():
            raise ConfigError(f"config file not found: {cfg_path}")
        text, base, source = cfg_path.read_text(encoding="utf-8"), cfg_path.resolve().parent, cfg_path
    elif Path(DEFAULT_CONFIG_NAME).is_file():
        cfg_path = Path(DEFAULT_CONFIG_NAME)
        text, base, source = cfg_path.read_text(encoding="utf-8"), Path.cwd(), cfg_path
    else:
        text, base, source = default_config_text(), Path.cwd(), None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source or 'built-in config'}: not valid TOML: {exc}") from exc
    cfg = parse_config(raw, base=base, source=source)
    cfg = _apply_env(cfg, env)
    if db is not None:
        cfg = cfg.with_db(db)
    return cfg


def parse_config(raw: dict, base: Path, source: Path | None = None) -> Config:
    """Validate a parsed TOML document; relative paths resolve against `base`."""
    where = str(source) if source else "config"
    for key, value in raw.items():
        if key == "feeds":
            continue
        if key not in _ALLOWED:
            raise ConfigError(f"{where}: unknown section [{key}]")
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: [{key}] must be a table")
        for sub in value:
            if sub not in _ALLOWED[key]:
                raise ConfigError(f"{where}: unknown key {key}.{sub}")
    warehouse = Path(raw.get("warehouse", {}).get("path", "data/summitwatch.duckdb"))
    seeds_raw = raw.get("seeds", {}).get("path")
    seeds = _resolve(base, Path(seeds_raw)) if seeds_raw else BUNDLED_SEEDS
    if seeds_raw and not seeds.exists() and Path(seeds_raw) == Path("corpus/seed"):
        seeds = BUNDLED_SEEDS
    feeds = _parse_feeds(raw.get("feeds", []), where)
    fetch = _parse_fetch(raw.get("fetch", {}), where)
    slack = SlackSettings(**{k: _string(v, f"slack.{k}", where) for k, v in raw.get("slack", {}).items()})
    for key in ("webhook_url", "api_url"):
        if getattr(slack, key):
            _check_url(getattr(slack, key), f"slack.{key}", where)
    cron = raw.get("schedule", {}).get("cron", "*/15 * * * *")
    _check_cron(cron, where)
    min_confidence = raw.get("reading", {}).get("min_confidence", 0.5)
    if isinstance(min_confidence, bool) or not isinstance(min_confidence, int | float) or not 0 <= min_confidence <= 1:
        raise ConfigError(f"{where}: reading.min_confidence must be a number from 0 to 1")
    return Config(
        min_confidence=float(min_confidence),
        warehouse_path=_resolve(base, warehouse),
        seeds_path=seeds,
        feeds=feeds,
        fetch=fetch,
        slack=slack,
        cron=cron,
        source=source,
    )


def _resolve(base: Path, path: Path) -> Path:
    path = path.expanduser()
    return (path if path.is_absolute() else base / path).resolve()


def _string(value: object, key: str, where: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {key} must be a string")
    return value


def _check_url(url: str, key: str, where: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: {key} is not an http(s) URL: {url!r}")


def _check_cron(cron: object, where: str) -> None:
    if not isinstance(cron, str) or not croniter.is_valid(cron):
        raise ConfigError(f"{where}: schedule.cron is not a valid cron expression: {cron!r}")


def _parse_feeds(items: object, where: str) -> tuple[Feed, ...]:
    if not isinstance(items, list):
        raise ConfigError(f"{where}: feeds must be an array of tables ([[feeds]])")
    feeds: list[Feed] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: feeds[{i}] must be a table")
        for key in item:
            if key not in _FEED_KEYS:
                raise ConfigError(f"{where}: unknown key feeds[{i}].{key}")
        url = item.get("url")
        if not isinstance(url, str):
            raise ConfigError(f"{where}: feeds[{i}].url is missing")
        _check_url(url, f"feeds[{i}].url", where)
        name = item.get("name") or urlsplit(url).hostname or url
        if url in seen:
            raise ConfigError(f"{where}: feeds[{i}].url is listed twice: {url}")
        seen.add(url)
        feeds.append(Feed(name=_string(name, f"feeds[{i}].name", where), url=url))
    return tuple(feeds)


def _parse_fetch(raw: dict, where: str) -> FetchSettings:
    defaults = FetchSettings()
    values: dict[str, object] = {}
    for key, value in raw.items():
        expected = type(getattr(defaults, key))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not expected:
            raise ConfigError(f"{where}: fetch.{key} must be a {expected.__name__}")
        if expected in (int, float) and value <= 0:
            raise ConfigError(f"{where}: fetch.{key} must be positive")
        values[key] = value
    return replace(defaults, **values)


_SLACK_ENV = {
    "webhook_url": "SLACK_WEBHOOK_URL",
    "token": "SLACK_BOT_TOKEN",
    "channel": "SLACK_CHANNEL",
    "api_url": "SLACK_API_URL",
}


def _apply_env(cfg: Config, env: dict[str, str]) -> Config:
    if env.get("SUMMITWATCH_DB"):
        cfg = cfg.with_db(env["SUMMITWATCH_DB"])
    slack = cfg.slack
    for key, var in _SLACK_ENV.items():
        value = env.get(var)
        if value:
            if key in ("webhook_url", "api_url"):
                _check_url(value, var, "environment")
            slack = replace(slack, **{key: value})
    return replace(cfg, slack=slack)
