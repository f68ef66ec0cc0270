"""The analysts' views, created with the schema (see views.sql)."""

from __future__ import annotations

from importlib import resources

import duckdb


def views_sql() -> str:
    return resources.files("warehouse").joinpath("views.sql").read_text(encoding="utf-8")


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(views_sql())
