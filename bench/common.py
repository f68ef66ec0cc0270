"""Shared pieces of the benchmarks: a timer, a synthetic news corpus, a throwaway config."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

from summitwatch.config import BUNDLED_SEEDS, PROJECT_ROOT, Config, load_config

WORDS = (
    "minister talks border delegation summit energy grain corridor sanctions envoy parliament "
    "budget election mayor region port drone rail harvest exports bank currency court ruling"
).split()


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of `repeat` runs, in seconds: the least noisy estimate on a shared machine."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def paragraph_pool() -> list[str]:
    """Paragraphs of real coverage: the seed corpus and the test articles."""
    paras: list[str] = []
    for path in sorted(BUNDLED_SEEDS.glob("*.txt")) + sorted((PROJECT_ROOT / "tests/data/e2e").glob("*.txt")):
        paras += [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 80]
    return paras


def synthetic_articles(n: int, seed: int = 7) -> list[tuple[str, list[str]]]:
    """`n` distinct articles (title, paragraphs): pooled paragraphs plus a unique sentence each."""
    rng = random.Random(seed)
    pool = paragraph_pool()
    out = []
    for i in range(n):
        paras = rng.sample(pool, k=min(8, len(pool)))
        paras = [p + " " + " ".join(rng.choices(WORDS, k=12)).capitalize() + "." for p in paras]
        out.append((f"Story {i}: " + " ".join(rng.choices(WORDS, k=6)), paras))
    return out


def bench_config(tmp: Path, feeds: list[tuple[str, str]] = (), **fetch: object) -> Config:
    """A config on a fresh warehouse with loopback fetching allowed."""
    lines = [f'[warehouse]\npath = "{tmp / "bench.duckdb"}"', "[fetch]", "allow_private_networks = true"]
    lines += [f"{k} = {v!r}" if not isinstance(v, bool) else f"{k} = {str(v).lower()}" for k, v in fetch.items()]
    for name, url in feeds:
        lines += ["[[feeds]]", f'name = "{name}"', f'url = "{url}"']
    path = tmp / "bench.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_config(path, env={})


def report(title: str, rows: list[tuple[str, str]]) -> None:
    print(f"\n## {title}")
    for k, v in rows:
        print(f"  {k:<48} {v}")
