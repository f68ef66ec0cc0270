"""Refusing internal addresses: feeds are third-party content and must not make us fetch our own network.

A feed entry could point at 127.0.0.1, 10.x, 169.254.169.254 or 100.100.100.200
(cloud metadata), an IPv6 form of one of them, and the like. Only globally
routable addresses are fetched (an allow-list, not a list of bad ranges).
Every host is resolved and every address checked, on every redirect hop
(flows/http.py), unless `fetch.allow_private_networks` is true.
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


# Ranges Python's `is_global` lets through on some versions, or that deserve a clearer name.
_NAMED = tuple(
    (ipaddress.ip_network(net), kind)
    for net, kind in (
        ("100.64.0.0/10", "carrier-grade NAT"),  # 100.100.100.200 is a cloud metadata address
        ("192.0.0.0/24", "IETF protocol"),
        ("fec0::/10", "site-local"),
        ("64:ff9b:1::/48", "local NAT64"),
        ("3fff::/20", "documentation"),
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IP = ipaddress.IPv4Address | ipaddress.IPv6Address


def address_kind(ip: str) -> str | None:
    """Why an address may not be fetched ('loopback', 'private', ...), or None for a globally routable one."""
    return classify(ip)[0]


def classify(ip: str) -> tuple[str | None, str | None]:
    """(why refused or None, how it was found: 'the 6to4 form of 127.0.0.1' or None).

    An allow-list: only what Python's `ipaddress` calls global passes, after unwrapping an IPv4 address
    embedded in IPv6 (mapped, NAT64, 6to4, Teredo), which is judged as itself.
    """
    addr = ipaddress.ip_address(ip.split("%")[0])
    inner, form = _embedded_ipv4(addr)
    if form is None:
        return _kind(addr), None
    kind = _kind(inner)
    if kind is None and form == "Teredo":
        kind = "Teredo tunnel"  # 2001::/32 is not global: refused whatever it carries
    return kind, f"the {form} form of {inner}"


def _embedded_ipv4(addr: _IP) -> tuple[_IP, str | None]:
    """The IPv4 address an IPv6 address carries, and the form it is in; else the address itself and None."""
    if not isinstance(addr, ipaddress.IPv6Address):
        return addr, None
    if addr.ipv4_mapped:
        return addr.ipv4_mapped, "IPv4-mapped"
    if addr in _NAT64:
        return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF), "NAT64"
    if addr.sixtofour:
        return addr.sixtofour, "6to4"
    if addr.teredo:
        server, client = addr.teredo
        return (client if _kind(client) or not _kind(server) else server), "Teredo"
    return addr, None


def _kind(addr: _IP) -> str | None:
    checks = (
        ("loopback", addr.is_loopback),
        ("link-local", addr.is_link_local),
        ("multicast", addr.is_multicast),
        ("unspecified", addr.is_unspecified),
    )
    named = next((kind for kind, hit in checks if hit), None)
    named = named or next((kind for net, kind in _NAMED if addr.version == net.version and addr in net), None)
    if named:
        return named
    if addr.is_reserved:
        return "reserved"
    if addr.is_private:
        return "private"
    return None if addr.is_global else "non-global"


def check_addresses(host: str, addresses: Collection[str]) -> None:
    """Raise `Refused` if any address the host resolves to is internal: one bad record is enough to reach inside."""
    for ip in addresses:
        kind, form = classify(ip)
        if kind:
            notes = ([form] if form else []) + ([] if ip == host.strip("[]") else [f"{host} resolves to it"])
            raise Refused(f"refused: {kind} address {ip}" + (f" ({'; '.join(notes)})" if notes else ""))


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
    return sorted({str(info[4][0]) for info in infos})
