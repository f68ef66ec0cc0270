"""Canonical URLs: the forms a feed, a share button or an AMP cache give one article all map to one key."""

from __future__ import annotations

import pytest

from extractors.urls import canonical_url, same_site

BASE = "https://example.org/world/2026/11/talks"


@pytest.mark.parametrize(
    "variant",
    [
        "HTTPS://Example.ORG/world/2026/11/talks",
        "https://example.org:443/world/2026/11/talks",
        "https://example.org/world/2026/11/talks/",
        "https://example.org/world/2026/11/talks#comments",
        "https://example.org/world/2026/11/talks?utm_source=rss&utm_medium=feed&utm_campaign=x",
        "https://example.org/world/2026/11/talks?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2",
        "https://example.org/world/2026/11/talks?ocid=rss&cmpid=x&at_medium=RSS&at_campaign=y",
        "https://www.example.org/world/2026/11/talks",
        "https://amp.example.org/world/2026/11/talks",
        "https://example.org/amp/world/2026/11/talks",
        "https://example.org/world/2026/11/talks/amp",
        "https://example.org/world/2026/11/talks/amp/",
        "https://example.org/world/2026/11/talks?amp",
        "https://example.org/world/2026/11/talks?amp=1",
        "https://example.org/world/2026/11/talks?outputType=amp",
        "https://example.org/world/2026/11/talks.amp",
    ],
)
def test_variants_of_one_article_share_a_canonical_url(variant: str) -> None:
    assert canonical_url(variant) == BASE


def test_amp_html_suffix_maps_to_the_page() -> None:
    assert canonical_url("https://example.org/a/story.amp.html") == "https://example.org/a/story.html"


def test_meaningful_query_parameters_are_kept_and_sorted() -> None:
    url = "https://example.org/article.php?utm_source=x&page=2&id=17"
    assert canonical_url(url) == "https://example.org/article.php?id=17&page=2"


def test_non_default_port_and_scheme_are_kept() -> None:
    assert canonical_url("http://127.0.0.1:8080/a/b/") == "http://127.0.0.1:8080/a/b"
    assert canonical_url("http://example.org:80/") == "http://example.org/"


def test_words_containing_amp_are_not_touched() -> None:
    assert canonical_url("https://example.org/camp/ampersand-champ") == "https://example.org/camp/ampersand-champ"


def test_non_http_urls_come_back_unchanged() -> None:
    assert canonical_url(" seed:001 ") == "seed:001"


def test_same_site_compares_registrable_hosts() -> None:
    assert same_site("https://www.example.org/a", "https://amp.example.org/b")
    assert not same_site("https://example.org/a", "https://evil.example.com/a")


def test_same_site_wants_equal_ip_addresses() -> None:
    assert same_site("http://127.0.0.1:8000/a", "http://127.0.0.1:9000/b")
    assert not same_site("http://127.0.0.1/a", "http://10.0.0.1/a")
    assert not same_site("http://localhost/a", "http://otherhost/a")
