"""The state a person acts for, from the list of office-holders (`data/officeholders.toml`).

Papers do not qualify their own country's officials ("Foreign Minister Chung Eui-yong" in a
Seoul paper) nor the best-known leaders ("Narendra Modi"); the article then gives no state,
and the person's events and quotes would have none. The list is asked only for persons the
article gives no state: what the text says always wins.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import data_file
from .lexicon import fold

_SEPARATORS = re.compile(r"[\s.\-‐‑]+")


def name_key(name: str) -> str:
    """Case, diacritics, full stops and hyphens aside: "S. Jaishankar" is "s jaishankar"."""
    return _SEPARATORS.sub(" ", fold(name)).strip()


@lru_cache(maxsize=1)
def _holders() -> dict[str, str]:
    out: dict[str, str] = {}
    ambiguous: set[str] = set()
    for iso, people in data_file("officeholders.toml")["holders"].items():
        for name, variants in people.items():
            for form in [name, *variants]:
                key = name_key(form)
                if out.get(key, iso) != iso:
                    ambiguous.add(key)  # two states' holders share the form: it names neither
                out[key] = iso
    return {k: v for k, v in out.items() if k not in ambiguous}


def holder_country(*names: str) -> str | None:
    """The state of the office-holder any of `names` (forms of one person's name) names, when
    they name one holder's state only."""
    found = {iso for n in names if (iso := _holders().get(name_key(n)))}
    return found.pop() if len(found) == 1 else None
