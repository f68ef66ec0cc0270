"""Skipping trafilatura's readability/justext comparison where it provably keeps trafilatura's own text.

After its own extractor, trafilatura (not in `fast` mode) runs readability on the page and may take its
text instead, then may try justext (external.py, `compare_extraction`): ~0.7 ms of the ~2.5 ms a bench
page costs. `fast` mode skips that, but also keeps teasers in its own extraction and drops a justext
candidate later on, so it can store another text. Here only the comparison is skipped, and only when its
own rules say it would keep the own result unchanged (trafilatura 2.3.1, external.py):

- justext is tried only for an "unclean" result (an aside, nav, figure ... in it: SANITIZED_XPATH) or
  one shorter than `min_extracted_size`;
- readability is preferred only if the own text is empty, if readability's text is over twice as long,
  if the own result has no paragraph text or more tables than paragraphs (once readability's text is
  long enough), or in recall mode.

Readability returns part of the page's text (plus "VIDEO" for each video iframe it keeps), and trimming
whitespace never lengthens a part, so when the page's whole text is at most twice the own text, its
text cannot be over twice as long. A page that passes all of these gets exactly the text the full
cascade would give; any other page, or another trafilatura version than the one these rules were read
from, runs the full cascade. Outside `extract_article` (the benchmark's baseline, any other caller)
trafilatura runs unchanged.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import copy
from typing import Any

import trafilatura
import trafilatura.core as _core
from trafilatura.external import SANITIZED_XPATH, compare_extraction
from trafilatura.main_extractor import extract_content

CHECKED_VERSIONS = ("2.3.1",)  # whose cascade (core.py, external.py, readability_lxml.py) the rules were read from
VIDEO_MARK = len("VIDEO") + 1  # what readability writes into a video iframe it keeps, and a space

ENABLED = True  # False: the full cascade for every page (tests compare both)
_active = contextvars.ContextVar("comparison_gate", default=False)
counts = {"skipped": 0, "compared": 0}  # pages of this process, for the benchmark and tests


def own_result_stands(body: Any, text: str, tree: Any, options: Any) -> bool:
    """True when `compare_extraction` would return (body, text) unchanged, by its own rules."""
    n = len(text)
    if options.focus == "recall" or n < options.min_extracted_size or body.xpath(SANITIZED_XPATH):
        return False
    if not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(body.findall(".//p")):
        return False
    page = len(" ".join(tree.text_content().split())) + VIDEO_MARK * sum(1 for _ in tree.iter("iframe"))
    return page <= 2 * n


def _gated(original: Callable[..., Any]) -> Callable[..., Any]:
    def extract_and_compare(cleaned_tree: Any, cleaned_tree_backup: Any, tree: Any, options: Any) -> Any:
        if not _active.get() or options.fast or options.focus == "recall":
            return original(cleaned_tree, cleaned_tree_backup, tree, options)
        postbody, temp_text = extract_content(cleaned_tree, options)
        if own_result_stands(postbody, temp_text, tree, options):
            counts["skipped"] += 1
            return postbody, temp_text
        counts["compared"] += 1
        return compare_extraction(cleaned_tree_backup, copy(tree), postbody, temp_text, options)

    extract_and_compare.original = original  # type: ignore[attr-defined]
    return extract_and_compare


def installed() -> bool:
    return hasattr(getattr(_core, "_extract_and_compare", None), "original")


def install() -> bool:
    """Put the gate in front of trafilatura's comparison step, once, for a checked version only."""
    if installed():
        return True
    if trafilatura.__version__ not in CHECKED_VERSIONS or not callable(getattr(_core, "_extract_and_compare", None)):
        return False
    _core._extract_and_compare = _gated(_core._extract_and_compare)  # noqa: SLF001
    return True


@contextmanager
def gate() -> Iterator[None]:
    """Within this block (this thread or task only), pages that pass the gate skip the comparison."""
    token = _active.set(ENABLED and install())
    try:
        yield
    finally:
        _active.reset(token)
