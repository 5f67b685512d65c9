from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import EXIT_INTERNAL, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, InputError, ParleyError
from ..extraction import extract_to_file
from ..model import Document, Event, Record
from ..options import Options
from .app import app, err_console, report_error, report_text, report_warning, stderr_is_terminal

ENGINES = ("local", "ray")
# fewer articles than this go through without a progress bar
PROGRESS_MIN_ARTICLES = 5


def exit_status(skipped: int, internal_errors: int) -> int:
    """3 when a step raised on some article, else 1 when some input was skipped, else 0."""
    return EXIT_INTERNAL if internal_errors else EXIT_SKIPPED if skipped else EXIT_OK


# the summary lists articles and events one a line up to this many lines, then counts the rest
SUMMARY_LINES = 500


def summary_line(item: Document | Event) -> str:
    if isinstance(item, Document):
        pub = item.published.value if item.published else "undated"
        return (f"  {item.id}: {item.title or '(no headline)'} | {item.outlet or 'outlet unknown'} | {pub} | "
                f"{len(item.actors)} actors, {len(item.quotes)} quotes")
    when = item.date.value if item.date else "undated"
    return f"  [{item.status}] {when} {item.code} {item.label} ({len(item.mentions)} mentions)"


def write_record(record: Record, output: str) -> None:
    data = json.dumps(record.to_json(), ensure_ascii=False, indent=1)
    try:
        data.encode("utf-8")
    except UnicodeEncodeError:
        # a lone surrogate the readers did not clean: escaped (`\udcff`), never a traceback
        data = json.dumps(record.to_json(), ensure_ascii=True, indent=1)
    if output == "-":
        sys.stdout.write(data + "\n")
        return
    target = Path(output)
    if target.parent and not target.parent.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(data + "\n", encoding="utf-8")
    tmp.replace(target)  # readers never see a half-written record


@app.command("extract")
def extract_command(
    inputs: list[str] = typer.Argument(..., help="Files, folders (read recursively) or '-' for stdin."),
    output: str = typer.Option("-", "--output", "-o", help="Where to write the JSON record ('-': stdout)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
    workers: int = typer.Option(1, "--workers", "-w", min=1,
                                help="Processes for the per-article pipeline (local engine; CPUs of a local Ray)."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or ray (Ray Data, local or cluster)."),
    address: str = typer.Option(None, "--address", help="Ray cluster to join (e.g. ray://head:10001); default: start Ray here."),
    parquet: str = typer.Option(None, "--parquet", help="With --engine ray: also write one Parquet row per article here."),
    code: str = typer.Option(None, "--code", help="A Python file to import first, where stages of one's own are "
                             "registered (parley.stages.register)."),
) -> None:
    """Extract the event record from articles (.txt, .html, .jsonl, .warc[.gz], folders, stdin).

    Exit status: 0 all inputs read, 1 some input skipped (each named on stderr), 2 usage error,
    3 internal errors: a step raised on some article (each named on stderr; the record is written).
    A record that cannot be written (a closed or broken standard output, a full disk) is a usage error.

    Example: parley extract examples/ --output record.json --engine ray --workers 2
    """
    if engine not in ENGINES:
        report_error(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")
        raise typer.Exit(EXIT_USAGE)
    if engine != "ray" and (address or parquet):
        report_error("--address and --parquet need --engine ray")
        raise typer.Exit(EXIT_USAGE)
    if code and not Path(code).is_file():
        report_error(f"--code {code!r}: no such Python file")
        raise typer.Exit(EXIT_USAGE)
    options = Options(n_process=workers, code=code)
    skipped: list[InputError] = []
    progress = Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err_console, transient=True, disable=not stderr_is_terminal())
    task = progress.add_task("extract", total=None)
    seen = 0

    def on_item(item: Document | InputError) -> None:
        nonlocal seen
        if isinstance(item, InputError):
            report_error(item.line())
            skipped.append(item)
            return
        seen += 1
        if seen == PROGRESS_MIN_ARTICLES:
            progress.start()
        progress.advance(task)

    if engine == "ray" and "-" in inputs:
        report_error("the ray engine reads files and folders, not '-'")
        raise typer.Exit(EXIT_USAGE)
    lines: list[str] = []
    more = 0

    internal_errors = 0

    def on_written(item: Document | Event) -> None:
        nonlocal more, internal_errors
        if isinstance(item, Document):
            for w in item.warnings:
                report_warning(f"{item.source}: {w}")
            for line in item.internal_errors:
                report_warning(line)
                internal_errors += 1
        if len(lines) < SUMMARY_LINES:
            lines.append(summary_line(item))
        else:
            more += 1

    try:
        if engine == "ray":
            from ..engine.ray_engine import RaySettings, extract_with_ray

            result = extract_with_ray(inputs, options, RaySettings(address, parquet), progress=on_item)
            progress.stop()
            for item in [*result.record.documents, *result.record.events]:
                on_written(item)
            write_record(result.record, output)
            counts = (len(result.record.documents), len(result.skipped), len(result.record.events))
        else:
            # articles wait on disk and the record is written as a stream: memory stays flat
            done = extract_to_file(inputs, sys.stdout if output == "-" else output, options, progress=on_item,
                                   written=on_written)
            progress.stop()
            counts = (done.documents, len(done.skipped), done.events)
    except ParleyError as err:
        progress.stop()
        report_error(err.line())
        raise typer.Exit(EXIT_USAGE) from None
    except (OSError, AttributeError) as err:
        # a closed or broken standard output (`| head`), a full disk, a folder in the way
        progress.stop()
        if output == "-" and sys.stdout is not None:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        reason = getattr(err, "strerror", None) or ("standard output is closed" if sys.stdout is None else err)
        report_error(f"cannot write the record to {'standard output' if output == '-' else output} ({reason})")
        raise typer.Exit(EXIT_USAGE) from None
    if not quiet:
        head = f"{counts[0]} articles read, {counts[1]} skipped, {counts[2]} events" + (
            f", {internal_errors} articles with internal errors" if internal_errors else "")
        tail = [f"  ... and {more} more"] if more else []
        report_text("\n".join([head, *lines, *tail]))
        if output != "-":
            report_text(f"record written to {output}")
    raise typer.Exit(exit_status(counts[1], internal_errors))
