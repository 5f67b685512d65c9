from __future__ import annotations

import json
from dataclasses import asdict

import typer
from rich.table import Table

from ..bench import BenchResult, BenchSpec, run_bench
from ..bench.run import DEFAULT_DOCS
from .app import app, err_console, report_error

MIB = 1024 * 1024


def _table(result: BenchResult) -> Table:
    table = Table(title=f"parley bench: {result.corpus}")
    for col in ("side", "articles", "tokens", "wall s", "CPU s", "procs", "articles/s",
                "tokens/s/core", "peak RSS MiB", "largest proc MiB"):
        table.add_column(col, justify="left" if col == "side" else "right")
    for side in (result.baseline, result.parley):
        if side is None:
            continue
        table.add_row(side.name, str(side.documents), str(side.tokens), f"{side.wall_s:.1f}",
                      f"{side.cpu_s:.1f}", str(side.processes), f"{side.articles_per_s:.2f}",
                      f"{side.tokens_per_s_per_core:,.0f}", f"{side.peak_rss_bytes / MIB:.0f}",
                      f"{side.peak_rss_largest_bytes / MIB:.0f}")
    return table


@app.command("bench")
def bench_command(
    corpus: list[str] = typer.Argument(None, help="Files or folders to read; default: the bundled examples/."),
    docs: int = typer.Option(DEFAULT_DOCS, "--docs", "-n", min=1,
                             help="Articles to stream (the corpus read again and again)."),
    repeat: int = typer.Option(None, "--repeat", "-r", min=1,
                               help="Passes over the corpus instead of --docs."),
    workers: int = typer.Option(0, "--workers", "-w", min=0, help="Processes for parley (0: every core)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Documents per batch on both sides."),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Also run spaCy's full pipeline."),
    nlp_profile: str = typer.Option("fast", "--nlp-profile", help="parley's NLP profile: fast or full."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    scaling: bool = typer.Option(False, "--scaling", help="Instead: time each stage on a 10,000- and a "
                                 "100,000-character real body and print the ratio (bench/scaling.py)."),
) -> None:
    """Measure parley's per-article extraction against spaCy's full en_core_web_sm on the same texts.

    Each side runs in its own child process; prints articles/s, tokens/s per core, peak RSS
    and the ratio parley / baseline (articles/s). Speed goals live here, not in tests.

    Example: parley bench --docs 1000
    """
    if scaling:
        from .bench_scaling import scaling_command

        scaling_command(tuple(corpus or ()), as_json)
        return
    spec = BenchSpec(inputs=tuple(corpus or ()), docs=None if repeat else docs, repeat=repeat or 1,
                     workers=workers, batch_size=batch_size, baseline=baseline, nlp_profile=nlp_profile)
    try:
        result = run_bench(spec)
    except (RuntimeError, OSError) as err:
        report_error(str(err))
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps({**asdict(result), "ratio": result.ratio, "ratio_per_core": result.ratio_per_core},
                              indent=1))
        return
    err_console.print(_table(result))
    if result.ratio is not None:
        typer.echo(f"ratio: {result.ratio:.2f} (per core: {result.ratio_per_core:.2f}; "
                   f"parley on {result.parley.processes} processes, spaCy on 1)")
    else:
        typer.echo("ratio: n/a (no baseline)")
