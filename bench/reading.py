"""Statements + conditions per article, against `trafilatura.extract` on the same pages.

Target: reading the conditions costs less than extracting the text.
"""

from __future__ import annotations

import trafilatura

from bench.common import best_of, report, synthetic_articles
from tests.support.news import article_page

N = 200


def main() -> None:
    import extractors as compiled
    from extractors.base import ArticleText
    from extractors.default import default_extractor
    from extractors.furniture import clean_article_text

    pages = [article_page(t, p, furniture="portal") for t, p in synthetic_articles(N)]
    texts = [clean_article_text(trafilatura.extract(p) or "") for p in pages]
    extractor = default_extractor()
    inputs = [ArticleText(article_id=str(i), text=t) for i, t in enumerate(texts)]

    extract_s = best_of(lambda: [trafilatura.extract(p) for p in pages])
    statements = sum(len(extractor.extract(a)) for a in inputs)
    read_s = best_of(lambda: [extractor.extract(a) for a in inputs])
    report(
        f"Reading statements and conditions ({N} articles, {statements} statements)",
        [
            ("trafilatura.extract (baseline)", f"{N / extract_s:.0f} articles/s"),
            ("statements + conditions", f"{N / read_s:.0f} articles/s"),
            ("cost relative to text extraction", f"{read_s / extract_s:.2f}x (target < 1.0x)"),
            ("reader modules", "compiled (build/mypyc)" if compiled.in_use() else f"pure Python ({compiled.reason})"),
        ],
    )
