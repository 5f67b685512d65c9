"""`parley`: a thin command line over the library. Each command lives in its own module."""
from __future__ import annotations

from .app import app
from . import bench_cmd, eval_cmd, export_cmd, extract_cmd, ingest_cmd, serve_cmd  # noqa: F401  (registers the commands)


def main() -> None:
    app()
