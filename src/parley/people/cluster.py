"""One person per set of names: the short forms of an article matched to its fullest form.

Full names (given + family) found with evidence make the people of an article; spellings of
one name join (`Erdoğan`/`Erdogan`, `Japarov`/`Japparov`, `Joseph R. Biden`/`Joe Biden`: see
`variants.py`); then the forms of address attach to them: `Sergey Viktorovich` (given name +
patronymic) to the Sergey with a family name, `Ilham Heydar oglu` to the Ilham, `S. Jaishankar`
to the Jaishankar whose given name starts with S, `Lavrov` or `Wang` to the one person with that
family or first name, `Recep Tayyip` to the Recep Tayyip with a family name. Nothing about
particular people is known in advance: every match is made inside the article.

People are indexed by the keys of their names, so each mention is compared with the few people
who share a key, never with every person of the article.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..model import Span
from .candidates import Candidate
from .gazetteer import city_names
from .lexicon import Lexicon
from .names import PersonName, as_given_and_family, parse_name
from .officeholders import is_listed_name
from .titles import TitleContext
from .variants import given_spellings, givens_compatible, similar_family, word_key

# a title longer than this many words is left out of the mention ("Chief Executive Officer
# and Chairman of the Executive Board of Russian Railways JSC Oleg Belozerov")
_MENTION_TITLE_WORDS = 5
# a single word with nothing but spaCy's person tag makes a person only if it is named this often
_MIN_BARE_ONE_WORD_MENTIONS = 2
# how many people sharing a bucket a spelling variant is compared with
_MAX_BUCKET = 24


@dataclass
class NamedMention:
    name: PersonName
    candidate: Candidate
    after: TitleContext

    @property
    def role(self) -> str | None:
        """The office its title gives, before the name or after it ("President Hichilema",
        "Hakainde Hichilema, President of the Republic of Zambia")."""
        return self.candidate.title.role or self.after.role

    @property
    def span(self) -> Span:
        title = self.candidate.title
        if title.span is not None and len(title.words) <= _MENTION_TITLE_WORDS:
            return Span(title.span.start, self.name.span.end)
        return self.name.span


def _family(name: PersonName) -> tuple[str, ...]:
    return tuple(word_key(k) for k in name.family_key)


def _givens(name: PersonName) -> tuple[str, ...]:
    return tuple(word_key(w.text) for w in name.given)


@dataclass
class Person:
    mentions: list[NamedMention] = field(default_factory=list)
    # spans of role descriptions resolved to this person ("the Russian top diplomat")
    described: list[Span] = field(default_factory=list)
    country: str | None = None
    role: str | None = None
    # mention starts in order, for "the one named last before this point"
    starts: list[int] = field(default_factory=list)
    # each distinct written form with a given name (what later mentions are compared with)
    forms: dict[str, PersonName] = field(default_factory=dict)
    # the name the list of office-holders gives this person, where the article writes it
    # another way ("Joseph R. Biden" is Joe Biden): `people/officeholders.py`
    listed: str | None = None

    def add(self, mention: NamedMention) -> None:
        self.mentions.append(mention)
        insort(self.starts, mention.name.span.start)
        name = mention.name
        if name.given and (name.family or name.nasab):
            self.forms.setdefault(" ".join(w.key for w in name.words), name)

    @property
    def best(self) -> PersonName:
        """The fullest written-out form: given + family name, initials only where nothing else
        names the person (`Antony Blinken` over `Antony J. Blinken`, `Joe Biden` over `Joseph R.
        Biden`), the commonest of equals, then the first."""
        full = [m.name for m in self.mentions if m.name.is_full]
        pool = full or [m.name for m in self.mentions]
        counts = Counter(n.canonical for n in pool)

        def rank(n: PersonName) -> tuple[int, int, int, int]:
            initials = sum(w.is_initial for w in n.given)
            written = len(n.given) - initials + len(n.family)
            if not full:
                # no written-out given name anywhere: the longest form ("S Jaishankar")
                return (len(n.given) + len(n.family), 0, counts[n.canonical], -n.span.start)
            return (-initials, written, counts[n.canonical], -n.span.start)

        return max(pool, key=rank)

    @property
    def name(self) -> str:
        return self.listed or self.best.canonical

    def last_mention_before(self, position: int) -> int:
        i = bisect_left(self.starts, position)
        return self.starts[i - 1] if i else -1

    @property
    def full_names(self) -> list[PersonName]:
        return list(self.forms.values())


# two names this few characters apart ("Emmanuel Macron and First Lady Brigitte Macron") are named together
NAMED_TOGETHER_CHARS = 30


def _named_together(people: list[Person], position: int) -> bool:
    """The last names of `people` before `position` stand in one phrase ("President Emmanuel
    Macron and First Lady Brigitte Macron"), not in sentences of their own."""
    last = []
    for p in people:
        before = [m for m in p.mentions if m.name.span.start < position]
        if not before:
            return False
        last.append(max(before, key=lambda m: m.name.span.start).name.span)
    last.sort(key=lambda s: s.start)
    return all(b.start - a.end <= NAMED_TOGETHER_CHARS for a, b in zip(last, last[1:]))


def _pick(people: list[Person], position: int) -> Person | None:
    """Of several people a short form may mean, the one named last before it."""
    if not people:
        return None
    return max(people, key=lambda p: (p.last_mention_before(position), len(p.mentions)))


def _fits_full(name: PersonName, other: PersonName) -> bool:
    fam_a, fam_b = _family(name), _family(other)
    if len(fam_a) != len(fam_b) or not all(similar_family(a, b) for a, b in zip(fam_a, fam_b)):
        return False
    return bool(name.given) and givens_compatible(_givens(name), _givens(other))


def _only_a_father(person: Person, key: str) -> bool:
    """Whether `key` is, in every full name of the person, the father of a nasab chain ("bin
    Salman"), and the article never calls the person by it alone."""
    fulls = person.full_names
    return bool(fulls) and all(n.nasab and not n.family for n in fulls) and not any(
        len(m.name.words) == 1 and word_key(m.name.words[0].text) == key for m in person.mentions)


def _regnal_key(name: PersonName) -> tuple[str, ...]:
    return tuple(w.key for w in name.words)


class Registry:
    """The people of one article, indexed by the keys of their names."""

    def __init__(self, spouse_titles: frozenset[str] = frozenset()) -> None:
        self.spouse_titles = spouse_titles
        self.people: list[Person] = []
        self._family: dict[str, list[Person]] = defaultdict(list)
        # the first and last three letters of a family name: buckets for spelling variants
        self._bucket: dict[str, list[Person]] = defaultdict(list)
        self._given: dict[str, list[Person]] = defaultdict(list)
        # the first two given names of people who have two or more ("Recep Tayyip")
        self._given_pair: dict[tuple[str, ...], list[Person]] = defaultdict(list)

    def _index(self, person: Person, name: PersonName) -> None:
        family = _family(name)
        if family:
            last = family[-1]
            for table, key in ((self._family, last), (self._bucket, "<" + last[:3]), (self._bucket, ">" + last[-3:])):
                if person not in table[key]:
                    table[key].append(person)
        givens = _givens(name)
        if givens and person not in self._given[givens[0]]:
            self._given[givens[0]].append(person)
        if len(givens) >= 2 and person not in self._given_pair[givens[:2]]:
            self._given_pair[givens[:2]].append(person)

    def place(self, mention: NamedMention, person: Person | None, evidence: bool) -> None:
        """Add the mention to the person it matched, or to a new person when it has the evidence."""
        if person is None and evidence:
            person = Person()
            self.people.append(person)
        if person is not None:
            person.add(mention)
            self._index(person, mention.name)

    def spouse_titled(self, mention: NamedMention) -> bool:
        """Whether a title a leader's spouse is called by comes before the name ("First Lady")."""
        return any(w.strip(".") in self.spouse_titles for w in mention.candidate.title.words)  # (folded words)

    def by_family(self, key: str, fuzzy: bool = True) -> list[Person]:
        exact = self._family.get(key, [])
        if exact or not fuzzy:
            return list(exact)
        # the people added last to the buckets: a spelling variant is compared with a bounded
        # number of names however many share three letters
        near = {id(p): p for b in ("<" + key[:3], ">" + key[-3:]) for p in self._bucket.get(b, [])[-_MAX_BUCKET:]}
        return [p for p in near.values() if any(f and similar_family(f[-1], key)
                                                for f in (_family(n) for n in p.full_names))]

    def by_given(self, key: str) -> list[Person]:
        return list(self._given.get(key, [])[-_MAX_BUCKET:])

    def match_full(self, name: PersonName) -> Person | None:
        family = _family(name)
        if not family:
            return None
        fathers_name = name.nasab and not name.family
        for person in self.by_family(family[-1]):
            if fathers_name and not person.full_names:
                continue  # "Mohammed bin Salman" after "King Salman": the son, not the father
            if any(_fits_full(name, other) for other in person.full_names):
                return person
        return None

    def match_given_prefix(self, name: PersonName) -> Person | None:
        """`Recep Tayyip` (read as given + family) is the given names of `Recep Tayyip Erdogan`."""
        keys = tuple(word_key(w.text) for w in name.words)
        if len(keys) < 2:
            return None
        for person in self._given_pair.get(keys[:2], []):
            for other in person.full_names:
                givens = _givens(other)
                if len(givens) >= len(keys) and givens[: len(keys)] == keys:
                    return person
        return None

    def match_short(self, name: PersonName, role: str | None = None, spouse: bool = False) -> Person | None:
        """The person a short form names; `role` is the office its title gives ("President
        Hichilema"); `spouse`, whether its title is one a leader's spouse is called by ("Mrs.")."""
        position = name.span.start
        if name.suffix and len(name.words) - len(name.suffix) == 1:
            # "King Abdullah II" is a whole name: only another "Abdullah II" is that person,
            # never a Sheikh Abdullah bin Zayed named before him
            key = _regnal_key(name)
            return _pick([p for p in self.people if any(_regnal_key(m.name) == key for m in p.mentions)], position)
        if name.given and not name.family:
            # given name + patronymic: the person with that given name
            return _pick(self.by_given(word_key(name.given[0].text)), position)
        if name.given:
            # an initial and a family name
            return self.match_full(name)
        key = word_key(name.family[-1].text)
        # "King Salman" is not "Mohammed bin Salman": a nasab's father is keyed like a family name
        # (to tell two Faisals of one house apart), but a name alone is the father's own
        by_family = [p for p in self.by_family(key, fuzzy=False) if not _only_a_father(p, key)]
        if len(by_family) == 1 and not spouse and by_family[0].mentions and \
                all(self.spouse_titled(m) for m in by_family[0].mentions) and \
                (role is not None or is_listed_name(" ".join(w.text for w in name.words))):
            # "President Trump and first lady Melania Trump" (Washington Times, eval 1700), "Modi
            # welcomed Trump and First Lady Melania Trump" (Tribune, eval 1701): an office's title,
            # or the family name the list of office-holders knows alone, is not the spouse's, whom
            # the article names only by a spouse's title
            return None
        if len(by_family) > 1 and role is not None:
            # "President Hichilema" after "Mr. Hakainde Hichilema, President of the Republic of
            # Zambia, accompanied by First Lady Mrs. Mutinta Hichilema": the one holding that office
            holders = [p for p in by_family if any(m.role == role for m in p.mentions)]
            if len(holders) == 1:
                return holders[0]
        if len(by_family) > 1:
            # "Erdoğan" after "first lady Emine Erdoğan": the one the article already calls by the
            # family name alone, when it calls one so
            called = [p for p in by_family if any(len(m.name.words) == 1 and m.name.span.start < position
                                                  and word_key(m.name.words[0].text) == key for m in p.mentions)]
            if len(called) == 1:
                return called[0]
            # "Macron and King Mohammed VI signed" after "President Emmanuel Macron and First Lady
            # Brigitte Macron", "Erdoğan said" after "the president's wife Emine Erdoğan" (Daily
            # Sabah, eval 1658): the one the article gives an office, unless a spouse's title
            # calls the other ("Mrs. Erdoğan"), where the one named last is meant
            office = [p for p in by_family if any(m.role for m in p.mentions)]
            if not called and len(office) == 1 and (not spouse or _named_together(by_family, position)):
                return office[0]
        if by_family:
            return _pick(by_family, position)
        # family-name-first traditions ("Wang" for Wang Yi) and given names alone
        by_given = self.by_given(key) or [p for k in given_spellings(key)[1:] for p in self.by_given(k)]
        if by_given:
            # (another spelling of the given name: "Sheikh Mohammed" after "Sheikh Mohamed bin Rashid
            # Al Maktoum", Siasat, eval 912)
            return _pick(by_given, position)
        # a name inside a full name ("Lula" of "Luiz Inácio Lula da Silva", "Boric" of "Gabriel
        # Boric Font"): only where one person's full name holds it
        inside = [p for p in self.people if any(key in (word_key(w.text) for w in n.words[1:-1])
                                                for n in p.full_names if len(n.words) >= 3)]
        if len(inside) == 1:
            return inside[0]
        # one spelling apart ("Guterre's" for Guterres): only where one person fits
        near = [p for p in self.by_family(key) if not _only_a_father(p, key)]
        return near[0] if len(near) == 1 else None

    def is_pair(self, name: PersonName) -> bool:
        """`Modi-Xi`: two people of the article joined by a hyphen, not a third."""
        if len(name.words) != 1 or "-" not in name.words[0].text:
            return False
        parts = [word_key(p) for p in name.words[0].text.split("-")]
        return all(self.by_family(p, fuzzy=False) or self.by_given(p) for p in parts)


def _one_word_evidence(mention: NamedMention, counts: Counter[str], lex: Lexicon) -> bool:
    """A single capitalised word makes a person only with a real name's evidence: a title
    naming a role, an honorific, or spaCy's person tag on a word the article names more than
    once ("Shootout started later" and "the Gita" are not people). "the Special
    Representatives" and "for Political Affairs" are titles' words, not people."""
    word = mention.name.words[0]
    if lex.is_common_word(word.text) or mention.candidate.thing:
        return False
    title = mention.candidate.title
    if title.role is not None or bool(title.words & lex.honorifics):
        return True
    if is_listed_name(word.text):
        return True  # "Guterres", "Lavrov": the one person the list of office-holders names so
    return (mention.candidate.tagged_person and counts[word.key] >= _MIN_BARE_ONE_WORD_MENTIONS
            and word.key not in city_names())


def _has_evidence(mention: NamedMention, counts: Counter[str], lex: Lexicon) -> bool:
    if len(mention.name.words) == 1:
        return _one_word_evidence(mention, counts, lex)
    if mention.candidate.thing:
        # "Chairman of the Inter-Parliamentary Friendship Group": a title of the person the
        # organisation's name follows, not of the words of its name
        return False
    if mention.candidate.title.is_title or mention.name.patronymic:
        return True
    if mention.after.role is not None:
        return True  # "Jasem Al-Budaiwi, secretary general of the Gulf Cooperation Council"
    return mention.candidate.tagged_person or mention.candidate.owned_by_state or \
        is_listed_name(" ".join(w.text for w in mention.name.words)) or _opens_with_given_name(mention, lex)


def _opens_with_given_name(mention: NamedMention, lex: Lexicon) -> bool:
    """`Ana Salomon`, `Jean-Luc Bodson` in "the ambassadors of Spain (Ana Salomon) and Belgium
    (Jean-Luc Bodson)" (EUobserver, eval 1699), untitled and untagged: a given name of the gender
    lists, then name words that are no common words."""
    words = mention.name.words
    if mention.candidate.thing or not 2 <= len(words) <= 4:
        return False
    first = words[0].key
    return (first in lex.female_given_names or first in lex.male_given_names) and \
        not any(lex.is_common_word(w.text) for w in words[1:])


def group_people(candidates: list[Candidate], afters: list[TitleContext], lex: Lexicon) -> list[Person]:
    mentions = [NamedMention(parse_name(list(c.words), lex), c, a) for c, a in zip(candidates, afters)]
    counts = Counter(m.name.words[0].key for m in mentions if len(m.name.words) == 1)
    registry = Registry(lex.spouse_titles)
    full = [m for m in mentions if m.name.is_full and not m.name.maybe_patronymic]
    # the longest full names first, so that "Recep Tayyip" finds "Recep Tayyip Erdogan"
    for m in sorted(full, key=lambda m: (-len(m.name.words), m.name.span.start)):
        person = registry.match_full(m.name) or registry.match_given_prefix(m.name)
        registry.place(m, person, _has_evidence(m, counts, lex))
    for m in (m for m in mentions if m.name.maybe_patronymic):
        person = registry.match_short(m.name)
        if person is None:
            m.name = as_given_and_family(m.name)
            person = registry.match_full(m.name)
        registry.place(m, person, _has_evidence(m, counts, lex))
    # short forms, longest first, so that "Ilham Heydar oglu" is placed before "Heydar" is
    rest = [m for m in mentions if not m.name.is_full and not m.name.maybe_patronymic]
    for m in sorted(rest, key=lambda m: (-len(m.name.words), m.name.span.start)):
        if registry.is_pair(m.name):
            continue
        registry.place(m, registry.match_short(m.name, m.role, registry.spouse_titled(m)), _has_evidence(m, counts, lex))
    for person in registry.people:
        person.mentions.sort(key=lambda m: m.name.span.start)
    return registry.people


def settle_roles(people: list[Person]) -> None:
    """Country and role by vote over a person's titles; "his counterpart" takes the role of
    the person named just before it."""
    for person in people:
        titles = [t for m in person.mentions for t in (m.candidate.title, m.after)]
        countries = Counter(t.country for t in titles if t.country)
        roles = Counter(t.role for t in titles if t.role)
        person.country = countries.most_common(1)[0][0] if countries else None
        person.role = roles.most_common(1)[0][0] if roles else None
    everyone = sorted((m.name.span.start, i) for i, p in enumerate(people) for m in p.mentions)
    starts = [s for s, _ in everyone]
    for person in people:
        if person.role is not None:
            continue
        for m in person.mentions:
            if not m.candidate.title.same_role:
                continue
            k = bisect_left(starts, m.name.span.start) - 1
            while k >= 0 and people[everyone[k][1]] is person:
                k -= 1
            if k >= 0:
                person.role = people[everyone[k][1]].role
                break
