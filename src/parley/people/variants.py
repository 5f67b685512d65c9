"""Whether two written names can be one person: spelling variants, initials, familiar forms.

    same_person("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")      # True: diacritics
    same_person("S. Jaishankar", "Subrahmanyam Jaishankar")          # True: an initial
    same_person("Joseph R. Biden", "Joe Biden")                      # True: data/given_names.toml
    same_person("Sadyr Japarov", "Sadyr Japparov")                   # True: one letter apart
    same_person("Heydar Aliyev", "Ilham Aliyev")                     # False: given names conflict
    same_person("Aliyev", "Ilham Aliyev")                            # False: never on a surname alone

Words are compared after unidecode (`Erdoğan` = `Erdogan`, `Çavuşoğlu` = `Cavusoglu`) and with
rapidfuzz's similarity for transliterations (`Japarov`/`Japparov`, `Antony`/`Anthony`).
The same tests serve inside an article (`cluster.py`) and across articles (`corpus/people.py`):
`variant_keys` gives the buckets a name falls in, so that a corpus compares a name only with
the names that share a bucket, never with every other name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.fuzz import ratio
from unidecode import unidecode

from ..resources import data_file

# two family names or two written-out given names this similar (0-100) are one spelling apart
FAMILY_SIMILARITY = 86
GIVEN_SIMILARITY = 85
# shorter words are compared exactly: "Li" and "Lu" are different people
MIN_FUZZY_LENGTH = 5
# family names this long whose first and last two letters agree may be further apart
LONG_NAME = 7
LONG_FAMILY_SIMILARITY = 78

# the Arabic article as "el", alone or joined by a hyphen
_ARTICLE_EL = re.compile(r"^el(?=-|$)")
_SPLIT = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*\.?")


@lru_cache(maxsize=65_536)
def word_key(word: str) -> str:
    """Case, diacritics, apostrophes and a final point do not count; hyphens join."""
    return re.sub(r"[^a-z\-]", "", unidecode(word).lower()).strip("-")


@lru_cache(maxsize=1)
def _given_groups() -> dict[str, frozenset[int]]:
    groups: dict[str, set[int]] = {}
    for i, group in enumerate(data_file("given_names.toml")["groups"]):
        for name in group:
            groups.setdefault(word_key(name), set()).add(i)
    return {k: frozenset(v) for k, v in groups.items()}


@lru_cache(maxsize=1)
def _given_group_members() -> dict[int, tuple[str, ...]]:
    members: dict[int, list[str]] = {}
    for key, ids in _given_groups().items():
        for i in ids:
            members.setdefault(i, []).append(key)
    return {i: tuple(keys) for i, keys in members.items()}


def given_spellings(key: str) -> tuple[str, ...]:
    """`key` (a `word_key`) and the other spellings of that given name the groups of
    `data/given_names.toml` list with it ("muhammed": "mohammed", "muhammad", ...)."""
    others = {k for i in _given_groups().get(key, ()) for k in _given_group_members()[i] if k != key}
    return (key, *sorted(others))


def similar_words(a: str, b: str, threshold: int) -> bool:
    """Equal keys, or one spelling apart (same first letter, both long enough)."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_FUZZY_LENGTH or a[:1] != b[:1]:
        return False
    return ratio(a, b) >= threshold


def similar_family(a: str, b: str) -> bool:
    # "Aliyev"/"Aliyeva", "Ivanov"/"Ivanova": the feminine form of a family name is another person
    if a + "a" == b or b + "a" == a:
        return False
    if similar_words(a, b, FAMILY_SIMILARITY):
        return True
    # long names transliterated two ways ("Araghchi"/"Araqchi") keep their two ends
    return (min(len(a), len(b)) >= LONG_NAME and a[:2] == b[:2] and a[-2:] == b[-2:]
            and ratio(a, b) >= LONG_FAMILY_SIMILARITY)


def _is_initial(key: str) -> bool:
    return len(key) == 1


def _skeleton(word: str) -> str:
    """The consonants of a word: transliterations of one Arabic or Persian name differ in their
    vowels ("Musaad"/"Musaid", "Mohammad"/"Muhammad")."""
    return re.sub(r"[aeiouy\-]+", "", word)


def _sound(word: str) -> str:
    """A word as it sounds, near enough: doubled letters written once and `y` as `i`
    ("Issayas"/"Isaias", "Hassan"/"Hasan", "Yousef"/"Iousef" are one name transliterated twice)."""
    return re.sub(r"(.)\1+", r"\1", word.replace("y", "i"))


def given_word_fits(a: str, b: str) -> bool:
    """`Joe`/`Joseph`, `S`/`Subrahmanyam`, `Antony`/`Anthony`, `Musaad`/`Musaid`: one given
    name written twice."""
    if _is_initial(a) or _is_initial(b):
        return a[:1] == b[:1]
    if similar_words(a, b, GIVEN_SIMILARITY):
        return True
    if min(len(a), len(b)) >= MIN_FUZZY_LENGTH and a[:1] == b[:1] and (
            (len(_skeleton(a)) >= 3 and _skeleton(a) == _skeleton(b)) or _sound(a) == _sound(b)):
        return True
    groups = _given_groups()
    return bool(groups.get(a, frozenset()) & groups.get(b, frozenset()))


def givens_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names of one person: every written-out name of the shorter list has its match in
    the longer one (`Recep Tayyip`/`Tayyip`, `Joseph R.`/`Joe`, `S.`/`Subrahmanyam`); the first
    names must agree unless one list is only initials or a middle name stands alone."""
    if not a or not b:
        return True
    short, long_ = sorted((a, b), key=len)
    if not all(any(given_word_fits(s, w) for w in long_) for s in short):
        return False
    # "Joseph R." and "Joe": the written-out first names agree; an initial alone fits anything
    written_short = [s for s in short if not _is_initial(s)]
    written_long = [w for w in long_ if not _is_initial(w)]
    if written_short and written_long and len(short) == len(long_):
        return given_word_fits(written_short[0], written_long[0])
    return True


def split_name(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Given names and family name of a canonical name (`Joseph R. Biden` -> (joseph, r), (biden,)).

    A canonical name is given names then family name (people/names.py makes it so); the family
    name is the last word, with the particles before it ("Ursula von der Leyen")."""
    from .lexicon import lexicon

    lex = lexicon()
    words = [word_key(w) for w in _SPLIT.findall(name)]
    words = [w for w in words if w]
    # a regnal or generational number ends a name ("Abdullah II"); "Xi Jinping" keeps its Xi
    while len(words) > 1 and words[-1] in lex.name_suffixes:
        words.pop()
    if len(words) <= 1:
        return (), tuple(words)
    start = len(words) - 1
    while start > 1 and words[start - 1] in lex.particles:
        start -= 1
    # "Al-Aiban" and "Al Aiban", "van der Leyen" and "Vanderleyen": one family name; the
    # Arabic article written "el" is "al" ("el-Sisi", "al-Sissi")
    family_words = list(words[start:])
    family_words[0] = _ARTICLE_EL.sub("al", family_words[0])
    family = "".join(family_words).replace("-", "")
    return tuple(words[:start]), (family,)


def same_person(a: str, b: str) -> bool:
    """Whether two full names can name one person: family names one spelling apart at most and
    given names compatible. A name without a given name (`Aliyev`) matches nothing here: a
    surname alone never joins two names (inside an article, `cluster.py` places a lone surname
    by what else the article says)."""
    given_a, family_a = split_name(a)
    given_b, family_b = split_name(b)
    if not (given_a and given_b and family_a and family_b):
        return False
    if len(family_a) != len(family_b) or not all(similar_family(x, y) for x, y in zip(family_a, family_b)):
        return False
    return givens_compatible(given_a, given_b)


def conflict(a: str, b: str) -> bool:
    """Two full names with one family name and given names that cannot be one person's
    (`Heydar Aliyev` and `Ilham Aliyev`)."""
    given_a, family_a = split_name(a)
    given_b, family_b = split_name(b)
    if not (given_a and given_b and family_a and family_b):
        return False
    same_family = len(family_a) == len(family_b) and all(similar_family(x, y) for x, y in zip(family_a, family_b))
    return same_family and not givens_compatible(given_a, given_b)


def variant_keys(name: str) -> frozenset[str]:
    """Buckets for a name: names that can be one person share at least one (the family name's
    first three and last three letters, so one typo keeps a bucket in common)."""
    _, family = split_name(name)
    if not family:
        return frozenset()
    last = family[-1]
    return frozenset({"<" + last[:3], ">" + last[-3:]})
