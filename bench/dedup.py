"""Near-duplicate lookup per article with 100k stored articles, against the cost of extracting one.

The 100k articles are synthetic (random text over a 5,000-word vocabulary) and
bulk-loaded through Arrow; lookups are real `find_duplicate` calls for copies
of stored articles (with added boilerplate) and for new texts, after the
connection has read its in-memory candidate index (timed on its own: a pass
pays it once). The same lookups against 1k stored articles show how the cost
scales.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import trafilatura

from bench.common import best_of, report, synthetic_articles
from tests.support.news import article_page

STORED = 100_000
SMALL = 1_000
WORDS_PER_ARTICLE = 150
QUERIES = 200


def _corpus(n: int, rng: random.Random) -> list[str]:
    vocab = [f"w{i}" for i in range(5000)]
    return [" ".join(rng.choices(vocab, k=WORDS_PER_ARTICLE)) for _ in range(n)]


def _load(con, texts: list[str]) -> None:  # noqa: ANN001 - a DuckDB connection
    from warehouse.dedup import fingerprint

    ids, shingle_ids, shingles, hashes, counts = [], [], [], [], []
    for i, text in enumerate(texts):
        fp = fingerprint(text)
        aid = f"{i:016x}"
        ids.append(aid)
        hashes.append(fp.text_hash)
        counts.append(len(fp.samples))
        shingle_ids += [aid] * len(fp.samples)
        shingles += list(fp.samples)
    now = datetime(2026, 1, 1)
    articles = pa.table(
        {
            "article_id": ids,
            "url": [f"https://bench.example/{a}" for a in ids],
            "text_hash": hashes,
            "shingle_count": pa.array(counts, pa.int32()),
        }
    )
    con.register("bench_articles", articles)
    con.execute(
        "INSERT INTO articles (article_id, url, canonical_url, fetched_at, text_hash, shingle_count, is_seed)"
        " SELECT article_id, url, url, ?, text_hash, shingle_count, false FROM bench_articles",
        [now],
    )
    con.register("bench_shingles", pa.table({"article_id": shingle_ids, "band": pa.array(shingles, pa.uint64())}))
    con.execute("INSERT INTO article_shingles SELECT article_id, band FROM bench_shingles")
    con.unregister("bench_articles")
    con.unregister("bench_shingles")


def _lookups(con, queries: list[str]) -> tuple[float, int]:  # noqa: ANN001
    from warehouse.dedup import find_duplicate, fingerprint

    t0 = time.perf_counter()
    found = sum(find_duplicate(con, fingerprint(q)) is not None for q in queries)
    return (time.perf_counter() - t0) / len(queries), found


def main() -> None:
    from warehouse.db import open_writer

    rng = random.Random(11)
    texts = _corpus(STORED, rng)
    # Copies of articles stored in both runs (the first 1k), so that both do the same work.
    copies = [t + " This story first appeared on Example Wire." for t in rng.sample(texts[:SMALL], QUERIES // 2)]
    fresh = _corpus(QUERIES // 2, random.Random(99))
    queries = copies + fresh

    pages = [article_page(t, p) for t, p in synthetic_articles(50)]
    extract_s = best_of(lambda: [trafilatura.extract(p) for p in pages]) / len(pages)

    results = {}
    for n in (SMALL, STORED):
        with tempfile.TemporaryDirectory() as tmp, open_writer(Path(tmp) / "dedup.duckdb") as con:
            t0 = time.perf_counter()
            _load(con, texts[:n])
            load_s = time.perf_counter() - t0
            from warehouse.candidates import index_for

            t0 = time.perf_counter()
            index_for(con)  # read once per pass (per writer connection), at its first lookup
            build_s = time.perf_counter() - t0
            per, found = _lookups(con, queries)
            results[n] = (per, found, load_s, build_s)
    per_small, _, _, _ = results[SMALL]
    per_big, found_big, load_big, build_big = results[STORED]
    report(
        f"Near-duplicate lookup ({QUERIES} lookups: {QUERIES // 2} republished copies, {QUERIES // 2} new texts)",
        [
            ("trafilatura.extract per article (baseline)", f"{extract_s * 1000:.2f} ms"),
            (f"lookup with {SMALL:,} stored articles", f"{per_small * 1000:.2f} ms"),
            (f"lookup with {STORED:,} stored articles", f"{per_big * 1000:.2f} ms  ({found_big} duplicates found)"),
            ("lookup at 100k relative to extraction", f"{per_big / extract_s:.2f}x"),
            ("lookup at 100k relative to 1k (scaling)", f"{per_big / per_small:.2f}x"),
            ("bulk load of 100k articles (fingerprint + index)", f"{load_big:.1f} s"),
            ("reading the 100k index into memory (once a pass)", f"{build_big:.2f} s"),
        ],
    )
