"""Refusing internal addresses: feeds are third-party content and must not make us fetch our own network.

A feed entry could point at 127.0.0.1, 10.x, 169.254.169.254 (cloud metadata)
and the like. Every host is resolved and every address checked, on every
redirect hop, unless `fetch.allow_private_networks` is true.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit


class Refused(Exception):
    """A URL we will not fetch; the message is recorded as the reason."""


def forbidden_address(ip: str) -> bool:
    addr = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return (
        addr.is_private
        or addr.is_loopback
        or addr.is_link_local
        or addr.is_multicast
        or addr.is_reserved
        or addr.is_unspecified
    )


def check_addresses(host: str, addresses: list[str]) -> None:
    """Raise `Refused` if any address the host resolves to is internal."""
    for ip in addresses:
        if forbidden_address(ip):
            raise Refused(f"refused: {host} resolves to a private address ({ip})")


async def check_url(url: str, allow_private: bool) -> None:
    """Resolve the URL's host and refuse internal addresses (no-op when private networks are allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Refused(f"refused: not an http(s) URL: {url}")
    if allow_private:
        return
    host = parts.hostname
    try:
        ipaddress.ip_address(host)
        addresses = [host]
    except ValueError:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(
                host, parts.port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM
            )
        except socket.gaierror as exc:
            raise OSError(f"cannot resolve {host}: {exc.strerror or exc}") from exc
        addresses = [info[4][0] for info in infos]
    check_addresses(host, addresses)
