"""The web face of the store: `create_app(db_path)` gives the FastAPI app `parley serve` runs."""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
