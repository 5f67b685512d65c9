"""Personal names taken apart: given names, patronymic, family name, and how forms match.

A name found in text is a run of words (`Vladimir Vladimirovich Putin`, `Ilham Heydar oglu`,
`S. Jaishankar`, `Wang`). `PersonName` keeps its parts so that the short forms of one article
can be matched to its fullest form: the canonical name is given name(s) + family name, with
titles and patronymics left out.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Span
from .lexicon import Lexicon, fold


@dataclass(frozen=True)
class Word:
    text: str
    span: Span

    @property
    def key(self) -> str:
        return fold(self.text).rstrip(".")

    @property
    def is_initial(self) -> bool:
        return len(self.text.rstrip(".")) == 1


def _joined(words: Sequence[Word]) -> str:
    """The words of a name, spaced; initials the text prints glued stay glued ("G.L. Peiris",
    "P.B. Jayasundera", as Sri Lankan papers print them, is not "G. L. Peiris")."""
    out = ""
    for k, w in enumerate(words):
        glued = k > 0 and words[k - 1].is_initial and w.is_initial and words[k - 1].span.end == w.span.start
        out += ("" if k == 0 or glued else " ") + w.text
    return out


@dataclass(frozen=True)
class PersonName:
    words: tuple[Word, ...]
    given: tuple[Word, ...]
    family: tuple[Word, ...]
    # the father's name with its marker ("Heydar oglu") or the Slavic patronymic ("Viktorovich")
    patronymic: tuple[Word, ...] = ()
    # a two-word "Roman Abramovich" may be given name + patronymic or given + family name;
    # the article decides (is there another Roman with a family name?)
    maybe_patronymic: bool = False
    # an Arabic name whose patronymic is a nasab chain ("bin Farhan bin Abdullah"); without a
    # family name its first link names the person ("Faisal bin Farhan", see people.toml)
    nasab: bool = False
    # the house after a nasab chain ("Al Nahyan"), shared by a dynasty: part of the canonical
    # name only after a chain of one link, the form the press and the person's state print
    house: tuple[Word, ...] = ()
    # a generational or regnal number after the name ("Jr.", "II", "VI")
    suffix: tuple[Word, ...] = ()

    @property
    def span(self) -> Span:
        return Span(self.words[0].span.start, self.words[-1].span.end)

    @property
    def is_full(self) -> bool:
        """Given and family name (or a nasab) both present, and the given name more than an initial."""
        surname = self.family or (self.patronymic if self.nasab else ())
        return bool(self.given and surname) and not all(w.is_initial for w in self.given)

    @property
    def canonical(self) -> str:
        """Given + family name: without patronymic, and without middle initials where a given
        name is written out ("Antony J. Blinken" is Antony Blinken); a nasab name keeps its first
        link ("Faisal bin Farhan", see people.toml), and its house where the chain has one link
        ("Mohamed bin Zayed Al Nahyan"); a chain of several links under a house stays whole; a number stays ("Abdullah II")."""
        given = self.given
        if any(not w.is_initial for w in given):
            given = tuple(w for w in given if not w.is_initial)
        if self.family:
            parts = given + self.family
        elif self.nasab and len(self.patronymic) > 2 and self.house:
            # "Abdullah bin Nasser bin Khalifa Al Thani" (The Nation, Pakistan Observer; QNA): a
            # chain of several links under a house is printed whole; the list of office-holders
            # gives the best-known their shorter form ("Mohammed bin Salman")
            parts = given + self.patronymic + self.house
        elif self.nasab:
            parts = given + self.patronymic[:2] + (self.house if len(self.patronymic) == 2 else ())
        else:
            parts = given + self.patronymic
        return _joined(parts + self.suffix)

    @property
    def family_key(self) -> tuple[str, ...]:
        if not self.family and self.nasab:
            # the father tells two Faisals of one house apart, as a family name would
            return (self.patronymic[1].key,)
        return tuple(w.key for w in self.family)

    @property
    def given_keys(self) -> tuple[str, ...]:
        return tuple(w.key for w in self.given)

    @property
    def keys(self) -> tuple[str, ...]:
        return self.given_keys + self.family_key


def nasab_chain(keys: Sequence[str], lex: Lexicon) -> tuple[int, int] | None:
    """Where a name's nasab chain runs (`keys`: its folded words): from its first marker ("bin")
    to just after its last link; None for a name without one."""
    first = next((i for i, k in enumerate(keys) if i >= 1 and k in lex.nasab_markers), None)
    if first is None or first + 1 >= len(keys):
        return None
    end = first
    while end + 1 < len(keys) and keys[end] in lex.nasab_markers:
        end += 2
    return first, end


def _nasab(words: list[Word], lex: Lexicon) -> PersonName | None:
    """`Faisal bin Farhan bin Abdullah Al Saud`: given name, the chain, then a house or family."""
    chain = nasab_chain([w.key for w in words], lex)
    if chain is None:
        return None
    first, end = chain
    rest = tuple(words[end:])
    # a house name ("Al Saud") is the dynasty's, not the person's family name
    # ("Al-Saud" written as one word: "Khalid bin Salman bin Abdulaziz Al-Saud", White House readouts)
    house = rest if rest and (rest[0].key in lex.house_particles or rest[0].key.split("-", 1)[0] + "-"
                              in lex.house_particles) else ()
    family = () if house else rest
    return PersonName(tuple(words), tuple(words[:first]), family, tuple(words[first:end]), nasab=True,
                      house=house)


def parse_name(words: list[Word], lex: Lexicon) -> PersonName:
    """Take a run of name words apart (titles already removed)."""
    suffix: list[Word] = []
    while len(words) > 1 and words[-1].key in lex.name_suffixes:
        suffix.insert(0, words[-1])
        words = words[:-1]
    name = _parse(words, lex)
    return replace(name, words=name.words + tuple(suffix), suffix=tuple(suffix)) if suffix else name


def _parse(words: list[Word], lex: Lexicon) -> PersonName:
    n = len(words)
    keys = [w.key for w in words]
    nasab = _nasab(words, lex)
    if nasab is not None:
        return nasab
    for i, key in enumerate(keys):
        # Turkic patronymic: the father's name, then the marker ("Heydar oglu")
        if key in lex.patronymic_markers and i >= 2:
            return PersonName(tuple(words), tuple(words[: i - 1]), tuple(words[i + 1 :]), tuple(words[i - 1 : i + 1]))
    for i, w in enumerate(words):
        if lex.is_patronymic(w.text, i, n):
            family = tuple(words[i + 1 :])
            maybe = not family and n == 2
            return PersonName(tuple(words), tuple(words[:i]), family, (w,), maybe_patronymic=maybe)
    if n == 1:
        # one word alone is most often the family name ("Lavrov"); matching decides
        return PersonName(tuple(words), (), tuple(words))
    # the family name is the last word with the particles before it ("van der Bellen")
    start = n - 1
    while start > 1 and words[start - 1].key in lex.particles:
        start -= 1
    return PersonName(tuple(words), tuple(words[:start]), tuple(words[start:]))


def as_given_and_family(name: PersonName) -> PersonName:
    """Read a two-word `maybe_patronymic` name as given + family name after all."""
    core = name.words[: len(name.words) - len(name.suffix)]
    return PersonName(name.words, core[:1], core[1:], suffix=name.suffix)


def likely_female(name: PersonName, title_words: set[str], lex: Lexicon) -> bool | None:
    """True/False where the name or title says so, None where nothing does."""
    if title_words & lex.female_titles:
        return True
    if title_words & lex.male_titles:
        return False
    if any(w.key in lex.female_markers for w in name.patronymic):
        return True
    if any(w.key.endswith(lex.female_endings) for w in name.patronymic):
        return True
    if name.patronymic:
        return False
    if name.family and name.family[-1].key.endswith(lex.female_family_endings):
        return True
    if name.given and name.family:
        # "Karine Jean-Pierre", "US President Joe Biden" (a mention's given words may hold its
        # titles); a lone word may be a family name ("Lee", "Kim")
        keys = {w.key for w in name.given}
        female, male = bool(keys & lex.female_given_names), bool(keys & lex.male_given_names)
        if female != male:
            return female
    return None
