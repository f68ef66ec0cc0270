"""Configuration: which file, the built-in defaults, environment overrides, and the resolved `Config`.

The keys themselves (types, ranges, defaults) are defined once, in
summitwatch/settings.py. Every problem is a `ConfigError` whose one-line
message names the file and the key at fault, so the CLI can exit 2 with one
readable line.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from pydantic import ValidationError

import corpus
from summitwatch.errors import UsageError
from summitwatch.settings import (
    DEFAULT_SEEDS_SETTING,
    Environment,
    Feed,
    FetchSettings,
    Settings,
    SlackSettings,
    check_http_url,
    describe_error,
)

__all__ = [
    "BUNDLED_DEV_CORPUS",
    "BUNDLED_SEEDS",
    "Config",
    "ConfigError",
    "Feed",
    "FetchSettings",
    "Settings",
    "SlackSettings",
    "default_feeds",
    "find_config",
    "load_config",
    "parse_settings",
]

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent  # the source checkout when run from one (benchmarks read its tests/data)
DEFAULT_CONFIG_NAME = "summitwatch.toml"
DEFAULT_CONFIG_PATH = PACKAGE_DIR / DEFAULT_CONFIG_NAME  # shipped as package data
BUNDLED_CORPUS = Path(corpus.__file__).resolve().parent
BUNDLED_SEEDS = BUNDLED_CORPUS / "seed"
BUNDLED_DEV_CORPUS = BUNDLED_CORPUS / "dev"


class ConfigError(UsageError):
    """An invalid configuration; the message names what is wrong."""


_DEFAULTS = Settings()


@dataclass(frozen=True)
class Config:
    """The resolved configuration every module uses: absolute paths, the feeds to poll, the settings."""

    warehouse_path: Path
    seeds_path: Path
    feeds: tuple[Feed, ...]
    fetch: FetchSettings = field(default_factory=FetchSettings)
    slack: SlackSettings = field(default_factory=SlackSettings)
    cron: str = _DEFAULTS.schedule.cron
    source: Path | None = None
    min_confidence: float = _DEFAULTS.reading.min_confidence
    dev_corpus_path: Path = BUNDLED_DEV_CORPUS
    searched_from: Path | None = None  # where discovery started when no file was named
    server_idle_minutes: float = _DEFAULTS.prefect.server_idle_minutes  # a kept local Prefect server's idle life
    dask_address: str = _DEFAULTS.dask.address  # a running Dask scheduler; empty: a local cluster when needed
    dask_workers: int = _DEFAULTS.dask.workers  # local cluster size; 0: one worker process per core

    @property
    def state_dir(self) -> Path:
        """Where run-time state that is not the warehouse lives (Prefect home, snapshots)."""
        return self.warehouse_path.parent

    def with_db(self, path: str | Path) -> Config:
        return replace(self, warehouse_path=Path(path).expanduser().resolve())

    def describe_source(self) -> str:
        """Which configuration is in use, for -v and for errors about configured paths."""
        if self.source is not None:
            return f"configuration: {self.source}"
        where = self.searched_from or Path.cwd()
        return f"built-in configuration: no {DEFAULT_CONFIG_NAME} in {where} or above"


def default_config_text() -> str:
    """The shipped `summitwatch.toml`, used when no file is given or found."""
    return DEFAULT_CONFIG_PATH.read_text(encoding="utf-8")


def find_config(start: Path) -> Path | None:
    """The nearest `summitwatch.toml` in `start` or a directory above it, as git and ruff look for theirs."""
    for directory in (start, *start.parents):
        candidate = directory / DEFAULT_CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(
    path: str | Path | None = None,
    db: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    *,
    check_slack: bool = True,
    cwd: Path | None = None,
) -> Config:
    """--config, else $SUMMITWATCH_CONFIG, else the nearest summitwatch.toml, else the built-in defaults;
    then the environment's overrides; then --db.

    `check_slack=False` leaves the Slack URLs unchecked: commands that never send (positions, sql, ...)
    must not fail on an unrelated, malformed Slack variable.
    """
    environment = _read_environment(env)
    start = (cwd or Path.cwd()).resolve()
    source = _choose_file(path or environment.config or None, start)
    text = source.read_text(encoding="utf-8") if source else default_config_text()
    where = _display(source, start) if source else "built-in configuration"
    settings = parse_settings(text, where)
    cfg = _resolve(settings, source.parent if source else start, source, start)
    cfg = _apply_environment(cfg, environment)
    if db is not None:
        cfg = cfg.with_db(db)
    if check_slack:
        check_slack_settings(cfg.slack, where, environment)
    return cfg


def parse_settings(text: str, where: str) -> Settings:
    """Parse and validate a configuration document; errors name `where` and the key."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}") from exc
    try:
        settings = Settings.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{where}: {describe_error(exc.errors()[0])}") from None
    _check_unique_feeds(settings.feeds or [], where)
    return settings


def check_slack_settings(slack: SlackSettings, where: str, environment: Environment | None = None) -> None:
    """The Slack URLs are http(s) URLs; an error names the variable or the key the bad value came from."""
    from_env = environment.slack_overrides() if environment else {}
    for key in ("webhook_url", "api_url"):
        value = getattr(slack, key)
        if not value:
            continue
        try:
            check_http_url(value)
        except ValueError as exc:
            name = f"environment: {from_env[key][1]}" if key in from_env else f"{where}: slack.{key}"
            raise ConfigError(f"{name} {exc}") from None


@cache
def default_feeds() -> tuple[Feed, ...]:
    """The curated feeds of the shipped configuration: the list a file without `[[feeds]]` polls."""
    return tuple(parse_settings(default_config_text(), "built-in configuration").feeds or ())


def _read_environment(env: Mapping[str, str] | None) -> Environment:
    try:
        return Environment.read(env)
    except ValidationError as exc:  # only a non-string value in an explicit mapping can get here
        raise ConfigError(f"environment: {describe_error(exc.errors()[0])}") from None


def _choose_file(named: str | Path | None, start: Path) -> Path | None:
    """The configuration file, as an absolute path: the one named, else the nearest one found."""
    if named:
        path = Path(named).expanduser()
        path = path if path.is_absolute() else start / path
        if not path.is_file():
            raise ConfigError(f"config file not found: {path}")
        return path
    return find_config(start)


def _display(source: Path, start: Path) -> str:
    """The file as messages name it: relative to the working directory when it lies below it."""
    return str(source.relative_to(start)) if source.is_relative_to(start) else str(source)


def _resolve(settings: Settings, base: Path, source: Path | None, start: Path) -> Config:
    seeds = _absolute(base, settings.seeds.path)
    if not seeds.exists() and Path(settings.seeds.path) == Path(DEFAULT_SEEDS_SETTING):
        seeds = BUNDLED_SEEDS
    return Config(
        warehouse_path=_absolute(base, settings.warehouse.path),
        seeds_path=seeds,
        feeds=default_feeds() if settings.feeds is None else tuple(settings.feeds),
        fetch=settings.fetch,
        slack=settings.slack,
        cron=settings.schedule.cron,
        source=source,
        min_confidence=settings.reading.min_confidence,
        server_idle_minutes=settings.prefect.server_idle_minutes,
        dask_address=settings.dask.address,
        dask_workers=settings.dask.workers,
        searched_from=None if source else start,
    )


def _absolute(base: Path, path: str) -> Path:
    p = Path(path).expanduser()
    return (p if p.is_absolute() else base / p).resolve()


def _check_unique_feeds(feeds: list[Feed], where: str) -> None:
    seen: set[str] = set()
    for i, feed in enumerate(feeds):
        if feed.url in seen:
            raise ConfigError(f"{where}: feeds[{i}].url is listed twice: {feed.url}")
        seen.add(feed.url)


def _apply_environment(cfg: Config, environment: Environment) -> Config:
    if environment.db:
        cfg = cfg.with_db(environment.db)
    overrides = {key: value for key, (value, _) in environment.slack_overrides().items()}
    return replace(cfg, slack=replace(cfg.slack, **overrides)) if overrides else cfg
