"""Errors the CLI reports in one line with exit status 2 (bad usage)."""


class UsageError(Exception):
    """Bad usage that the argument parser cannot see."""
