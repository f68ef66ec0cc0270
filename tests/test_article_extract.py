"""Article extraction: the body without furniture, the metadata we store, the title not repeated."""

from __future__ import annotations

from datetime import UTC, datetime

import trafilatura

from extractors.article import extract_article
from tests.conftest import PROJECT
from tests.support.news import FURNITURE, article_page, read_text

PUBLISHED = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)


def test_body_metadata_and_no_furniture() -> None:
    title, paras = read_text("e2e/01_istanbul.txt")
    page = article_page(title, paras, PUBLISHED, furniture="portal", canonical="https://example.org/a/istanbul")
    art = extract_article(page.encode("utf-8"), "https://example.org/a/istanbul?utm_source=rss")
    assert art is not None
    assert art.title == title  # " | Example News" dropped
    assert art.sitename == "Example News"
    assert art.canonical_url == "https://example.org/a/istanbul"
    assert art.language == "en"
    assert art.published_at == PUBLISHED.replace(tzinfo=None)
    assert paras[0][:60] in art.text and paras[-1][:60] in art.text
    assert not art.text.startswith(title)  # trafilatura repeats the headline: stripped
    for furniture in ("Related Articles", "cookies", "$9,000", "All rights reserved", "World"):
        assert furniture not in art.text


def test_syndicated_copies_keep_their_text() -> None:
    """trafilatura's `deduplicate` remembers paragraphs across calls: it must stay off or copies come back empty."""
    title, paras = read_text("e2e/01_istanbul.txt")
    first = extract_article(article_page(title, paras, furniture="portal"), "https://a.example/1")
    second = extract_article(article_page(title, paras, furniture="syndicated"), "https://b.example/1")
    assert first is not None and second is not None
    assert paras[1][:60] in second.text


def test_a_page_without_an_article_gives_none() -> None:
    assert extract_article(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "https://x.example/") is None
    assert extract_article(b"", "https://x.example/") is None


def test_trafilatura_runs_once_per_page_without_its_metadata_pass(monkeypatch) -> None:
    """Our overhead stays small by construction: one `extract` per page, no metadata pass (~40% of its cost).

    The timing itself is a benchmark (`python -m bench.article`), not a test: a loaded machine must pass.
    """
    calls: list[dict] = []
    real = trafilatura.extract

    def spy(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "extract", spy)
    title, paras = read_text("e2e/03_ceasefire_dropped.txt")
    for i in range(3):
        assert extract_article(article_page(f"{title} {i}", paras, PUBLISHED).encode(), "https://example.org/a")
    assert len(calls) == 3
    assert not any(c.get("with_metadata") or c.get("output_format", "txt") != "txt" for c in calls)


def test_a_latin1_page_keeps_its_title() -> None:
    """The audit stored 'Gen\\ufffdve': the head was decoded as UTF-8 whatever the page declared."""
    title, paras = read_text("e2e/01_istanbul.txt")
    paras = [p.replace("Istanbul", "Genève") for p in paras]
    utf8 = article_page("Talks in Genève, says Zürich envoy", paras, PUBLISHED)
    latin1 = "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
    declared = extract_article(utf8.replace("<meta charset='utf-8'>", latin1).encode("latin-1"), "https://a.example/")
    assert declared is not None and declared.title == "Talks in Genève, says Zürich envoy"
    assert "Genève" in declared.text and "\ufffd" not in declared.text
    # Undeclared: the title is read as Windows-1252 once it is not valid UTF-8 (the body is trafilatura's guess).
    undeclared = extract_article(utf8.replace("<meta charset='utf-8'>", "").encode("latin-1"), "https://a.example/")
    assert undeclared is not None and undeclared.title == "Talks in Genève, says Zürich envoy"
    assert extract_article(utf8.encode("utf-8"), "https://example.org/a").title == "Talks in Genève, says Zürich envoy"



def _gate_pages() -> dict[str, str]:
    """Article pages of every furniture kind, and shapes where trafilatura's comparison must run."""
    pages = {}
    for path in sorted((PROJECT / "tests/data/e2e").glob("*.txt")):
        title, paras = read_text(f"e2e/{path.name}")
        for furniture in FURNITURE:
            pages[f"{path.stem}/{furniture}"] = article_page(title, paras, PUBLISHED, furniture=furniture)
    title, paras = read_text("e2e/01_istanbul.txt")
    ps = "".join(f"<p>{p}</p>" for p in paras)
    pages |= {
        "compare/links around": f"<html><body><nav>{'<a href=/x>link text number</a> ' * 200}</nav>"
        f"<article>{ps}</article></body></html>",
        "compare/layout table": f"<html><body><table><tr><td>{'</td></tr><tr><td>'.join(paras)}</td></tr></table>",
        "compare/line breaks": f"<html><body><div id='x'>{'<br><br>'.join(paras)}</div></body></html>",
        "compare/short": f"<html><body><article><p>{paras[0][:120]}</p></article></body></html>",
        "compare/teaser": f"<html><body><div class='post-content'><p>{paras[0]}</p></div><div class='x'>"
        + "".join(f"<div>{p}</div>" for p in paras[1:] * 3)
        + "</div></body></html>",
    }
    return pages


def test_the_comparison_gate_changes_no_extraction(monkeypatch) -> None:
    """Pages skip trafilatura's readability/justext comparison only when its own rules would keep the text:
    every page extracts to the same article with the gate and without it."""
    from extractors import comparison_gate

    pages = _gate_pages()
    monkeypatch.setattr(comparison_gate, "ENABLED", False)
    full = {name: extract_article(page.encode("utf-8"), "https://example.org/a") for name, page in pages.items()}
    monkeypatch.setattr(comparison_gate, "ENABLED", True)
    if not comparison_gate.install():  # another trafilatura than the one the rules were read from: no gate
        return
    decisions = {}
    for name, page in pages.items():
        before = dict(comparison_gate.counts)
        assert extract_article(page.encode("utf-8"), "https://example.org/a") == full[name], name
        decisions[name] = "skipped" if comparison_gate.counts["skipped"] > before["skipped"] else "compared"
    assert {n: d for n, d in decisions.items() if n.startswith("compare/")} == dict.fromkeys(
        [n for n in pages if n.startswith("compare/")], "compared"
    )
    assert all(d == "skipped" for n, d in decisions.items() if n.endswith(("/portal", "/plain")))


def test_the_comparison_gate_leaves_other_callers_of_trafilatura_alone() -> None:
    from extractors import comparison_gate

    title, paras = read_text("e2e/01_istanbul.txt")
    page = article_page(title, paras, PUBLISHED)
    extract_article(page.encode("utf-8"), "https://example.org/a")  # installs the gate if it can
    before = dict(comparison_gate.counts)
    trafilatura.extract(page)
    assert comparison_gate.counts == before, "outside extract_article trafilatura runs its full cascade"
