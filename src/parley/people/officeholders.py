"""The state a person acts for, from the list of office-holders (`data/officeholders.toml`).

Papers do not qualify their own country's officials ("Foreign Minister Chung Eui-yong" in a
Seoul paper) nor the best-known leaders ("Narendra Modi"); the article then gives no state,
and the person's events and quotes would have none. The list gives such a person a state, and
a person the article writes with less of the name or a formal given name the listed name
(`people/__init__.py`); a person the article gives another state is not the holder: what the
text says always wins.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import data_file
from .lexicon import fold
from .variants import given_spellings, same_person, variant_keys, word_key

_SEPARATORS = re.compile(r"[\s.\-‐‑]+")


def name_key(name: str) -> str:
    """Case, diacritics, full stops and hyphens aside: "S. Jaishankar" is "s jaishankar"."""
    return _SEPARATORS.sub(" ", fold(name)).strip()


@lru_cache(maxsize=1)
def _holders() -> dict[str, tuple[str, str]]:
    """Name key -> (state, the name the list gives the holder)."""
    out: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()
    for iso, people in data_file("officeholders.toml")["holders"].items():
        for name, variants in people.items():
            for form in [name, *variants]:
                key = name_key(form)
                if key in out and out[key] != (iso, name):
                    ambiguous.add(key)  # two holders share the form: it names neither
                out[key] = (iso, name)
    return {k: v for k, v in out.items() if k not in ambiguous}


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    """Name key -> the listed name of a head of an international organisation."""
    out: dict[str, str] = {}
    for people in data_file("officeholders.toml").get("heads", {}).values():
        for name, variants in people.items():
            for form in [name, *variants]:
                out[name_key(form)] = name
    return out


def head_name(*names: str) -> str | None:
    """The listed name of the one head of an international organisation `names` (forms of one
    person's name) name."""
    heads = {h for n in names if (h := _heads().get(name_key(n)))}
    return heads.pop() if len(heads) == 1 else None


def listed_name(*names: str) -> str | None:
    """The one name the list gives the person `names` (forms of one person's name) name: an
    office-holder of a state or a head of an international organisation."""
    found = holder(*names)
    return found[1] if found is not None else head_name(*names)


def is_listed_name(word: str) -> bool:
    """Whether a name ("Kiril Petkov", or a single word: "Guterres", "Lavrov") is a listed name
    or variant naming one person."""
    key = name_key(word)
    return key in _holders() or key in _heads()


def holder(*names: str) -> tuple[str, str] | None:
    """(state, listed name) of the one office-holder `names` (forms of one person's name) name.

    A two-word name may come family name first ("Kishida Fumio", "HAYASHI Yoshimasa", as papers
    of Japan, China and Korea print it) and still name the listed "Fumio Kishida"."""
    table = _holders()
    found = set()
    for n in names:
        key = name_key(n)
        h = table.get(key)
        if h is None and key.count(" ") == 1:
            h = table.get(" ".join(reversed(key.split())))
        if h is None and (m := _HOUSE_AFTER_CHAIN.match(key)):
            h = table.get(m.group(1))  # "Faisal bin Farhan Al Saud": the listed "Faisal bin Farhan"
        if h is None and (m := _REGNAL.match(key)):
            # "King Muhammed VI": the listed "Mohammed VI", the given name transliterated otherwise
            found_regnal = {table[k] for g in given_spellings(word_key(m.group(1))) if (k := f"{g} {m.group(2)}") in table}
            h = found_regnal.pop() if len(found_regnal) == 1 else None
        if h is None and (m := _MIDDLE_NAMES.match(key)) and not _NASAB.search(key):
            # "Bola Ahmed Tinubu", "Luiz Inácio Lula da Silva" told with the middle name the list leaves out
            h = table.get(f"{m.group(1)} {m.group(2)}")
        if h is not None:
            found.add(h)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _holders_by_bucket() -> dict[str, list[str]]:
    """Variant bucket (`people/variants.py`) -> the listed full forms (given and family name) in it."""
    out: dict[str, list[str]] = {}
    for key in _holders():
        if " " in key:
            for bucket in variant_keys(key):
                out.setdefault(bucket, []).append(key)
    return out


def transliterated_state(*names: str) -> str | None:
    """The state of the one holder whose listed full name `names` (forms of one person's name)
    write with another transliteration ("Viktor Yanukovich" for Viktor Yanukovych, "Salome
    Zurabishvili" for Salome Zourabichvili): the given names must fit and the family names be one
    spelling apart (`variants.same_person`). Only the state: the person keeps the article's
    spelling, and a name two holders could bear gives none."""
    found = {h for n in names if " " in (key := name_key(n)) for h in _transliterated_holders(key)}
    return next(iter(found))[0] if len(found) == 1 else None


@lru_cache(maxsize=4096)
def _transliterated_holders(key: str) -> frozenset[tuple[str, str]]:
    table = _holders()
    return frozenset(table[form] for bucket in variant_keys(key) for form in _holders_by_bucket().get(bucket, ())
                     if same_person(key, form))


# a given name, one or two written-out middle names and a family name ("bola ahmed tinubu")
_MIDDLE_NAMES = re.compile(r"^(\S+) (?:\S{2,} ){1,2}(\S+)$")
# a nasab chain's links are no middle names ("mohammed bin salman")
_NASAB = re.compile(r" (?:bin|ibn|bint|ben|al|el|abu) ")


# a given name and a regnal number ("muhammed vi", "abdullah ii")
_REGNAL = re.compile(r"^(\S+) ((?:i|v|x)+)$")


# a nasab name and the house after its chain ("faisal bin farhan al saud", "mohammed bin salman
# bin abdulaziz al saud"): the given name and first link may be the listed name
_HOUSE_AFTER_CHAIN = re.compile(r"^(\S+ (?:bin|ibn|bint) \S+)(?: (?:bin|ibn|bint) \S+)* (?:al|aal|el) \S+$")
