from __future__ import annotations

import sys

import typer
from rich.console import Console

app = typer.Typer(
    name="parley",
    help="News reports of diplomacy in, a trustworthy event record out.\n\n"
    "Example: parley extract examples/ --output record.json",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# the CLI speaks on stderr; stdout is kept for records written to '-'
err_console = Console(stderr=True, highlight=False)


def report_error(line: str) -> None:
    err_console.print(f"[red]error[/red]: {line}", soft_wrap=True)


def report_warning(line: str) -> None:
    err_console.print(f"[yellow]warning[/yellow]: {line}", soft_wrap=True)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()
