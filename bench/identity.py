"""Every statement the reader makes on every shipped input, one line per input, for `cmp` between two builds.

    PYTHONHASHSEED=0 python -m bench.identity OUT            # compiled if the build matches, else pure
    PYTHONHASHSEED=0 SUMMITWATCH_PURE_PYTHON=1 python -m bench.identity OUT.pure
    cmp OUT OUT.pure

Inputs (5,619 on 2026-12-03): every article of every labelled corpus under corpus/ with and without its date, the
seed texts, every case of the sentence sets alone and after its context, every probe of corpus/probes/*.jsonl with
and without its context, and the bench's 200 reading texts with and without a date. Each line is the input's name
and the repr of `extract`'s statements (conditions, rules and confidences included). The first line says whether
the compiled modules were in use; it is the one line that differs between a compiled and a pure run.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import extractors as compiled
from extractors.base import ArticleText

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DAY = date(2025, 6, 1)


def inputs() -> Iterator[tuple[str, ArticleText]]:
    from bench.common import synthetic_articles
    from extractors.furniture import clean_article_text
    from summitwatch.evaluate import labelled_seeds

    for corpus in sorted(p for p in CORPUS.iterdir() if (p / "articles").is_dir()):
        for f in sorted((corpus / "articles").glob("*.json")):
            a = json.loads(f.read_text(encoding="utf-8"))
            for published in (date.fromisoformat(a["published"][:10]) if a.get("published") else None, None):
                yield (f"{corpus.name}/{f.name} {published}",
                       ArticleText(a["id"], a["text"], a.get("title"), published, a.get("outlet"), a.get("url")))
    for s in labelled_seeds(CORPUS / "seed", None):
        yield f"seed/{s.doc}", ArticleText(s.doc, s.text, s.title, s.published, s.outlet, s.url)
    for path in sorted(CORPUS.glob("sentences*/*.jsonl")) + sorted((CORPUS / "probes").glob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            case = json.loads(line)
            text = case.get("sentence") or case.get("text") or ""
            name = f"{path.parent.name}/{path.name}:{i}"
            yield name, ArticleText(name, text, published=DAY)
            if case.get("context"):
                yield f"{name} +context", ArticleText(name, f"{case['context']} {text}", published=DAY)
    try:
        import trafilatura

        from tests.support.news import article_page
    except ImportError:
        return
    for i, (title, paragraphs) in enumerate(synthetic_articles(200)):
        text = clean_article_text(trafilatura.extract(article_page(title, paragraphs, furniture="portal")) or "")
        for published in (None, DAY):
            yield f"bench/{i} {published}", ArticleText(str(i), text, published=published)


def main(out: str) -> int:
    from extractors.default import default_extractor

    reader = default_extractor()
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(("compiled" if compiled.in_use() else f"pure ({compiled.reason})") + "\n")
        for name, article in inputs():
            fh.write(f"{name}: {reader.extract(article)!r}\n")
            n += 1
    print(f"{n} inputs -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
