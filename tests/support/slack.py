"""A loopback Slack for tests: an incoming webhook and the few Web API methods we call.

It records every message it accepted (webhook POSTs, chat.postMessage, thread
replies) and serves conversations.history with their metadata. Tests script
its next answers: 429 with Retry-After, 500s, slow answers (the message is
accepted but the client times out: Slack's "unknown outcome"), or API errors
such as invalid_auth.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from tests.support.http import LoopbackServer, Reply, Request

TOKEN = "xoxb-test-token"
CHANNEL = "C0ALERTS"


@dataclass(frozen=True)
class Fault:
    """What the fake does with the next post instead of (or before) answering ok."""

    status: int = 200
    error: str | None = None  # a Web API error such as invalid_auth (HTTP 200, ok=false)
    retry_after: int | None = None
    delay: float = 0.0  # answer late
    accept: bool = False  # with delay: keep the message although the client gives up


def rate_limited(retry_after: int = 1) -> Fault:
    return Fault(status=429, retry_after=retry_after)


def server_error(status: int = 500) -> Fault:
    return Fault(status=status)


def api_error(error: str) -> Fault:
    return Fault(error=error)


def slow(delay: float, accept: bool = True) -> Fault:
    return Fault(delay=delay, accept=accept)


class FakeSlack:
    """`with FakeSlack() as slack:`; point the config at `slack.webhook_url` or `slack.api_url`."""

    def __init__(self) -> None:
        self.server = LoopbackServer()
        self.messages: list[dict] = []  # accepted top-level messages and replies, in order
        self.faults: deque[Fault] = deque()
        self.down = False  # every post answers 503 while True
        self.history_fault: Fault | None = None  # conversations.history answers this while set
        self._ts = itertools.count(1)
        self._lock = threading.Lock()
        self.server.route("/webhook", self._webhook)
        self.server.route("/api/chat.postMessage", self._post_message)
        self.server.route("/api/conversations.history", self._history)

    # --- what tests use -------------------------------------------------
    @property
    def webhook_url(self) -> str:
        return self.server.url("/webhook")

    @property
    def api_url(self) -> str:
        return self.server.url("/api/")

    def fail_next(self, *faults: Fault) -> None:
        self.faults.extend(faults)

    def top_level(self) -> list[dict]:
        return [m for m in self.messages if not m.get("thread_ts")]

    def replies(self, thread_ts: str | None = None) -> list[dict]:
        return [m for m in self.messages if m.get("thread_ts") and (thread_ts is None or m["thread_ts"] == thread_ts)]

    def posts_received(self) -> int:
        """Every POST that reached us, accepted or not (retries included)."""
        return len(self.server.hits("/webhook")) + len(self.server.hits("/api/chat.postMessage"))

    # --- handlers ---------------------------------------------------------
    def _fault(self) -> Fault | None:
        if self.down:
            return server_error(503)
        with self._lock:
            return self.faults.popleft() if self.faults else None

    def _accept(self, payload: dict, channel: str | None) -> str:
        with self._lock:
            ts = f"{int(time.time())}.{next(self._ts):06d}"
            self.messages.append({**payload, "ts": ts, "channel": channel})
        return ts

    def _webhook(self, req: Request) -> Reply:
        payload = json.loads(req.body or b"{}")
        fault = self._fault()
        if fault and fault.error:
            return Reply(404 if fault.error == "no_active_hooks" else 400, fault.error, content_type="text/plain")
        if fault and fault.status != 200:
            headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            return Reply(fault.status, "rate_limited" if fault.status == 429 else "error", headers, "text/plain")
        if fault and fault.delay and not fault.accept:
            return Reply(200, "ok", content_type="text/plain", delay=fault.delay)
        self._accept(payload, None)
        return Reply(200, "ok", content_type="text/plain", delay=fault.delay if fault else 0.0)

    def _post_message(self, req: Request) -> Reply:
        if req.headers.get("authorization") != f"Bearer {TOKEN}":
            return _api({"ok": False, "error": "invalid_auth"})
        payload = _payload(req)
        fault = self._fault()
        if fault and fault.error:
            return _api({"ok": False, "error": fault.error})
        if fault and fault.status != 200:
            headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            return Reply(fault.status, "", headers, "text/plain")
        if payload.get("channel") != CHANNEL:
            return _api({"ok": False, "error": "channel_not_found"})
        if fault and fault.delay and not fault.accept:
            return _api({"ok": False, "error": "request_timeout"}, delay=fault.delay)
        ts = self._accept(payload, CHANNEL)
        body = {"ok": True, "channel": CHANNEL, "ts": ts, "message": {"ts": ts}}
        return _api(body, delay=fault.delay if fault else 0.0)

    def _history(self, req: Request) -> Reply:
        if req.headers.get("authorization") != f"Bearer {TOKEN}":
            return _api({"ok": False, "error": "invalid_auth"})
        fault = self.history_fault
        if fault and fault.error:
            return _api({"ok": False, "error": fault.error})
        if fault:
            return Reply(fault.status, "", content_type="text/plain")
        args = _payload(req)
        oldest = float(args.get("oldest") or 0)
        with self._lock:
            msgs = [
                {"type": "message", "ts": m["ts"], "text": m.get("text", ""), "metadata": m.get("metadata")}
                for m in reversed(self.messages)
                if not m.get("thread_ts") and float(m["ts"]) > oldest
            ][: int(args.get("limit") or 100)]
        return _api({"ok": True, "messages": msgs, "has_more": False})

    def __enter__(self) -> FakeSlack:
        self.server.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.__exit__(*exc)


def _payload(req: Request) -> dict:
    """slack-sdk sends chat.postMessage as JSON; other methods as a form or query string."""
    if req.headers.get("content-type", "").startswith("application/json"):
        return json.loads(req.body or b"{}")
    fields = parse_qs(req.body.decode() or urlsplit(req.path).query)
    return {k: v[0] for k, v in fields.items()}


def _api(body: dict, delay: float = 0.0) -> Reply:
    return Reply(200, json.dumps(body), content_type="application/json; charset=utf-8", delay=delay)
