"""Where an alert goes: Slack by bot token (threads possible), Slack by incoming webhook, or the console.

slack-sdk does the HTTP; we add its retry handlers for rate limits (honouring
Retry-After), server errors and connection errors, bounded so a Slack outage
costs a pass seconds, not hours: what is still undelivered stays pending.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Protocol

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.webhook import WebhookClient

from summitwatch.config import SlackSettings

RETRIES = 2
TIMEOUT = 10
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
    }
)
EVENT_TYPE = "summitwatch_alert"


@dataclass(frozen=True)
class Delivery:
    ok: bool
    ts: str | None = None
    channel: str | None = None
    error: str | None = None
    permanent: bool = False


class Sink(Protocol):
    name: str
    threads: bool

    def post(self, alert_id: str, text: str, blocks: list[dict]) -> Delivery: ...

    def reply(self, thread_ts: str, channel: str | None, text: str) -> Delivery: ...

    def find(self, alert_id: str) -> Delivery | None: ...


def _handlers() -> list:
    return [
        ConnectionErrorRetryHandler(max_retry_count=RETRIES),
        RateLimitErrorRetryHandler(max_retry_count=RETRIES),
        ServerErrorRetryHandler(max_retry_count=RETRIES),
    ]


class BotSink:
    """chat.postMessage with a bot token; `SLACK_API_URL` points it at a proxy or a local endpoint."""

    name = "bot"
    threads = True

    def __init__(self, settings: SlackSettings) -> None:
        kwargs = {"base_url": settings.api_url.rstrip("/") + "/"} if settings.api_url else {}
        self.client = WebClient(token=settings.token, timeout=TIMEOUT, retry_handlers=_handlers(), **kwargs)
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

    def find(self, alert_id: str) -> Delivery | None:
        """A message we posted for this alert before a crash, found by its metadata."""
        try:
            resp = self.client.conversations_history(channel=self.channel, limit=200, include_all_metadata=True)
        except (SlackApiError, SlackClientError, OSError):
            return None
        for msg in resp.get("messages", []):
            meta = msg.get("metadata") or {}
            if meta.get("event_type") == EVENT_TYPE and (meta.get("event_payload") or {}).get("alert_id") == alert_id:
                return Delivery(True, ts=msg.get("ts"), channel=resp.get("channel") or self.channel)
        return None

    def _call(self, method: str, **kwargs: object) -> Delivery:
        try:
            resp = getattr(self.client, method)(**kwargs)
        except SlackApiError as exc:
            error = str(exc.response.get("error") or exc)
            return Delivery(False, error=error, permanent=error in PERMANENT)
        except (SlackClientError, OSError) as exc:
            return Delivery(False, error=f"{type(exc).__name__}: {exc}")
        return Delivery(True, ts=resp.get("ts"), channel=resp.get("channel"))


class WebhookSink:
    """An incoming webhook: simplest to set up; Slack answers only "ok", so no threads."""

    name = "webhook"
    threads = False

    def __init__(self, settings: SlackSettings) -> None:
        self.client = WebhookClient(settings.webhook_url, timeout=TIMEOUT, retry_handlers=_handlers())

    def post(self, alert_id: str, text: str, blocks: list[dict]) -> Delivery:
        try:
            resp = self.client.send(text=text, blocks=blocks, unfurl_links=False, unfurl_media=False)
        except (SlackClientError, OSError) as exc:
            return Delivery(False, error=f"{type(exc).__name__}: {exc}")
        if resp.status_code == 200:
            return Delivery(True)
        body = (resp.body or "").strip()[:200]
        permanent = resp.status_code in (400, 403, 404, 410) or body in PERMANENT
        return Delivery(False, error=f"HTTP {resp.status_code}: {body}", permanent=permanent)

    def reply(self, thread_ts: str, channel: str | None, text: str) -> Delivery:
        return Delivery(False, error="webhooks cannot reply in threads", permanent=True)

    def find(self, alert_id: str) -> Delivery | None:
        return None


class ConsoleSink:
    """No Slack configured: alerts are printed and stay in the warehouse."""

    name = "console"
    threads = False

    def post(self, alert_id: str, text: str, blocks: list[dict]) -> Delivery:
        print(f"ALERT {alert_id}: {text}", file=sys.stdout, flush=True)
        return Delivery(True)

    def reply(self, thread_ts: str, channel: str | None, text: str) -> Delivery:
        return Delivery(False, error="the console has no threads", permanent=True)

    def find(self, alert_id: str) -> Delivery | None:
        return None


def make_sink(settings: SlackSettings) -> Sink:
    if settings.mode == "bot":
        return BotSink(settings)
    if settings.mode == "webhook":
        return WebhookSink(settings)
    return ConsoleSink()
