from __future__ import annotations

import errno
import socket

import typer

from ..errors import ParleyError
from ..store import connect
from .app import app, err_console, report_error

WILDCARD_HOSTS = ("0.0.0.0", "::", "")


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything else happens (a taken port is the first thing said)."""
    infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a restart may reuse TIME_WAIT; never a live port
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def allowed_hosts(host: str, extra: list[str]) -> list[str]:
    """Host header values the server answers: the address it is bound to (DNS rebinding guard)."""
    names = {host, *extra}
    if host in ("127.0.0.1", "localhost", "::1"):
        names |= {"127.0.0.1", "localhost", "::1", "[::1]"}
    elif host in WILDCARD_HOSTS:
        names |= {"127.0.0.1", "localhost", socket.gethostname()}
        try:
            names |= {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None)}
        except OSError:
            pass
    return sorted(n for n in names if n)


@app.command("serve")
def serve_command(
    db: str = typer.Option("parley.db", "--db", help="SQLite database written by 'parley ingest'."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port (0: any free port)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; loopback unless you say otherwise."),
    allow_host: list[str] = typer.Option([], "--allow-host",
                                         help="Another Host header name to answer (e.g. a DNS name of this "
                                              "machine); every other name is refused."),
) -> None:
    """Serve the record: pages for people (timeline, map, network, events over time, events,
    actors, quotes, search, articles) and a JSON API under /api, with its OpenAPI description
    at /docs (works offline). Requests naming another host are refused (DNS rebinding).

    Example: parley serve --db parley.db --port 8000
    """
    import uvicorn

    from ..web import create_app

    try:
        sock = _bind(host, port)
    except OSError as err:
        if err.errno == errno.EADDRINUSE:
            report_error(f"port {port} on {host} is taken (another server is running there); choose another "
                         "with --port, or --port 0 for any free one")
        else:
            report_error(f"cannot serve on {host}:{port} ({err.strerror or err})")
        raise typer.Exit(2) from None
    try:
        connect(db, create=False).close()  # exists, is parley's, migrated
    except ParleyError as err:
        sock.close()
        report_error(err.line())
        raise typer.Exit(2) from None
    bound_port = sock.getsockname()[1]
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"[yellow]warning[/yellow]: serving on {host}: reachable from other machines",
                          soft_wrap=True)
    shown = f"[{host}]" if ":" in host else host
    err_console.print(f"serving {db} at http://{shown}:{bound_port}/ (API: /api, OpenAPI: /docs); Ctrl-C stops",
                      markup=False, soft_wrap=True)
    config = uvicorn.Config(create_app(db, allowed_hosts(host, allow_host)), log_level="warning", access_log=False)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except (OSError, SystemExit) as err:
        report_error(f"cannot serve on {host}:{port} ({err})")
        raise typer.Exit(2) from None
    finally:
        sock.close()
