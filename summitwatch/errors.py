"""The product's errors. The base class decides the exit status, so `main()` lists no exception classes.

- `UsageError` (exit 2): bad usage, an invalid configuration, a missing seed
  corpus or warehouse: something the user fixes by changing what they typed
  or configured. The message names the problem in one line.
- `SummitWatchError` (exit 1): any other failure the product recognises.
"""

from __future__ import annotations


class SummitWatchError(Exception):
    """A failure the product recognises; exit status 1."""

    exit_code = 1


class UsageError(SummitWatchError):
    """Bad usage or configuration that the user can fix; exit status 2."""

    exit_code = 2
