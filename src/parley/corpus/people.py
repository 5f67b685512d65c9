"""One name for one person across the corpus, and never two people under one name.

An article may say only `S. Jaishankar` or `Antony Blinken` where another says `Subrahmanyam
Jaishankar` or `Antony J. Blinken`. A shorter name takes the fuller one only when

- it is a form of it: the same family name, each given name equal or an initial of it;
- it has a given name or an initial (a bare `Aliyev` or `Salman` is a family name or a
  single name, and never enough: King Salman is not Mohammed bin Salman);
- the two agree on the state the person acts for or on the role, as each article gives them,
  and contradict each other on neither;
- exactly one fuller name fits (the fullest, every other candidate a shorter form of it);
- the list of office-holders does not already name the person so (a "Has Joe Biden" read from a
  question is no fuller form of Joe Biden).

An Arabic name printed with and without its house (`Mohamed bin Zayed`, `Mohamed bin Zayed Al
Nahyan`) is one name written two ways: the house-less form fits the other under the same terms.

One full name spelt two ways (`Sadyr Japparov`, `Sadyr Japarov`; `Abdel-Fattah al-Sissi`,
`Abdel Fattah el-Sisi`) takes one spelling under the same terms of state or role: the list's, else
the one most articles write; a tie keeps both.

Names are compared within blocks of one family name as it sounds (`surname_key`), so the cost
grows with the corpus, not with its square; and a name is only ever decided by the people of its
own block.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from ..model import Document
from ..people.variants import conflict, same_person
from .units import fold

# an Arabic article before a family name ("al-Sissi", "el-Sisi")
_ARTICLE = re.compile(r"^(?:al|el)-")
# family names this short keep their own block: sounding alike, they are still other names
SHORT_FAMILY_NAME = 3


@dataclass(frozen=True)
class Person:
    """One way an article names a person: name, the state and role it gives."""

    name: str
    country: str | None = None
    role: str | None = None

    @property
    def block(self) -> str:
        return surname_key(self.name)

    def sort_key(self) -> tuple[str, str, str]:
        return self.name, self.country or "", self.role or ""


def surname_key(name: str) -> str:
    """The block a name is compared in: its family name as it sounds, near enough (the first
    letter and the consonants after it, an Arabic article and doubled letters aside), so that
    spellings of one name meet: "Japarov"/"Japparov", "el-Sisi"/"al-Sissi", "Afwerki"/"Afewerki"."""
    tokens = _without_house(_tokens(name))
    return _sound_key(tokens[-1]) if tokens else ""


@lru_cache(maxsize=65536)
def _sound_key(family: str) -> str:
    word = re.sub(r"[^a-z]", "", _ARTICLE.sub("", unidecode(family).lower()))
    if len(word) <= SHORT_FAMILY_NAME:
        return word  # "Li", "Lee", "Lu", "Wu" are names of their own, and common ones
    word = re.sub(r"(.)\1+", r"\1", word)
    return word[:1] + re.sub(r"[aeiouyhw]", "", word[1:])


@lru_cache(maxsize=65536)
def _without_house(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A nasab name without the house after its chain (`mohamed bin zayed al nahyan` ->
    `mohamed bin zayed`); any other name as it is."""
    from ..people.lexicon import lexicon
    from ..people.names import nasab_chain

    lex = lexicon()
    chain = nasab_chain(tokens, lex)
    if chain is not None and chain[1] < len(tokens) and tokens[chain[1]] in lex.house_particles:
        return tokens[:chain[1]]
    return tokens


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    """Folded words; a lone letter is an initial with or without its point (`S Jaishankar`)."""
    words = [fold(t).rstrip(".") for t in name.replace(".", ". ").split()]
    return tuple(w + "." if len(w) == 1 and w.isalpha() else w for w in words if w)


def same_name(a: str, b: str) -> bool:
    """One name written two ways (`Erdogan` and `Erdoğan`, `S. Jaishankar` and `S Jaishankar`)."""
    return _tokens(a) == _tokens(b)


def _given_fits(short: str, full: str) -> bool:
    if short.endswith("."):
        return full.startswith(short[:-1]) and len(short) >= 2
    return short == full


def fits(short: str, full: str) -> bool:
    """Whether `short` can name the person called `full` (never the same string)."""
    s, f = _tokens(short), _tokens(full)
    if short != full and s != f and len(s) >= 3 and _without_house(f) == s:
        return True  # the house left out
    if short != full and len(s) >= 2 and len(f) > len(s) and s[-1] == f[-2] != f[-1]:
        # the second family name left out: "Nicolas Maduro" of "Nicolas Maduro Moros", "Gustavo
        # Petro" of "Gustavo Francisco Petro Urrego", "Alicia Bárcena" of "Alicia Bárcena Ibarra",
        # "Abiy Ahmed" of "Abiy Ahmed Ali" (eval 606, 718, 896, 965, 1018)
        return all(any(_given_fits(t, g) for g in f[:-2]) for t in s[:-1])
    if short == full or not s or len(s) > len(f) or s[-1] != f[-1]:
        return False
    if s == f:
        return False
    if len(s) == len(f) and not any(t.endswith(".") for t in s):
        return False
    givens = f[:-1]
    return all(any(_given_fits(t, g) for g in givens) for t in s[:-1])


@lru_cache(maxsize=65536)
def _list_name(name: str) -> str | None:
    """The name the list of office-holders gives the person `name` names, if any."""
    from ..people.officeholders import listed_name

    return listed_name(name)


def _listed(name: str) -> bool:
    return _list_name(name) == name


def _listed_spelling(name: str) -> str | None:
    """The list's name for `name` when it is the same words spelt otherwise (accents, initials'
    points), else None."""
    listed = _list_name(name)
    return listed if listed is not None and listed != name and same_name(name, listed) else None


def _fullness(name: str) -> tuple[int, int, str]:
    """More words first, then more written-out (not initial) words; the name breaks ties."""
    tokens = _tokens(name)
    return len(tokens), sum(not t.endswith(".") for t in tokens), name


def compatible(short: Person, full: Person) -> bool:
    """The articles agree on the state or the role, and contradict each other on neither."""
    if short.country and full.country and short.country != full.country:
        return False
    if short.role and full.role and short.role != full.role:
        return False
    return bool((short.country and short.country == full.country) or (short.role and short.role == full.role))


def _spellings(by_name: dict[str, list[Person]], articles: dict[str, int]) -> dict[str, str]:
    """`{name: the spelling the corpus gives it}` for full names that are one name spelt two ways
    ("Sadyr Japparov"/"Sadyr Japarov", "Mohamed Muizzu"/"Mohammed Muizzu"): the names agree on
    the state or role of someone they name and contradict each other on neither. The spelling is
    the list of office-holders' where it holds one, else the one most articles write (a tie keeps
    the spellings apart)."""
    names = sorted(n for n in by_name if len(_tokens(n)) >= 2)
    group = {n: n for n in names}

    def root(n: str) -> str:
        while group[n] != n:
            n = group[n]
        return n

    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if same_name(a, b) or fits(a, b) or fits(b, a) or not same_person(a, b) or conflict(a, b):
                continue
            if any(compatible(pa, pb) and compatible(pb, pa) for pa in by_name[a] for pb in by_name[b]):
                group[root(b)] = root(a)
    classes: dict[str, list[str]] = {}
    for n in names:
        classes.setdefault(root(n), []).append(n)
    out = {}
    for members in classes.values():
        if len(members) < 2:
            continue
        listed = [n for n in members if _listed(n)]
        most = max(articles.get(n, 0) for n in members)
        written_most = [n for n in members if articles.get(n, 0) == most]
        if len(listed) == 1:
            chosen = listed[0]
        elif len(written_most) == 1:
            chosen = written_most[0]
        else:
            continue  # as many articles write each way ("KP"/"K P Sharma Oli"): each keeps its own
        out.update({n: chosen for n in members if n != chosen})
    return out


def resolve_block(people: Iterable[Person], articles: dict[str, int] | None = None) -> dict[Person, str]:
    """`{person: the name the corpus gives them}` among the people of one block: a shorter name
    takes the one fuller name it is a form of, and a spelling the one most articles write
    (`articles`: name -> how many articles write it)."""
    people = sorted(set(people), key=Person.sort_key)
    # names, not people, are compared: a block holds many people under few names (one name
    # with several states and roles), and a name fits another whatever the person
    by_name: dict[str, list[Person]] = {}
    for p in people:
        by_name.setdefault(p.name, []).append(p)
    spelt = _spellings(by_name, articles or {})
    table = _fuller_names(people, by_name)
    out = {p: spelt.get(full, full) for p, full in table.items()}
    out.update({p: spelt[p.name] for p in people if p not in out and p.name in spelt})
    return out


def _fuller_names(people: list[Person], by_name: dict[str, list[Person]]) -> dict[Person, str]:
    """`{short person: the one fuller name}` among the people of one block (`by_name`: the
    block's people by the name they go by)."""
    table: dict[Person, str] = {}
    fitting: dict[str, list[str]] = {}
    for short in people:
        spelt = _listed_spelling(short.name)
        if spelt is not None and spelt in by_name:
            # "Joao Lourenco" where another article writes the listed "João Lourenço"
            table[short] = spelt
            continue
        if len(_tokens(short.name)) < 2:
            continue  # never by family name (or single name) alone
        if _listed(short.name):
            continue  # the list of office-holders gives this person's name already ("Joe Biden")
        if short.name not in fitting:
            fitting[short.name] = [n for n in by_name if fits(short.name, n)]
        fuller = sorted({n for n in fitting[short.name] if any(compatible(short, p) for p in by_name[n])},
                        key=_fullness, reverse=True)
        if fuller and all(n == fuller[0] or fits(n, fuller[0]) for n in fuller):
            table[short] = fuller[0]
    return table


def people_of(doc: Document) -> list[Person]:
    return sorted({Person(a.name, a.country, a.role) for a in doc.actors if a.type == "person"}, key=Person.sort_key)


def name_table(documents: Iterable[Document]) -> dict[Person, str]:
    """The table over a whole set of documents, block by block."""
    documents = list(documents)
    blocks: dict[str, set[Person]] = {}
    for doc in documents:
        for p in people_of(doc):
            blocks.setdefault(p.block, set()).add(p)
    articles: dict[str, int] = {}
    for doc in documents:
        for name in {p.name for p in people_of(doc)}:
            articles[name] = articles.get(name, 0) + 1
    table: dict[Person, str] = {}
    for block in sorted(blocks):
        table.update(resolve_block(blocks[block], articles))
    return table


def renames_for(doc: Document, table: dict[Person, str]) -> dict[str, str]:
    """The article's own names that take a fuller name: `{name: fuller name}`."""
    out = {}
    for p in people_of(doc):
        full = table.get(p)
        if full and full != p.name:
            out[p.name] = full
    return out


def apply_renames(doc: Document, renames: dict[str, str]) -> None:
    """Rename people in the article's actors, events and quote speakers."""
    if not renames:
        return
    merged = {}
    for actor in doc.actors:
        actor.name = renames.get(actor.name, actor.name)
        if actor.name in merged:
            kept = merged[actor.name]
            kept.mentions.extend(actor.mentions)
            kept.country = kept.country or actor.country
            kept.role = kept.role or actor.role
        else:
            merged[actor.name] = actor
    doc.actors = list(merged.values())
    for quote in doc.quotes:
        if quote.speaker:
            quote.speaker = renames.get(quote.speaker, quote.speaker)
    for ev in doc.events:
        ev.actors = list(dict.fromkeys(renames.get(a, a) for a in ev.actors))


def unify_people(documents: list[Document]) -> None:
    """Rename people to their corpus-wide name in actors, events and quote speakers."""
    table = name_table(documents)
    for doc in documents:
        apply_renames(doc, renames_for(doc, table))
