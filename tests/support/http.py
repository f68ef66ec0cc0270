"""A real HTTP server on 127.0.0.1 for tests: routes map a path to a handler.

A handler gets the request and returns `Reply`; the server records every request
so tests can assert what was asked (conditional headers, User-Agent, counts).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Request:
    method: str
    path: str  # with the query string
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before answering (slow servers, timeouts)
    drip: float = 0.0  # seconds between single bytes of the body (a server that never stalls long, never ends)


Handler = Callable[[Request], Reply]


def _write(out: object, data: bytes, drip: float) -> None:
    if not drip:
        out.write(data)
        return
    for i in range(len(data)):
        out.write(data[i : i + 1])
        out.flush()
        time.sleep(drip)


class LoopbackServer:
    """Start with `with LoopbackServer() as srv:`; add routes with `srv.route(path, ...)`."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        server = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else each response on a kept-alive connection stalls ~40 ms

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                req = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                with server._lock:
                    server.requests.append(req)
                handler = server.routes.get(self.path) or server.routes.get(urlsplit(self.path).path)
                reply = handler(req) if handler else Reply(404, b"not found", content_type="text/plain")
                if reply.delay:
                    time.sleep(reply.delay)
                data = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    if self.command != "HEAD":
                        _write(self.wfile, data, reply.drip)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_HEAD = _handle

        self._httpd = ThreadingHTTPServer((host, 0), _H)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def route(self, path: str, handler: Handler | Reply) -> None:
        """Serve `path`; a fixed `Reply` may be given instead of a handler."""
        self.routes[path] = handler if callable(handler) else (lambda _req, r=handler: r)

    def hits(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path or urlsplit(r.path).path == path]

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class InFlight:
    """Wraps a handler to count requests in progress at once: `max` is the peak (per-host limit tests)."""

    def __init__(self, handler: Handler, delay: float) -> None:
        self.handler, self.delay = handler, delay
        self.now = self.max = 0
        self._lock = threading.Lock()

    def __call__(self, req: Request) -> Reply:
        with self._lock:
            self.now += 1
            self.max = max(self.max, self.now)
        time.sleep(self.delay)
        with self._lock:
            self.now -= 1
        return self.handler(req)
