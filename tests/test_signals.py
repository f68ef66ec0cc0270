"""A stop signal inside a DuckDB query stays the signal handler's exception (flows/signals.py).

The signal is sent by a DuckDB UDF from inside a real query, so it always lands mid-query: no timing.
The serve test saw this once in CI: SIGTERM during a pass's query became "RuntimeError: Query
interrupted", a crash with a traceback, instead of a stop.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import duckdb
import pytest
from prefect import flow

from flows.signals import signals_kept


class Stopped(BaseException):
    """Stands for Prefect's TerminationSignal: what a stop handler raises."""


def _stop(signum: int, frame: object) -> None:
    raise Stopped(signum)


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection whose `signal_at(i, 5)` sends SIGTERM to this process when a query reaches row 5."""

    def signal_at(i: int, at: int) -> int:
        if i == at:
            os.kill(os.getpid(), signal.SIGTERM)
        return i

    connection = duckdb.connect()
    connection.create_function("signal_at", signal_at, side_effects=True)
    yield connection
    connection.close()


QUERY = "SELECT sum(signal_at(i::INTEGER, 5)) FROM range(100000) t(i)"


@pytest.fixture
def stop_handler() -> Iterator[None]:
    old = signal.signal(signal.SIGTERM, _stop)
    yield
    signal.signal(signal.SIGTERM, old)


def test_duckdb_alone_loses_the_stop(con: duckdb.DuckDBPyConnection, stop_handler: None) -> None:
    """Why the module exists: DuckDB raises its own error in place of the handler's exception, nearly always
    (once in ~200 the handler runs after the query and its exception gets through: hence 20 tries)."""
    lost = []
    for _ in range(20):
        try:
            con.execute(QUERY).fetchall()
        except Stopped:
            continue
        except (RuntimeError, duckdb.Error) as exc:  # "Query interrupted", or the UDF's error naming the signal
            lost.append(exc)
    assert lost


def test_the_handlers_exception_comes_back(con: duckdb.DuckDBPyConnection, stop_handler: None) -> None:
    for _ in range(20):
        with pytest.raises(Stopped) as caught, signals_kept():
            con.execute(QUERY).fetchall()
        assert caught.value.args == (signal.SIGTERM,)
    assert caught.value.__cause__ is None or isinstance(caught.value.__cause__, (RuntimeError, duckdb.Error))
    assert signal.getsignal(signal.SIGTERM) is _stop  # the handler is restored


def test_ctrl_c_stays_a_keyboard_interrupt(con: duckdb.DuckDBPyConnection) -> None:
    old = signal.signal(signal.SIGTERM, signal.default_int_handler)  # Python's own Ctrl-C handler
    try:
        with pytest.raises(KeyboardInterrupt), signals_kept():
            con.execute(QUERY).fetchall()
    finally:
        signal.signal(signal.SIGTERM, old)


def test_errors_without_a_signal_pass_unchanged(con: duckdb.DuckDBPyConnection, stop_handler: None) -> None:
    with pytest.raises(duckdb.CatalogException), signals_kept():
        con.execute("SELECT * FROM no_such_table").fetchall()
    with signals_kept():
        assert con.execute("SELECT sum(signal_at(i::INTEGER, -1)) FROM range(10) t(i)").fetchall() == [(45,)]


def test_a_prefect_flow_run_stopped_mid_query_ends_by_the_signal(
    prefect_harness: None, con: duckdb.DuckDBPyConnection, stop_handler: None
) -> None:
    """Prefect's SIGTERM handler raises TerminationSignal; seeing it, the engine records the stop and sends
    the signal on to the handler it replaced (here `_stop`). Had DuckDB's error come out instead, the run
    would be Failed with that error and its traceback (what serve printed) and RuntimeError would surface."""

    @flow(name="stopped-mid-query")
    def stopped() -> None:
        with signals_kept():
            con.execute(QUERY).fetchall()

    with pytest.raises(Stopped):
        stopped()
