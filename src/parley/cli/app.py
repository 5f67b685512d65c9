from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.text import Text

from ..errors import one_line

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
    # `line` may quote file names and article text: never markup, never a control character
    err_console.print(Text.assemble(("error", "red"), ": ", one_line(line)), soft_wrap=True)


def report_warning(line: str) -> None:
    err_console.print(Text.assemble(("warning", "yellow"), ": ", one_line(line)), soft_wrap=True)


def report_text(text: str) -> None:
    """Plain lines on stderr (summaries), each made safe for a terminal."""
    err_console.print("\n".join(one_line(line) for line in text.split("\n")), soft_wrap=True,
                      markup=False, highlight=False)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()
