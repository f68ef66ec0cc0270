"""Refusing internal addresses: feeds are third-party content and must not make us fetch our own network.

A feed entry could point at 127.0.0.1, 10.x, 169.254.169.254 (cloud metadata)
and the like. Every host is resolved and every address checked, on every
redirect hop (flows/http.py), unless `fetch.allow_private_networks` is true.
Resolving first and connecting later leaves a small DNS-rebinding window; the
check still stops every link and redirect that names an internal host.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Collection
from urllib.parse import urlsplit


class Refused(Exception):
    """A URL we will not fetch; the message is recorded as the reason."""


def address_kind(ip: str) -> str | None:
    """Why an address is internal ('private', 'loopback', ...), or None for a public address."""
    addr = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    checks = (
        ("loopback", addr.is_loopback),
        ("link-local", addr.is_link_local),
        ("multicast", addr.is_multicast),
        ("unspecified", addr.is_unspecified),
        ("reserved", addr.is_reserved),
        ("private", addr.is_private),
    )
    return next((kind for kind, hit in checks if hit), None)


def forbidden_address(ip: str) -> bool:
    """True for any address we refuse to fetch from."""
    return address_kind(ip) is not None


def check_addresses(host: str, addresses: Collection[str]) -> None:
    """Raise `Refused` if any address the host resolves to is internal: one bad record is enough to reach inside."""
    for ip in addresses:
        kind = address_kind(ip)
        if kind:
            via = "" if ip == host.strip("[]") else f" ({host} resolves to it)"
            raise Refused(f"refused: {kind} address {ip}{via}")


async def check_url(url: str, allow_private: bool, exempt: Collection[str] = ()) -> None:
    """Resolve the URL's host and refuse internal addresses.

    `exempt` lists `host:port` pairs trusted anyway (a test's own loopback server); nothing is checked when
    private networks are allowed.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Refused(f"refused: not an http(s) URL: {url}")
    if allow_private or parts.netloc.lower() in exempt:
        return
    host = parts.hostname
    try:
        ipaddress.ip_address(host)
        addresses = [host]
    except ValueError:
        addresses = await _resolve(host, parts.port or (443 if parts.scheme == "https" else 80))
    check_addresses(host, addresses)


async def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise OSError(f"cannot resolve {host}: {exc.strerror or exc}") from exc
    return sorted({info[4][0] for info in infos})
