"""Role descriptions that point to a person of the article: `the Russian top diplomat`,
`his Azerbaijani counterpart`, `the President of the Russian Federation`, `the UN chief`,
`the Kazakh leader`.

A description names a role and often a country; it points to a person the article has named
before it with that role (and that country, where the description names one): where several
fit, the one the sentence before opened with, else the one named last. Descriptions of people
the article does not name stay unresolved.

One pass over the text; people are found by role through an index, and "the sentence before"
by bisection over the sentences.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable

from ..model import Span
from .candidates import SpanSet
from .cluster import Person
from .lexicon import Lexicon, fold
from .officeholders import holder
from .titles import find_country, find_role

_OPENER = re.compile(r"\b(?:the|his|her|their)\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")
_GAP = re.compile(r"[ \t\u00a0\n]*")
_CONNECTORS = frozenset({"of", "the", "for"})
_MAX_WORDS = 9
# what stands between a name and the description in apposition to it
_APPOSITION = re.compile(r"\s*,\s*")
# what stands between two coordinated descriptions
_JOINED = re.compile(r",?\s+and\s+", re.IGNORECASE)
# how many sentences back "the sentence before" may be
_SUBJECT_LOOKBACK = 15
# how far after a person's name a description of a role the article did not give them may stand
_NEAR = 300


def _description_word(key: str, lex: Lexicon) -> bool:
    return (lex.is_title(key) or key in lex.demonyms or key in lex.place_words or key in _CONNECTORS
            or key in lex.organization_acronyms)


def _sentence_end(word: str) -> bool:
    """A word that ends its sentence: a full stop after a word, not an abbreviation ("U.S.", "Dr.")."""
    return word.endswith(".") and "." not in word[:-1] and len(word) > 4


def _phrase_end(text: str, start: int, lex: Lexicon) -> int:
    """Where a run of title words starting at `start` ends."""
    end = start
    count = 0
    previous = start
    for m in _WORD.finditer(text, start):
        if _GAP.fullmatch(text, end, m.start()) is None or count >= _MAX_WORDS:
            break
        if count and ("\n" in text[end : m.start()] or _sentence_end(text[previous:end])):
            break  # "... between Canada and the United States.\n\nThe Prime Minister met": two sentences
        key = re.sub(r"['’]s$", "", fold(m.group()).rstrip("."))
        # "and" inside a place's name ("the President of Trinidad and Tobago"); otherwise it
        # joins two descriptions ("the Chinese leader and the President")
        inside_place = key == "and" and any(fold(text[previous:previous + len(p) + 2]).startswith(p)
                                            for p in lex.and_places)
        if not (_description_word(key, lex) or inside_place):
            break
        previous = m.start()
        end, count = m.end(), count + 1
    # a description ends on a title word, never on "of the"
    while True:
        tail = re.search(r"\s+(?:of|the|for)$", text[start:end], re.IGNORECASE)
        if not tail:
            return end
        end = start + tail.start()


def _fits(person: Person, role: str) -> bool:
    if person.role == role:
        return True
    # "the minister" fits any minister
    return role == "minister" and bool(person.role) and "minister" in str(person.role)


class _People:
    """The people of an article by role, and every mention in text order."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self.by_role: dict[str, list[Person]] = defaultdict(list)
        for p in people:
            if p.role:
                self.by_role[p.role].append(p)
                if "minister" in p.role and p.role != "minister":
                    self.by_role["minister"].append(p)
        mentions = sorted((m.name.span.start, i) for i, p in enumerate(people) for m in p.mentions)
        self.starts = [s for s, _ in mentions]
        self.owners = [i for _, i in mentions]

    def last_before(self, position: int) -> Person | None:
        i = bisect_left(self.starts, position)
        return self.people[self.owners[i - 1]] if i else None

    def named_before(self, position: int) -> list[Person]:
        i = bisect_left(self.starts, position)
        return [self.people[k] for k in dict.fromkeys(self.owners[:i])]

    def first_within(self, span: Span) -> Person | None:
        i = bisect_left(self.starts, span.start)
        if i < len(self.starts) and self.starts[i] < span.end:
            return self.people[self.owners[i]]
        return None

    def fitting(self, role: str | None) -> list[Person]:
        if not role:
            return []
        return [p for p in self.by_role.get(role, []) if _fits(p, role)]


def _apposed(index: _People, text: str, position: int) -> Person | None:
    """The person whose name stands right before `position`, set off by a comma alone."""
    person = index.last_before(position)
    if person is None:
        return None
    ends = [m.name.span.end for m in person.mentions if m.name.span.end <= position]
    return person if ends and _APPOSITION.fullmatch(text, max(ends), position) else None


def _sentence_before(sentences: list[Span], starts: list[int], position: int) -> Span | None:
    i = bisect_right(starts, position) - 1
    # the sentence holding the description, then the one before it
    while i >= 0 and sentences[i].start >= position:
        i -= 1
    if i >= 0 and sentences[i].contains(Span(position, position)) and sentences[i].start < position:
        i -= 1
    return sentences[i] if i >= 0 else None


def _last_subject(index: _People, sentences: list[Span], starts: list[int], position: int) -> Person | None:
    """The person named first in the last sentence before `position` that names one (a quoted
    sentence in between names nobody: `"… my gratitude to you," said the president`)."""
    before = _sentence_before(sentences, starts, position)
    for _ in range(_SUBJECT_LOOKBACK):
        if before is None:
            return None
        subject = index.first_within(before)
        if subject is not None:
            return subject
        before = _sentence_before(sentences, starts, before.start)
    return None


def _unknown(index: _People, role: str, country: str, position: int) -> Person | None:
    """`Xi Jinping … with the Chinese leader`: where no one the article gives that role and
    country fits, the last person named before it of whom the article says neither."""
    person = index.last_before(position)
    if person is None or person.role is not None or person.country not in (None, country):
        return None
    if _listed_state(person) not in (None, country):
        # "Sunak and Macron pledged ..., as the British prime minister and French president
        # proclaimed": not the office-holder of another state
        return None
    if position - person.last_mention_before(position) > _NEAR:
        return None
    person.role, person.country = role, country
    index.by_role[role].append(person)
    return person


def _stated_national(index: _People, role: str, country: str, position: int) -> Person | None:
    """`Emmanuel Macron ... will meet with President Ukhnaa Khurelsukh ... said the French
    President's entourage` (eval 1000): where no one the article gives that role is of that
    state (by its words or the list of office-holders), the one person named before of that
    state to whom it gives no role, rather than a person of that role whose state it does not say."""
    return _one_without_role(index, role, position, lambda p: _of_state(p, country))


def _of_state(person: Person, country: str) -> bool:
    """The article makes the person of that state, or says no state and the list of office-holders does."""
    return person.country == country or (person.country is None and _listed_state(person) == country)


def _listed_holder(index: _People, role: str, country: str, position: int) -> Person | None:
    """`Lula da Silva replied ... the Brazilian head of state said`: the one person named before,
    with no role from the article, whom the list of office-holders gives that state."""
    person = _one_without_role(index, role, position,
                               lambda p: p.country in (None, country) and _listed_state(p) == country)
    if person is not None:
        person.country = country
    return person


def _one_without_role(index: _People, role: str, position: int, fits: Callable[[Person], bool]) -> Person | None:
    """The one person named before `position` to whom the article gives no role and who `fits`,
    given `role` from now on; None where there are none or several."""
    found = [p for p in index.named_before(position) if p.role is None and fits(p)]
    if len(found) != 1:
        return None
    person = found[0]
    person.role = role
    index.by_role[role].append(person)
    return person


def _listed_state(person: Person) -> str | None:
    """The state the list of office-holders gives the person, if it lists them."""
    found = holder(person.name)
    return found[0] if found is not None else None


def _titled(person: Person, head: str | None) -> bool:
    """Whether the article gave the person the title word a description ends on ("president")."""
    return bool(head) and any(head in m.candidate.title.words for m in person.mentions)


def _resolve(pool: list[Person], country: str | None, position: int, subject: Person | None,
             head: str | None = None) -> Person | None:
    named = [p for p in pool if p.last_mention_before(position) >= 0] or pool
    exact = [p for p in named if country is None or p.country == country]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        if subject in exact:
            return subject
        return max(exact, key=lambda p: p.last_mention_before(position))
    if country is not None:
        # (the list of office-holders knows the state of one the article gives none: "the
        # Brazilian President" is not Angola's João Lourenço, whom the article titles President)
        listed_states = {id(p): _listed_state(p) for p in named if p.country is None}
        unknown = [p for p in named if p.country is None and listed_states[id(p)] in (None, country)]
        listed = [p for p in unknown if listed_states[id(p)] == country]
        if len(listed) == 1:
            unknown = listed
        if len(unknown) > 1 and subject in unknown:
            unknown = [subject]
        if len(unknown) > 1:
            # "The Turkish president" for the one the article titled President, not the Crown Prince
            unknown = [p for p in unknown if _titled(p, head)] or unknown
        if len(unknown) == 1:
            unknown[0].country = country
            return unknown[0]
    return None


def resolve_descriptions(text: str, people: list[Person], taken: list[Span], sentences: list[Span],
                         lex: Lexicon) -> None:
    """Add each resolvable description in `text` (outside `taken` spans) to its person."""
    index = _People(people)
    taken_set = SpanSet(taken)
    ordered = sorted(sentences)
    starts = [s.start for s in ordered]
    # the person of the description just before, and where it ended
    last: tuple[int, Person | None] = (-1, None)
    for opener in _OPENER.finditer(text):
        end = _phrase_end(text, opener.end(), lex)
        if end <= opener.end():
            continue
        span = Span(opener.start(), end)
        if taken_set.overlaps(span):
            continue
        # "the Chinese leader and the President": two descriptions joined by "and" are two people
        other = last[1] if _JOINED.fullmatch(text, last[0], span.start) else None
        phrase = text[span.start : span.end]
        words = _WORD.findall(phrase)
        keys = {fold(w) for w in words}
        country = find_country(words, lex)
        apposed = _apposed(index, text, span.start)
        if apposed is not None and not (keys & lex.same_role_words):
            # "Khalid Al-Faisal, the emir of Mecca region": the description of the name before it
            # (told there, it points to no one else)
            last = (span.end, apposed)
            continue
        if keys & lex.same_role_words:
            antecedent = index.last_before(span.start)
            role = antecedent.role if antecedent else None
            pool = [p for p in index.fitting(role) if p is not antecedent]
            person = _resolve(pool, country, span.start, None)
        else:
            subject = _last_subject(index, ordered, starts, span.start)
            role = find_role(phrase, lex)
            pool = [p for p in index.fitting(role) if p is not other]
            head = fold(words[-1]).rstrip(".") if words else None
            person = None
            if role is not None and country is not None and not any(_of_state(p, country) for p in pool):
                person = _stated_national(index, role, country, span.start)
            if person is None:
                person = _resolve(pool, country, span.start, subject if subject is not other else None, head)
            if person is None and role is not None and country is not None:
                person = _listed_holder(index, role, country, span.start)
            if person is None and role is not None and country is not None and not any(
                    p.country in (None, country) for p in pool):
                # no one the article gives the role could be meant: the person named just before
                person = _unknown(index, role, country, span.start)
        if person is not None:
            person.described.append(span)
        last = (span.end, person)
