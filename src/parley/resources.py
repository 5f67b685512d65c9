"""Versioned rule and gazetteer files under `parley/data/`.

Loaded once per process and never mutated: callers get read-only views.
"""
from __future__ import annotations

import json
import re
import tomllib
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any


def _read(name: str) -> str:
    return resources.files("parley.data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def data_file(name: str) -> MappingProxyType:
    """A TOML or JSON file from `parley/data`, as a read-only mapping."""
    raw = _read(name)
    parsed: dict[str, Any] = tomllib.loads(raw) if name.endswith(".toml") else json.loads(raw)
    return MappingProxyType(parsed)


@lru_cache(maxsize=None)
def compiled_alternation(name: str, key: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A list of regexes in a data file joined into one whole-line pattern."""
    parts = data_file(name)[key]
    # a trailing full stop, colon, ellipsis ("You may also like...") or exclamation mark is no part of it
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in parts) + r")\s*(?:[.:!…]+)?\s*$", flags)
