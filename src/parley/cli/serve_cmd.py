from __future__ import annotations

import typer

from ..errors import ParleyError
from ..store import connect
from .app import app, err_console, report_error


@app.command("serve")
def serve_command(
    db: str = typer.Option("parley.db", "--db", help="SQLite database written by 'parley ingest'."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port (0: any free port)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; loopback unless you say otherwise."),
) -> None:
    """Serve the record: pages for people (timeline, events, actors, quotes, search) and a
    JSON API under /api, with its OpenAPI description at /docs.

    Example: parley serve --db parley.db --port 8000
    """
    import uvicorn

    from ..web import create_app

    try:
        connect(db, create=False).close()  # exists, is parley's, migrated
    except ParleyError as err:
        report_error(err.line())
        raise typer.Exit(2) from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"[yellow]warning[/yellow]: serving on {host}: reachable from other machines",
                          soft_wrap=True)
    err_console.print(f"serving {db} at http://{host}:{port}/ (API: /api, OpenAPI: /docs); Ctrl-C stops",
                      markup=False, soft_wrap=True)
    try:
        uvicorn.run(create_app(db), host=host, port=port, log_level="warning", access_log=False)
    except (OSError, SystemExit) as err:
        report_error(f"cannot serve on {host}:{port} ({err})")
        raise typer.Exit(2) from None
