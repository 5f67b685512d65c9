from __future__ import annotations

import gzip
import os
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn, \
    TimeRemainingColumn
from rich.text import Text

from ..errors import EXIT_USAGE, InputError, ParleyError
from ..model import Document
from ..options import Options
from ..readers import kind_of
from ..store import ingest
from .app import app, err_console, report_error, report_text, report_warning, stderr_is_terminal
from .extract_cmd import exit_status


# JSON lines are counted ahead for the time left up to this many (decompressed) bytes; past
# that the bar shows no time left (a compressed file may unpack to far more than it weighs)
COUNT_MAX_BYTES = 256 * 1024 * 1024


def count_articles(inputs: list[str]) -> int | None:
    """How many articles the inputs hold, for the time left; None when it cannot be told cheaply
    (WARC files hold pages and other records; stdin)."""
    total = 0
    for given in inputs:
        path = Path(given)
        files = [path] if not path.is_dir() else [Path(d) / f for d, _, names in os.walk(path, followlinks=True)
                                                for f in names if not f.startswith(".")]
        for f in files:
            kind = kind_of(f)
            if kind == "warc":
                return None
            if kind != "jsonl":
                total += 1
                continue
            lines = _count_lines(f)
            if lines is None:
                return None
            total += lines
    return total


def _count_lines(path: Path) -> int | None:
    try:
        with open(path, "rb") as probe:
            gz = probe.read(2) == b"\x1f\x8b"
        lines, read, last = 0, 0, b"\n"
        with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
            while chunk := fh.read(1 << 20):
                read += len(chunk)
                if read > COUNT_MAX_BYTES:
                    return None
                lines += chunk.count(b"\n")
                last = chunk[-1:]
        return lines + (last != b"\n")
    except (OSError, EOFError, ValueError):
        return 0  # the reader will say what is wrong with it


class RateColumn(ProgressColumn):
    """Articles per second since the start (articles come out of extraction a batch at a time,
    so a rate over the last seconds jumps)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        speed = task.completed / elapsed if elapsed > 0 and task.completed else None
        return Text(f"{speed:.1f} articles/s" if speed else "… articles/s", style="progress.data.speed")


def _progress(total: int | None) -> Progress:
    columns = [TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeElapsedColumn()]
    if total is not None:
        columns.append(TimeRemainingColumn())
    return Progress(*columns, console=err_console, transient=True, disable=not stderr_is_terminal())


@app.command("ingest")
def ingest_command(
    inputs: list[str] = typer.Argument(..., help="Files, folders (read recursively) or '-' for stdin."),
    db: str = typer.Option("parley.db", "--db", help="SQLite database to fill (created when missing)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes for the per-article pipeline."),
    code: str = typer.Option(None, "--code", help="A Python file to import first, where stages of one's own are "
                             "registered (parley.stages.register)."),
) -> None:
    """Extract articles and store them, with the linked events, in a SQLite database.

    Idempotent: an article already stored (same text) is skipped; a new one is added and linked
    against what is stored (only the events its blocks reach are rewritten); an edited one (same
    declared id, URL or file) replaces its old version. Articles are committed a batch at a time
    with their events, so an interrupted run loses nothing it had stored; run it again to finish.
    A second ingest into the same database waits for the first. A progress bar shows the rate and
    the time left on a terminal.
    Exit status: 0 all inputs read, 1 some input skipped (each named on stderr), 2 usage error,
    3 internal errors: a step raised on some article (each named on stderr; the article is stored
    with what the steps before it found).

    Example: parley ingest examples/ --db parley.db
    """
    # '-' is read by the readers, as bytes (a closed stdin is one line, not a traceback)
    total = None if "-" in inputs else count_articles(inputs)
    progress = _progress(total)
    task = progress.add_task("ingest", total=total)

    if code and not Path(code).is_file():
        report_error(f"--code {code!r}: no such Python file")
        raise typer.Exit(EXIT_USAGE)
    internal_errors = 0

    def on_item(item: Document | InputError, outcome: str) -> None:
        nonlocal internal_errors
        if isinstance(item, InputError):
            report_error(item.line())
            return
        if outcome in ("extracted", "unchanged"):
            progress.advance(task)
        if outcome in ("added", "replaced"):
            for w in item.warnings:
                report_warning(f"{item.source}: {w}")
            for line in item.internal_errors:
                report_warning(line)
                internal_errors += 1

    def on_notice(line: str) -> None:
        report_warning(line)

    progress.start()
    try:
        result = ingest(inputs, db, Options(n_process=workers, code=code), progress=on_item, notice=on_notice)
    except ParleyError as err:
        progress.stop()
        report_error(err.line())
        raise typer.Exit(EXIT_USAGE) from None
    progress.stop()
    if not quiet:
        where = f"in {db}" if result.opened else f"({db} not created: nothing to read)"
        report_text(f"{len(result.added)} articles added, {len(result.replaced)} replaced, "
                    f"{len(result.unchanged)} already stored, {len(result.skipped)} skipped; "
                    f"{result.events} events {where}")
    raise typer.Exit(exit_status(len(result.skipped), internal_errors))
