"""A news site for the pipeline benchmark: the pages of a directory, from memory, HTTP/1.1 with keep-alive.

`python -m bench.pageserver PORT DIRECTORY`. It stands for the sites a pass fetches from, whose work is not
ours. `python -m http.server` did that job before and measured itself instead: HTTP/1.0 (a new connection per
page), a thread per connection and a file read per request, ~3.5 ms of its CPU a page. Fetching the 300
bench pages from it took 1.1 s even with a bare asyncio client (0.15 s of client CPU), 1.3x the
extraction of those pages on its own. Real sites keep connections alive; this server answers a page in
~0.1-0.2 ms of its CPU, so the figures show the pipeline's costs.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path


def _responses(directory: Path) -> dict[bytes, bytes]:
    out = {}
    for path in sorted(directory.iterdir()):
        body = path.read_bytes()
        head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n"
        out[f"/{path.name}".encode()] = head.encode("ascii") + body
    return out


NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nnot found"


async def _serve(port: int, pages: dict[bytes, bytes]) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, _, headers = head.partition(b"\r\n")
                parts = request_line.split(b" ")
                path = parts[1] if len(parts) > 1 else b""
                writer.write(pages.get(path, NOT_FOUND))
                await writer.drain()
                if b"connection: close" in headers.lower():
                    break
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=256)
    async with server:
        await server.serve_forever()


def main(argv: list[str]) -> None:
    port, directory = int(argv[0]), Path(argv[1])
    asyncio.run(_serve(port, _responses(directory)))


if __name__ == "__main__":
    main(sys.argv[1:])
