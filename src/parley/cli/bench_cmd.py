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


def _phases(result: BenchResult) -> Table:
    side = result.parley
    table = Table(title="parley, phase by phase")
    for col in ("phase", "wall s", "CPU s", "articles/s"):
        table.add_column(col, justify="left" if col == "phase" else "right")
    for name in ("extract", "link", "write", "store"):
        if name in side.phases_wall_s:
            wall = side.phases_wall_s[name]
            table.add_row(name, f"{wall:.1f}", f"{side.phases_cpu_s.get(name, 0.0):.1f}",
                          f"{side.documents / wall:.2f}" if wall else "-")
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
    store: bool = typer.Option(True, "--store/--no-store", help="Also time storing the articles (ingest)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    scaling: bool = typer.Option(False, "--scaling", help="Instead: time each stage on a 10,000- and a "
                                 "100,000-character real body, and on a 1 MB and a 10 MB page, and print the "
                                 "ratio (bench/scaling.py)."),
    linking: bool = typer.Option(False, "--linking", help="Instead: time the corpus steps on the per-article "
                                 "results of 2,000 and 20,000 articles and print the ratio (bench/linking.py)."),
) -> None:
    """Measure parley end to end against spaCy's full en_core_web_sm on the same texts.

    Each side runs in its own child process. parley runs a whole `parley extract` (read and
    extract every article, link the corpus, write the record) and then stores the articles as
    `parley ingest` does; each phase is timed apart. Prints articles/s, tokens/s per core, peak
    RSS and the ratios: end to end and extraction alone against spaCy, linking's share, and
    ingest over extraction alone. Speed goals live here, not in tests.

    `--scaling` times each stage on a short and a long body, and on a 1 MB and a 10 MB page (the
    lines beyond the NLP stage's window); `--linking` times the corpus steps
    on 2,000 and 20,000 articles.

    Example: parley bench ../shared/corpus/official/official.jsonl.gz --docs 5000
    """
    if linking:
        from .bench_scaling import linking_command

        linking_command(tuple(corpus or ()), as_json)
        return
    if scaling:
        from .bench_scaling import scaling_command

        scaling_command(tuple(corpus or ()), as_json)
        return
    spec = BenchSpec(inputs=tuple(corpus or ()), docs=None if repeat else docs, repeat=repeat or 1,
                     workers=workers, batch_size=batch_size, baseline=baseline, nlp_profile=nlp_profile,
                     store=store)
    try:
        result = run_bench(spec)
    except (RuntimeError, OSError) as err:
        report_error(str(err))
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps({**asdict(result), "ratio": result.ratio, "ratio_per_core": result.ratio_per_core,
                               "ratio_cpu": result.ratio_cpu, "ratio_extraction": result.ratio_extraction,
                               "link_share": result.link_share, "ingest_ratio": result.ingest_ratio,
                               "ingest_ratio_cpu": result.ingest_ratio_cpu}, indent=1))
        return
    err_console.print(_table(result))
    err_console.print(_phases(result))
    if result.ratio is not None:
        typer.echo(f"ratio: {result.ratio:.2f} end to end (per core: {result.ratio_per_core:.2f}; "
                   f"parley on {result.parley.processes} processes, spaCy on 1); "
                   f"extraction alone: {result.ratio_extraction:.2f}; per CPU-second: {result.ratio_cpu:.2f}")
    else:
        typer.echo("ratio: n/a (no baseline)")
    link = result.parley.phase("link")
    typer.echo(f"linking: {link:.1f} s, {100 * (result.link_share or 0):.1f}% of the run "
               f"({result.parley.events} events)")
    if result.ingest_ratio is not None:
        typer.echo(f"ingest / extraction alone: {result.ingest_ratio:.2f} (CPU: {result.ingest_ratio_cpu:.2f})")
