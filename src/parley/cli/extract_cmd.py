from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import InputError, ParleyError
from ..extraction import extract_to_file
from ..model import Document, Event, Record
from ..options import Options
from .app import app, err_console, report_error, report_warning, stderr_is_terminal

ENGINES = ("local", "ray")
# fewer articles than this go through without a progress bar
PROGRESS_MIN_ARTICLES = 5


# the summary lists articles and events one a line up to this many lines, then counts the rest
SUMMARY_LINES = 500


def summary_line(item: Document | Event) -> str:
    if isinstance(item, Document):
        pub = item.published.value if item.published else "undated"
        return (f"  {item.id}: {item.title or '(no headline)'} | {item.outlet or 'outlet unknown'} | {pub} | "
                f"{len(item.actors)} actors, {len(item.quotes)} quotes")
    when = item.date.value if item.date else "undated"
    return f"  [{item.status}] {when} {item.code} {item.label} ({len(item.mentions)} mentions)"


def summary(record: Record, skipped: int) -> str:
    lines = [f"{len(record.documents)} articles read, {skipped} skipped, {len(record.events)} events"]
    lines += [summary_line(x) for x in [*record.documents, *record.events]]
    return "\n".join(lines)


def write_record(record: Record, output: str) -> None:
    data = json.dumps(record.to_json(), ensure_ascii=False, indent=1)
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
) -> None:
    """Extract the event record from articles (.txt, .html, .jsonl, .warc[.gz], folders, stdin).

    Exit status: 0 all inputs read, 1 some input skipped (each named on stderr), 2 usage error.

    Example: parley extract examples/ --output record.json --engine ray --workers 2
    """
    if engine not in ENGINES:
        report_error(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")
        raise typer.Exit(2)
    if engine != "ray" and (address or parquet):
        report_error("--address and --parquet need --engine ray")
        raise typer.Exit(2)
    options = Options(n_process=workers)
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

    # bytes, decoded as a file is: invalid UTF-8 is replaced with a warning, not a traceback
    stdin_text = sys.stdin.buffer.read() if "-" in inputs else None
    if engine == "ray" and stdin_text is not None:
        report_error("the ray engine reads files and folders, not '-'")
        raise typer.Exit(2)
    lines: list[str] = []
    more = 0

    def on_written(item: Document | Event) -> None:
        nonlocal more
        if isinstance(item, Document):
            for w in item.warnings:
                report_warning(f"{item.source}: {w}")
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
                                   stdin_text=stdin_text, written=on_written)
            progress.stop()
            counts = (done.documents, len(done.skipped), done.events)
    except ParleyError as err:
        progress.stop()
        report_error(err.line())
        raise typer.Exit(2) from None
    if not quiet:
        head = f"{counts[0]} articles read, {counts[1]} skipped, {counts[2]} events"
        tail = [f"  ... and {more} more"] if more else []
        err_console.print("\n".join([head, *lines, *tail]), soft_wrap=True, markup=False)
        if output != "-":
            err_console.print(f"record written to {output}", markup=False)
    raise typer.Exit(1 if counts[1] else 0)
