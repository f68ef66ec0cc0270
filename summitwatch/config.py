"""Configuration: a TOML file, the built-in defaults, and environment overrides, defined once.

The typed model below (`Settings`) is the one definition of every key: its
type, range and default. The shipped `summitwatch.toml` (package data) and the
README's table document the same keys, and a test keeps the three in step.

Every problem is a `ConfigError` whose one-line message names the file and the
key at fault, so the CLI can exit 2 with one readable line.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from croniter import croniter
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationError,
    model_validator,
)
from pydantic.dataclasses import dataclass as pydantic_dataclass
from pydantic_settings import BaseSettings, SettingsConfigDict

import corpus
from summitwatch.errors import UsageError

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent  # the source checkout when run from one (benchmarks read its tests/data)
DEFAULT_CONFIG_NAME = "summitwatch.toml"
DEFAULT_CONFIG_PATH = PACKAGE_DIR / DEFAULT_CONFIG_NAME  # shipped as package data
BUNDLED_CORPUS = Path(corpus.__file__).resolve().parent
BUNDLED_SEEDS = BUNDLED_CORPUS / "seed"
BUNDLED_DEV_CORPUS = BUNDLED_CORPUS / "dev"
DEFAULT_SEEDS_SETTING = "corpus/seed"  # a relative path with no such directory means the bundled seeds
DEFAULT_USER_AGENT = "SummitWatch/0.1 (+https://github.com/summitwatch/summitwatch; news monitor)"


class ConfigError(UsageError):
    """An invalid configuration; the message names what is wrong."""


def check_http_url(url: str) -> str:
    """An absolute http(s) URL: anything else is refused before a request is ever made."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"is not an http(s) URL: {url!r}")
    return url


def check_cron(cron: str) -> str:
    """A cron expression croniter accepts (serve would otherwise fail only when it schedules)."""
    if not croniter.is_valid(cron):
        raise ValueError(f"is not a valid cron expression: {cron!r}")
    return cron


HttpUrl = Annotated[StrictStr, AfterValidator(check_http_url)]
_STRICT = ConfigDict(extra="forbid", frozen=True)
_STRICT_DATACLASS = ConfigDict(extra="forbid")  # frozen is the decorator's: `dataclasses.replace` keeps working


@pydantic_dataclass(frozen=True, config=_STRICT_DATACLASS)
class Feed:
    """A feed to poll; the name defaults to the URL's host."""

    name: StrictStr
    url: HttpUrl

    @model_validator(mode="before")
    @classmethod
    def _default_name(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("name") and isinstance(data.get("url"), str):
            return {**data, "name": urlsplit(data["url"]).hostname or data["url"]}
        return data


@pydantic_dataclass(frozen=True, config=_STRICT_DATACLASS)
class FetchSettings:
    """How politely feeds and articles are fetched (flows/http.py)."""

    allow_private_networks: StrictBool = False
    timeout_seconds: Annotated[StrictFloat, Field(gt=0)] = 20.0
    max_bytes: Annotated[StrictInt, Field(gt=0)] = 5_000_000
    per_host_limit: Annotated[StrictInt, Field(gt=0)] = 2
    concurrency: Annotated[StrictInt, Field(gt=0)] = 16
    max_retries: Annotated[StrictInt, Field(ge=0)] = 3
    backoff_seconds: Annotated[StrictFloat, Field(gt=0)] = 1.0
    max_retry_after_seconds: Annotated[StrictFloat, Field(gt=0)] = 30.0
    max_articles_per_pass: Annotated[StrictInt, Field(gt=0)] = 200
    user_agent: Annotated[StrictStr, Field(min_length=1)] = DEFAULT_USER_AGENT


@pydantic_dataclass(frozen=True, config=_STRICT_DATACLASS)
class SlackSettings:
    """Where alerts go. URLs are checked only by the commands that send (`check_slack`)."""

    webhook_url: StrictStr = ""
    token: StrictStr = ""
    channel: StrictStr = ""
    api_url: StrictStr = ""

    @property
    def mode(self) -> str:
        """`bot`, `webhook` or `console`: the bot token wins because it allows threads."""
        if self.token and self.channel:
            return "bot"
        if self.webhook_url:
            return "webhook"
        return "console"


class _Section(BaseModel):
    model_config = _STRICT


class WarehouseSection(_Section):
    path: StrictStr = "data/summitwatch.duckdb"


class SeedsSection(_Section):
    path: StrictStr = DEFAULT_SEEDS_SETTING


class ScheduleSection(_Section):
    cron: Annotated[StrictStr, AfterValidator(check_cron)] = "*/15 * * * *"


class ReadingSection(_Section):
    min_confidence: Annotated[StrictFloat, Field(ge=0, le=1)] = 0.5


class Settings(_Section):
    """The configuration file's model: every key, its type, range and default.

    `feeds` absent (None) means the curated default list of the shipped file;
    an explicit empty list (`feeds = []`) means no feeds.
    """

    warehouse: WarehouseSection = WarehouseSection()
    seeds: SeedsSection = SeedsSection()
    feeds: list[Feed] | None = None
    fetch: FetchSettings = FetchSettings()
    slack: SlackSettings = SlackSettings()
    schedule: ScheduleSection = ScheduleSection()
    reading: ReadingSection = ReadingSection()


class Environment(BaseSettings):
    """The contract's environment variables (exact names); an empty value counts as unset."""

    model_config = SettingsConfigDict(case_sensitive=True, extra="ignore", frozen=True)

    config: StrictStr = Field("", validation_alias="SUMMITWATCH_CONFIG")
    db: StrictStr = Field("", validation_alias="SUMMITWATCH_DB")
    slack_webhook_url: StrictStr = Field("", validation_alias="SLACK_WEBHOOK_URL")
    slack_token: StrictStr = Field("", validation_alias="SLACK_BOT_TOKEN")
    slack_channel: StrictStr = Field("", validation_alias="SLACK_CHANNEL")
    slack_api_url: StrictStr = Field("", validation_alias="SLACK_API_URL")

    @classmethod
    def read(cls, env: Mapping[str, str] | None = None) -> Environment:
        """The process environment, or `env` instead of it (tests, embedding)."""
        return cls() if env is None else cls.model_validate(dict(env))

    def slack_overrides(self) -> dict[str, tuple[str, str]]:
        """Slack keys set in the environment: key -> (value, variable name)."""
        pairs = {
            "webhook_url": (self.slack_webhook_url, "SLACK_WEBHOOK_URL"),
            "token": (self.slack_token, "SLACK_BOT_TOKEN"),
            "channel": (self.slack_channel, "SLACK_CHANNEL"),
            "api_url": (self.slack_api_url, "SLACK_API_URL"),
        }
        return {key: pair for key, pair in pairs.items() if pair[0]}


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


_ERROR_WORDS = {
    "bool_type": "must be true or false",
    "int_type": "must be an integer",
    "float_type": "must be a number",
    "string_type": "must be a string",
    "list_type": "must be an array",
    "model_type": "must be a table",
    "dataclass_type": "must be a table",
    "missing": "is missing",
    "missing_argument": "is missing",
}


def describe_error(error: Mapping[str, Any]) -> str:
    """One pydantic error as the key at fault and what is wrong with it."""
    loc = tuple(error["loc"])
    key = _dotted(loc)
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return f"unknown section [{key}]" if len(loc) == 1 else f"unknown key {key}"
    if loc == ("feeds",) and kind == "list_type":
        return "feeds must be an array of tables ([[feeds]])"
    if len(loc) == 1 and kind in ("model_type", "dataclass_type"):
        return f"[{key}] must be a table"
    if kind == "value_error":
        return f"{key} {ctx['error']}"
    if kind == "greater_than":
        return f"{key} must be positive" if ctx.get("gt") == 0 else f"{key} must be greater than {ctx['gt']}"
    if kind == "greater_than_equal":
        return f"{key} must be at least {ctx['ge']}"
    if kind == "less_than_equal":
        return f"{key} must be at most {ctx['le']}"
    if kind == "string_too_short":
        return f"{key} must not be empty"
    return f"{key} {_ERROR_WORDS.get(kind, error['msg'].lower())}"


def _dotted(loc: tuple[Any, ...]) -> str:
    """('feeds', 0, 'url') -> 'feeds[0].url'; ('fetch', 'timeout_seconds') -> 'fetch.timeout_seconds'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


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
