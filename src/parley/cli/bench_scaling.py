"""`parley bench --scaling`: the table of per-stage times on a short and a long body;
`parley bench --linking`: the corpus steps on a small and a large corpus."""
from __future__ import annotations

import json
from dataclasses import asdict

import typer
from rich.table import Table

from ..bench.scaling import ScalingSpec, run_scaling
from .app import err_console, report_error, report_warning


def scaling_command(corpus: tuple[str, ...], as_json: bool) -> None:
    spec = ScalingSpec(inputs=corpus)
    try:
        result = run_scaling(spec)
    except OSError as err:
        report_error(str(err))
        raise typer.Exit(2) from None
    for line in result.internal_errors:
        report_warning(line)
    over_stages = sorted({s.stage for s in result.over_budget(spec.budget)})
    if as_json:
        typer.echo(json.dumps({**asdict(result), "ratios": {f"{s.body}/{s.stage}": s.ratio for s in result.stages},
                               "worst": result.worst(), "over_budget": over_stages}, indent=1))
        raise typer.Exit(1 if over_stages else 0)
    table = Table(title=f"parley bench --scaling: CPU s per stage, {spec.short:,} vs {spec.long:,} characters"
                        + (f" (the page: {spec.page_short:,} vs {spec.page_long:,})" if spec.page_long else ""))
    over = {(s.body, s.stage) for s in result.over_budget(spec.budget)}
    for col in ("body", "chars", "stage", "short s", "long s", "ratio", "budget"):
        table.add_column(col, justify="left" if col in ("body", "stage") else "right")
    for s in result.stages:
        short, long = result.lengths[s.body]
        table.add_row(s.body, f"{short:,}/{long:,}", s.stage, f"{s.short_s:.3f}", f"{s.long_s:.3f}", f"{s.ratio:.1f}",
                      "over" if (s.body, s.stage) in over else "ok")
    err_console.print(table)
    typer.echo("ratio per stage (worst body; linear is about 10, quadratic about 100): "
               + " ".join(f"{stage}={ratio:.1f}" for stage, ratio in result.worst().items()))
    if over_stages:
        typer.echo(f"over the budget of {spec.budget:.0f} x the length ratio: {', '.join(over_stages)}")
        raise typer.Exit(1)


def linking_command(corpus: tuple[str, ...], as_json: bool) -> None:
    from ..bench.linking import LinkingSpec, run_linking

    spec = LinkingSpec(inputs=corpus)
    try:
        result = run_linking(spec)
    except (OSError, RuntimeError) as err:
        report_error(str(err))
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps({**asdict(result), "ratio": result.ratio, "memory_ratio": result.memory_ratio}, indent=1))
        return
    table = Table(title=f"parley bench --linking: corpus steps over copies of {result.base} real articles")
    for col in ("articles", "events", "CPU s", "peak MiB"):
        table.add_column(col, justify="right")
    for s in result.sizes:
        table.add_row(f"{s.articles:,}", f"{s.events:,}", f"{s.cpu_s:.1f}", f"{s.peak_mib:,}")
    err_console.print(table)
    small, large = result.sizes
    typer.echo(f"linking ratio {large.articles:,}/{small.articles:,} articles: {result.ratio:.1f} "
               f"(linear: {large.articles / small.articles:.0f}; goal: at most 12); "
               f"{large.cpu_s:.1f} CPU s for {large.articles:,} (goal: under 60); "
               f"memory of the in-memory run: {result.memory_ratio:.2f}x")
