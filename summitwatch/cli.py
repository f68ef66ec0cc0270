"""The `summitwatch` command line (see the contract in README.md).

Exit status: 0 on success (also when some feeds or articles failed: they are
recorded), 2 on bad usage or an invalid configuration, 1 on any other failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from summitwatch.config import Config, load_config
from summitwatch.errors import SummitWatchError
from summitwatch.prefect_env import configure_prefect


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: `summitwatch --db X run` and `summitwatch run --db X` both work.
    common.add_argument(
        "--config", metavar="PATH", default=argparse.SUPPRESS,
        help="configuration file (default: ./summitwatch.toml, else built-in)",
    )
    common.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS,
        help="warehouse file (overrides the configuration)",
    )
    p = argparse.ArgumentParser(prog="summitwatch", description=__doc__.splitlines()[0])
    p.add_argument("--config", metavar="PATH", help=argparse.SUPPRESS)
    p.add_argument("--db", metavar="PATH", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("init", parents=[common], help="create or migrate the warehouse and load the seed corpus")
    sub.add_parser("run", parents=[common], help="one monitoring pass as a Prefect flow run")
    sp = sub.add_parser("serve", parents=[common], help="run the pass on the configured schedule until stopped")
    sp.add_argument("--cron", help="override schedule.cron for this process")
    sp.add_argument("--interval", type=float, metavar="SECONDS", help=argparse.SUPPRESS)  # tests: cron is too coarse
    q = sub.add_parser("sql", parents=[common], help="read-only SQL on the warehouse")
    q.add_argument("query", help='a SELECT statement, or "-" to read it from standard input')
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sub.add_parser("positions", parents=[common], help="each party's current stated conditions")
    t = sub.add_parser("timeline", parents=[common], help="chart of each party's conditions over time (HTML + PNG)")
    t.add_argument("--out", metavar="DIR", default="out", help="directory for timeline.html and timeline.png")
    e = sub.add_parser("export", parents=[common], help="the warehouse as Parquet files")
    e.add_argument("--to", metavar="DIR", required=True, dest="to", help="directory for the Parquet files")
    ev = sub.add_parser(
        "evaluate", parents=[common], help="score the reader against a labelled corpus",
        description="Score the reader against a labelled corpus (default: the bundled dev corpus) through the "
        "flow's own path: assertion precision/recall/F1 per kind, party and language, forbidden hits, and the "
        "changes (alerts) a replay of the position rules would make.",
    )
    ev.add_argument("--corpus", metavar="DIR", type=Path, help="labelled corpus directory (default: corpus/dev)")
    ev.add_argument("--split", choices=("tune", "holdout", "all"), default="all",
                    help="which fixed half of the corpus (default: all)")
    ev.add_argument("--json", action="store_true", help="the figures (and differences) as JSON")
    ev.add_argument("--diffs", action=argparse.BooleanOptionalAction, default=None,
                    help="per-article differences (default: on, except for the holdout)")
    return p


def cmd_evaluate(cfg: Config, args: argparse.Namespace) -> int:
    from extractors.base import default_extractor
    from summitwatch.evaluate import evaluate, format_report, labelled_seeds

    corpus = args.corpus or cfg.dev_corpus_path
    seeds = labelled_seeds(cfg.seeds_path, cfg.seeds_path / "gold.jsonl")
    report = evaluate(default_extractor(), corpus, args.split, seeds, min_confidence=cfg.min_confidence)
    diffs = args.diffs if args.diffs is not None else args.split != "holdout"
    if args.json:
        sys.stdout.write(json.dumps(report.as_dict(with_diffs=diffs), indent=1, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(format_report(report, show_diffs=diffs))
    return 0


def cmd_init(cfg: Config, args: argparse.Namespace) -> int:
    from extractors.base import default_extractor
    from warehouse.db import open_writer
    from warehouse.seeds import load_seeds
    from warehouse.snapshot import publish_snapshot

    with open_writer(cfg.warehouse_path) as con:
        stats = load_seeds(con, cfg.seeds_path, default_extractor())
    publish_snapshot(cfg.warehouse_path)
    print(f"warehouse ready: {cfg.warehouse_path} ({_fmt(stats)})")
    return 0


def cmd_run(cfg: Config, args: argparse.Namespace) -> int:
    configure_prefect(cfg.state_dir)
    from flows.monitor import monitor_pass

    summary = monitor_pass(config_path=_config_arg(cfg), db=str(cfg.warehouse_path))
    for stage in ("feeds", "articles", "statements", "alerts"):
        print(f"{stage:>10}: {_fmt(summary.get(stage, {}))}")
    _print_failed_feeds(cfg, summary.get("started_at"))
    return 0


def _print_failed_feeds(cfg: Config, since: str | None, limit: int = 10) -> None:
    """Name the feeds that failed in this pass and why: a dead feed should not go unnoticed."""
    from warehouse.reader import open_reader

    with open_reader(cfg.warehouse_path) as con:
        rows = con.execute(
            "SELECT name, last_error FROM feeds WHERE consecutive_failures > 0 AND last_polled_at >= ?"
            " ORDER BY name",
            [since],
        ).fetchall()
    for name, error in rows[:limit]:
        print(f"  failed feed: {name}: {error}")
    if len(rows) > limit:
        print(f"  ... and {len(rows) - limit} more (summitwatch sql \"SELECT name, last_error FROM feeds\")")


def cmd_serve(cfg: Config, args: argparse.Namespace) -> int:
    configure_prefect(cfg.state_dir)
    from deploy.serve import serve

    return serve(cfg, cron=args.cron, interval=args.interval)


def cmd_sql(cfg: Config, args: argparse.Namespace) -> int:
    from warehouse.query import run_sql

    query = sys.stdin.read() if args.query == "-" else args.query
    sys.stdout.write(run_sql(cfg, query, args.format))
    return 0


def cmd_positions(cfg: Config, args: argparse.Namespace) -> int:
    from warehouse.positions_report import format_positions

    sys.stdout.write(format_positions(cfg))
    return 0


def cmd_timeline(cfg: Config, args: argparse.Namespace) -> int:
    from warehouse.timeline import write_timeline

    for path in write_timeline(cfg, Path(args.out)):
        print(path)
    return 0


def cmd_export(cfg: Config, args: argparse.Namespace) -> int:
    from warehouse.export import export_parquet

    for path in export_parquet(cfg, Path(args.to)):
        print(path)
    return 0


COMMANDS: dict[str, Callable[[Config, argparse.Namespace], int]] = {
    "init": cmd_init,
    "run": cmd_run,
    "serve": cmd_serve,
    "sql": cmd_sql,
    "positions": cmd_positions,
    "timeline": cmd_timeline,
    "export": cmd_export,
    "evaluate": cmd_evaluate,
}


def _config_arg(cfg: Config) -> str | None:
    return str(cfg.source) if cfg.source else None


def _fmt(stats: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in stats.items()) or "-"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        cfg = load_config(args.config, db=args.db)
        return COMMANDS[args.command](cfg, args)
    except SummitWatchError as exc:
        print(f"summitwatch: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("summitwatch: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the CLI's last line of defence: one readable line
        print(f"summitwatch: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
