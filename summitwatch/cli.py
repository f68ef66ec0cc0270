"""The `summitwatch` command line (the contract: README.md, "Commands").

Exit status: 0 on success (also when some feeds or articles failed: they are
recorded), 2 on bad usage or an invalid configuration, 1 on any other failure;
`run` exits 3 when alerts were due and none could be delivered (they stay pending).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from summitwatch.config import DEFAULT_CONFIG_NAME, Config, load_config
from summitwatch.errors import SummitWatchError, UsageError
from summitwatch.prefect_env import configure_prefect, connect_prefect, exit_now, without_heartbeats
from summitwatch.settings import check_cron

if TYPE_CHECKING:
    from summitwatch.evaluate import LabelledArticle

DESCRIPTION = "Watches the news for what each party says about a Putin-Zelensky meeting, and alerts on changes."
EXAMPLES = f"""\
examples:
  summitwatch init                      create the warehouse and load the seed corpus (the baseline)
  summitwatch run                       one monitoring pass: poll, fetch, read, update positions, alert
  summitwatch -v run                    the same, with Prefect's log and the configuration in use
  summitwatch serve                     a pass on schedule.cron until stopped
  summitwatch positions                 each party's current stated conditions
  summitwatch positions --format json   the same rows for scripts (ids and words)
  summitwatch explain 07be              why change 07be... was recorded (a unique prefix of its id)
  summitwatch evaluate --split holdout  how well the reader reads the dev corpus's holdout half
  summitwatch sql --format csv "SELECT party, kind, new_value, stated_on FROM position_changes"
  summitwatch --config ~/sw/{DEFAULT_CONFIG_NAME} timeline --out charts

configuration: --config PATH, else $SUMMITWATCH_CONFIG, else the nearest {DEFAULT_CONFIG_NAME} in the
working directory or above it, else the built-in defaults. Environment overrides: SUMMITWATCH_DB,
SLACK_WEBHOOK_URL, SLACK_BOT_TOKEN, SLACK_CHANNEL, SLACK_API_URL.
exit status: 0 success (failed feeds and articles are recorded, not fatal), 2 bad usage or configuration,
1 any other failure, 3 (run) alerts were due and none could be delivered (they stay pending).
"""
SLACK_COMMANDS = frozenset({"run", "serve"})  # the commands that send alerts check the Slack settings
PREFECT_COMMANDS = frozenset({"run", "serve"})
CONSOLE_LEVEL = "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"  # Prefect's console handler only; its API log is kept


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Defaults shown after each option; the examples epilog kept as written.

    An option whose help already says its default, a required one, a flag, or one without a default of its own
    (None: taken from the configuration or the context) gets no "(default: None)" or "(default: False)".
    """

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        if "default" in text or action.required or action.default in (None, False, argparse.SUPPRESS):
            return text
        return super()._get_help_string(action)


def package_version() -> str:
    try:
        return version("summitwatch")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


def _common_options() -> argparse.ArgumentParser:
    """Options every command takes, before or after its name (`summitwatch -v run`, `summitwatch run -v`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"configuration file (default: ./{DEFAULT_CONFIG_NAME} or the nearest one above, else built-in)",
    )
    common.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help="warehouse file (overrides the configuration)"
    )
    loudness = common.add_mutually_exclusive_group()
    loudness.add_argument(
        "-v",
        "--verbose",
        dest="verbosity",
        action="store_const",
        const=1,
        default=argparse.SUPPRESS,
        help="say which configuration is in use; show Prefect's log",
    )
    loudness.add_argument(
        "-q",
        "--quiet",
        dest="verbosity",
        action="store_const",
        const=-1,
        default=argparse.SUPPRESS,
        help="print only results, warnings and errors",
    )
    return common


def _parser() -> argparse.ArgumentParser:
    common = _common_options()
    p = argparse.ArgumentParser(
        prog="summitwatch",
        description=DESCRIPTION,
        epilog=EXAMPLES,
        formatter_class=_HelpFormatter,
        parents=[common],
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {package_version()}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str, description: str | None = None) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, parents=[common], help=summary, description=description, formatter_class=_HelpFormatter
        )

    command("init", "create or migrate the warehouse and load the seed corpus")
    command("run", "one monitoring pass as a Prefect flow run")
    sp = command("serve", "run the pass on the configured schedule until stopped")
    sp.add_argument(
        "--cron", help="override schedule.cron for this process (default: schedule.cron of the configuration)"
    )
    sp.add_argument("--interval", type=float, metavar="SECONDS", help=argparse.SUPPRESS)  # tests: cron is too coarse
    q = command("sql", "read-only SQL on the warehouse")
    q.add_argument("query", help='a SELECT statement, or "-" to read it from standard input')
    q.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format")
    pos = command("positions", "each party's current stated conditions")
    pos.add_argument("--format", choices=("table", "json", "csv"), default="table",
                     help="table (in words, for people), or every row as json or csv")
    t = command("timeline", "chart of each party's conditions over time (HTML + PNG)")
    t.add_argument("--out", metavar="DIR", default="out", help="directory for timeline.html and timeline.png")
    x = command("explain", "why a change was recorded: sentence, rule, confidence, position before, sources")
    x.add_argument("change_id", metavar="CHANGE_ID", help="a change id, or a unique prefix of one")
    e = command("export", "the warehouse as Parquet files")
    e.add_argument("--to", metavar="DIR", required=True, dest="to", help="directory for the Parquet files")
    ev = command(
        "evaluate",
        "score the reader against a labelled corpus",
        description="Score the reader against a labelled corpus (default: the bundled dev corpus) through the "
        "flow's own path: assertion precision/recall/F1 per kind, party and language, forbidden hits, and the "
        "changes (alerts) a replay of the position rules would make. A directory of sentence cases "
        "(corpus/sentences) is scored by sentences read exactly, per language and family.",
    )
    ev.add_argument("--corpus", metavar="DIR", type=Path, help="labelled corpus directory (default: corpus/dev)")
    ev.add_argument("--split", choices=("tune", "holdout", "all"), default="all", help="which fixed half of the corpus")
    ev.add_argument("--json", action="store_true", help="the figures (and differences) as JSON")
    ev.add_argument(
        "--min-confidence",
        metavar="X",
        type=float,
        nargs="+",
        help="alert threshold the reader is built for and the changes are scored at (default: reading.min_confidence "
        "of the configuration); several (0.4 0.5 0.6) compare them: the summary figures at each, one line each",
    )
    ev.add_argument(
        "--diffs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="per-article differences (default: the tune half's only; --diffs shows the holdout's too)",
    )
    ev.add_argument(
        "--layers",
        action="store_true",
        help="count the missed required rows by the layer that loses them (counts only: safe on a holdout)",
    )
    return p


def cmd_evaluate(cfg: Config, args: argparse.Namespace) -> int:
    from extractors.default import default_extractor
    from summitwatch.evaluate import evaluate, format_report, labelled_seeds, load_corpus, tune_diffs_only
    from summitwatch.miss_layers import format_layers, miss_layers
    from summitwatch.sentence_cases import format_cases, is_sentence_corpus, score_cases

    corpus = args.corpus or cfg.dev_corpus_path
    diffs = args.diffs if args.diffs is not None else args.split != "holdout"
    thresholds = args.min_confidence or [cfg.min_confidence]
    for threshold in thresholds:
        if not 0.0 <= threshold <= 1.0:
            raise UsageError(f"--min-confidence must be between 0 and 1, not {threshold}")
    if is_sentence_corpus(corpus):
        if len(thresholds) > 1:
            raise UsageError("a sentence corpus is scored at one --min-confidence at a time")
        cases = score_cases(default_extractor(thresholds[0]), corpus, args.split)
        text = json.dumps(cases.as_dict(with_diffs=diffs), indent=1, ensure_ascii=False) + "\n" if args.json \
            else format_cases(cases, show_diffs=diffs)
        sys.stdout.write(text)
        return 0
    seeds = labelled_seeds(cfg.seeds_path, cfg.seeds_path / "gold.jsonl")
    if len(thresholds) > 1:
        sys.stdout.write(_thresholds_compared(thresholds, corpus, args.split, seeds, as_json=args.json))
        return 0
    threshold = thresholds[0]
    report = evaluate(default_extractor(threshold), corpus, args.split, seeds, min_confidence=threshold)
    if args.split == "all" and args.diffs is None:
        report = tune_diffs_only(report, corpus)  # the holdout half is read as figures unless --diffs asks
    layers = miss_layers(default_extractor(threshold), load_corpus(corpus, args.split)) if args.layers else None
    if args.json:
        out = report.as_dict(with_diffs=diffs) | ({"miss_layers": layers} if layers is not None else {})
        sys.stdout.write(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(format_report(report, show_diffs=diffs, min_confidence=threshold))
        if layers is not None:
            sys.stdout.write(format_layers(layers))
    return 0


def _thresholds_compared(thresholds: list[float], corpus: Path, split: str, seeds: list[LabelledArticle],
                         as_json: bool) -> str:
    """The figures at each alert threshold, the reader built for each (what it stores and what alerts both move):
    an analyst choosing `reading.min_confidence` compares them in one run."""
    from extractors.default import default_extractor
    from summitwatch.evaluate import evaluate, format_thresholds

    reports = [(t, evaluate(default_extractor(t), corpus, split, seeds, min_confidence=t)) for t in thresholds]
    if as_json:
        rows = [{"min_confidence": t, **r.as_dict(with_diffs=False)} for t, r in reports]
        return json.dumps({"thresholds": rows}, indent=1, ensure_ascii=False) + "\n"
    return format_thresholds(reports)


def cmd_init(cfg: Config, args: argparse.Namespace) -> int:
    from extractors.default import default_extractor
    from flows.seeds import load_seeds
    from warehouse.db import open_writer
    from warehouse.snapshot import publish_snapshot

    with open_writer(cfg.warehouse_path) as con:
        stats = load_seeds(con, cfg.seeds_path, default_extractor(cfg.min_confidence))
        baseline = con.execute(
            "SELECT count(*) FROM assertions JOIN articles USING (article_id) WHERE articles.is_seed"
        ).fetchall()[0][0]
    publish_snapshot(cfg.warehouse_path)
    _inform(args, f"warehouse ready: {cfg.warehouse_path} ({init_summary(stats, baseline)})")
    return 0


def init_summary(stats: dict[str, int], baseline: int) -> str:
    """What `init` did, totals first and "new" beside them: a second init adds nothing and must not look like
    a lost baseline (it printed `baseline_assertions=0`)."""
    return (
        f"seed articles: {stats['seeds']} ({stats['new_seeds']} new); "
        f"baseline assertions: {baseline} ({stats['new_baseline_assertions']} new)"
    )


_ran_a_flow = False  # set by `run`: the console script then exits without interpreter teardown
EXIT_UNDELIVERED = 3  # `run`: the pass completed, but Slack took none of the due alerts (kept for the next pass)
SHOWN = 10  # problems named per kind; the rest are counted


def cmd_run(cfg: Config, args: argparse.Namespace) -> int:
    keeps_a_server = not os.environ.get("PREFECT_API_URL") and cfg.server_idle_minutes > 0
    was_running = keeps_a_server and _local_server_running(cfg)
    api = connect_prefect(cfg)  # a running local server (kept between passes), not a temporary one per pass
    if keeps_a_server and not was_running and args.verbosity >= 0:
        # It outlives this command: say so once, when it starts (docs/deploy.md says why and how to stop it).
        print(
            f"summitwatch: started a local Prefect server at {api} for this and later passes; it stops after "
            f"{cfg.server_idle_minutes:g} min without a pass (prefect.server_idle_minutes; docs/deploy.md)",
            file=sys.stderr,
        )
    from flows.monitor import monitor_pass, undelivered_message

    global _ran_a_flow
    _ran_a_flow = True
    with without_heartbeats():
        state = monitor_pass(config_path=_config_arg(cfg), db=str(cfg.warehouse_path), return_state=True)
    summary = state.result(raise_on_failure=False)
    if isinstance(summary, BaseException):
        raise summary  # the pass itself failed: main() turns it into one line and its exit status
    if not isinstance(summary, dict):
        raise SummitWatchError(f"the pass ended {state.name} without a summary")
    try:  # the pass is done: a reader that stopped reading (`run | head`) does not change its exit status
        for stage in ("feeds", "articles", "statements", "alerts"):
            _inform(args, f"{stage:>10}: {_fmt(summary.get(stage, {}))}")
        _print_problems(summary.get("problems") or {})
    except BrokenPipeError:
        _discard_stdout()
    if summary.get("status") == "undelivered":
        print(f"summitwatch: {undelivered_message(summary)}", file=sys.stderr)
        return EXIT_UNDELIVERED
    return 0


def _print_problems(problems: dict[str, list[dict]]) -> None:
    """Name what failed in this pass and why: a dead feed, a lost page or a stuck alert should not go unnoticed."""
    from flows.report import problem_lines

    for line in problem_lines(problems, SHOWN):
        print(f"  {line}")


def cmd_serve(cfg: Config, args: argparse.Namespace) -> int:
    if args.cron is not None:  # checked before a Prefect server starts, like schedule.cron in the file
        try:
            check_cron(args.cron)
        except ValueError as exc:
            raise UsageError(f"--cron {exc}") from None
    configure_prefect(cfg)
    from deploy.serve import serve

    return serve(cfg, cron=args.cron, interval=args.interval)


def cmd_sql(cfg: Config, args: argparse.Namespace) -> int:
    from warehouse.query import run_sql

    query = sys.stdin.read() if args.query == "-" else args.query
    sys.stdout.write(run_sql(cfg, query, args.format))
    return 0


def cmd_positions(cfg: Config, args: argparse.Namespace) -> int:
    from reports.positions import format_positions

    sys.stdout.write(format_positions(cfg, args.format))
    return 0


def cmd_timeline(cfg: Config, args: argparse.Namespace) -> int:
    from reports.timeline import write_timeline

    for path in write_timeline(cfg, _out_dir(args.out, "--out")):
        print(path)
    return 0


def cmd_explain(cfg: Config, args: argparse.Namespace) -> int:
    from reports.explain import explain

    sys.stdout.write(explain(cfg, args.change_id))
    return 0


def cmd_export(cfg: Config, args: argparse.Namespace) -> int:
    from reports.export import export_parquet

    for path in export_parquet(cfg, _out_dir(args.to, "--to")):
        print(path)
    return 0


def _out_dir(value: str, option: str) -> Path:
    """An output directory option: a file of that name is bad usage (exit 2), not a FileExistsError (exit 1)."""
    path = Path(value).expanduser()
    if path.exists() and not path.is_dir():
        raise UsageError(f"{option} {value} is a file, not a directory")
    return path


COMMANDS: dict[str, Callable[[Config, argparse.Namespace], int]] = {
    "init": cmd_init,
    "run": cmd_run,
    "serve": cmd_serve,
    "sql": cmd_sql,
    "positions": cmd_positions,
    "timeline": cmd_timeline,
    "explain": cmd_explain,
    "export": cmd_export,
    "evaluate": cmd_evaluate,
}


def _config_arg(cfg: Config) -> str | None:
    return str(cfg.source) if cfg.source else None


def _fmt(stats: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in stats.items()) or "-"


def _local_server_running(cfg: Config) -> bool:
    """Whether this configuration's Prefect home has a local server running (a kept one, or serve's)."""
    from deploy.keeper import running_server, server_dir
    from summitwatch.prefect_env import prefect_home

    return running_server(server_dir(prefect_home(cfg))) is not None


def _inform(args: argparse.Namespace, line: str) -> None:
    """A progress or summary line on stdout; -q leaves it out (results and errors are always printed)."""
    if args.verbosity >= 0:
        print(line)


def _set_console_log_level(command: str, verbosity: int) -> None:
    """Prefect's console log (the commands that run flows): its banner and task-run lines only with -v.

    `run` shows warnings by default: its summary is printed once, by this CLI, on stdout. `serve` keeps
    Prefect's default (each scheduled run's log). An explicit PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL is
    kept unless -q or -v is given. Only the console handler changes: the runs' logs in Prefect's API stay.
    """
    if command not in PREFECT_COMMANDS:
        return
    if verbosity > 0:
        os.environ[CONSOLE_LEVEL] = "INFO"
    elif verbosity < 0:
        os.environ[CONSOLE_LEVEL] = "ERROR"
    elif command == "run":
        os.environ.setdefault(CONSOLE_LEVEL, "WARNING")


def _with_source(exc: SummitWatchError, cfg: Config | None) -> str:
    """An error that names a configured path (no warehouse at ..., seed corpus not found: ...) also says
    which configuration set that path: run from the wrong directory, the answer is in the message."""
    text = str(exc)
    if cfg is not None and (str(cfg.warehouse_path) in text or str(cfg.seeds_path) in text):
        return f"{text} ({cfg.describe_source()})"
    return text


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    args.verbosity = getattr(args, "verbosity", 0)
    cfg: Config | None = None
    try:
        cfg = load_config(
            getattr(args, "config", None), db=getattr(args, "db", None), check_slack=args.command in SLACK_COMMANDS
        )
        if args.verbosity > 0:
            print(f"summitwatch: {cfg.describe_source()}; warehouse: {cfg.warehouse_path}", file=sys.stderr)
        _set_console_log_level(args.command, args.verbosity)
        return COMMANDS[args.command](cfg, args)
    except SummitWatchError as exc:
        print(f"summitwatch: {_with_source(exc, cfg)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("summitwatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `summitwatch sql ... | head`: the reader has what it wanted; no error, no traceback
        _discard_stdout()
        return 0
    except Exception as exc:  # noqa: BLE001 - the CLI's last line of defence: one readable line
        print(f"summitwatch: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def _discard_stdout() -> None:
    """Point standard output at /dev/null once its reader has gone, so the interpreter's (or exit_now's) last
    flush of what is still buffered cannot raise BrokenPipeError again and print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor (a test's captured stdout): nothing will flush to it
        pass


def console_main() -> None:
    """The `summitwatch` command: after a pass, exit without tearing the interpreter down (see `exit_now`)."""
    code = main()
    if _ran_a_flow:
        exit_now(code)
    sys.exit(code)


if __name__ == "__main__":
    console_main()
