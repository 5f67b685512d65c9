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

Names are compared within blocks of one family name, so the cost grows with the corpus, not
with its square; and a name is only ever decided by the people of its own block.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document
from .units import fold


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
    tokens = _without_house(_tokens(name))
    return tokens[-1] if tokens else ""


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


def resolve_block(people: Iterable[Person]) -> dict[Person, str]:
    """`{short person: the one fuller name}` among the people of one family-name block."""
    people = sorted(set(people), key=Person.sort_key)
    table: dict[Person, str] = {}
    # names, not people, are compared: a block holds many people under few names (one name
    # with several states and roles), and a name fits another whatever the person
    by_name: dict[str, list[Person]] = {}
    for p in people:
        by_name.setdefault(p.name, []).append(p)
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
    blocks: dict[str, set[Person]] = {}
    for doc in documents:
        for p in people_of(doc):
            blocks.setdefault(p.block, set()).add(p)
    table: dict[Person, str] = {}
    for block in sorted(blocks):
        table.update(resolve_block(blocks[block]))
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
