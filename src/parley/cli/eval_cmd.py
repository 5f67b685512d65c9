from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from ..errors import ParleyError
from ..evaluation import CORPUS, Evaluation, compare, evaluate, load_evaluation, load_gold
from ..extraction import extract
from .app import app, err_console, report_error

# the event diagnostics, printed apart from the main figures
DIAGNOSTICS = ("events_found_f1", "found_date", "found_status", "found_code", "found_location")


def _print_misses(ev: Evaluation) -> None:
    for doc, result in sorted(ev.documents.items(), key=lambda kv: (kv[0] == CORPUS, kv[0])):
        if not result.misses:
            continue
        typer.echo(f"{doc}:")
        for miss in result.misses:
            typer.echo(f"  - {miss}")


def _print_figures(ev: Evaluation) -> None:
    table = Table(title="parley eval")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for name, value in ev.figures.items():
        if name not in DIAGNOSTICS:
            table.add_row(name, f"{value:.3f}" if isinstance(value, float) and name not in (
                "documents", "missing", "spans", "spans_bad") else f"{value:g}")
    table.add_section()
    for name in DIAGNOSTICS:
        table.add_row(f"{name} (diagnostic)", f"{ev.figures.get(name, 0.0):.3f}")
    err_console.print(table)


def _print_comparison(current: dict, baseline: dict) -> None:
    moved, changes = compare(current, baseline)
    typer.echo("\ncompared with the baseline:")
    if not moved and not changes:
        typer.echo("  nothing changed")
        return
    for name, (before, now) in moved.items():
        arrow = "better" if now > before else "worse"
        if name in ("missing", "spans_bad"):
            arrow = "better" if now < before else "worse"
        typer.echo(f"  {name}: {before:.3f} -> {now:.3f} ({arrow})")
    for change in changes:
        typer.echo(f"{change.document}:")
        for line in change.better:
            typer.echo(f"  + {line}")
        for line in change.worse:
            typer.echo(f"  - {line}")


@app.command("eval")
def eval_command(
    gold: Path = typer.Option(..., "--gold", help="Gold file (format: shared/gold/FORMAT.md)."),
    corpus: Path = typer.Option(..., "--corpus", help="Folder holding the gold's articles."),
    pred: Path = typer.Option(None, "--pred", help="A record to judge; default: extract the corpus now."),
    as_json: bool = typer.Option(False, "--json", help="Print figures, per-article results and misses as JSON."),
    baseline: Path = typer.Option(None, "--baseline",
                                  help="An earlier 'parley eval --json' output: show what got better and worse."),
) -> None:
    """Compare parley's record with a gold file: the referee's figures, the event diagnostics
    (events found by participants and CAMEO root alone; of those, the share with the right
    date, status, code and place) and every miss, article by article.

    Example: parley eval --gold ../shared/gold/dev.json --corpus ../shared/corpus/dev --json > before.json
    then, after a change: parley eval --gold ../shared/gold/dev.json --corpus ../shared/corpus/dev --baseline before.json
    """
    try:
        gold_data = load_gold(gold)
        before = load_evaluation(baseline) if baseline is not None else None
        if pred is not None:
            record = json.loads(pred.read_text(encoding="utf-8"))
        else:
            result = extract([str(corpus)])
            for err in result.skipped:
                report_error(err.line())
            record = result.record.to_json()
    except (ParleyError, OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        report_error(err.line() if isinstance(err, ParleyError) else f"{pred}: {err}")
        raise typer.Exit(2) from None
    ev = evaluate(gold_data, record, corpus)
    current = ev.to_json()
    if as_json:
        if before is not None:
            moved, changes = compare(current, before)
            current["compared"] = {"figures": {k: {"before": b, "now": n} for k, (b, n) in moved.items()},
                                   "documents": {c.document: {"better": c.better, "worse": c.worse} for c in changes}}
        typer.echo(json.dumps(current, indent=1, ensure_ascii=False))
        return
    _print_misses(ev)
    _print_figures(ev)
    if before is not None:
        _print_comparison(current, before)
    typer.echo(ev.score_line())
