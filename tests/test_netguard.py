"""The address guard: only globally routable addresses are fetched (issue 10's audit and ranges).

The ranges the audit found open (carrier-grade NAT, 192.0.0.0/24, 6to4 forms of loopback and link-local,
site-local IPv6) and the 21 encodings of loopback it tried as feed entries are kept here; the encodings go through
the real fetch path against a live loopback server that must see no request at all.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from flows.fetch import fetch_pending_entries
from flows.netguard import Refused, address_kind, check_addresses, check_url
from summitwatch.config import Config, load_config
from tests.conftest import write_config
from tests.support.http import LoopbackServer, Reply
from warehouse.db import open_writer


@pytest.mark.parametrize(
    ("ip", "kind"),
    [
        # the audit's gaps
        ("100.64.0.1", "carrier-grade NAT"),
        ("100.100.100.200", "carrier-grade NAT"),  # a cloud metadata address
        ("100.127.255.254", "carrier-grade NAT"),
        ("192.0.0.1", "IETF protocol"),
        ("192.0.0.9", "IETF protocol"),
        ("192.0.0.170", "IETF protocol"),
        ("2002:7f00:1::1", "loopback"),  # 6to4 of 127.0.0.1
        ("2002:a9fe:a9fe::1", "link-local"),  # 6to4 of 169.254.169.254
        ("2002:a00:1::", "private"),  # 6to4 of 10.0.0.1
        ("fec0::1", "site-local"),
        ("feff::1", "site-local"),
        # embedded IPv4: mapped, NAT64, Teredo
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:169.254.169.254", "link-local"),
        ("::ffff:100.100.100.200", "carrier-grade NAT"),
        ("64:ff9b::7f00:1", "loopback"),
        ("64:ff9b::a9fe:a9fe", "link-local"),
        ("64:ff9b:1::1", "local NAT64"),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback"),  # Teredo, client 127.0.0.1
        ("2001:0:4136:e378:8000:63bf:f7f7:f7f7", "Teredo tunnel"),  # Teredo to a public client: still not global
        ("::127.0.0.1", "reserved"),  # the deprecated IPv4-compatible form
        # the usual ranges
        ("10.0.0.5", "private"),
        ("172.16.3.4", "private"),
        ("192.168.1.1", "private"),
        ("127.0.0.1", "loopback"),
        ("127.255.255.254", "loopback"),
        ("::1", "loopback"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("224.0.0.251", "multicast"),
        ("239.255.255.250", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("0.1.2.3", "private"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("198.18.0.1", "private"),  # benchmarking
        ("192.0.2.1", "private"),  # documentation
        ("198.51.100.1", "private"),
        ("203.0.113.1", "private"),
        ("2001:db8::1", "private"),
        ("3fff::1", "documentation"),
        ("fd00::1", "private"),
        ("fc00::1", "private"),
        ("100::1", "reserved"),  # discard-only
        # globally routable: fetched
        ("93.184.215.14", None),
        ("8.8.8.8", None),
        ("2606:4700::6810:84e5", None),
        ("::ffff:8.8.8.8", None),
        ("64:ff9b::808:808", None),  # DNS64 on an IPv6-only network
        ("2002:808:808::1", None),
    ],
)
def test_only_globally_routable_addresses_pass(ip: str, kind: str | None) -> None:
    assert address_kind(ip) == kind


def test_the_refusal_names_the_embedded_address() -> None:
    with pytest.raises(Refused, match=r"^refused: loopback address 2002:7f00:1::1 \(the 6to4 form of 127\.0\.0\.1\)$"):
        check_addresses("2002:7f00:1::1", ["2002:7f00:1::1"])
    with pytest.raises(Refused, match=r"NAT64 form of 169\.254\.169\.254; news\.example resolves to it"):
        check_addresses("news.example", ["2606:4700::1", "64:ff9b::a9fe:a9fe"])


@pytest.mark.parametrize("url", ["http://[2002:7f00:1::1]/", "http://100.100.100.200/latest/meta-data/",
                                 "http://[fec0::1]:8080/", "http://192.0.0.170/"])
def test_literal_urls_in_the_new_ranges_are_refused(url: str) -> None:
    with pytest.raises(Refused):
        asyncio.run(check_url(url, allow_private=False))


# The audit's 21 encodings of 127.0.0.1 as feed entries; {port} is a live loopback server's.
ENCODINGS = [
    "http://127.0.0.1:{port}/a",
    "http://2130706433:{port}/a",  # decimal
    "http://0x7f000001:{port}/a",  # hex
    "http://0x7f.0x0.0x0.0x1:{port}/a",  # dotted hex
    "http://0177.0.0.1:{port}/a",  # octal
    "http://017700000001:{port}/a",  # octal, one number
    "http://127.1:{port}/a",
    "http://127.0.1:{port}/a",
    "http://127.000.000.001:{port}/a",
    "http://[::ffff:127.0.0.1]:{port}/a",
    "http://[::ffff:7f00:1]:{port}/a",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:{port}/a",
    "http://[2002:7f00:1::1]:{port}/a",
    "http://[64:ff9b::7f00:1]:{port}/a",
    "http://[::1]:{port}/a",
    "http://localhost:{port}/a",
    "http://LocalHost:{port}/a",
    "http://user@127.0.0.1:{port}/a",
    "http://\uff11\uff12\uff17.\uff10.\uff10.\uff11:{port}/a",  # full-width digits
    "http://0:{port}/a",
    "http://0.0.0.0:{port}/a",
]


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_writer(tmp_path / "warehouse.duckdb") as c:
        yield c


def _guarded(tmp_path: Path) -> Config:
    cfg = load_config(write_config(tmp_path), env={})
    return replace(cfg, fetch=replace(cfg.fetch, allow_private_networks=False, max_retries=0))


def test_encodings_of_loopback_are_refused_without_a_connection(
    loopback: LoopbackServer, tmp_path: Path, con: duckdb.DuckDBPyConnection
) -> None:
    loopback.route("/a", Reply(body="<html><body><p>internal</p></body></html>"))
    port = loopback.base_url.rsplit(":", 1)[1]
    urls = [u.format(port=port) for u in ENCODINGS]
    assert len(urls) == 21
    now = datetime.now(UTC).replace(tzinfo=None)
    for i, url in enumerate(urls):
        con.execute("INSERT INTO entries (entry_url, url, discovered_at) VALUES (?, ?, ?)", [f"e{i}", url, now])

    stats = fetch_pending_entries(con, _guarded(tmp_path))

    assert loopback.requests == [], "not one request reached the server"
    assert stats["stored"] == 0 and stats["fetched"] == 0
    rows = con.execute("SELECT url, status, last_error FROM entries ORDER BY entry_url").fetchall()
    assert [(url, status) for url, status, _ in rows if status != "refused"] == []
    assert all(error.startswith("refused: ") for _, _, error in rows)
