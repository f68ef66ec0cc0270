"""Run every benchmark and print the figures (`make bench`). `python -m bench polling` runs one."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from bench import article, dedup, idle, pipeline, polling, reading  # noqa: E402

SUITES = {
    "idle": idle.main, "article": article.main,
    "pipeline": pipeline.main, "polling": polling.main, "dedup": dedup.main, "reading": reading.main,
}


def main(argv: list[str]) -> int:
    names = argv or list(SUITES)
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(SUITES)}", file=sys.stderr)
        return 2
    print("SummitWatch benchmarks (ratios are measured against a baseline in the same run)")
    for name in names:
        SUITES[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
