"""The outlet gazetteer (`outlets.toml`): canonical names, spellings, countries, domains.

A name is looked up case-insensitively, with its spellings and, where an outlet is expected
(a dateline, a byline, a credit), its abbreviations. `looks_like_outlet` recognises the shape of
an outlet's name that the gazetteer does not list (`Tribune News Service`, `Daily Times`,
`UrduPoint.com`): a name ending in a word outlets are named with (`furniture.toml`
`outlet_name_words`) or a web domain.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlparse

from ..resources import data_file


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" .,:;|/-–—()[]").lower()


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, spellings in data_file("outlets.toml")["known"].items():
        for s in (canonical, *spellings):
            table.setdefault(_fold(s), canonical)
    return table


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, about in data_file("outlets.toml")["about"].items():
        for s in about.get("abbreviations", ()):
            table.setdefault(_fold(s), canonical)
    return table


def known_outlet(name: str, abbreviations: bool = True) -> str | None:
    """The canonical name of a listed outlet, or None."""
    key = _fold(name)
    found = _spellings().get(key)
    if found is None and abbreviations and name.strip(" .,:;|/-()").isupper():
        found = _abbreviations().get(key)
    return found


def is_known_outlet(name: str) -> bool:
    return known_outlet(name) is not None


_BY = re.compile(r"^\s*by\s+(?=\S)", re.IGNORECASE)


def canonical_outlet(name: str) -> str:
    """A listed outlet's canonical name; any other name as written.

    A credit joining two agencies with a hyphen (`ARTSAKHPRESS-ARMENPRESS`, `NNN-Bernama`) names the
    listed one (the last, where both are)."""
    name = _BY.sub("", name)  # "By Arab News" (Eurasia Review, eval 915): the byline's word
    found = known_outlet(name)
    if found:
        return found
    parts = [p for p in re.split(r"(?<=\w)-(?=\w)", name.strip()) if p]
    listed = [known_outlet(p) for p in parts if known_outlet(p)] if len(parts) > 1 else []
    return listed[-1] if listed else name.strip(" .,:;|/-–—()[]")


def outlet_country(name: str | None) -> str | None:
    if not name:
        return None
    canonical = known_outlet(name)
    about = data_file("outlets.toml")["about"].get(canonical) if canonical else None
    return about["country"] if about else None


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, about in data_file("outlets.toml")["about"].items():
        for domain in about.get("domains", ()):
            table.setdefault(domain.lower(), canonical)
    return table


def outlet_of_url(url: str | None) -> str | None:
    """The listed outlet a page's address belongs to (`https://en.trend.az/...` -> Trend)."""
    if not url:
        return None
    host = (urlparse(url if "//" in url else "//" + url).hostname or "").lower()
    while host:
        if host in _domains():
            return _domains()[host]
        host = host.partition(".")[2] if host.count(".") >= 1 else ""
    return None


@lru_cache(maxsize=1)
def _name_shape() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in data_file("furniture.toml")["outlet_name_words"])
    return re.compile(
        rf"^(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){{1,4}}(?:{words})$"          # Tribune News Service, Daily Times
        r"|^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?i:com|net|org|az|kz|uz|kg|tj|am|ge|in|pk|ru|ua|by|tv|info|news)$")


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    # "Nigeria News", "World News", "Business Today": a section of a site, not an outlet
    countries = data_file("countries.toml")
    words = [*countries["iso3"], *countries["demonym"], *data_file("furniture.toml")["menu_words"]]
    return frozenset(w.lower() for w in words)


def is_section_word(name: str) -> bool:
    """A site's section or a place ("International", "Bangladesh", "Politics"), not an outlet's name."""
    return all(w.lower() in _section_words() or w.lower() == "the" for w in name.split())


def looks_like_outlet(name: str) -> bool:
    """A name shaped like a news outlet's: `Tribune News Service`, `UrduPoint.com`, `Daily Times`."""
    name = name.strip()
    if not name or len(name) > 60 or not name[0].isupper():
        return False
    if not _name_shape().match(name):
        return False
    words = name.split()
    if len(words) == 2 and words[0].lower() in _section_words():
        return False
    # "Headline News World News": section labels run together name no outlet ("Daily Times",
    # whose words name outlets, not sections, does)
    return not all(w.lower() in _menu_words() for w in words)


@lru_cache(maxsize=1)
def _menu_words() -> frozenset[str]:
    return frozenset(w.lower() for w in data_file("furniture.toml")["menu_words"]) | {"the"}
