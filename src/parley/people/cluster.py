"""One person per set of names: the short forms of an article matched to its fullest form.

Full names (given + family) found with evidence make the people of an article; then the
forms of address attach to them: `Sergey Viktorovich` (given name + patronymic) to the Sergey
with a family name, `Ilham Heydar oglu` to the Ilham, `S. Jaishankar` to the Jaishankar whose
given name starts with S, `Lavrov` or `Wang` to the one person with that family or first name.
Nothing about particular people is known in advance: every match is made inside the article.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model import Span
from .candidates import Candidate
from .lexicon import Lexicon
from .names import PersonName, as_given_and_family, parse_name
from .titles import TitleContext

# a title longer than this many words is left out of the mention ("Chief Executive Officer
# and Chairman of the Executive Board of Russian Railways JSC Oleg Belozerov")
_MENTION_TITLE_WORDS = 5


@dataclass
class NamedMention:
    name: PersonName
    candidate: Candidate
    after: TitleContext

    @property
    def span(self) -> Span:
        title = self.candidate.title
        if title.span is not None and len(title.words) <= _MENTION_TITLE_WORDS:
            return Span(title.span.start, self.name.span.end)
        return self.name.span


@dataclass
class Person:
    mentions: list[NamedMention] = field(default_factory=list)
    # spans of role descriptions resolved to this person ("the Russian top diplomat")
    described: list[Span] = field(default_factory=list)
    country: str | None = None
    role: str | None = None

    @property
    def best(self) -> PersonName:
        full = [m.name for m in self.mentions if m.name.is_full]
        pool = full or [m.name for m in self.mentions]
        return max(pool, key=lambda n: (len(n.given) + len(n.family), -n.span.start))

    @property
    def name(self) -> str:
        return self.best.canonical

    @property
    def first_keys(self) -> set[str]:
        return {m.name.given_keys[0] for m in self.mentions if m.name.given_keys}

    @property
    def family_keys(self) -> set[tuple[str, ...]]:
        return {m.name.family_key for m in self.mentions if m.name.family}

    def last_mention_before(self, position: int) -> int:
        starts = [m.name.span.start for m in self.mentions if m.name.span.start < position]
        return max(starts, default=-1)


def _compatible_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"Recep Tayyip" and "Tayyip" are one person's given names; so are "S." and "Subrahmanyam"."""
    for short, long_ in ((a, b), (b, a)):
        if all(len(k) == 1 for k in short) and len(short) <= len(long_):
            return all(any(w.startswith(k) for w in long_) for k in short)
    short, long_ = sorted((a, b), key=len)
    return set(short) <= set(long_)


def _pick(people: list[Person], position: int) -> Person | None:
    """Of several people a short form may mean, the one named last before it."""
    if not people:
        return None
    return max(people, key=lambda p: (p.last_mention_before(position), len(p.mentions)))


def _match_full(name: PersonName, people: list[Person]) -> Person | None:
    for person in people:
        for m in person.mentions:
            if m.name.family_key == name.family_key and m.name.given and _compatible_given(
                    m.name.given_keys, name.given_keys):
                return person
    return None


def _match_short(name: PersonName, people: list[Person]) -> Person | None:
    position = name.span.start
    if name.given and not name.family:
        # given name + patronymic: the person with that given name
        first = name.given_keys[0]
        return _pick([p for p in people if first in p.first_keys], position)
    if name.given:
        # an initial and a family name
        return _match_full(name, people)
    key = name.family_key
    by_family = [p for p in people if any(f[-1:] == key[-1:] for f in p.family_keys)]
    if by_family:
        return _pick(by_family, position)
    # family-name-first traditions ("Wang" for Wang Yi) and given names alone
    return _pick([p for p in people if key[0] in p.first_keys], position)


def _has_evidence(mention: NamedMention) -> bool:
    return mention.candidate.has_evidence or bool(mention.name.patronymic)


def group_people(candidates: list[Candidate], afters: list[TitleContext], lex: Lexicon) -> list[Person]:
    mentions = [NamedMention(parse_name(list(c.words), lex), c, a) for c, a in zip(candidates, afters)]
    people: list[Person] = []
    full = [m for m in mentions if m.name.is_full and not m.name.maybe_patronymic]
    for m in full:
        person = _match_full(m.name, people)
        if person is None and _has_evidence(m):
            person = Person()
            people.append(person)
        if person is not None:
            person.mentions.append(m)
    for m in (m for m in mentions if m.name.maybe_patronymic):
        person = _match_short(m.name, people)
        if person is None:
            m.name = as_given_and_family(m.name)
            person = _match_full(m.name, people)
        if person is None and _has_evidence(m):
            person = Person()
            people.append(person)
        if person is not None:
            person.mentions.append(m)
    # short forms, longest first, so that "Ilham Heydar oglu" is placed before "Heydar" is
    rest = [m for m in mentions if not m.name.is_full and not m.name.maybe_patronymic]
    for m in sorted(rest, key=lambda m: (-len(m.name.words), m.name.span.start)):
        person = _match_short(m.name, people)
        if person is None and _has_evidence(m):
            person = Person()
            people.append(person)
        if person is not None:
            person.mentions.append(m)
    for person in people:
        person.mentions.sort(key=lambda m: m.name.span.start)
    return people


def settle_roles(people: list[Person]) -> None:
    """Country and role by vote over a person's titles; "his counterpart" takes the role of
    the person named just before it."""
    for person in people:
        titles = [t for m in person.mentions for t in (m.candidate.title, m.after)]
        countries = Counter(t.country for t in titles if t.country)
        roles = Counter(t.role for t in titles if t.role)
        person.country = countries.most_common(1)[0][0] if countries else None
        person.role = roles.most_common(1)[0][0] if roles else None
    for person in people:
        if person.role is not None:
            continue
        for m in person.mentions:
            if not m.candidate.title.same_role:
                continue
            before = [(q.name.span.start, p) for p in people if p is not person
                      for q in p.mentions if q.name.span.start < m.name.span.start]
            if before:
                person.role = max(before, key=lambda x: x[0])[1].role
                break
