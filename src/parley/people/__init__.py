"""The `actors` stage: the people, states and organisations of an article.

People come first (`candidates.py` finds names, `cluster.py` makes one person per set of names,
`titles.py` and `descriptions.py` give them roles, countries and descriptions). States and
organisations come from the gazetteers (`gazetteer.py`: every state, international
organisations, national bodies) and from spaCy's organisation entities whose name says they
are a body (`Turkish Directorate of Communications`). Each actor has one canonical name, a type
(`person`, `state`, `organization`), an ISO 3166-1 alpha-3 `country` where one is known, a
`role` (a person's office; an organisation's kind) and every place the text names it.
"""
from __future__ import annotations

import re

from unidecode import unidecode

from ..model import Actor, Document, Span
from ..pipeline import Context
from .candidates import SpanSet, blocked_things, find_candidates
from .cluster import Person, group_people, settle_roles
from .descriptions import resolve_descriptions
from .gazetteer import Found, named_things
from .lexicon import Lexicon, fold, lexicon
from .names import Word, likely_female, parse_name
from .officeholders import head_name, holder, transliterated_state
from .titles import find_country, title_after

__all__ = ["find_actors", "is_female"]

_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*['’]s?$")
# words a body's name never ends on ("Ministry of Foreign Affairs of" where spaCy cut short)
_TRAILING = re.compile(r"(?:\s+(?:of|the|and|for|on|in))+$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _person_actor(person: Person) -> Actor:
    spans = {m.span for m in person.mentions} | set(person.described)
    return Actor(name=person.name, type="person", country=person.country, role=person.role,
                 mentions=sorted(spans))


def _people(doc: Document, text: str, things: list[Found], lex: Lexicon) -> list[Person]:
    candidates = find_candidates(doc, text, blocked_things(text, things, lex), lex)
    afters = [title_after(text, c.span.end, lex) for c in candidates]
    people = group_people(candidates, afters, lex)
    settle_roles(people)
    taken: list[Span] = []
    for person in people:
        for m in person.mentions:
            taken.append(m.name.span)
            for title in (m.candidate.title, m.after):
                if title.span is not None:
                    taken.append(title.span)
    resolve_descriptions(text, people, taken, doc.sentences, lex)
    for person in people:
        # the list of office-holders gives a state the text does not ("Narendra Modi"), and the
        # holder's one name for forms the article writes ("Joseph R. Biden" is Joe Biden)
        forms = [" ".join(w.text for w in m.name.words) for m in person.mentions]
        headline = _headline_name(doc.title, person, people, lex)
        if headline is not None:
            # "Mr Varadkar" throughout the story, "Leo Varadkar says ..." above it
            person.listed = headline
            forms.append(headline)
        written_forms = list(forms)  # (the headline's too; the short forms before they are set aside)
        if " " in person.name:
            # a full name the list does not know is someone else's, whatever its family name
            forms = [f for f in forms if " " in f]
        # a ruler the press calls by title and given name ("King Salman", "Crown Prince
        # Mohammed", "Emir Tamim"): the list holds those forms
        titled = [] if " " in person.name else _titled_forms(person)
        found = holder(person.name, *forms, *titled)
        if found is None:
            _restore_marks(person, written_forms)
            head = head_name(person.name, *forms, *titled)
            if head is not None and person.country is None:
                person.listed = head  # a head of an international organisation: no state
            elif person.country is None:
                # a holder the article spells another way ("Viktor Yanukovich"): the state alone
                person.country = transliterated_state(person.name, *forms)
            continue
        if person.country is not None and person.country != found[0]:
            continue
        person.country = found[0]
        # one person, one name: the list's ("Sergei Lavrov", "Yoon Suk-yeol", "Joseph R. Biden",
        # "Kishida Fumio", "President Macron" are Sergey Lavrov, Yoon Suk Yeol, Joe Biden, Fumio
        # Kishida, Emmanuel Macron), as the article writes it where only case, diacritics or
        # the points and spaces of initials differ ("Mevlüt Çavuşoğlu", "KP Sharma Oli"), save
        # the diacritics a name lost to an English keyboard: "Hugo Chavez" is Hugo Chávez
        # (the mention as printed first: "G.L. Peiris" keeps its initials glued, Tamil News Network)
        printed = [text[m.name.span.start:m.name.span.end] for m in person.mentions]
        written = [f for f in printed + forms if _spelling(f) == _spelling(found[1]) and _marks(f) >= _marks(found[1])]
        person.listed = written[0] if written else found[1]
    return _one_per_name(people)


def _titled_forms(person: Person) -> list[str]:
    """`King Salman`, `Crown Prince Mohammed`: a one-word name with the title words before it."""
    out = []
    for m in person.mentions:
        words = m.candidate.title.words
        name = " ".join(w.text for w in m.name.words)
        out += [f"{w} {name}" for w in sorted(words)]
        if {"crown", "prince"} <= words:
            out.append(f"crown prince {name}")
    return out


def _restore_marks(person: Person, forms: list[str]) -> None:
    """A name the article writes both with and without its diacritics ("President Bernardo
    Arevalo", then "Arévalo urged ..."): the marked spelling, word by word."""
    marked: dict[str, str] = {}
    for form in forms:
        for word in form.split():
            key = unidecode(word).lower()
            if _marks(word) > _marks(marked.get(key, "")):
                marked[key] = word
    if not marked:
        return
    words = person.name.split()
    restored = [marked.get(w.lower(), w) if unidecode(w) == w else w for w in words]
    if restored != words:
        person.listed = " ".join(restored)


def _marks(name: str) -> int:
    """How many letters of a name carry diacritics (or are no ASCII letter: "ł", "ø")."""
    return sum(1 for ch in name if ch.isalpha() and not ch.isascii())


def _spelling(name: str) -> str:
    """A name with case, diacritics and the points and spaces between initials set aside
    ("K. P. Sharma Oli", "KP Sharma Oli")."""
    return re.sub(r"(?<=\b\w)[.\s]+(?=\w\b)|\.", "", fold(name))


def _one_per_name(people: list[Person]) -> list[Person]:
    """People the list of office-holders gives one name ("Joko Widodo", and "President Jokowi",
    which the names alone did not join): one person."""
    kept: dict[str, Person] = {}
    for person in people:
        first = kept.get(person.name)
        if first is None:
            kept[person.name] = person
            continue
        for m in person.mentions:
            first.add(m)
        first.described.extend(d for d in person.described if d not in first.described)
        first.country = first.country or person.country
        first.role = first.role or person.role
    return list(kept.values())


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*")


def _headline_name(title: str | None, person: Person, people: list[Person], lex: Lexicon) -> str | None:
    """The full name the headline gives a person the story names by family name alone."""
    if not title or any(m.name.given for m in person.mentions):
        return None
    family = {w.key for m in person.mentions for w in m.name.family}
    if len(family) != 1:
        return None
    (key,) = family
    found = set()
    for run in _CAPITALISED_RUN.finditer(title):
        words = run.group().split()
        for k, word in enumerate(words):
            if fold(_POSSESSIVE.sub("", word)) != key or k == 0:
                continue
            given = [w for w in words[max(0, k - 2):k] if not lex.is_title(fold(w)) and fold(w) not in lex.place_names]
            if given and given == words[k - len(given):k] and all(w[:1].isupper() and not w.isupper() for w in given):
                found.add(" ".join([*given, _POSSESSIVE.sub("", word)]))
    if len(found) != 1:
        return None
    (name,) = found
    others = {p.name for p in people if p is not person}
    return None if name in others else name


def _thing_actors(text: str, things: list[Found], names: SpanSet) -> list[Actor]:
    """States and organisations of the gazetteers, one actor each, in order of first mention."""
    actors: dict[str, Actor] = {}
    for f in things:
        if not f.entry.is_actor or names.overlaps(f.span):
            continue
        key = f"{f.entry.type}:{f.entry.name}"
        if key not in actors:
            actors[key] = Actor(f.entry.name, f.entry.type, f.entry.country, f.entry.kind)
        actors[key].mentions.append(f.span)
    return list(actors.values())


def _body_name(phrase: str) -> str:
    return _TRAILING.sub("", _POSSESSIVE.sub("", _DETERMINER.sub("", phrase.strip())))


def _body_actors(doc: Document, taken: SpanSet, lex: Lexicon) -> list[Actor]:
    """spaCy's organisations whose name ends in a body's head noun ("Ministry", "Directorate of
    Communications"), where no gazetteer entry or person already stands."""
    actors: dict[str, Actor] = {}
    for entity in doc.entities:
        if entity.label != "ORG" or taken.overlaps(entity.span) or not doc.in_body(entity.span):
            continue
        name = _body_name(entity.text)
        words = _WORDS.findall(name)
        heads = [fold(w) for w in words if fold(w) in lex.body_heads]
        # "Treaty on Good-Neighbourliness and Alliance": two names joined are no one body
        if not heads or " and " in name:
            continue
        if not name or not name[0].isupper():
            continue
        kind = "government body" if heads[-1] in lex.government_heads else None
        key = fold(name)
        if key not in actors:
            actors[key] = Actor(name, "organization", find_country(words, lex), kind)
        actors[key].mentions.append(entity.span)
    return list(actors.values())


def find_actors(doc: Document, ctx: Context) -> Document:
    lex = ctx.resource("people.lexicon", lexicon)
    text = doc.masked_body()
    things = [f for span in doc.analysed_body_spans() for f in named_things(text, span.start, span.end)]
    people = _people(doc, text, things, lex)
    names = SpanSet([m.name.span for p in people for m in p.mentions])
    persons = [_person_actor(p) for p in people]
    _acronym_mentions(text, persons, SpanSet([*names.spans, *(f.span for f in things)]))
    others = _thing_actors(text, things, names)
    taken = SpanSet([*names.spans, *(f.span for f in things)])
    doc.actors = persons + others + _body_actors(doc, taken, lex)
    return doc


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _acronym_mentions(text: str, persons: list[Actor], taken: SpanSet) -> None:
    """`MBS`, `AMLO`: the initials the press calls a leader by (listed with the office-holders)
    are mentions of that person where the article names him in full too; capitals alone are
    never a name otherwise (`candidates._capitalised`)."""
    by_name = {a.name: a for a in persons}
    for m in _ACRONYM.finditer(text):
        span = Span(m.start(), m.end())
        found = holder(m.group()) if by_name else None
        if found is None or found[1] not in by_name or taken.overlapping(span):
            continue
        actor = by_name[found[1]]
        if span not in actor.mentions:
            actor.mentions = sorted([*actor.mentions, span])


def is_female(actor: Actor, text: str) -> bool | None:
    """What the actor's name and titles say of their gender (for "she" and "he")."""
    if actor.type != "person":
        return None
    lex = lexicon()
    verdicts = set()
    for span in actor.mentions:
        words = [Word(w, span) for w in span.of(text).split()]
        keys = {w.key for w in words}
        verdict = likely_female(parse_name(words, lex), keys, lex)
        if verdict is not None:
            verdicts.add(verdict)
    return verdicts.pop() if len(verdicts) == 1 else None
