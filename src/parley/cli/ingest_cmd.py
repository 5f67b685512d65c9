from __future__ import annotations

from pathlib import Path

import typer

from ..errors import EXIT_USAGE, InputError, ParleyError
from ..model import Document
from ..options import Options
from ..store import ingest
from .app import app, report_error, report_text, report_warning
from .extract_cmd import exit_status


@app.command("ingest")
def ingest_command(
    inputs: list[str] = typer.Argument(..., help="Files, folders (read recursively) or '-' for stdin."),
    db: str = typer.Option("parley.db", "--db", help="SQLite database to fill (created when missing)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
    code: str = typer.Option(None, "--code", help="A Python file to import first, where stages of one's own are "
                             "registered (parley.stages.register)."),
) -> None:
    """Extract articles and store them, with the linked events, in a SQLite database.

    Idempotent: an article already stored (same text) is skipped; a new one is added and the
    events it belongs to are updated. Each article is committed on its own, so an interrupted
    run loses nothing it had stored; run it again to finish.
    Exit status: 0 all inputs read, 1 some input skipped (each named on stderr), 2 usage error,
    3 internal errors: a step raised on some article (each named on stderr; the article is stored
    with what the steps before it found).

    Example: parley ingest examples/ --db parley.db
    """

    if code and not Path(code).is_file():
        report_error(f"--code {code!r}: no such Python file")
        raise typer.Exit(EXIT_USAGE)
    internal_errors = 0

    def on_item(item: Document | InputError, outcome: str) -> None:
        nonlocal internal_errors
        if isinstance(item, InputError):
            report_error(item.line())
            return
        if outcome in ("added", "replaced"):
            for w in item.warnings:
                report_warning(f"{item.source}: {w}")
            for line in item.internal_errors:
                report_warning(line)
                internal_errors += 1

    try:
        # '-' is read by the readers, as bytes (a closed stdin is one line, not a traceback)
        result = ingest(inputs, db, Options(code=code), progress=on_item)
    except ParleyError as err:
        report_error(err.line())
        raise typer.Exit(EXIT_USAGE) from None
    if not quiet:
        report_text(f"{len(result.added)} articles added, {len(result.replaced)} replaced, "
                    f"{len(result.unchanged)} already stored, {len(result.skipped)} skipped; "
                    f"{result.events} events in {db}")
    raise typer.Exit(exit_status(len(result.skipped), internal_errors))
