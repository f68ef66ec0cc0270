"""Near-duplicate detection: sampled word shingles, containment, an indexed candidate lookup.

Why this method (measured on this 2-core machine, November 2026):
- Republished copies differ from the original by ADDED or REMOVED text (other
  boilerplate, a "first appeared on" line, a trimmed last paragraph). Containment
  |A ∩ B| / |A| (taken both ways) measures exactly that, where Jaccard (MinHash)
  and SimHash (trafilatura's fingerprint) drop as soon as one side grows: a copy
  with 30% extra boilerplate has Jaccard ~0.7 but containment 1.0.
- MinHash needs k hash evaluations per shingle (k=64: ~30k per article in pure
  Python). We instead keep the 5-word shingles whose FIRST word hashes to 0 mod 8
  (anchor sampling, after Broder's mod-sampling): deterministic per text, so the
  sample of a contained text is contained in the sample of its container and
  containment is estimated from ~1/8 of the shingles. Fingerprinting costs
  ~0.3 ms per article (0.86 ms when every shingle was hashed with blake2b),
  against ~1.6-3.7 ms for trafilatura's extraction of the page.
- Separation on our corpus (seeds + tests/data/e2e): copies trimmed by a
  paragraph or by half, prefixed with "first appeared on", or with added
  boilerplate all score 1.0; distinct stories on the same topic score <= 0.17
  against each other. THRESHOLD = 0.7 sits well between.
- The sampled estimate is clumpy (anchors are words): articles built from shared
  paragraphs with a true containment of 0.53-0.66 were estimated at 0.70-0.79.
  So a sampled score below VERIFY_BELOW = 0.9 is re-checked on the full shingle
  sets of both texts (~1 ms, only for such borderline candidates).
- Lookup: DuckDB 2.0 answers `band IN (...)` over `article_shingles` with a
  vectorised scan, not the ART index (EXPLAIN shows a Seq Scan even for
  `band = x`): ~1.8-2.7 ms per article at 100k stored originals (~1.8M rows)
  on a quiet machine, 4-7 ms on a busy one, growing with the table. So the
  candidates come from an in-memory copy of the table read once per
  connection, sorted by key (warehouse/candidates.py): a binary search per
  key, flat from 1k to 100k (bench/dedup.py). The table stays narrow (id, key):
  the exact-text hash is stored as one more key, and the candidate's sample
  count is read only when the new text may contain it.
- A batch (`stored_candidates`, used by `articles.store_articles`) looks up all
  its texts at once and checks its candidates' existence in ONE query.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import weakref
from collections.abc import Mapping
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from warehouse.candidates import candidates, forget
from warehouse.db import first_row

# Bump when fingerprints change: saved warehouses re-index their originals once (`ensure_index`).
INDEX_SCHEME = "anchor5-mod8-v1"
SHINGLE_WORDS = 5
SAMPLE_MOD = 8
MIN_EXACT_WORDS = 8  # shorter texts are never called duplicates
MIN_SAMPLES = 4  # below this, a text is too short to judge by shingles: exact match only
THRESHOLD = 0.7  # containment at or above which a text is the same story
VERIFY_BELOW = 0.9  # sampled scores in [THRESHOLD, VERIFY_BELOW) are re-checked on the full texts
MIN_HITS = THRESHOLD * MIN_SAMPLES  # shared samples below which a candidate cannot reach the threshold

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Fingerprint:
    text_hash: str
    samples: tuple[int, ...]
    words: int = 0


@dataclass(frozen=True)
class Match:
    article_id: str
    score: float


def tokens(text: str) -> list[str]:
    """Words of the text, case- and accent-folded, quotes and punctuation ignored."""
    # Quotes, dashes and other punctuation never enter a token, so no mapping is needed for them.
    text = unicodedata.normalize("NFKC", text).casefold()
    return _TOKEN.findall(text)


def fingerprint(text: str) -> Fingerprint:
    """The normalised-text hash and the sampled 5-word shingle hashes of a text.

    A shingle is sampled when its FIRST word's hash is 0 mod `SAMPLE_MOD` (anchor sampling): the
    decision depends on the text alone, so the sample of a contained text is contained in the sample
    of its container, and only ~1/8 of the shingles are ever combined (pure Python, ~0.2 ms/article).
    """
    words = tokens(text)
    text_hash = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
    known = _WORD_HASHES.get
    wh = [known(t) or _word_hash(t) for t in words]  # the cache inline: ~120k lookups a 300-page pass
    samples = set()
    # The shingle's hash is h = ((((w0 * P + w1) * P + w2) * P + w3) * P + w4) mod 2**64, written out as one
    # polynomial (the same number: reducing once at the end is reducing at every step), then mixed by splitmix64's
    # finaliser (it spreads the combined word hashes over all 64 bits).
    p1, p2, p3, p4, mask = _PRIME, _PRIME**2, _PRIME**3, _PRIME**4, _MASK
    for i in [i for i, h in enumerate(wh[: max(0, len(wh) - SHINGLE_WORDS + 1)]) if not h % SAMPLE_MOD]:
        w0, w1, w2, w3, w4 = wh[i : i + SHINGLE_WORDS]
        h = (w0 * p4 + w1 * p3 + w2 * p2 + w3 * p1 + w4) & mask
        h ^= h >> 30
        h = (h * 0xBF58476D1CE4E5B9) & mask
        h ^= h >> 27
        h = (h * 0x94D049BB133111EB) & mask
        samples.add(h ^ (h >> 31))
    return Fingerprint(text_hash, tuple(sorted(samples)), len(words))


_PRIME = 1099511628211
_MASK = (1 << 64) - 1
_WORD_HASHES: dict[str, int] = {}


def _word_hash(word: str) -> int:
    """Stable across processes (unlike `hash`): the index is stored in the warehouse."""
    h = _WORD_HASHES.get(word)
    if h is None:
        h = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "big")
        if len(_WORD_HASHES) < 500_000:
            _WORD_HASHES[word] = h
    return h


def exact_key(fp: Fingerprint) -> int | None:
    """The normalised text's hash as an index key, so exact copies come out of the same lookup."""
    if fp.words < MIN_EXACT_WORDS:  # empty or caption-only pages would all "equal" each other
        return None
    return int(fp.text_hash[:16], 16)


def find_duplicate(con: duckdb.DuckDBPyConnection, fp: Fingerprint, text: str | None = None) -> Match | None:
    """The stored original this text duplicates: same normalised text, or the same story.

    Candidates come from the connection's in-memory index (warehouse/candidates.py: a binary search per key,
    flat in the warehouse's size), plus, only when the new text may CONTAIN a candidate, one lookup of that
    candidate's sample count.
    """
    keys = keys_of(fp)
    if not keys:
        return None
    rows = candidates(con, [(keys, exact_key(fp))])[0]
    return best_match(con, fp, rows, text=text)


def best_match(
    con: duckdb.DuckDBPyConnection,
    fp: Fingerprint,
    rows: list[tuple[str, int, bool]],
    counts: dict[str, int] | None = None,
    text: str | None = None,
    texts: Mapping[str, str] | None = None,
    shingles: Rechecks | None = None,
    text_id: str | None = None,
) -> Match | None:
    """Score candidates (article_id, shared keys, exact-text hit) by containment, both ways.

    With the new `text`, a sampled score below `VERIFY_BELOW` is checked on the full texts (candidate
    texts from `texts` or the warehouse): real copies score ~1.0, so this runs only near the threshold.
    `shingles` keeps the full shingle sets of texts re-checked before (by their article ids), and the new
    text's under `text_id` when it is an original.
    """
    # The best exact-text hit wins outright: most shared keys, then the smallest id. Rows are not sorted as a
    # whole: a batch of similar texts passes hundreds of rows, and below the exact hit order does not matter
    # (the scores are ranked below).
    exact_rows = [r for r in rows if r[2]]
    if exact_rows:
        return Match(min(exact_rows, key=lambda r: (-r[1], r[0]))[0], 1.0)
    mine = len(fp.samples)
    if mine < MIN_SAMPLES:
        return None
    # A candidate can only reach the threshold with at least this many shared samples.
    cands = [(a, hits) for a, hits, _ in rows if hits >= MIN_HITS]
    if not cands:
        return None
    contained = [a for a, hits in cands if hits / mine < THRESHOLD and not (counts and a in counts)]
    theirs = counts or {}
    if contained:
        theirs = {**theirs, **_sample_counts(con, contained)}
    scored = []
    for article_id, hits in cands:
        n = theirs.get(article_id, 0)
        score = max(hits / mine, hits / n if n >= MIN_SAMPLES else 0.0)
        if score >= THRESHOLD:
            scored.append((min(score, 1.0), article_id))
    mine_shingles: set[str] | None = None
    for score, article_id in sorted(scored, reverse=True):
        if score >= VERIFY_BELOW or text is None:
            return Match(article_id, round(score, 3))
        # A sampled estimate near the threshold can be off by ~0.1: decide on the full shingle sets.
        theirs_shingles = shingles.get(article_id) if shingles is not None else None
        if theirs_shingles is None:
            other = (texts or {}).get(article_id)
            if other is None:
                row = first_row(con.execute("SELECT text FROM articles WHERE article_id = ?", [article_id]).fetchall())
                other = row[0] if row else ""
            theirs_shingles = _shingles(other or "")
            if shingles is not None:
                shingles.keep(article_id, theirs_shingles)
        if mine_shingles is None:
            mine_shingles = _shingles(text)
        exact_score = _containment(mine_shingles, theirs_shingles)
        if exact_score >= THRESHOLD:
            return Match(article_id, round(exact_score, 3))
    if mine_shingles is not None and shingles is not None and text_id is not None:
        shingles.keep(text_id, mine_shingles)  # an original now: later texts may be re-checked against it
    return None


class Rechecks:
    """Full shingle sets of texts re-checked near the threshold, by article id, for one connection (a batch, and
    the next batches of a pass, re-check the same originals). Bounded: the oldest go first. An article's text
    never changes once stored; `forget` drops what a rolled-back insert may have left under ids about to be
    stored again."""

    LIMIT = 1000  # ~25 kB a 400-word text

    def __init__(self) -> None:
        self.sets: dict[str, set[str]] = {}

    def get(self, article_id: str) -> set[str] | None:
        return self.sets.get(article_id)

    def keep(self, article_id: str, shingles: set[str]) -> None:
        if len(self.sets) >= self.LIMIT:
            del self.sets[next(iter(self.sets))]
        self.sets[article_id] = shingles

    def forget(self, article_ids: list[str]) -> None:
        for article_id in article_ids:
            self.sets.pop(article_id, None)


def rechecks(con: duckdb.DuckDBPyConnection) -> Rechecks:
    """The connection's `Rechecks`."""
    found = _RECHECKS.get(con)
    if found is None:
        found = _RECHECKS[con] = Rechecks()
    return found


_RECHECKS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def containment(a: str, b: str) -> float:
    """Exact containment of the 5-word shingles, both ways (the larger)."""
    return _containment(_shingles(a), _shingles(b))


def _containment(sa: set[str], sb: set[str]) -> float:
    if not sa or not sb:
        return 0.0
    shared = len(sa & sb)
    return max(shared / len(sa), shared / len(sb))


def _shingles(text: str) -> set[str]:
    w = tokens(text)
    return {" ".join(w[i : i + SHINGLE_WORDS]) for i in range(len(w) - SHINGLE_WORDS + 1)}


def stored_candidates(
    con: duckdb.DuckDBPyConnection, fps: list[Fingerprint], per_text: int = 5
) -> list[list[tuple[str, int, bool]]]:
    """Candidates for MANY texts (a batch), from the in-memory index, with one existence check for all."""
    return candidates(con, [(keys_of(fp), exact_key(fp)) for fp in fps], per_text)


def keys_of(fp: Fingerprint) -> list[int]:
    """What a text is indexed and looked up under: its sampled shingles and its exact-text key."""
    exact = exact_key(fp)
    return list(fp.samples) + ([exact] if exact is not None else [])


def prefetch_sample_counts(
    con: duckdb.DuckDBPyConnection, fps: list[Fingerprint], rows: list[list[tuple[str, int, bool]]]
) -> None:
    """Read, in one query, the sample counts `best_match` will ask for one text at a time (same filter): a
    batch of 50 texts made ~40 single-row queries (~0.3 ms each) before."""
    wanted = [
        article_id
        for fp, cands in zip(fps, rows, strict=True)
        if (mine := len(fp.samples)) >= MIN_SAMPLES
        for article_id, hits, _ in cands
        if hits >= MIN_HITS and hits / mine < THRESHOLD
    ]
    if wanted:
        _sample_counts(con, sorted(set(wanted)))


def prefetch_texts(
    con: duckdb.DuckDBPyConnection,
    fps: list[Fingerprint],
    rows: list[list[tuple[str, int, bool]]],
    known: Rechecks | None = None,
) -> dict[str, str]:
    """Read, in one query, the texts of the stored candidates `best_match` may re-check (a sampled score in
    [THRESHOLD, VERIFY_BELOW), as it scores them), but for those whose shingle sets are `known`: one query per
    re-checked candidate (~0.25 ms each) before. After `prefetch_sample_counts`."""
    counts = _COUNTS.get(con, {})
    wanted: set[str] = set()
    for fp, cands in zip(fps, rows, strict=True):
        mine = len(fp.samples)
        if mine < MIN_SAMPLES or any(exact for _, _, exact in cands):
            continue
        for article_id, hits, _ in cands:
            if hits < MIN_HITS:
                continue
            n = counts.get(article_id) or 0 if hits / mine < THRESHOLD else 0
            score = min(max(hits / mine, hits / n if n >= MIN_SAMPLES else 0.0), 1.0)
            if THRESHOLD <= score < VERIFY_BELOW and not (known and known.get(article_id) is not None):
                wanted.add(article_id)
    if not wanted:
        return {}
    # fetchall, not fetchone: DuckDB 2.0 refuses Arrow registration while a result is unfinished.
    found = con.execute(
        "SELECT article_id, text FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(wanted)]
    ).fetchall()
    return {article_id: text or "" for article_id, text in found}


def _sample_counts(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[str, int]:
    """Sample counts of stored originals; they never change, so a pass remembers the ones it has seen."""
    cache = _COUNTS.setdefault(con, {})
    missing = [a for a in article_ids if a not in cache]
    if missing:
        placeholders = ",".join("?" for _ in missing)
        cache.update(
            con.execute(
                f"SELECT article_id, shingle_count FROM articles WHERE article_id IN ({placeholders})", missing
            ).fetchall()
        )
    return {a: cache.get(a) or 0 for a in article_ids}


_COUNTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


_CHECKED: weakref.WeakSet = weakref.WeakSet()  # connections already checked (ids could be reused)


def ensure_index(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild `article_shingles` if it was built with other fingerprints (checked once per connection)."""
    if con in _CHECKED:
        return
    row = first_row(con.execute("SELECT value FROM meta WHERE key = 'dedup_index'").fetchall())
    if row is None or row[0] != INDEX_SCHEME:
        from warehouse.bulk import insert_rows  # bulk: a saved warehouse may hold 100k originals

        forget(con)
        con.execute("DELETE FROM article_shingles")
        originals = con.execute(
            "SELECT article_id, text FROM articles WHERE duplicate_of IS NULL ORDER BY fetched_at"
        ).fetchall()
        fps = {article_id: fingerprint(text or "") for article_id, text in originals}
        keys = [(a, k) for a, fp in fps.items() for k in keys_of(fp)]
        insert_rows(con, "article_shingles", ["article_id", "band"], keys, types={"band": pa.uint64()}, keyed=False)
        counts = pa.table({"article_id": list(fps), "n": [len(fp.samples) for fp in fps.values()]})
        con.register("_sw_counts", counts)
        try:
            con.execute(
                "UPDATE articles SET shingle_count = c.n FROM _sw_counts c WHERE articles.article_id = c.article_id"
            )
        finally:
            con.unregister("_sw_counts")
        con.execute(
            "INSERT INTO meta VALUES ('dedup_index', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [INDEX_SCHEME],
        )
    _CHECKED.add(con)
