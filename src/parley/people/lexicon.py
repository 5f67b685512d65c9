"""The word lists the people rules read, gathered from the data files once per process."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any
from dataclasses import dataclass
from functools import lru_cache

from ..resources import data_file

# letters that NFKD does not take apart into a base letter and a diacritic
_UNFOLDABLE = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss",
                             "ə": "e", "Ə": "e", "’": "'", "`": "'"})


@lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    """A key for comparing names: case, diacritics and apostrophe styles do not count."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNFOLDABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Lexicon:
    # every word that may stand in a title, and those that make a phrase a title
    titles: frozenset[str]
    title_heads: frozenset[str]
    # endings glued to a title with a hyphen ("President-elect")
    title_suffixes: frozenset[str]
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
    female_given_names: frozenset[str]
    # titles that are also names, kept inside a name ("Hossein Amir Abdollahian")
    title_names: frozenset[str]
    title_surnames: frozenset[str]
    male_given_names: frozenset[str]
    # folded phrase (one or more words) -> ISO3, for country names and for demonyms
    countries: dict[str, str]
    demonyms: dict[str, str]
    # folded words of countries' names, demonyms and capitals (a title may hold them), but "and"
    place_words: frozenset[str]
    # folded names of countries and capitals with "and" in them ("trinidad and tobago")
    and_places: frozenset[str]
    # folded one-word names of countries, demonyms and capitals: never a word of a name, except
    # those that are also given names ("Israel Katz"); longer names are cut out as phrases
    place_names: frozenset[str]
    given_place_names: frozenset[str]
    outlets: frozenset[str]
    # outlets named in several words ("haber turk", "naija news"): such a name alone is no person's
    outlet_phrases: frozenset[str]
    # outlets named by an acronym ("HINA", "SANA", "IRNA"): a word in capitals there, but "Hina"
    # or "Sana" written as a name is a given name
    outlet_acronyms: frozenset[str]
    # one-word outlet names exactly as listed ("BelTA", "Belta"): written so, an acronym's folded
    # form ("belta", as "Hina" is a given name) is the outlet's all the same
    outlet_spellings: frozenset[str]
    # (role, compiled phrase), in file order
    roles: tuple[tuple[str, re.Pattern[str]], ...]
    same_role_words: frozenset[str]
    honorifics: frozenset[str]
    # titles that call a leader's spouse by the shared family name ("Mrs. Erdoğan")
    spouse_titles: frozenset[str]
    common_word_endings: tuple[str, ...]
    # spans of the text that credit authors and editors ("Reporting by ...")
    credits: tuple[re.Pattern[str], ...]
    nasab_markers: frozenset[str]
    house_particles: frozenset[str]
    thing_after: frozenset[str]
    thing_before: frozenset[str]
    # venues of diplomacy named by themselves ("Rashtrapati Bhavan", "Palazzo Chigi"; venues.toml)
    venue_names: frozenset[str]
    # "the city of Kant": a place noun and "of" before a name
    place_of: frozenset[str]
    reporter_titles: frozenset[str]
    # reporter titles of journalists who may be the news themselves: a reporter's only opening a line
    newsworthy_reporter_titles: frozenset[str]
    outlet_words: frozenset[str]
    # one-word names of international organisations ("UN", "NATO"): they may stand in a title
    organization_acronyms: frozenset[str]
    # head nouns of a government body's or an organisation's name ("Ministry", "Directorate")
    body_heads: frozenset[str]
    government_heads: frozenset[str]
    name_suffixes: frozenset[str]
    # "Ma.", "Md.": a given name abbreviated, with its point (left out of the name)
    given_name_abbreviations: frozenset[str]
    # organisation words a person leads ("administration", "government"): a name before them
    # is still a person ("the Obama administration")
    led_bodies: frozenset[str]
    # the words of an honorific title after its head ("samdech" -> "akka", "moha", "techo", ...):
    # title words only there
    honorific_titles: dict[str, frozenset[str]]

    def is_title(self, key: str) -> bool:
        """A title word, also in its plural or with a hyphenated ending ("Secretary-General",
        "President-elect", "Representatives")."""
        singular = key[:-1] if key.endswith("s") else key
        if key in self.titles or singular in self.titles or key in self.title_heads or singular in self.title_heads:
            return True
        parts = key.split("-")
        return len(parts) > 1 and any(p in self.title_heads for p in parts) and all(
            p in self.titles or p in self.title_heads or p in self.title_suffixes for p in parts)

    def is_title_head(self, key: str) -> bool:
        singular = key[:-1] if key.endswith("s") else key
        return key in self.title_heads or singular in self.title_heads or (
            "-" in key and self.is_title(key) and any(p in self.title_heads for p in key.split("-")))

    def is_place(self, key: str) -> bool:
        """A one-word country, demonym or capital, also hyphenated ("Tajik-Kyrgyz", "US-China")."""
        return key in self.place_names or ("-" in key and all(p in self.place_names for p in key.split("-")))

    def is_breaker(self, word: str) -> bool:
        """True for a capitalised word that is never part of a personal name."""
        key = fold(word).rstrip(".")
        if key in self.given_place_names:
            return False
        return (self.is_title(key) or key in self.not_names or key in self.organization_words
                or self.is_place(key) or (key in self.outlets and (word.isupper() or key not in self.outlet_acronyms
                                                                   or word.rstrip(".") in self.outlet_spellings)))

    def is_common_word(self, word: str) -> bool:
        """A capitalised English noun or adjective ("Political", "Cooperation"), not a name."""
        return fold(word).endswith(self.common_word_endings)

    def is_patronymic(self, word: str, position: int, length: int) -> bool:
        key = fold(word)
        if position == 0:
            return False
        if key.endswith(self.strong_endings):
            return True
        return 0 < position < length - 1 and key.endswith(self.weak_endings)


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _organization_acronyms(people: Mapping[str, Any]) -> frozenset[str]:
    not_names = _folded(people["not_names"])
    kinds = {"international organization", "alliance", "bloc"}
    return frozenset(fold(f) for org in data_file("organizations.toml")["org"] if org.get("kind") in kinds
                     for f in org.get("forms", []) if " " not in f and fold(f) not in not_names)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    people = data_file("people.toml")
    states = data_file("countries.toml")
    outlets = data_file("outlets.toml")
    calendar = data_file("calendar.toml")
    countries = {fold(k): v for k, v in states["iso3"].items()}
    demonyms = {fold(k): v for k, v in states["demonym"].items()}
    capitals = [fold(k) for k in states["capital"]]
    phrases = [*countries, *demonyms, *capitals]
    # ("and" joins two descriptions far more often than it stands inside "Bosnia and Herzegovina")
    place_words = frozenset(w for phrase in phrases for w in phrase.split() if w != "and")
    and_places = frozenset(p for p in phrases if " and " in f" {p} ")
    place_names = frozenset(p for p in phrases if " " not in p)
    outlet_names = frozenset(fold(w) for forms in outlets["known"].values() for form in forms
                             for w in form.split() if len(form.split()) == 1)
    roles = tuple((role, re.compile(rf"\b(?:{p})\b", re.IGNORECASE))
                  for role, phrases in people["roles"].items() for p in phrases)
    patronymic = people["patronymic"]
    gender = people["gender"]
    return Lexicon(
        titles=_folded([*people["titles"], *people["title_heads"]]),
        title_heads=_folded(people["title_heads"]),
        title_suffixes=_folded(people["title_suffixes"]),
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
        female_given_names=_folded(gender["female_given_names"]),
        title_names=_folded(people["title_names"]),
        title_surnames=_folded(people["title_surnames"]),
        male_given_names=_folded(gender["male_given_names"]),
        countries=countries,
        demonyms=demonyms,
        place_words=place_words,
        and_places=and_places,
        place_names=place_names,
        given_place_names=_folded(people["given_place_names"]),
        outlets=outlet_names,
        outlet_phrases=frozenset(fold(form) for forms in outlets["known"].values() for form in forms
                                 if len(form.split()) > 1),
        outlet_acronyms=frozenset(fold(form) for forms in outlets["known"].values() for form in forms
                                  if " " not in form and form.isupper()),
        outlet_spellings=frozenset(form for forms in outlets["known"].values() for form in forms
                                   if " " not in form and not form.isupper()),
        roles=roles,
        same_role_words=_folded(people["same_role_words"]),
        honorifics=_folded(people["honorifics"]),
        spouse_titles=_folded(people["spouse_titles"]),
        common_word_endings=tuple(people["common_word_endings"]),
        credits=tuple(re.compile(p, re.IGNORECASE) for p in people["credits"]),
        nasab_markers=_folded(people["nasab"]["markers"]),
        house_particles=_folded(people["nasab"]["house_particles"]),
        thing_after=_folded(people["thing_after"]),
        thing_before=_folded(people["thing_before"]),
        venue_names=_folded(list(data_file("venues.toml")["cities"])),
        place_of=_folded(people["place_of"]),
        reporter_titles=_folded(people["reporter_titles"]),
        newsworthy_reporter_titles=_folded(people["newsworthy_reporter_titles"]),
        outlet_words=_folded(people["outlet_words"]),
        organization_acronyms=_organization_acronyms(people),
        body_heads=_folded([*people["bodies"]["government"], *people["bodies"]["other"]]),
        government_heads=_folded(people["bodies"]["government"]),
        name_suffixes=_folded(people["name_suffixes"]),
        given_name_abbreviations=frozenset(people["given_name_abbreviations"]),
        led_bodies=_folded(people["led_bodies"]),
        honorific_titles={fold(head): _folded(words) for head, words in people["honorific_titles"].items()},
    )
