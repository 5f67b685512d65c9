"""The word lists the people rules read, gathered from the data files once per process."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..resources import data_file

# letters that NFKD does not take apart into a base letter and a diacritic
_UNFOLDABLE = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss",
                             "ə": "e", "Ə": "e", "’": "'", "`": "'"})


def fold(word: str) -> str:
    """A key for comparing names: case, diacritics and apostrophe styles do not count."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNFOLDABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Lexicon:
    titles: frozenset[str]
    not_names: frozenset[str]
    organization_words: frozenset[str]
    particles: frozenset[str]
    patronymic_markers: frozenset[str]
    female_markers: frozenset[str]
    strong_endings: tuple[str, ...]
    weak_endings: tuple[str, ...]
    female_endings: tuple[str, ...]
    female_family_endings: tuple[str, ...]
    female_titles: frozenset[str]
    male_titles: frozenset[str]
    # folded phrase (one or more words) -> ISO3, for country names and for demonyms
    countries: dict[str, str]
    demonyms: dict[str, str]
    # folded single words of a country's name, demonym or capital, and of outlet names
    place_words: frozenset[str]
    outlets: frozenset[str]
    # (role, compiled phrase), in file order
    roles: tuple[tuple[str, re.Pattern[str]], ...]
    same_role_words: frozenset[str]

    def is_breaker(self, word: str) -> bool:
        """True for a capitalised word that is never part of a personal name."""
        key = fold(word).rstrip(".")
        return (key in self.titles or key in self.not_names or key in self.organization_words
                or key in self.place_words or key in self.outlets)

    def is_patronymic(self, word: str, position: int, length: int) -> bool:
        key = fold(word)
        if position == 0:
            return False
        if key.endswith(self.strong_endings):
            return True
        return 0 < position < length - 1 and key.endswith(self.weak_endings)


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    people = data_file("people.toml")
    states = data_file("countries.toml")
    outlets = data_file("outlets.toml")
    calendar = data_file("calendar.toml")
    countries = {fold(k): v for k, v in states["iso3"].items()}
    demonyms = {fold(k): v for k, v in states["demonym"].items()}
    capitals = [fold(k) for k in states["capital"]]
    place_words = frozenset(w for phrase in [*countries, *demonyms, *capitals] for w in phrase.split())
    outlet_names = frozenset(fold(w) for forms in outlets["known"].values() for form in forms
                             for w in form.split() if len(form.split()) == 1)
    roles = tuple((role, re.compile(rf"\b(?:{p})\b", re.IGNORECASE))
                  for role, phrases in people["roles"].items() for p in phrases)
    patronymic = people["patronymic"]
    gender = people["gender"]
    return Lexicon(
        titles=_folded(people["titles"]),
        not_names=_folded([*people["not_names"], *calendar["weekdays"],
                           *(m for m in calendar["months"] if m not in people["calendar_names"])]),
        organization_words=_folded(people["organization_words"]),
        particles=_folded(people["particles"]),
        patronymic_markers=_folded(patronymic["markers"]),
        female_markers=_folded(patronymic["female_markers"]),
        strong_endings=tuple(patronymic["strong_endings"]),
        weak_endings=tuple(patronymic["weak_endings"]),
        female_endings=tuple(patronymic["female_endings"]),
        female_family_endings=tuple(gender["female_family_endings"]),
        female_titles=_folded(gender["female_titles"]),
        male_titles=_folded(gender["male_titles"]),
        countries=countries,
        demonyms=demonyms,
        place_words=place_words,
        outlets=outlet_names,
        roles=roles,
        same_role_words=_folded(people["same_role_words"]),
    )
