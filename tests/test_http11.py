"""The fetcher's own HTTP/1.1 client (flows/http11.py), against raw loopback servers that answer as scripted.

Each scripted answer is fetched twice, through the small client and through httpx (the path taken when a proxy
is set in the environment), and both must give the same result: status, headers, body, error text.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
import trustme

import flows.http
from flows.http import Fetcher, FetchResult
from summitwatch.config import FetchSettings
from tests.support.http import LoopbackServer, Reply

SETTINGS = FetchSettings(allow_private_networks=True, timeout_seconds=2.0, max_retries=0, backoff_seconds=0.01)
Script = Callable[[bytes], list]  # the request's head -> what to send: bytes, pauses (float seconds), b"CLOSE"


@dataclass
class RawServer:
    """A TCP server on 127.0.0.1 answering each request with `script(request)`: its bytes in order, pausing for
    each float (seconds), closing the connection at b"CLOSE"."""

    script: Script
    connections: int = 0
    requests: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buf = b""
        with conn:
            while True:
                while b"\r\n\r\n" not in buf:
                    try:
                        data = conn.recv(65536)
                    except OSError:
                        return
                    if not data:
                        return
                    buf += data
                head, _, buf = buf.partition(b"\r\n\r\n")
                self.requests.append(head)
                for piece in self.script(head):
                    if piece == b"CLOSE":
                        return
                    if isinstance(piece, float):  # a pause between pieces
                        time.sleep(piece)
                        continue
                    conn.sendall(piece)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def raw() -> Iterator[Callable[[Script], RawServer]]:
    servers: list[RawServer] = []

    def start(script: Script) -> RawServer:
        servers.append(RawServer(script))
        return servers[-1]

    yield start
    for s in servers:
        s.close()


def _fetch(urls: list[str], via_httpx: bool, monkeypatch: pytest.MonkeyPatch, **kw: object) -> list[FetchResult]:
    monkeypatch.setattr(flows.http, "environment_proxies", lambda: via_httpx)

    async def run() -> list[FetchResult]:
        async with Fetcher(SETTINGS, **kw) as fetcher:
            return [await fetcher.get(u) for u in urls]

    return asyncio.run(run())


def _same(url: str, monkeypatch: pytest.MonkeyPatch, **kw: object) -> FetchResult:
    ours, theirs = (_fetch([url], via, monkeypatch, **kw)[0] for via in (False, True))
    for name in ("final_url", "status", "body", "error", "refused", "retry_after"):
        assert getattr(ours, name) == getattr(theirs, name), name
    assert {k: v for k, v in ours.headers.items() if k != "connection"} == {
        k: v for k, v in theirs.headers.items() if k != "connection"
    }
    return ours


def _reply(status: str, headers: list[str], body: bytes = b"") -> list[bytes]:
    return [("HTTP/1.1 " + status + "\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n").encode() + body]


GZ = gzip.compress(b"<html>" + b"news " * 5000)
ANSWERS: dict[str, list[bytes]] = {
    "length": _reply("200 OK", ["Content-Type: text/html", "Content-Length: 5"], b"hello"),
    "chunked": [
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n",
        b"5;ext=1\r\nhello\r\n",
        b"7\r\n, world\r\n",
        b"0\r\nX-Trailer: t\r\n\r\n",
    ],
    "gzip chunked": [
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n",
        f"{len(GZ):x}\r\n".encode() + GZ + b"\r\n0\r\n\r\n",
    ],
    "until close": [*_reply("200 OK", ["Content-Type: text/html"], b"to the end"), b"CLOSE"],
    "http/1.0": [b"HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nold", b"CLOSE"],
    "no reason": _reply("200", ["Content-Length: 2"], b"ok"),
    "bare LF": [b"HTTP/1.1 200 OK\nContent-Length: 2\nX-A: 1\n\nok"],
    "repeated header": _reply("200 OK", ["X-A: 1", "x-a: 2", "Content-Length: 2"], b"ok"),
    "folded header": _reply("200 OK", ["X-A: 1", "  more", "Content-Length: 2"], b"ok"),
    "utf-8 header": [b"HTTP/1.1 200 OK\r\nX-T: caf\xc3\xa9\r\nContent-Length: 2\r\n\r\nok"],
    "interim 100": [b"HTTP/1.1 100 Continue\r\n\r\n", *_reply("200 OK", ["Content-Length: 2"], b"ok")],
    "404": _reply("404 Not Found", ["Content-Length: 9"], b"not found"),
    "503 retry-after": _reply("503 Busy", ["Retry-After: 7", "Content-Length: 0"]),
    "304": _reply("304 Not Modified", ['ETag: "x"']),
    "truncated": [*_reply("200 OK", ["Content-Length: 100"], b"abc"), b"CLOSE"],
    "truncated chunks": [b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel", b"CLOSE"],
    "bad chunk": [b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", b"CLOSE"],
    "bad length": _reply("200 OK", ["Content-Length: x"], b"hello"),
    "garbage": [b"garbage garbage\r\n\r\n", b"CLOSE"],
    "nothing": [b"CLOSE"],
    "too large": _reply("200 OK", ["Content-Length: 6000000"]),
    "not html": _reply("200 OK", ["Content-Type: application/pdf", "Content-Length: 3"], b"pdf"),
    "bomb": [
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n",
        *(f"{len(c):x}\r\n".encode() + c + b"\r\n" for c in [gzip.compress(b"\0" * 20_000_000)]),
        b"0\r\n\r\n",
    ],
}


@pytest.mark.parametrize("name", list(ANSWERS))
def test_each_answer_reads_as_httpx_reads_it(name: str, raw, monkeypatch: pytest.MonkeyPatch) -> None:
    server = raw(lambda _req: ANSWERS[name])
    content_types = ("text/html",) if name == "not html" else ()
    result = _same(server.url("/p?q=1"), monkeypatch, content_types=content_types)
    if name in ("length", "chunked", "until close", "http/1.0", "gzip chunked"):
        assert result.ok and result.body
    if name == "bomb":
        assert result.refused and "exceeds fetch.max_bytes" in (result.error or "")


def test_the_request_is_what_httpx_sends(monkeypatch: pytest.MonkeyPatch) -> None:
    with LoopbackServer() as srv:
        srv.route("/a b", Reply(body=b"ok"))
        heads = []
        for via in (False, True):
            _fetch([srv.url("/a%20b?x=%C3%A9&y=é")], via, monkeypatch, accept="text/html")
            heads.append(srv.requests[-1])
    ours, theirs = heads
    assert ours.path == theirs.path == "/a%20b?x=%C3%A9&y=%C3%A9"
    assert ours.headers == theirs.headers
    assert ours.headers["accept"] == "text/html" and ours.headers["user-agent"] == SETTINGS.user_agent


def test_conditional_headers_replace_the_defaults_case_insensitively(monkeypatch: pytest.MonkeyPatch) -> None:
    with LoopbackServer() as srv:
        srv.route("/f", Reply(body=b"ok"))
        monkeypatch.setattr(flows.http, "environment_proxies", lambda: False)

        async def run() -> None:
            async with Fetcher(SETTINGS) as fetcher:
                await fetcher.get(srv.url("/f"), headers={"if-none-match": '"e"', "accept": "application/rss+xml"})

        asyncio.run(run())
        headers = srv.requests[-1].headers
    assert headers["if-none-match"] == '"e"' and headers["accept"] == "application/rss+xml"


def test_connections_are_kept_alive_and_reused(raw, monkeypatch: pytest.MonkeyPatch) -> None:
    server = raw(lambda _req: ANSWERS["length"])
    results = _fetch([server.url(f"/{i}") for i in range(5)], False, monkeypatch)
    assert all(r.ok and r.body == b"hello" for r in results)
    assert server.connections == 1 and len(server.requests) == 5


def test_a_connection_the_server_closes_is_not_reused(raw, monkeypatch: pytest.MonkeyPatch) -> None:
    for answer in (
        _reply("200 OK", ["Connection: close", "Content-Length: 2"], b"ok"),
        ANSWERS["http/1.0"],
        ANSWERS["404"],
    ):  # told to close; HTTP/1.0; a body left unread
        server = raw(lambda _req, a=answer: a)
        results = _fetch([server.url("/1"), server.url("/2")], False, monkeypatch)
        assert [r.status for r in results] == [r.status for r in results[:1]] * 2
        assert server.connections == 2


def test_an_idle_connection_closed_by_the_server_is_replaced_without_an_error(
    raw, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server drops the kept-alive connection without a word, once, after its first answer."""
    answered = []

    def script(_req: bytes) -> list[bytes]:
        answered.append(1)
        return [*ANSWERS["length"], b"CLOSE"] if len(answered) == 1 else ANSWERS["length"]

    server = raw(script)
    results = _fetch([server.url("/1"), server.url("/2"), server.url("/3")], False, monkeypatch)
    assert [r.body for r in results] == [b"hello"] * 3 and all(r.error is None for r in results)
    assert server.connections == 2


def test_proxies_from_the_environment_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """With HTTP_PROXY set, requests go through httpx, which sends them to the proxy (here a loopback server)."""
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    with LoopbackServer() as proxy:
        proxy.route("/page", Reply(body=b"via the proxy"))
        monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
        monkeypatch.setenv("http_proxy", proxy.base_url)
        assert flows.http.environment_proxies()

        async def run() -> FetchResult:
            async with Fetcher(SETTINGS) as fetcher:
                return await fetcher.get("http://news.invalid/page")

        result = asyncio.run(run())
        assert result.ok and result.body == b"via the proxy"
        assert proxy.requests[-1].path == "http://news.invalid/page"
        monkeypatch.setenv("NO_PROXY", "*")
        monkeypatch.setenv("no_proxy", "*")
        assert not flows.http.environment_proxies()


def test_https_verifies_the_certificate_as_httpx_does(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A certificate for 127.0.0.1 from an authority nobody trusts: refused by both clients, accepted by both once
    the authority is trusted (trustme makes both, in the process: no openssl command needed)."""
    authority = trustme.CA()
    cert = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(cert))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    with LoopbackServer() as srv:
        srv.route("/secure", Reply(body=b"<p>tls</p>"))
        srv._httpd.socket = context.wrap_socket(srv._httpd.socket, server_side=True)  # noqa: SLF001
        url = srv.url("/secure").replace("http://", "https://")
        monkeypatch.delenv("SSL_CERT_DIR", raising=False)
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        refused = _same(url, monkeypatch)
        assert refused.error and "CERTIFICATE_VERIFY_FAILED" in refused.error
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        trusted = _same(url, monkeypatch)
        assert trusted.ok and trusted.body == b"<p>tls</p>"


def test_headers_sent_slowly_but_steadily_are_no_read_timeout(raw, monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx bounds each wait for data, not the whole head: neither does the small client."""

    def script(_req: bytes) -> list:
        return [
            0.3,
            b"HTTP/1.1 200 OK\r\n",
            0.3,
            b"X-A: 1\r\n",
            0.3,
            b"X-B: 2\r\n",
            0.3,
            b"Content-Length: 2\r\n\r\nok",
        ]

    server = raw(script)
    settings = FetchSettings(allow_private_networks=True, timeout_seconds=0.5, max_retries=0)
    monkeypatch.setattr(flows.http, "environment_proxies", lambda: False)

    async def run() -> FetchResult:
        async with Fetcher(settings) as fetcher:
            return await fetcher.get(server.url("/slow-head"))

    result = asyncio.run(run())
    assert result.ok and result.body == b"ok", result.error
