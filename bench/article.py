"""`extract_article` against bare `trafilatura.extract` on the same pages (moved out of the tests: issue 10).

Target: our head regexes, furniture cleaning and title handling cost at most ~30% on top of trafilatura.
Run with `python -m bench.article`.
"""

from __future__ import annotations

import trafilatura

from bench.common import best_of, report, synthetic_articles
from tests.support.news import article_page

N = 100


def main() -> None:
    from extractors.article import extract_article

    pages = [article_page(t, p, furniture="portal").encode() for t, p in synthetic_articles(N)]
    bare = best_of(lambda: [trafilatura.extract(p) for p in pages])
    ours = best_of(lambda: [extract_article(p, "https://example.org/a") for p in pages])
    report(
        f"Article extraction ({N} pages)",
        [
            ("trafilatura.extract, ms per page", f"{bare / N * 1000:.2f}"),
            ("extract_article, ms per page", f"{ours / N * 1000:.2f}"),
            ("overhead (target <= 1.3x)", f"{ours / bare:.2f}x"),
        ],
    )


if __name__ == "__main__":
    main()
