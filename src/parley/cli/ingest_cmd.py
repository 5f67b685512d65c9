from __future__ import annotations

import sys

import typer

from ..errors import InputError, ParleyError
from ..model import Document
from ..options import Options
from ..store import ingest
from .app import app, err_console, report_error, report_warning


@app.command("ingest")
def ingest_command(
    inputs: list[str] = typer.Argument(..., help="Files, folders (read recursively) or '-' for stdin."),
    db: str = typer.Option("parley.db", "--db", help="SQLite database to fill (created when missing)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
) -> None:
    """Extract articles and store them, with the linked events, in a SQLite database.

    Idempotent: an article already stored (same text) is skipped; a new one is added and the
    events it belongs to are updated. Each article is committed on its own, so an interrupted
    run loses nothing it had stored; run it again to finish.
    Exit status: 0 all inputs read, 1 some input skipped (each named on stderr), 2 usage error.

    Example: parley ingest examples/ --db parley.db
    """

    def on_item(item: Document | InputError, outcome: str) -> None:
        if isinstance(item, InputError):
            report_error(item.line())
            return
        if outcome in ("added", "replaced"):
            for w in item.warnings:
                report_warning(f"{item.source}: {w}")

    stdin_text = sys.stdin.read() if "-" in inputs else None
    try:
        result = ingest(inputs, db, Options(), progress=on_item, stdin_text=stdin_text)
    except ParleyError as err:
        report_error(err.line())
        raise typer.Exit(2) from None
    if not quiet:
        err_console.print(f"{len(result.added)} articles added, {len(result.replaced)} replaced, "
                          f"{len(result.unchanged)} already stored, {len(result.skipped)} skipped; "
                          f"{result.events} events in {db}", soft_wrap=True, markup=False)
    raise typer.Exit(1 if result.skipped else 0)
