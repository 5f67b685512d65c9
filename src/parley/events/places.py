"""States and places named in a passage, from the gazetteer in `data/countries.toml`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document, Span
from ..resources import data_file
from .index import SpanIndex


@dataclass(frozen=True)
class StateMention:
    span: Span
    iso3: str


@lru_cache(maxsize=1)
def _state_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = data_file("countries.toml")
    lookup: dict[str, str] = {}
    for section in ("iso3", "demonym"):
        for name, iso in table[section].items():
            lookup[name.lower()] = iso
    # "US" and similar short forms are only trusted in capitals
    names = sorted(lookup, key=len, reverse=True)
    # "(?<!\w)" and not "(?<![\w-])": "Australia-India" names two states
    pattern = re.compile(r"(?<!\w)(?:the\s+)?(" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.IGNORECASE)
    return pattern, lookup


def state_name(iso3: str) -> str:
    return data_file("countries.toml")["name"].get(iso3, iso3)


def iso_of_state_name(name: str) -> str | None:
    return data_file("countries.toml")["iso3"].get(name)


def states_in(text: str, span: Span) -> list[StateMention]:
    pattern, lookup = _state_pattern()
    found = []
    for m in pattern.finditer(text, span.start, span.end):
        word = m.group(1)
        if len(word) <= 3 and not word.isupper():
            continue  # "us", "uk" in running text are not states
        found.append(StateMention(Span(m.start(1), m.end(1)), lookup[word.lower()]))
    return found


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return dict(data_file("countries.toml")["capital"])


def country_of_place(place: str) -> str | None:
    return _capitals().get(place) or data_file("countries.toml")["iso3"].get(place)


_NAME = r"(?:[A-Z][\w'-]+|St\.)(?:\s+[A-Z][\w'-]+)*"
# "in the capital Baku", "in the Russian city of Kazan", "at the resort of Sochi"
_PLACE_NOUN = r"(?:the\s+)?(?:(?:[A-Z][\w-]+\s+)?(?:capital|city|town|port\s+city|resort(?:\s+city)?)(?:\s+of)?\s+)?"
_PLACE_AFTER = {
    True: re.compile(rf"\b(?:in|to|at)\s+{_PLACE_NOUN}(?:the\s+)?({_NAME})"),   # a journey: "visit to Moscow"
    False: re.compile(rf"\b(?:in|at)\s+{_PLACE_NOUN}(?:the\s+)?({_NAME})"),
}
# "in Prague and Sochi", "in Paris, Berlin and Rome"
_PLACE_MORE = re.compile(rf"\s*(?:,\s*|\s+and\s+)({_NAME})")


def places_in(doc: Document, span: Span, gpe: SpanIndex, journey: bool = False) -> list[tuple[Span, str]]:
    """Cities and countries named after `in`/`to`/`at` within `span` (GPE entities or gazetteer)."""
    found = []
    for m in _PLACE_AFTER[journey].finditer(doc.text, span.start, span.end):
        names = [(m.start(1), m.end(1))]
        more = _PLACE_MORE.match(doc.text, m.end(), span.end)
        while more:
            names.append((more.start(1), more.end(1)))
            more = _PLACE_MORE.match(doc.text, more.end(), span.end)
        for a, b in names:
            s, name = Span(a, b), doc.text[a:b]
            if gpe.touches(s) or country_of_place(name):
                found.append((s, _strip_article(name)))
    return found


def _strip_article(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
