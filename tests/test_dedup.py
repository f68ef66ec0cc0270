"""Deduplication: the same URL in another form, the same text, the same story with other boilerplate."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import trafilatura

from extractors.furniture import clean_article_text
from tests.support.news import FURNITURE, article_page, read_text
from warehouse.articles import NewArticle, article_for_url, article_id_for, store_article
from warehouse.db import open_writer
from warehouse.dedup import find_duplicate, fingerprint

SEEDS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "seed").glob("*.txt"))


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    with open_writer(tmp_path / "w.duckdb") as c:
        for p in SEEDS:
            store_article(
                c, NewArticle(f"seed:{p.stem}", f"seed:{p.stem}", clean_article_text(p.read_text()), is_seed=True)
            )
        yield c


def _seed_id(con: duckdb.DuckDBPyConnection, i: int) -> str:
    return con.execute("SELECT article_id FROM articles WHERE url = ?", [f"seed:{SEEDS[i].stem}"]).fetchone()[0]


def _paras(i: int) -> list[str]:
    return clean_article_text(SEEDS[i].read_text()).split("\n\n")


@pytest.mark.parametrize("furniture", sorted(FURNITURE))
def test_seed_articles_served_as_html_with_other_furniture_are_duplicates(
    con: duckdb.DuckDBPyConnection, furniture: str
) -> None:
    for i in range(len(SEEDS)):
        paras = _paras(i)
        page = article_page(paras[0], paras[1:], furniture=furniture, site="Reprint Daily")
        text = clean_article_text(trafilatura.extract(page))
        stored = store_article(
            con, NewArticle(f"http://reprint/{furniture}/{i}", f"http://reprint/{furniture}/{i}", text)
        )
        assert stored.duplicate_of == _seed_id(con, i), (furniture, SEEDS[i].name)


def test_trimmed_prefixed_and_reworded_boilerplate_copies_are_duplicates(con: duckdb.DuckDBPyConnection) -> None:
    paras = _paras(4)
    variants = {
        "trimmed": "\n\n".join(paras[:-2]),
        "prefixed": "This story first appeared on The Example Wire.\n\n" + "\n\n".join(paras),
        "boilerplate": "\n\n".join(paras) + "\n\nCopyright 2025 Example. Reporting by A. Writer; editing by B. Editor.",
        "case_and_quotes": "\n\n".join(paras).upper().replace('"', "“"),
    }
    for name, text in variants.items():
        stored = store_article(con, NewArticle(f"http://copy/{name}", f"http://copy/{name}", text))
        assert stored.duplicate_of == _seed_id(con, 4), name


def test_a_duplicate_of_a_duplicate_points_at_the_original(con: duckdb.DuckDBPyConnection) -> None:
    text = "\n\n".join(_paras(1))
    first = store_article(con, NewArticle("http://a/1", "http://a/1", text + "\n\nExtra line one."))
    second = store_article(con, NewArticle("http://a/2", "http://a/2", text + "\n\nExtra line two."))
    assert first.duplicate_of == second.duplicate_of == _seed_id(con, 1)


def test_a_different_story_on_the_same_topic_is_not_a_duplicate(con: duckdb.DuckDBPyConnection) -> None:
    title, paras = read_text("e2e/01_istanbul.txt")
    stored = store_article(con, NewArticle("http://n/1", "http://n/1", "\n\n".join([title, *paras])))
    assert stored.duplicate_of is None and stored.created


def test_the_same_canonical_url_is_stored_once(con: duckdb.DuckDBPyConnection) -> None:
    art = NewArticle("http://n/1?utm_source=x", "http://n/1", "A short story about talks.")
    first = store_article(con, art)
    again = store_article(con, NewArticle("http://n/1#frag", "http://n/1", "Another text entirely."))
    assert again.article_id == first.article_id and not again.created
    assert con.execute("SELECT count(*) FROM articles WHERE canonical_url = 'http://n/1'").fetchone()[0] == 1


def test_fingerprint_ignores_case_quotes_and_spacing() -> None:
    a = fingerprint("Peskov said: “Nobody rejects the idea.”  Really.")
    b = fingerprint('PESKOV SAID "nobody rejects the idea" really')
    assert a.text_hash == b.text_hash


def test_fingerprint_is_the_chained_shingle_hash_for_every_length() -> None:
    """`fingerprint` writes the shingle hash out as one polynomial: the same numbers as hashing word by word,
    masking at every step and mixing, for texts shorter than a shingle too."""
    import hashlib

    from warehouse import dedup

    def reference(text: str) -> tuple:
        words = dedup.tokens(text)
        wh = [dedup._word_hash(w) for w in words]
        samples = set()
        for i in range(len(wh) - dedup.SHINGLE_WORDS + 1):
            if wh[i] % dedup.SAMPLE_MOD == 0:
                h = wh[i]
                for j in range(1, dedup.SHINGLE_WORDS):
                    h = (h * dedup._PRIME + wh[i + j]) & dedup._MASK
                h ^= h >> 30
                h = (h * 0xBF58476D1CE4E5B9) & dedup._MASK
                h ^= h >> 27
                h = (h * 0x94D049BB133111EB) & dedup._MASK
                samples.add(h ^ (h >> 31))
        text_hash = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
        return text_hash, tuple(sorted(samples)), len(words)

    words = " ".join(clean_article_text(p.read_text()) for p in SEEDS).split()
    texts = [" ".join(words[:n]) for n in range(0, 40)] + [" ".join(words[i : i + 500]) for i in range(0, 5000, 250)]
    for text in texts:
        fp = fingerprint(text)
        assert (fp.text_hash, fp.samples, fp.words) == reference(text), text[:80]


def test_an_article_whose_id_is_taken_keeps_the_stored_row(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ids are checked free before a batch is inserted without ON CONFLICT; should two canonical URLs' ids
    collide (with a stored row or within the batch), the stored row is kept as ON CONFLICT DO NOTHING keeps it."""
    from warehouse import articles

    first = store_article(con, NewArticle("http://c/1", "http://c/1", "A story about grain corridors and ports."))
    monkeypatch.setattr(articles, "article_id_for", lambda url: first.article_id)
    again = articles.store_articles(con, [
        NewArticle("http://c/2", "http://c/2", "Another story, about drones over a border region."),
        NewArticle("http://c/3", "http://c/3", "A third story, about a court ruling on exports."),
    ])
    assert [s.article_id for s in again] == [first.article_id] * 2
    assert con.execute("SELECT url FROM articles WHERE article_id = ?", [first.article_id]).fetchall() == [
        ("http://c/1",)
    ]
    assert con.execute("SELECT count(*) FROM articles WHERE url LIKE 'http://c/%'").fetchone()[0] == 1


def test_shingle_sets_kept_for_rechecks_never_outlive_a_restored_id(con: duckdb.DuckDBPyConnection) -> None:
    """The connection keeps the full shingle sets of re-checked texts by article id (bounded); storing an article
    drops whatever was kept under its id first (a rolled-back insert of another text under the same URL)."""
    from warehouse.dedup import Rechecks, _shingles, rechecks

    kept = rechecks(con)
    stale = article_id_for("http://r/1")
    kept.keep(stale, {"text of an insert that was rolled back"})
    store_article(con, NewArticle("http://r/1", "http://r/1", "A story about grain corridors, ports and talks."))
    assert kept.get(stale) in (None, _shingles("A story about grain corridors, ports and talks."))

    bounded = Rechecks()
    for i in range(Rechecks.LIMIT + 5):
        bounded.keep(f"a{i}", {str(i)})
    assert len(bounded.sets) == Rechecks.LIMIT and bounded.get("a0") is None and bounded.get(f"a{i}") == {str(i)}


def test_an_exact_copy_of_a_duplicate_finds_the_original(con: duckdb.DuckDBPyConnection) -> None:
    text = "This story first appeared on Example Wire.\n\n" + "\n\n".join(_paras(2))
    first = store_article(con, NewArticle("http://c/1", "http://c/1", text))
    again = store_article(con, NewArticle("http://c/2", "http://c/2", text.lower()))
    assert first.duplicate_of == again.duplicate_of == _seed_id(con, 2)
    score = con.execute("SELECT dup_score FROM articles WHERE url = 'http://c/2'").fetchone()[0]
    assert score == 1.0


def test_empty_and_very_short_texts_are_never_duplicates(con: duckdb.DuckDBPyConnection) -> None:
    for i, text in enumerate(["", "", "Video", "Video", "Live updates follow."]):
        stored = store_article(con, NewArticle(f"http://s/{i}", f"http://s/{i}", text))
        assert stored.duplicate_of is None, (i, text)


def test_a_short_exact_copy_is_a_duplicate(con: duckdb.DuckDBPyConnection) -> None:
    text = "Peskov said on Monday that Putin is ready to meet Zelensky in Istanbul next week."
    first = store_article(con, NewArticle("http://e/1", "http://e/1", text))
    second = store_article(con, NewArticle("http://e/2", "http://e/2", "  " + text.upper() + " "))
    assert first.duplicate_of is None and second.duplicate_of == first.article_id


def test_the_same_url_in_either_column_is_the_same_article(con: duckdb.DuckDBPyConnection) -> None:
    first = store_article(con, NewArticle("http://n/2?ref=rss", "http://n/2", "A short story about talks."))
    by_url = store_article(con, NewArticle("http://m/other", "http://n/2?ref=rss", "Text."))
    assert by_url.article_id == first.article_id and not by_url.created
    assert article_for_url(con, "http://n/2") == article_for_url(con, "http://x", "http://n/2?ref=rss")
    assert article_id_for("http://n/2") == first.article_id and len(first.article_id) == 16


def test_an_indexed_lookup_not_a_scan_of_articles(con: duckdb.DuckDBPyConnection) -> None:
    """The index is read once per connection; a lookup then touches `articles` for a few ids at most."""
    stmts: list[str] = []

    class Spy:
        def __init__(self, real: duckdb.DuckDBPyConnection) -> None:
            self.real = real

        def execute(self, sql: str, *args: object) -> duckdb.DuckDBPyConnection:
            stmts.append(sql)
            return self.real.execute(sql, *args)

    paras = _paras(3)
    spy = Spy(con)
    text = "Syndicated.\n\n" + "\n\n".join(paras) + "\n\nA new closing paragraph."
    assert find_duplicate(spy, fingerprint(text)).article_id == _seed_id(con, 3)
    stmts.clear()
    assert find_duplicate(spy, fingerprint(text + " Updated.")).article_id == _seed_id(con, 3)
    assert len(stmts) <= 1 and all("WHERE article_id IN" in q for q in stmts), stmts  # a sample count at most


def test_an_original_rolled_back_with_its_transaction_is_no_candidate(tmp_path: Path) -> None:
    """The in-memory index keeps what a rolled-back transaction added; its ids are checked, so no phantom."""
    from warehouse.db import transaction

    text = "\n\n".join(_paras(2))
    with open_writer(tmp_path / "rb.duckdb") as c:
        store_article(c, NewArticle("http://first/0", "http://first/0", "A short unrelated note about weather."))
        find_duplicate(c, fingerprint("warm the index up"))
        with pytest.raises(RuntimeError), transaction(c):
            store_article(c, NewArticle("http://gone/1", "http://gone/1", text))
            raise RuntimeError("rolled back")
        copy = store_article(c, NewArticle("http://copy/1", "http://copy/1", "Via a wire.\n\n" + text))
        assert copy.duplicate_of is None and copy.created


def test_a_warehouse_indexed_with_other_fingerprints_is_reindexed_once(tmp_path: Path) -> None:
    text = "\n\n".join(_paras(0))
    with open_writer(tmp_path / "old.duckdb") as c:
        first = store_article(c, NewArticle("http://o/1", "http://o/1", text))
        c.execute("UPDATE article_shingles SET band = band + 1")  # fingerprints of an older scheme
        c.execute("UPDATE meta SET value = 'old' WHERE key = 'dedup_index'")
    with open_writer(tmp_path / "old.duckdb") as c:
        copy = store_article(c, NewArticle("http://o/2", "http://o/2", "First appeared elsewhere.\n\n" + text))
        assert copy.duplicate_of == first.article_id


@pytest.mark.parametrize("furniture", sorted(FURNITURE))
def test_seed_pages_through_the_ingest_extractor_are_duplicates(con: duckdb.DuckDBPyConnection, furniture: str) -> None:
    """The production path: extract_article drops the headline and cleans the body; still the same story."""
    from extractors.article import extract_article

    for i in range(len(SEEDS)):
        paras = _paras(i)
        page = article_page(paras[0] + " - Updated", paras[1:], furniture=furniture, site="Other Outlet")
        article = extract_article(page, f"https://other.example/{furniture}/{i}")
        assert article is not None
        stored = store_article(con, NewArticle(f"https://other/{furniture}/{i}", f"https://other/{furniture}/{i}",
                                               article.text))
        assert stored.duplicate_of == _seed_id(con, i), (furniture, SEEDS[i].name)


def test_quoting_a_paragraph_of_a_story_is_not_duplicating_it(con: duckdb.DuckDBPyConnection) -> None:
    quoted = max(_paras(4), key=len)
    own = [
        "Diplomats in Ankara said on Tuesday that preparations for a leaders' meeting had stalled again.",
        "Turkish officials offered Istanbul as a venue and said they were in touch with both delegations.",
        "A Western diplomat said the sides still disagreed about who should sit at the table and when.",
        "Analysts noted that the Kremlin had repeated its earlier conditions without adding anything new.",
        "Kyiv said it would send its foreign minister to Ankara next week to discuss the proposal in detail.",
    ]
    stored = store_article(con, NewArticle("http://q/1", "http://q/1", "\n\n".join([own[0], quoted, *own[1:]])))
    assert stored.duplicate_of is None


def test_store_article_joins_a_callers_transaction(con: duckdb.DuckDBPyConnection) -> None:
    from warehouse.db import transaction

    text = "\n\n".join(_paras(3)) + "\n\nAn added closing line about the next round of talks."
    with pytest.raises(RuntimeError), transaction(con):
        stored = store_article(con, NewArticle("http://t/1", "http://t/1", text + " One."))
        assert stored.duplicate_of == _seed_id(con, 3)
        raise RuntimeError("the caller fails after storing")
    assert con.execute("SELECT count(*) FROM articles WHERE url = 'http://t/1'").fetchone()[0] == 0
    with transaction(con):
        store_article(con, NewArticle("http://t/2", "http://t/2", "A different short note, not a copy of anything."))
    assert con.execute("SELECT count(*) FROM articles WHERE url = 'http://t/2'").fetchone()[0] == 1


def test_storing_a_batch_gives_what_storing_one_by_one_gives(tmp_path: Path) -> None:
    from warehouse.articles import store_articles

    batch = []
    for i in range(len(SEEDS)):
        paras = _paras(i)
        batch += [
            NewArticle(f"http://b/{i}/trim", f"http://b/{i}/trim", "\n\n".join(paras[:-1])),
            NewArticle(f"http://b/{i}/new", f"http://b/{i}/new", f"Fresh story {i} about other things entirely, "
                       "with a long enough text to be indexed on its own words and phrases here."),
        ]
    title, paras = read_text("e2e/01_istanbul.txt")
    story = "\n\n".join([title, *paras])
    batch += [
        NewArticle("http://b/ist", "http://b/ist", story),
        NewArticle("http://b/ist-copy", "http://b/ist-copy", "First appeared on Wire.\n\n" + story),
        NewArticle("http://b/ist-exact", "http://b/ist-exact", story.upper()),
        NewArticle("http://b/ist?again", "http://b/ist", "the same canonical URL again"),
    ]
    results = {}
    for mode in ("one", "batch"):
        with open_writer(tmp_path / f"{mode}.duckdb") as c:
            for p in SEEDS:
                store_article(c, NewArticle(f"seed:{p.stem}", f"seed:{p.stem}", clean_article_text(p.read_text())))
            stored = [store_article(c, a) for a in batch] if mode == "one" else store_articles(c, batch)
            rows = c.execute("SELECT article_id, duplicate_of, dup_score, shingle_count, text_hash FROM articles"
                             " ORDER BY article_id").fetchall()
            index = c.execute("SELECT article_id, band FROM article_shingles ORDER BY ALL").fetchall()
            results[mode] = (stored, rows, index)
    assert results["one"] == results["batch"]
    stored = results["batch"][0]
    assert stored[-3].duplicate_of == stored[-2].duplicate_of == stored[-4].article_id
    assert stored[-1] == type(stored[-1])(stored[-4].article_id, None, created=False)


def test_every_duplicate_really_shares_the_threshold_of_text(tmp_path: Path) -> None:
    """Articles mixing paragraphs of the seeds overlap a lot: sampled scores near 0.7 are re-checked exactly."""
    import random

    from warehouse.articles import store_articles
    from warehouse.dedup import THRESHOLD, containment

    pool = [p for i in range(len(SEEDS)) for p in _paras(i) if len(p) > 80]
    rng = random.Random(5)
    texts = {f"http://mix/{i}": "\n\n".join(rng.sample(pool, 6)) for i in range(150)}
    with open_writer(tmp_path / "mix.duckdb") as c:
        stored = store_articles(c, [NewArticle(u, u, t) for u, t in texts.items()])
        by_id = {s.article_id: u for s, u in zip(stored, texts, strict=True)}
        dups = [(u, s.duplicate_of) for s, u in zip(stored, texts, strict=True) if s.duplicate_of]
        for url, original in dups:
            assert containment(texts[url], texts[by_id[original]]) >= THRESHOLD, url
        one_by_one = [store_article(c, NewArticle(u + "?b", u + "?b", t)) for u, t in list(texts.items())[:20]]
        assert all(s.duplicate_of for s in one_by_one), "exact copies are always found"
