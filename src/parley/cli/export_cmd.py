from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..errors import ParleyError
from ..store import connect, snapshot
from ..store.export import FORMATS, GDELT_TABLES, TABLES, export
from .app import app, err_console, report_error


@app.command("export")
def export_command(
    db: str = typer.Option("parley.db", "--db", help="SQLite database written by 'parley ingest'."),
    fmt: str = typer.Option("json", "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    output: str = typer.Option("-", "--output", "-o", help="File to write ('-': stdout)."),
    table: str = typer.Option("events", "--table", help=f"For csv/parquet: {', '.join(TABLES)}; for gdelt "
                              f"on stdout: {', '.join(GDELT_TABLES)}."),
) -> None:
    """Export the stored record: the fields of OUTPUT.md as json, jsonl, csv or parquet, or
    GDELT 2.0's event table (gdelt: 61 tab-separated columns, no header). Written to a file,
    gdelt also writes GDELT's mentions table beside it (x.export.CSV -> x.mentions.CSV,
    events.tsv -> events.mentions.tsv).

    Example: parley export --db parley.db --format gdelt --output out/parley.export.CSV
    """
    if fmt not in FORMATS:
        report_error(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    known = GDELT_TABLES if fmt == "gdelt" else TABLES
    if table not in known:
        report_error(f"unknown table '{table}' for {fmt}; choose one of {', '.join(known)}")
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
        outputs = [(target, table)]
        if fmt == "gdelt":
            outputs = [(target, "events"), (mentions_path(target), "mentions")]
        with snapshot(conn):
            for path, which in outputs:
                tmp = path.with_name(path.name + ".tmp")
                with open(tmp, "wb") as fh:
                    n = export(conn, fmt, fh, which)
                tmp.replace(path)  # readers never see a half-written export
                err_console.print(f"{n} rows written to {path}", markup=False)
    except OSError as err:
        report_error(f"{output}: cannot write ({err.strerror or err})")
        raise typer.Exit(2) from None
    finally:
        conn.close()


def mentions_path(events_path: Path) -> Path:
    """Where GDELT's mentions table goes beside the event table."""
    name = events_path.name
    if ".export." in name:
        return events_path.with_name(name.replace(".export.", ".mentions.", 1))
    if events_path.suffix:
        return events_path.with_name(f"{events_path.stem}.mentions{events_path.suffix}")
    return events_path.with_name(name + ".mentions")
