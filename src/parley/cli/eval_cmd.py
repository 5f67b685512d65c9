from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from ..errors import ParleyError
from ..evaluation import evaluate, load_gold
from ..extraction import extract
from .app import app, err_console, report_error


@app.command("eval")
def eval_command(
    gold: Path = typer.Option(..., "--gold", help="Gold file (format: shared/gold/FORMAT.md)."),
    corpus: Path = typer.Option(..., "--corpus", help="Folder holding the gold's articles."),
    pred: Path = typer.Option(None, "--pred", help="A record to judge; default: extract the corpus now."),
    as_json: bool = typer.Option(False, "--json", help="Print figures and misses as JSON."),
) -> None:
    """Compare parley's record with a gold file: per-field accuracy and every miss.

    Example: parley eval --gold ../shared/gold/seeds.json --corpus ../shared/corpus/seeds
    """
    try:
        gold_data = load_gold(gold)
        if pred is not None:
            record = json.loads(pred.read_text(encoding="utf-8"))
        else:
            result = extract([str(corpus)])
            for err in result.skipped:
                report_error(err.line())
            record = result.record.to_json()
    except (ParleyError, OSError, json.JSONDecodeError) as err:
        report_error(err.line() if isinstance(err, ParleyError) else f"{pred}: {err}")
        raise typer.Exit(2) from None
    ev = evaluate(gold_data, record, corpus)
    figures = ev.figures()
    if as_json:
        typer.echo(json.dumps({"figures": figures, "misses": ev.misses}, indent=1))
        return
    for miss in ev.misses:
        typer.echo(f"  - {miss}")
    table = Table(title="parley eval")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for name, value in figures.items():
        table.add_row(name, f"{value:.3f}")
    err_console.print(table)
    typer.echo("score: " + " ".join(f"{k}={v:.2f}" for k, v in figures.items()))
