"""A Prefect artifact per pass, so the Prefect UI shows what each scheduled run did without SQL.

The summary comes from flows/monitor.py: `feeds`, `articles`, `statements` and
`alerts` dicts of counters. Unknown keys are shown as they are, so a stage can
add a counter without touching this file. `problems` names what failed and why
(feeds, articles, alerts): it is shown first, under "Needs attention".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

STAGES = ("feeds", "articles", "statements", "alerts")
# The headline numbers, by stage and counter name (the first that exists wins).
HEADLINE = (
    ("feeds polled", "feeds", ("polled", "due")),
    ("feeds failed", "feeds", ("failed",)),
    ("new articles", "articles", ("stored",)),
    ("duplicates", "articles", ("duplicates",)),
    ("changes", "statements", ("changes",)),
    ("alerts sent", "alerts", ("sent",)),
    ("alerts pending", "alerts", ("pending",)),
    ("alerts failed", "alerts", ("failed",)),
)

log = logging.getLogger(__name__)


def idle_poll_warning(configured_feeds: int, feed_stats: dict[str, int]) -> str | None:
    """Why a pass polled nothing, or None: zero feeds polled must never pass silently (exit 0, `due=0`)."""
    if feed_stats.get("due"):
        return None
    if not configured_feeds:
        return "this pass polled no feeds: none are configured (`feeds = []`; without it the curated list is used)"
    return f"this pass polled no feeds: none of the {configured_feeds} configured feeds is due (backing off)"


def run_markdown(summary: dict[str, Any]) -> str:
    """The artifact's text: headline numbers, then every counter per stage."""
    lines = [f"# SummitWatch pass `{summary.get('run_id', '?')}`", ""]
    lines.append(f"Started {summary.get('started_at', '?')}, took {summary.get('seconds', '?')} s.")
    if summary.get("status") == "undelivered":
        lines += ["", "**No alert could be delivered**: they stay pending for the next pass."]
    for warning in summary.get("warnings") or []:
        lines += ["", f"> warning: {warning}"]
    lines += problems_markdown(summary.get("problems") or {})
    lines += ["", "| | |", "|---|---:|"]
    for label, stage, keys in HEADLINE:
        counters = summary.get(stage) or {}
        value = next((counters[k] for k in keys if k in counters), "–")
        lines.append(f"| {label} | {value} |")
    for stage in STAGES:
        counters = summary.get(stage) or {}
        if counters:
            lines += ["", f"## {stage}", "", "| counter | value |", "|---|---:|"]
            lines += [f"| {k} | {v} |" for k, v in counters.items()]
    return "\n".join(lines) + "\n"


def feed_line(p: dict) -> str:
    """One failing feed for a terminal or a log: which, why, since when, and when it is tried again.

    `failed feed: Dead outlet: ConnectError: ... (failing since 2026-12-04 16:08 UTC, 3 failed polls; next try
    2026-12-04 16:24 UTC)`; a feed backing off, not polled in this pass, says so instead of `failed`.
    """
    state = "failed feed" if p.get("polled", True) else "failing feed (backing off, not polled in this pass)"
    when = []
    if p.get("failing_since"):
        count = p.get("consecutive_failures") or 1
        when.append(f"failing since {p['failing_since']}, {count} failed poll{'s' if count != 1 else ''}")
    if p.get("next_poll_at"):
        when.append(f"next try {p['next_poll_at']}")
    return f"{state}: {p['name']}: {p['reason']}" + (f" ({'; '.join(when)})" if when else "")


def _article_line(p: dict) -> str:
    return f"{'failed' if p['status'] == 'failed' else 'retrying'} article: {p['url']}: {p['reason']}"


PROBLEM_LINES: dict[str, tuple[Callable[[dict], str], str]] = {  # kind: (one line per problem, where to see all)
    "feeds": (feed_line, "SELECT name, last_error, failing_since FROM feeds WHERE consecutive_failures > 0"),
    "articles": (_article_line,
                 "SELECT url, status, last_error FROM entries WHERE last_error IS NOT NULL AND status <> 'refused'"),
    "alerts": (lambda p: f"{p['status']} alert {p['alert_id']} ({p['change']}): {p['reason']}",
               "SELECT alert_id, status, attempts, last_error FROM alerts WHERE status <> 'sent'"),
}


def problem_lines(problems: dict[str, list[dict]], shown: int) -> list[str]:
    """What `run` prints and `serve` logs after a pass: `shown` lines per kind of problem, the rest counted."""
    out: list[str] = []
    for kind, (line, query) in PROBLEM_LINES.items():
        items = problems.get(kind) or []
        out += [line(p) for p in items[:shown]]
        if len(items) > shown:
            out.append(f"... and {len(items) - shown} more (summitwatch sql \"{query}\")")
    return out


PROBLEM_TABLES = (
    ("feeds", "Failing feeds", ("name", "url", "reason", "failing_since", "consecutive_failures", "next_poll_at")),
    ("articles", "Failed and retrying articles", ("url", "status", "attempts", "reason")),
    ("alerts", "Undelivered alerts", ("alert_id", "change", "status", "attempts", "reason")),
)
SHOWN = 50


def problems_markdown(problems: dict[str, list[dict]]) -> list[str]:
    """A table per kind of problem, so the Prefect UI names what failed and why."""
    if not any(problems.get(kind) for kind, _, _ in PROBLEM_TABLES):
        return []
    lines = ["", "## Needs attention"]
    for kind, title, columns in PROBLEM_TABLES:
        items = problems.get(kind) or []
        if not items:
            continue
        lines += ["", f"### {title} ({len(items)})", "", "| " + " | ".join(columns) + " |",
                  "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(_cell(p.get(c)) for c in columns) + " |" for p in items[:SHOWN]]
        if len(items) > SHOWN:
            lines.append(f"\n... and {len(items) - SHOWN} more")
    return lines


def _cell(value: object) -> str:
    return " ".join(str("" if value is None else value).split()).replace("|", "\\|")


def publish_run_artifact(summary: dict[str, Any]) -> None:
    """Attach the pass summary to the current flow run; never fails the pass over a report."""
    try:
        from prefect.artifacts import create_markdown_artifact

        create_markdown_artifact(
            key="summitwatch-pass",
            markdown=run_markdown(summary),
            description="Feeds, articles, changes and alerts of this monitoring pass",
        )
    except Exception as exc:  # noqa: BLE001 - the warehouse already holds the run; the artifact is a view
        log.warning("could not publish the run artifact: %s", exc)
