"""Where an alert goes: Slack by bot token (threads possible), Slack by incoming webhook, or the console.

slack-sdk does the HTTP; we add its retry handlers for rate limits (honouring
Retry-After), server errors and connection errors, bounded so a Slack outage
costs a pass seconds, not hours: what is still undelivered stays pending.

Connection errors are retried in-pass only when urllib failed before the
request was sent (URLError: refused, DNS, connect timeout). A read timeout or
a reset after sending has an unknown outcome: it is NOT retried here; the
outbox decides next pass (bot mode looks the message up first).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, cast
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.webhook import WebhookClient

from summitwatch.config import SlackSettings

RETRIES = 2  # per request, per kind of failure: a pass never waits long on a Slack outage
TIMEOUT = 10.0
MAX_RETRY_AFTER = 60  # seconds; a longer Retry-After leaves the alert for the next pass
# Errors a retry will not fix: the alert is marked failed with the reason.
PERMANENT = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "channel_not_found",
        "is_archived",
        "not_in_channel",
        "missing_scope",
        "invalid_blocks",
        "invalid_arguments",
        "no_service",
        "no_team",
        "team_disabled",
        "action_prohibited",
        "invalid_token",
        "no_active_hooks",
        "invalid_payload",
        "msg_too_long",
        "no_text",
        "too_many_attachments",
        "invalid_blocks_format",
        "channel_is_archived",
        "restricted_action",
    }
)
EVENT_TYPE = "summitwatch_alert"


@dataclass(frozen=True)
class Delivery:
    """The outcome of one post: `permanent` failures will not be retried; `unknown` ones may have been posted."""

    ok: bool
    ts: str | None = None
    channel: str | None = None
    error: str | None = None
    permanent: bool = False
    unknown: bool = False  # the request may have reached Slack (a timeout or a reset after sending)


class Sink(Protocol):
    """Where alerts go; `threads` says whether later coverage can be a thread reply."""

    name: str
    threads: bool

    def post(self, alert_id: str, text: str, blocks: list[dict]) -> Delivery: ...

    def reply(self, thread_ts: str, channel: str | None, text: str) -> Delivery: ...

    def find(self, alert_id: str, since: datetime | None = None) -> Delivery | None: ...


class _BoundedRateLimitHandler(RateLimitErrorRetryHandler):
    """Honours Retry-After, but gives up (alert stays pending) when Slack asks for more than a minute."""

    def _can_retry(  # slack-sdk's own signature is untyped
        self, *, state: Any, request: Any, response: Any = None, error: Any = None
    ) -> bool:
        if not super()._can_retry(state=state, request=request, response=response, error=error):
            return False
        values = {k.lower(): v for k, v in (response.headers or {}).items()}.get("retry-after") or ["1"]
        try:
            return float(values[0]) <= MAX_RETRY_AFTER
        except ValueError:
            return True


def _handlers() -> list:
    return [
        ConnectionErrorRetryHandler(max_retry_count=RETRIES, error_types=[URLError]),
        _BoundedRateLimitHandler(max_retry_count=RETRIES),
        ServerErrorRetryHandler(max_retry_count=RETRIES),
    ]


def _not_delivered(exc: Exception) -> Delivery:
    """No answer: URLError means urllib never sent the request; anything else (a read timeout, a reset) may have."""
    return Delivery(False, error=f"{type(exc).__name__}: {exc}", unknown=not isinstance(exc, URLError))


def _permanent(status: int | None, error: str) -> bool:
    """invalid_auth, channel_not_found and the like, or any 4xx but 429: retrying cannot help."""
    return error in PERMANENT or (status is not None and 400 <= status < 500 and status != 429)


class BotSink:
    """chat.postMessage with a bot token; `SLACK_API_URL` points it at a proxy or a local endpoint."""

    name = "bot"
    threads = True

    def __init__(self, settings: SlackSettings, timeout: float = TIMEOUT) -> None:
        base_url = settings.api_url.rstrip("/") + "/" if settings.api_url else WebClient.BASE_URL
        # slack-sdk annotates the timeout as int; it goes to urllib, which takes a float
        self.client = WebClient(token=settings.token, timeout=cast(int, timeout), retry_handlers=_handlers(),
                                base_url=base_url)
        self.channel = settings.channel

    def post(self, alert_id: str, text: str, blocks: list[dict]) -> Delivery:
        return self._call(
            "chat_postMessage",
            channel=self.channel,
            text=text,
            blocks=blocks,
            unfurl_links=False,
            unfurl_media=False,
            metadata={"event_type": EVENT_TYPE, "event_payload": {"alert_id": alert_id}},
        )

    def reply(self, thread_ts: str, channel: str | None, text: str) -> Delivery:
        return self._call(
            "chat_postMessage", channel=channel or self.channel, thread_ts=thread_ts, text=text, unfurl_links=False
        )

    def find(self, alert_id: str, since: datetime | None = None) -> Delivery | None:
        """A message we posted for this alert before a crash or a lost answer, found by its metadata.

        None: not there, post it. A not-ok Delivery: Slack could not be asked (transient), so do
        not post blind this pass. A permanent look-up error (e.g. no channels:history scope)
        is treated as "not there": never lost beats never twice.
        """
        oldest = f"{since.replace(tzinfo=UTC).timestamp() - 300:.6f}" if since else None
        try:
            resp = self.client.conversations_history(
                channel=self.channel, limit=200, include_all_metadata=True, oldest=oldest
            )
        except SlackApiError as exc:
            status = getattr(exc.response, "status_code", None)
            error = str(exc.response.get("error") or f"HTTP {status}")
            return None if _permanent(status, error) else Delivery(False, error=f"look-up failed: {error}")
        except (SlackClientError, OSError) as exc:
            return Delivery(False, error=f"look-up failed: {type(exc).__name__}: {exc}")
        messages: list[dict[str, Any]] = resp.get("messages", [])
        for msg in messages:
            meta = msg.get("metadata") or {}
            if meta.get("event_type") == EVENT_TYPE and (meta.get("event_payload") or {}).get("alert_id") == alert_id:
                return Delivery(True, ts=msg.get("ts"), channel=self.channel)
        return None

    def _call(self, method: str, **kwargs: object) -> Delivery:
        try:
            resp = getattr(self.client, method)(**kwargs)
        except SlackApiError as exc:
            status = getattr(exc.response, "status_code", None)
            error = str(exc.response.get("error") or "")
            if status != 200:
                error = f"HTTP {status}: {error}".rstrip(": ")
            return Delivery(False, error=error, permanent=_permanent(status, error))
        except (SlackClientError, OSError) as exc:
            return _not_delivered(exc)
        return Delivery(True, ts=resp.get("ts"), channel=resp.get("channel"))


class WebhookSink:
    """An incoming webhook: simplest to set up; Slack answers only "ok", so no threads."""

    name = "webhook"
    threads = False

    def __init__(self, settings: SlackSettings, timeout: float = TIMEOUT) -> None:
        self.client = WebhookClient(settings.webhook_url, timeout=cast(int, timeout), retry_handlers=_handlers())

    def post(self, alert_id: str, text: str, blocks: list[dict]) -> Delivery:
        try:
            resp = self.client.send(text=text, blocks=blocks, unfurl_links=False, unfurl_media=False)
        except (SlackClientError, OSError) as exc:
            return _not_delivered(exc)
        body = (resp.body or "").strip()[:200]
        if resp.status_code == 200:
            return Delivery(True)
        return Delivery(False, error=f"HTTP {resp.status_code}: {body}", permanent=_permanent(resp.status_code, body))

    def reply(self, thread_ts: str, channel: str | None, text: str) -> Delivery:
        return Delivery(False, error="webhooks cannot reply in threads", permanent=True)

    def find(self, alert_id: str, since: datetime | None = None) -> Delivery | None:
        return None


class ConsoleSink:
    """No Slack configured: alerts are printed and stay in the warehouse."""

    name = "console"
    threads = False

    def post(self, alert_id: str, text: str, blocks: list[dict]) -> Delivery:
        # Written, not print()ed: the pass is a flow with log_prints, which turns print() into an INFO log line,
        # and `summitwatch run` shows warnings only, so the alert never reached the terminal.
        try:
            sys.stdout.write((console_text(blocks) or text + "\n") + "\n")  # a blank line between alerts
            sys.stdout.flush()
        except (BrokenPipeError, ValueError) as exc:  # `run | head` stopped reading, or stdout is closed
            return Delivery(False, error=f"the console is not reading: {exc}")
        return Delivery(True)

    def reply(self, thread_ts: str, channel: str | None, text: str) -> Delivery:
        return Delivery(False, error="the console has no threads", permanent=True)

    def find(self, alert_id: str, since: datetime | None = None) -> Delivery | None:
        return None


def console_text(blocks: list[dict]) -> str:
    """A readable rendering of our Block Kit message for a terminal: links as `title (url)`, entities unescaped.

    Article text was escaped, so every `<url|label>` left is one of ours.
    """
    lines: list[str] = []
    for block in blocks:
        if block["type"] == "header":
            lines.append("== " + block["text"]["text"] + " ==")
        elif block["type"] == "section":
            parts = [f["text"] for f in block.get("fields", [])] + ([block["text"]["text"]] if "text" in block else [])
            lines += [p.replace("\n", ": ", 1) for p in parts]
        elif block["type"] == "context":
            lines.append(" · ".join(e["text"] for e in block["elements"]))
    text = re.sub(r"<([^|>]+)\|([^>]+)>", r"\2 (\1)", "\n".join(lines))
    text = text.replace("*", "").replace("`", "").replace("\u200b", "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") + "\n"


def make_sink(settings: SlackSettings, timeout: float = TIMEOUT) -> Sink:
    """The sink the settings ask for: bot token + channel, else webhook, else the console."""
    if settings.mode == "bot":
        return BotSink(settings, timeout)
    if settings.mode == "webhook":
        return WebhookSink(settings, timeout)
    return ConsoleSink()
