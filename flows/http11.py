"""A small HTTP/1.1 client on asyncio streams: what `Fetcher` (flows/http.py) sends when no proxy is set.

httpx's layers (its models, httpcore's pool, h11's state machine, anyio's streams) cost ~2 ms of CPU a
page, about as much as extracting the page's text; this client costs ~0.3 ms. It does only what the
fetcher needs: one GET at a time on a connection, kept-alive connections reused per scheme, host and port,
bodies framed by Content-Length, chunks or the connection's end, read piece by piece so the caller can cap
them as they come. Everything else stays in `Fetcher`: redirects, the address guard, the size cap and
decompression, retries, politeness. Failures raise httpx's own exception types with httpx's messages for
the common cases, so that what a pass records is the same whichever client fetched.
"""

from __future__ import annotations

import asyncio
import re
import socket
import ssl
from collections.abc import AsyncIterator, Callable

import httpx

MAX_HEAD_BYTES = 100 * 1024  # the status line and headers (httpcore's bound too)
KEEPALIVE_SECONDS = 5.0  # an idle connection older than this is closed, not reused (httpx's default)
READ_SIZE = 65536
_EOL = b"\r\n"
_NO_BODY = frozenset({204, 304})
_STATUS = re.compile(rb"HTTP/(1\.[01]) ([0-9]{3})(?: ([^\r\n]*))?\r?\n\Z")
_CHUNK = re.compile(rb"([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?\r?\n\Z")


class _Conn:
    __slots__ = ("reader", "writer", "idle_since")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer, self.idle_since = reader, writer, 0.0

    def usable(self, now: float) -> bool:
        """Still open, nothing unasked-for waiting, and not idle so long that the server may have closed it."""
        transport = self.writer.transport
        return (
            not transport.is_closing()
            and not self.reader.at_eof()
            and not getattr(self.reader, "_buffer", b"")  # bytes nobody asked for: the connection is out of step
            and now - self.idle_since < KEEPALIVE_SECONDS
        )

    def close(self) -> None:
        self.writer.transport.abort()


class Response:
    """The status and headers of a response; `aiter_raw()` yields its body as sent (still encoded)."""

    def __init__(
        self,
        client: Client,
        key: str,
        conn: _Conn,
        status: int,
        headers: dict[str, str],
        keep_alive: bool,
        timeout: float,
    ) -> None:
        self.status_code, self.headers = status, headers
        self._client, self._key, self._conn, self._timeout = client, key, conn, timeout
        self._keep_alive = keep_alive
        self._done = False
        length = headers.get("content-length")
        self._chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        self._length: int | None = None
        if status in _NO_BODY or 100 <= status < 200:
            self._length = 0
        elif not self._chunked and length is not None:
            values = {v.strip() for v in length.split(",")}
            if len(values) != 1 or not next(iter(values)).isdigit():
                raise httpx.RemoteProtocolError("bad Content-Length")
            self._length = int(next(iter(values)))
        if self._length is None and not self._chunked:
            self._keep_alive = False  # the body ends with the connection
        if self._length == 0:
            self._done = True

    async def _read(self, n: int) -> bytes:
        try:
            async with asyncio.timeout(self._timeout):
                return await self._conn.reader.read(n)
        except TimeoutError as exc:
            raise httpx.ReadTimeout("timed out") from exc
        except OSError as exc:
            raise httpx.ReadError(str(exc)) from exc

    async def _readline(self) -> bytes:
        try:
            async with asyncio.timeout(self._timeout):
                return await self._conn.reader.readline()
        except TimeoutError as exc:
            raise httpx.ReadTimeout("timed out") from exc
        except ValueError as exc:  # a line longer than the stream's limit
            raise httpx.RemoteProtocolError("chunk header too long") from exc
        except OSError as exc:
            raise httpx.ReadError(str(exc)) from exc

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        if self._done:
            return
        if self._chunked:
            async for piece in self._chunks():
                yield piece
        elif self._length is None:
            while data := await self._read(READ_SIZE):
                yield data
        else:
            left, received = self._length, 0
            while left:
                data = await self._read(min(left, READ_SIZE))
                if not data:
                    raise httpx.RemoteProtocolError(
                        "peer closed connection without sending complete message body "
                        f"(received {received} bytes, expected {self._length})"
                    )
                left -= len(data)
                received += len(data)
                yield data
        self._done = True

    async def _chunks(self) -> AsyncIterator[bytes]:
        while True:
            line = await self._readline()
            if not line:
                raise httpx.RemoteProtocolError(
                    "peer closed connection without sending complete message body (incomplete chunked read)"
                )
            m = _CHUNK.match(line)
            if m is None:
                raise httpx.RemoteProtocolError(f"illegal chunk header: {bytearray(line)!r}")
            size = int(m.group(1), 16)
            if size == 0:
                break
            while size:
                data = await self._read(min(size, READ_SIZE))
                if not data:
                    raise httpx.RemoteProtocolError(
                        "peer closed connection without sending complete message body (incomplete chunked read)"
                    )
                size -= len(data)
                yield data
            end = await self._readline()
            if end not in (b"\r\n", b"\n"):
                raise httpx.RemoteProtocolError(f"malformed chunk footer: {end!r} (expected b'\\r\\n')")
        for _ in range(1000):  # trailers, up to the blank line
            line = await self._readline()
            if not line:
                raise httpx.RemoteProtocolError(
                    "peer closed connection without sending complete message body (incomplete chunked read)"
                )
            if line in (b"\r\n", b"\n"):
                return
        raise httpx.RemoteProtocolError("too many trailers")

    def close(self) -> None:
        """Back to the pool when the whole body was read and both sides keep the connection; else closed."""
        conn, self._conn = self._conn, None  # type: ignore[assignment]
        if conn is None:
            return
        if self._done and self._keep_alive:
            self._client._release(self._key, conn)  # noqa: SLF001
        else:
            conn.close()


class Client:
    """Kept-alive connections per `scheme://host:port`; no limit here (the fetcher's semaphores bound them)."""

    def __init__(self, timeout: float, headers: dict[str, str], tls: Callable[[], ssl.SSLContext]) -> None:
        """`tls` makes the verifying context for https, asked for at the first https connection."""
        self.timeout, self.tls = timeout, tls
        self._headers = {"Accept": "*/*", "Accept-Encoding": "gzip, deflate", "Connection": "keep-alive", **headers}
        self._idle: dict[str, list[_Conn]] = {}

    async def get(self, url: httpx.URL, headers: dict[str, str]) -> Response:
        """Send a GET and read the response's head; the caller reads the body and must `close()` the response."""
        scheme, host, port = url.scheme, url.raw_host.decode("ascii"), url.port
        port = port or (443 if scheme == "https" else 80)
        key = f"{scheme}://{host}:{port}"
        request = self._request(url, headers)
        loop = asyncio.get_running_loop()
        idle = self._idle.get(key)
        while idle:
            conn = idle.pop()
            if not conn.usable(loop.time()):
                conn.close()
                continue
            try:
                return await self._exchange(key, conn, request)
            except _Stale:
                conn.close()  # closed by the server while idle: a fresh connection, as the request never arrived
        conn = await self._connect(scheme, host, port)
        try:
            return await self._exchange(key, conn, request)
        except _Stale as exc:
            conn.close()
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.") from exc

    def _request(self, url: httpx.URL, extra: dict[str, str]) -> bytes:
        headers = {"Host": url.netloc.decode("ascii"), **self._headers}
        if extra:
            lower = {k.lower() for k in extra}
            headers = {k: v for k, v in headers.items() if k.lower() not in lower} | extra
        lines = [f"GET {url.raw_path.decode('ascii')} HTTP/1.1"] + [f"{k}: {v}" for k, v in headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    async def _connect(self, scheme: str, host: str, port: int) -> _Conn:
        tls = self.tls() if scheme == "https" else None
        try:
            async with asyncio.timeout(self.timeout):
                reader, writer = await asyncio.open_connection(
                    host,
                    port,
                    ssl=tls,
                    server_hostname=host if tls else None,
                    limit=2 * MAX_HEAD_BYTES,
                    happy_eyeballs_delay=0.25,
                )
        except TimeoutError as exc:
            raise httpx.ConnectTimeout("timed out") from exc
        except socket.gaierror as exc:
            raise httpx.ConnectError(str(exc)) from exc
        except ssl.SSLError as exc:
            raise httpx.ConnectError(str(exc)) from exc
        except OSError as exc:
            raise httpx.ConnectError("All connection attempts failed") from exc
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return _Conn(reader, writer)

    async def _exchange(self, key: str, conn: _Conn, request: bytes) -> Response:
        try:
            conn.writer.write(request)
            async with asyncio.timeout(self.timeout):
                await conn.writer.drain()
        except TimeoutError as exc:
            conn.close()
            raise httpx.WriteTimeout("timed out") from exc
        except OSError as exc:
            raise _Stale from exc
        try:
            while True:
                status, headers, keep_alive = await self._head(conn)
                if status >= 200 or status == 101:
                    break  # 1xx: an interim response; the real one follows
        except _Stale:
            raise
        except BaseException:
            conn.close()
            raise
        try:
            return Response(self, key, conn, status, headers, keep_alive, self.timeout)
        except BaseException:
            conn.close()
            raise

    async def _head(self, conn: _Conn) -> tuple[int, dict[str, str], bool]:
        reader, size = conn.reader, 0
        loop = asyncio.get_running_loop()
        try:
            # As httpx's read timeout: a bound on each wait for data (here each line), not on the whole head.
            async with asyncio.timeout(self.timeout) as waiting:
                line = await reader.readline()
                if not line:
                    raise _Stale
                size += len(line)
                m = _STATUS.match(line)
                if m is None:
                    raise httpx.RemoteProtocolError(f"illegal status line: {bytearray(line.rstrip(_EOL))!r}")
                headers: dict[str, str] = {}
                k = ""
                while True:
                    waiting.reschedule(loop.time() + self.timeout)
                    raw = await reader.readline()
                    size += len(raw)
                    if size > MAX_HEAD_BYTES:
                        raise httpx.RemoteProtocolError("Response headers too long")
                    if raw in (b"\r\n", b"\n"):
                        break
                    if not raw.endswith(b"\n"):
                        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
                    if raw[:1] in (b" ", b"\t") and k:  # an obsolete folded continuation of the header above
                        headers[k] = f"{headers[k]} {_decode(raw.strip())}"
                        continue
                    name, sep, value = raw.partition(b":")
                    if not sep or not name or name != name.strip():
                        raise httpx.RemoteProtocolError(f"illegal header line: {bytearray(raw.rstrip())!r}")
                    k, v = name.decode("latin-1").lower(), _decode(value.strip())
                    headers[k] = f"{headers[k]}, {v}" if k in headers else v
        except TimeoutError as exc:
            raise httpx.ReadTimeout("timed out") from exc
        except ValueError as exc:  # a line longer than the stream's limit
            raise httpx.RemoteProtocolError("Response headers too long") from exc
        except ConnectionError as exc:
            if size == 0:
                raise _Stale from exc
            raise httpx.ReadError(str(exc)) from exc
        except OSError as exc:
            raise httpx.ReadError(str(exc)) from exc
        keep_alive = m.group(1) == b"1.1" and "close" not in headers.get("connection", "").lower()
        return int(m.group(2)), headers, keep_alive

    def _release(self, key: str, conn: _Conn) -> None:
        conn.idle_since = asyncio.get_running_loop().time()
        self._idle.setdefault(key, []).append(conn)

    async def aclose(self) -> None:
        for conns in self._idle.values():
            for conn in conns:
                conn.close()
        self._idle.clear()


class _Stale(Exception):
    """The connection was closed before any byte of a response: the request can be sent again on a new one."""


def _decode(value: bytes) -> str:
    """As httpx decodes header values: ASCII, else UTF-8, else Latin-1."""
    try:
        return value.decode("ascii")
    except UnicodeDecodeError:
        pass
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")
