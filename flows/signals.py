"""A stop signal that lands inside a DuckDB call stays a stop, not a crash.

When SIGTERM (the Runner stopping `serve`) or SIGINT (Ctrl-C) arrives while DuckDB
runs a query, DuckDB calls the Python signal handler, drops the exception it raises
(Prefect's TerminationSignal, KeyboardInterrupt) and raises its own
`RuntimeError: Query interrupted` instead. Prefect then recorded a crashed pass
with a traceback on serve's console, where a stop should end the pass as
cancelled, quietly. `signals_kept()` remembers what the handlers raised and gives
it back in place of whatever error the swallowed signal turned into.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)

_Handler = Callable[[int, FrameType | None], object]


@contextmanager
def signals_kept() -> Iterator[None]:
    """Within the block, an error that follows a stop signal is replaced by the signal handler's own exception.

    Only Python handlers are wrapped (SIG_DFL and SIG_IGN raise nothing), and only on the main thread, the
    one place Python runs signal handlers; the previous handlers are restored on leaving.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    raised: list[BaseException] = []
    previous = {s: signal.getsignal(s) for s in STOP_SIGNALS}
    for sig, handler in previous.items():
        if callable(handler):
            signal.signal(sig, _recording(handler, raised))
    try:
        yield
    except Exception as exc:
        if raised and exc is not raised[-1]:
            raise raised[-1] from exc
        raise
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _recording(handler: _Handler, raised: list[BaseException]) -> _Handler:
    """`handler`, noting the exception it raises before letting it go."""

    def wrapped(signum: int, frame: FrameType | None) -> object:
        try:
            return handler(signum, frame)
        except BaseException as exc:
            raised.append(exc)
            raise

    return wrapped
