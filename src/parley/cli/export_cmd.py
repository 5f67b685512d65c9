from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..errors import ParleyError
from ..store import connect, snapshot
from ..store.export import FORMATS, TABLES, export
from .app import app, err_console, report_error


@app.command("export")
def export_command(
    db: str = typer.Option("parley.db", "--db", help="SQLite database written by 'parley ingest'."),
    fmt: str = typer.Option("json", "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    output: str = typer.Option("-", "--output", "-o", help="File to write ('-': stdout)."),
    table: str = typer.Option("events", "--table", help=f"For csv/parquet: {', '.join(TABLES)}."),
) -> None:
    """Export the stored record: the fields of OUTPUT.md as json, jsonl, csv or parquet, or
    a GDELT-shaped event table (gdelt: tab-separated, SQLDATE as YYYYMMDD).

    Example: parley export --db parley.db --format csv --table events --output events.csv
    """
    if fmt not in FORMATS:
        report_error(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if table not in TABLES:
        report_error(f"unknown table '{table}'; choose one of {', '.join(TABLES)}")
        raise typer.Exit(2)
    try:
        conn = connect(db, create=False, readonly=True)
    except ParleyError as err:
        report_error(err.line())
        raise typer.Exit(2) from None
    try:
        if output == "-":
            with snapshot(conn):
                export(conn, fmt, sys.stdout.buffer, table)
            sys.stdout.flush()
            return
        target = Path(output)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        with snapshot(conn), open(tmp, "wb") as fh:
            n = export(conn, fmt, fh, table)
        tmp.replace(target)  # readers never see a half-written export
        err_console.print(f"{n} rows written to {output}", markup=False)
    except OSError as err:
        report_error(f"{output}: cannot write ({err.strerror or err})")
        raise typer.Exit(2) from None
    finally:
        conn.close()
