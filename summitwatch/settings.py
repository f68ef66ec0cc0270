"""The configuration's model: every key of `summitwatch.toml`, its type, range and default, defined once.

The shipped `summitwatch.toml` (package data) and the README's table document
the same keys; tests keep the three in step. Types are strict: TOML has
booleans, integers, floats and strings, and `"yes"` for a boolean or a string
for a number is a mistake to name, not to coerce. Loading, discovery and
environment overrides are summitwatch/config.py's.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    model_validator,
)
from pydantic.dataclasses import dataclass as pydantic_dataclass
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SEEDS_SETTING = "corpus/seed"  # a relative path with no such directory means the bundled seeds
DEFAULT_USER_AGENT = "SummitWatch/0.1 (+https://github.com/summitwatch/summitwatch; news monitor)"


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
    """Where alerts go. The URLs are checked only by the commands that send (config.check_slack_settings)."""

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


class PrefectSection(_Section):
    server_idle_minutes: Annotated[StrictFloat | StrictInt, Field(ge=0)] = 60.0  # 0: a temporary server per pass


class DaskSection(_Section):
    address: StrictStr = ""  # a running scheduler (tcp://host:8786); empty: a local cluster for big passes
    workers: Annotated[StrictInt, Field(ge=0)] = 0  # local cluster size; 0: one worker process per core


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
    prefect: PrefectSection = PrefectSection()
    dask: DaskSection = DaskSection()


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
