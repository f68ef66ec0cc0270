"""The HTTP politeness policy shared by feed polling and article fetching.

One async client per pass: a global concurrency limit and a per-host limit;
timeouts; a response size cap enforced while streaming; redirects followed by
hand so every hop passes the private-address guard and permanent moves are
reported; Retry-After and exponential backoff with jitter on 429/5xx and
connection errors, bounded by `fetch.max_retries` within a pass.
"""

from __future__ import annotations

import asyncio
import random
import ssl
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.request import getproxies

import httpx

from flows import http11
from flows.netguard import Refused, check_url
from summitwatch.config import FetchSettings

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_4XX = frozenset({408, 425, 429})  # client errors that say "later", not "never"
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5
# httpx's timeout bounds each connect/read; a server dripping bytes could hold a slot for ever: bound the whole.
TOTAL_TIMEOUT_FACTOR = 3


@dataclass
class FetchResult:
    url: str  # the URL asked for
    final_url: str = ""
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    error: str | None = None  # why there is no usable body
    refused: bool = False  # a policy refusal (private address, too large, wrong type), not a failure to retry
    moved_to: str | None = None  # target of a permanent redirect
    retry_after: float | None = None  # seconds the server asked us to wait
    endless: bool = False  # a redirect loop (or chain longer than MAX_REDIRECTS)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def hopeless(self) -> bool:
        """Asking again cannot help: a client error (404, 410, 403 ...) or a redirect loop."""
        return self.endless or (self.status is not None and 400 <= self.status < 500 and self.status not in RETRY_4XX)


class TooLarge(Exception):
    pass


class Undecodable(Exception):
    """A body whose Content-Encoding cannot be undone."""


class Fetcher:
    """Use as `async with Fetcher(settings) as f: await f.get(url)`."""

    def __init__(
        self,
        settings: FetchSettings,
        accept: str = "*/*",
        exempt: frozenset[str] = frozenset(),
        content_types: tuple[str, ...] = (),
    ) -> None:
        """`exempt`: `host:port` pairs the private-address guard trusts anyway (tests serve from loopback).
        `content_types`: if given, a response declaring another type is refused before its body is read."""
        self.settings = settings
        self.exempt = exempt
        self.content_types = content_types
        self._global = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(settings.per_host_limit))
        self._headers = {"User-Agent": settings.user_agent, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
        self._clients: dict[str, httpx.AsyncClient] = {}
        self._ssl: ssl.SSLContext | None = None
        # httpx honours proxies from the environment: with one set, every request goes through httpx as before.
        self._plain = None if environment_proxies() else http11.Client(
            settings.timeout_seconds, self._headers, lambda: self._tls("https")
        )

    def _client(self, url: str) -> httpx.AsyncClient:
        """One client (connection pool) per scheme and host, sized to the per-host limit, sharing one TLS context.

        With one pool for all hosts, httpcore scans every pooled connection for every request: polling 500
        feeds on 50 hosts spent ~3 s of CPU there, and the pool's global cap closed kept-alive connections.
        """
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        client = self._clients.get(key)
        if client is None:
            limit = self.settings.per_host_limit
            client = self._clients[key] = httpx.AsyncClient(
                timeout=httpx.Timeout(self.settings.timeout_seconds),
                follow_redirects=False,
                headers=self._headers,
                verify=self._tls(parts.scheme),
                limits=httpx.Limits(max_connections=limit, max_keepalive_connections=limit),
            )
        return client

    def _tls(self, scheme: str) -> ssl.SSLContext:
        """The verifying TLS context for https, made once per Fetcher (loading the CA bundle: ~0.05-0.15 s);
        plain http gets a context it never uses, with no CA bundle (httpx would load one for each client)."""
        if scheme != "https":
            return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies by default: trusts nothing, costs ~0.3 ms
        if self._ssl is None:
            self._ssl = httpx.create_ssl_context()
        return self._ssl

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        for client in self._clients.values():
            await client.aclose()
        if self._plain is not None:
            await self._plain.aclose()

    async def get(self, url: str, headers: dict[str, str] | None = None) -> FetchResult:
        """GET with retries; never raises for network or HTTP problems: they come back in `error`."""
        result = FetchResult(url=url)
        for attempt in range(self.settings.max_retries + 1):
            result = await self._follow(url, headers or {})
            wait = self._retry_wait(result, attempt)
            if wait is None:
                return result
            await asyncio.sleep(wait)
        return result

    def _retry_wait(self, result: FetchResult, attempt: int) -> float | None:
        """Seconds to wait before retrying, or None when the result is final."""
        retryable = result.status in RETRY_STATUSES or (result.status is None and not result.refused and result.error)
        if not retryable or result.hopeless or attempt >= self.settings.max_retries:
            return None
        backoff = self.settings.backoff_seconds * (2**attempt) * (1 + random.random() * 0.25)
        if result.retry_after is not None:
            if result.retry_after > self.settings.max_retry_after_seconds:
                return None  # too long to wait within a pass: the next pass will try
            return max(result.retry_after, backoff if result.status != 429 else 0)
        return backoff

    async def _follow(self, url: str, headers: dict[str, str]) -> FetchResult:
        current, moved_to, permanent = url, None, True
        for _ in range(MAX_REDIRECTS + 1):
            result = await self._one(current, headers)
            result.url = url
            if result.status in REDIRECTS and result.headers.get("location"):
                target = urljoin(current, result.headers["location"])
                permanent = permanent and result.status in (301, 308)
                if permanent:
                    moved_to = target
                current = target
                continue
            result.moved_to = moved_to
            return result
        return FetchResult(url=url, final_url=current, error=f"too many redirects (> {MAX_REDIRECTS})", endless=True)

    async def _one(self, url: str, headers: dict[str, str]) -> FetchResult:
        host = urlsplit(url).hostname or ""
        try:
            await check_url(url, self.settings.allow_private_networks, self.exempt)
        except Refused as exc:
            return FetchResult(url=url, final_url=url, error=str(exc), refused=True)
        except OSError as exc:
            return FetchResult(url=url, final_url=url, error=str(exc))
        async with self._hosts[host], self._global:  # host first: a waiting task holds no global slot
            try:
                async with asyncio.timeout(self.settings.timeout_seconds * TOTAL_TIMEOUT_FACTOR):
                    return await self._request(url, headers)
            except TooLarge as exc:
                return FetchResult(url=url, final_url=url, status=200, error=str(exc), refused=True)
            except Undecodable as exc:
                return FetchResult(url=url, final_url=url, status=200, error=str(exc))
            except httpx.TimeoutException as exc:
                return FetchResult(url=url, final_url=url, error=_timeout_message(exc, self.settings.timeout_seconds))
            except TimeoutError:
                whole = self.settings.timeout_seconds * TOTAL_TIMEOUT_FACTOR
                return FetchResult(url=url, final_url=url, error=f"timeout: the whole response took over {whole:g} s "
                                   f"({TOTAL_TIMEOUT_FACTOR} x fetch.timeout_seconds; a server sending too slowly)")
            except httpx.HTTPError as exc:
                return FetchResult(url=url, final_url=url, error=f"{type(exc).__name__}: {exc}".strip(": "))

    async def _request(self, url: str, headers: dict[str, str]) -> FetchResult:
        if self._plain is None:
            async with self._client(url).stream("GET", url, headers=headers) as resp:
                headers = {k.lower(): v for k, v in resp.headers.items()}
                return await self._result(url, str(resp.url), resp.status_code, headers, resp)
        target = httpx.URL(url)  # as httpx would have parsed it: the same final URL, Host and request target
        plain = await self._plain.get(target, headers)
        try:
            return await self._result(url, str(target), plain.status_code, plain.headers, plain)
        finally:
            plain.close()

    async def _result(
        self, url: str, final_url: str, status: int, headers: dict[str, str], resp: httpx.Response | http11.Response
    ) -> FetchResult:
        """The response's outcome; the body is read (capped) only for a success of an accepted type."""
        result = FetchResult(url=url, final_url=final_url, status=status, headers=headers)
        result.retry_after = _retry_after(headers.get("retry-after"))
        if 200 <= status < 300:
            ctype = headers.get("content-type", "").split(";")[0].strip().lower()
            if self.content_types and ctype and ctype not in self.content_types:
                result.error, result.refused = f"refused: {ctype} is not {' or '.join(self.content_types)}", True
            else:
                result.body = await self._read_capped(resp)
        elif status not in (*REDIRECTS, 304):
            result.error = f"HTTP {status}"
        return result

    async def _read_capped(self, resp: httpx.Response | http11.Response) -> bytes:
        cap = self.settings.max_bytes
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise TooLarge(f"refused: response of {int(declared):,} bytes exceeds fetch.max_bytes ({cap:,})")
        inflater = Inflater(resp.headers.get("content-encoding", ""), cap)
        chunks = [inflater.feed(raw) async for raw in resp.aiter_raw()]
        chunks.append(inflater.finish())
        return b"".join(chunks)


class Inflater:
    """The body's Content-Encoding undone with a bound on the output, checked as it is produced.

    httpx inflates each network chunk whole: 64 KB of a gzip bomb is ~64 MB before any cap can look at it,
    and several bombs at once took a pass to 1.6 GB. Here zlib never returns more than the cap allows.
    """

    def __init__(self, encoding: str, cap: int) -> None:
        self.encoding, self.cap, self.size = encoding.strip().lower(), cap, 0
        if self.encoding in ("", "identity"):
            self._z = None
        elif self.encoding in ("gzip", "x-gzip", "deflate"):
            self._z = zlib.decompressobj(32 + zlib.MAX_WBITS)  # gzip or zlib header, told apart by zlib
        else:
            raise Undecodable(f"unsupported Content-Encoding {encoding!r}")
        self._started = False

    def feed(self, data: bytes) -> bytes:
        if self._z is None:
            return self._count(data)
        try:
            out = self._z.decompress(data, self.cap + 1 - self.size)  # at most one byte past the cap
        except zlib.error as exc:
            if self.encoding != "deflate" or self._started:
                raise Undecodable(f"bad {self.encoding} body: {exc}") from exc
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)  # "deflate" sent without its zlib header
            return self.feed(data)
        self._started = True
        return self._count(out)

    def finish(self) -> bytes:
        return self._count(self._z.flush()) if self._z is not None else b""

    def _count(self, out: bytes) -> bytes:
        self.size += len(out)
        if self.size > self.cap:
            raise TooLarge(f"refused: response exceeds fetch.max_bytes ({self.cap:,} bytes)")
        return out


def environment_proxies() -> bool:
    """Whether HTTP_PROXY, HTTPS_PROXY or ALL_PROXY (any case) names a proxy that httpx would use."""
    proxies = getproxies()
    if "*" in (host.strip() for host in proxies.get("no", "").split(",")):
        return False  # NO_PROXY=* : httpx ignores every proxy
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


def _timeout_message(exc: httpx.TimeoutException, seconds: float) -> str:
    """Which of httpx's limits fired: connecting, waiting for data, sending, or a free connection."""
    what = {
        httpx.ConnectTimeout: "could not connect",
        httpx.ReadTimeout: "no data",
        httpx.WriteTimeout: "could not send",
        httpx.PoolTimeout: "no free connection",
    }.get(type(exc), "no progress")
    return f"timeout: {what} for {seconds:g} s (fetch.timeout_seconds)"


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds, from either of its forms (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
