"""Canonical URLs: one form per article, whatever link a feed or a share button used.

Lowercase scheme and host, no default port, no `www.`/`m.`/`amp.` prefix, no
fragment, no tracking parameters, the AMP variant mapped to the page itself,
remaining query parameters sorted, no trailing slash.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Tracking and share parameters that never change what page is served.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "mc_cid",
        "mc_eid",
        "ocid",
        "cmpid",
        "cmp",
        "ito",
        "smid",
        "smtyp",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "guccounter",
        "guce_referrer",
        "_ga",
        "_gl",
        "igshid",
        "taid",
        "spm",
        "share",
        "sharing",
        "via",
        "s_cid",
        "cid_source",
        "rss",
        "feed",
        "src",
        "source",
        "mod",
        "xtor",
        "soc_src",
        "soc_trk",
        "tpcc",
        "sr_share",
        "at_medium",
        "at_campaign",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "amp",
        "outputtype",
        "output",
    }
)
TRACKING_PREFIXES = ("utm_", "ns_", "at_", "pk_", "hsa_", "oly_", "vero_", "__twitter")
_AMP_PATH = re.compile(r"(?:/amp)+(?=/|$)|(?<=\w)\.amp(?=\.html?$|$)", re.I)
_HOST_PREFIX = re.compile(r"^(?:www\d?|m|mobile|amp)\.", re.I)


def canonical_url(url: str) -> str:
    """The canonical form of an http(s) URL; anything else comes back stripped of whitespace."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url
    host = _HOST_PREFIX.sub("", parts.hostname.lower())
    port = parts.port
    if port and (parts.scheme.lower(), port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    path = _AMP_PATH.sub("", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit(
        ("https" if parts.scheme.lower() == "https" else "http", host, path, urlencode(sorted(query)), "")
    )


def same_site(a: str, b: str) -> bool:
    """Whether two URLs share a registrable host, loosely (last two labels; IP addresses must be equal).

    A page may name its canonical on a sibling host (www., amp., m.) but not on another site.
    """
    ha, hb = ((urlsplit(u).hostname or "").lower() for u in (a, b))
    if not ha or not hb:
        return False
    if _is_ip(ha) or _is_ip(hb) or "." not in ha or "." not in hb:
        return ha == hb
    return ha.split(".")[-2:] == hb.split(".")[-2:]


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
