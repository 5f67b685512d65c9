"""One parsed sentence read against its article: which actors and places a phrase names.

A phrase is a token and the words below it in the parse, without its coordinated siblings
(each conjunct is its own phrase) and without the clauses that hang from it ("Wang Yi, who
is visiting Washington": Washington is no part of the phrase "Wang Yi").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..dates import month_number
from ..model import Span
from ..people.lexicon import fold
from ..people.lexicon import lexicon as people_lexicon
from ..quotes.lexicon import quote_lexicon
from ..resources import data_file
from ..syntax import Tree
from .article import OFFICE_ROLES, TYPE_RANK, Article
from .lexicon import trigger_lexicon, trigger_noun
from .places import capital_country, capital_of, city_country, iso_of_state_name, state_name

# branches that are no part of a noun phrase's reference
CLAUSAL = ("conj", "cc", "relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "preconj")
# prepositions inside a name phrase ("President of Turkey", "Chairman of the Committee")
NAME_PREPS = ("of",)
RELATIVE_TAGS = ("WP", "WDT")
# a phrase that stands for the parties already told ("the two leaders", "they"), as
# "<parties:LEMMA>" with the word that names them ("ministers")
PARTIES = "<parties"
# the word of a PARTIES mark that stands for the guest of the visit told before, and the mark
VISITOR = "visitor"
VISITOR_MARK = f"{PARTIES}:{VISITOR}>"
# where such a phrase stands for the parties: as subject, or in "talks between the two sides"
PARTIES_DEPS = ("nsubj", "nsubjpass", "pobj", "conj")
PARTIES_DETERMINERS = ("the", "both", "two", "these", "all")


@lru_cache(maxsize=1)
def _kingdoms() -> frozenset[str]:
    """ISO 3166 alpha-3 of the states whose formal name is a kingdom's (pycountry)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries if "Kingdom" in getattr(c, "official_name", ""))


def _is_kingdom(state: str) -> bool:
    return iso_of_state_name(state) in _kingdoms()


def is_parties(name: str) -> bool:
    return name.startswith(PARTIES)


def _names_members(t: Tree, p: int) -> bool:
    """`including`, `such as`: a preposition whose object names members of its noun."""
    word = t.lower(p)
    return word == "including" or (word == "as" and any(t.lower(a) == "such" for a in t.dependents(p, "amod", "advmod")))


@dataclass(frozen=True)
class Place:
    name: str
    iso3: str | None
    span: Span

    @property
    def is_city(self) -> bool:
        from .places import iso_of_state_name

        return iso_of_state_name(self.name) is None


class Reader:
    """A sentence's tree with the article's actors and places."""

    def __init__(self, art: Article, tree: Tree) -> None:
        self.art = art
        self.tree = tree
        self.quoted = art.quoted(tree.parsed.span)
        # "their" tokens being resolved: a clause whose subject holds "their" again ("their
        # leaders and their ministers ...") must not send the reading round in a circle
        self._resolving: set[int] = set()

    # ---- actors -----------------------------------------------------------------------------

    def phrase_tokens(self, i: int, possessors: bool = True) -> list[int]:
        t = self.tree
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            for c in t.children(j):
                dep = t.dep(c)
                if dep in CLAUSAL or (dep == "poss" and not possessors):
                    continue
                if dep == "prep" and t.lower(c) not in NAME_PREPS and not self._title_for(j, c):
                    continue
                stack.append(c)
        return sorted(out)

    def _title_for(self, j: int, p: int) -> bool:
        """`Minister for Foreign Affairs Vivian Balakrishnan`, `Commissioner for Trade`: an office
        named with `for`, whose phrase goes on to the holder's name (and to those coordinated with
        it)."""
        t = self.tree
        return t.lower(p) == "for" and people_lexicon().is_title(fold(t.lower(j)))

    def actors_of(self, i: int, office: str | None = None, others: Iterable[str] = ()) -> list[str]:
        """The actors the phrase headed by `i` names: persons before organisations before states.

        `he`/`his` is the person named last before it; `who` the noun its clause hangs from;
        `the two leaders`, `they` stand for the parties told before (PARTIES).
        """
        t = self.tree
        word = t.lower(i)
        lex = trigger_lexicon()
        if t.tag(i) in RELATIVE_TAGS and t.head(i) != i and t.dep(t.head(i)) == "relcl":
            named = self.actors_of(t.head(t.head(i)))
            return named or self._just_before(i)
        if word == "their" and t.pos(i) == "PRON" and i not in self._resolving:
            self._resolving.add(i)
            try:
                same = self._plural_in_clause(i)
            finally:
                self._resolving.discard(i)
            if same:
                return same
        if word in lex.singular_parties and t.pos(i) == "PRON":
            ahead = self._subject_ahead(i)
            if ahead:
                return ahead
            name = self.art.person_before(t.tokens[i].start, self.art.quoted(t.span(i)))
            return [name] if name else []
        if word == "it" and t.pos(i) == "PRON" and t.dep(i) in ("nsubj", "nsubjpass"):
            teller = self._teller_of(i)
            if teller:
                return teller
        if word in lex.speaker_pronouns and t.pos(i) == "PRON":
            name = self.art.speaker_at(t.span(i))
            return [name] if name and self.art.doc.actor_named(name) else []
        own = self._own_state(i)
        if own:
            return own
        # "his Kazakh counterpart Tokayev", "Erdogan's spokesman Kalin": the possessor is
        # someone else, unless the phrase names no one without it
        tokens = self.phrase_tokens(i, possessors=False)
        found = self._named_in(tokens) or self._named_in(self.phrase_tokens(i))
        if not any(rank == TYPE_RANK["person"] for rank in found.values()):
            # "his Chinese counterpart, Wang Yi," where the parser hung the name elsewhere
            named = self._person_in_apposition(tokens[-1])
            if named:
                found = {named: TYPE_RANK["person"]}
        if not found and t.pos(i) == "PROPN":
            # "His Highness's visit": the person the title stood before
            words = [j for j in self.phrase_tokens(i) if t.word(j)[:1].isupper() and t.dep(j) != "case"]
            if words:
                title = t.text[t.tokens[words[0]].start:t.tokens[words[-1]].end]
                holder = self.art.title_holder(title, t.tokens[words[0]].start, others)
                if holder:
                    return [holder]
        if not found and t.lemma(i) == "opposition":
            side = self._opposition_of(i)
            if side:
                return [side]
        if found and all(rank == TYPE_RANK["state"] for rank in found.values()):
            # "the leaders of Uzbekistan and Azerbaijan", "the Russian leader": the article's
            # head of that state, where it names exactly one
            holders = self.art.office_holders(list(found), office or t.lemma(i))
            if holders:
                found = {h: TYPE_RANK["person"] for h in holders}
        if found:
            best = min(found.values())
            return [n for n, rank in found.items() if rank == best]
        if not found and t.lower(i) == "kingdom" and t.word(i)[:1].isupper() and \
                any(t.lower(c) == "the" for c in t.dependents(i, "det")) and not t.dependents(i, "prep", "compound", "amod"):
            # "The Kingdom has signed 26 cooperation agreements with Japan": the kingdom the article
            # named last before it (Saudi, Jordanian and Moroccan copy: 15 articles of dev and eval,
            # 185 official readouts)
            kingdom = self._kingdom_before(t.span(i).start)
            if kingdom:
                return [kingdom]
        if any(t.lower(c) == "visiting" for c in t.dependents(i, "amod", "compound")) and t.pos(i) == "NOUN":
            # "called on the visiting dignitary", "the visiting minister": the guest of the visit
            # told before
            return [VISITOR_MARK]
        if (word in lex.plural_parties or t.lemma(i) in lex.plural_parties) and (
                t.dep(i) in PARTIES_DEPS or word == "their") and (
                t.pos(i) == "PRON" or any(t.lower(c) in PARTIES_DETERMINERS for c in t.children(i))):
            return [f"{PARTIES}:{t.lemma(i)}>"]
        if word in lex.own_parties and t.dep(i) == "poss" and t.pos(t.head(i)) == "NOUN" \
                and trigger_noun(t, t.head(i)) is not None and self.art.quoted(t.span(i)):
            # "our previous meeting" in a leader's words to the other: the two told before
            return [f"{PARTIES}:{word}>"]
        return []

    def _own_state(self, i: int) -> list[str]:
        """`his country`, `her government`: the state of the person the pronoun stands for
        ("Lamamra said Tuesday that his country has severed diplomatic relations with Morocco")."""
        t = self.tree
        lex = trigger_lexicon()
        if t.lemma(i) not in lex.own_state_nouns or t.dependents(i, "amod", "compound", "prep") or i in self._resolving:
            return []
        self._resolving.add(i)  # "his" may look for the subject ahead, which is this phrase
        try:
            for p in t.dependents(i, "poss"):
                if t.lower(p) not in lex.singular_parties:
                    continue
                for name in self.actors_of(p):
                    actor = self.art.doc.actor_named(name)
                    if actor is not None and actor.type == "person" and actor.country:
                        return [state_name(actor.country)]
            return []
        finally:
            self._resolving.discard(i)

    def _kingdom_before(self, position: int) -> str | None:
        """The last state named before `position` that is a kingdom (its formal name says so)."""
        states = [name for _, name in self.art.states_in(Span(0, position))]
        kingdoms = [n for n in states if _is_kingdom(n)]
        return kingdoms[-1] if kingdoms else None

    def _just_before(self, i: int) -> list[str]:
        """`special envoys Serdar Kilic and Ruben Rubinyan, who last met ...`, where the parser
        hung the clause elsewhere: the names right before the relative pronoun."""
        t = self.tree
        k = i - 1
        while k >= 0 and t.pos(k) == "PUNCT":
            k -= 1
        if k < 0 or not self.art.actors_at(t.span(k)):
            return []
        while t.dep(k) == "conj" and t.head(k) != k:
            k = t.head(k)
        return [a for a in self.group(k) if not is_parties(a)]

    def _plural_in_clause(self, i: int) -> list[str]:
        """`the understandings reached by Xi and Modi in their meeting`: "their" is the subject or
        agent group of its own clause, when that names two or more."""
        t = self.tree
        for a in t.ancestors(i):
            if t.is_verb(a):
                # (a long titled subject the parser split: "Jordanian Minister of Foreign Affairs ...,
                # Ayman Al-Safadi and his German counterpart, Heiko Maas held ... after their meeting":
                # the first part hangs on the verb as a noun-phrase adverbial)
                tokens = t.dependents(a, "nsubj") + [o for ag in t.dependents(a, "agent") for o in t.dependents(ag, "pobj")] \
                    + [o for o in t.dependents(a, "npadvmod") if o < a]
                names = [n for tok in tokens for n in self.group(tok) if not is_parties(n)]
                return names if len(names) >= 2 else []
        return []

    def _opposition_of(self, i: int) -> str | None:
        """`the Syrian government and the opposition`: the Syrian opposition (named by the
        demonym the government, or the opposition itself, carries)."""
        t = self.tree
        for j in [i] + [c for c in t.conjuncts(t.head(i) if t.dep(i) == "conj" else i)]:
            for m in t.dependents(j, "amod", "compound"):
                word = t.word(m)
                if self.art.states_in(t.span(m)) and word[:1].isupper():
                    return f"{word} opposition"
        return None

    def _subject_ahead(self, i: int) -> list[str]:
        """`In his meeting with Yildirim ..., Guterres laid emphasis`: a pronoun in a phrase
        put before its clause stands for the clause's subject."""
        t = self.tree
        for a in t.ancestors(i):
            # ("Following his meeting with ...": a participle heading a phrase is no clause)
            if t.is_verb(a) and t.dep(a) != "prep":
                if a < i:
                    return []
                persons = [n for s in t.dependents(a, "nsubj") if s > i for n in self.actors_of(s)
                           if self.art.type_of(n) == "person"]
                return persons[:1]
        return []

    def _teller_of(self, i: int) -> list[str]:
        """"The Russian Foreign Ministry said it summoned the ambassador": `it`, subject of
        what a state or a body says, is the one that says it."""
        t = self.tree
        clause = t.head(i)
        if t.dep(clause) != "ccomp" or t.head(clause) == clause:
            return []
        verb = t.head(clause)
        if t.lemma(verb) not in quote_lexicon().speech_lemmas:
            return []
        tellers = [n for s in t.dependents(verb, "nsubj") if s != i for n in self.actors_of(s)]
        return tellers if tellers and all(self.art.type_of(n) != "person" for n in tellers) else []

    def _person_in_apposition(self, last: int) -> str | None:
        t = self.tree
        if last + 2 >= len(t) or t.word(last + 1) != "," or t.pos(last) != "NOUN":
            return None
        for _, name in self.art.actors_at(t.span(last + 2)):
            if self.art.type_of(name) == "person":
                return name
        return None

    def _named_in(self, tokens: list[int]) -> dict[str, int]:
        t = self.tree
        spans = [t.span(j) for j in tokens]
        found: dict[str, int] = {}
        for j, s in zip(tokens, spans):
            # a state or capital named inside a person's title is the place, not the person
            # ("recalled its ambassador to Spain, Rodica Radian-Gordon": the post is Spain;
            # EUobserver, eval 1699; "Pakistan's envoy in Dhaka, Samina Mehtab")
            state_here = t.pos(j) == "PROPN" and (capital_country(t.word(j)) is not None or any(
                x.start <= s.start and s.end <= x.end for x, _ in self.art.states_in(s)))
            for at, name in self.art.actors_at(s):
                if state_here and (at.start < s.start or at.end > s.end) and self.art.type_of(name) == "person":
                    continue
                found.setdefault(name, TYPE_RANK.get(self.art.type_of(name), 3))
        if any(t.lemma(j) in trigger_lexicon().non_state_heads for j in tokens):
            return found  # "French and Indian companies", "millions of Syrian refugees": no state
        for s in _runs(spans):
            for _, name in self.art.states_in(s):
                found.setdefault(name, TYPE_RANK["state"])
        return found

    def group(self, i: int) -> list[str]:
        """The actors of `i` and of the phrases coordinated with it ("Modi and Macron"), also
        where the parser coordinated inside a phrase ("President of Azerbaijan Ilham Aliyev
        and Russian Foreign Minister Sergey Lavrov": Lavrov hangs on Aliyev)."""
        t = self.tree
        out: list[str] = []
        todo, seen = list(t.conjuncts(i)), set()
        # "the leaders of Uzbekistan and Azerbaijan": the office carries to the coordinated state
        office = t.lemma(i) if t.lemma(i) in OFFICE_ROLES else None
        while todo:
            j = todo.pop(0)
            if j in seen:
                continue
            seen.add(j)
            if j == i or not self._office_of_the_person(i, j):
                for name in self.actors_of(j, office, out):
                    if name not in out:
                        out.append(name)
            for k in self.phrase_tokens(j):
                todo.extend(c for c in t.dependents(k, "conj") if c not in seen)
            if t.pos(j) == "NOUN":
                # "regional leaders, such as presidents Petro and Lasso", "officials including the
                # foreign minister": the members named are the phrase's actors
                todo.extend(o for p in t.dependents(j, "prep") if _names_members(t, p)
                            for o in t.dependents(p, "pobj") if o not in seen)
        return out

    def _office_of_the_person(self, i: int, j: int) -> bool:
        """`Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the
        Armed Forces`, where the parser coordinated the titles with the name: a title after a
        person's name, naming no person itself, is that person's office (no party of its own)."""
        t = self.tree
        if j < i or t.pos(j) not in ("NOUN", "PROPN") or not people_lexicon().is_title(fold(t.lower(j))):
            return False
        if not any(t.lower(k) == "," for k in range(i, j)):
            return False
        person = TYPE_RANK["person"]
        return any(r == person for r in self._named_in(self.phrase_tokens(i)).values()) and \
            not any(r == person for r in self._named_in(self.phrase_tokens(j)).values())

    def names_actor(self, i: int) -> bool:
        return bool([a for a in self.group(i) if not is_parties(a)])

    # ---- places -----------------------------------------------------------------------------

    def places_of(self, i: int) -> list[Place]:
        """The places a phrase and its coordinated phrases name, the most specific first:
        "the Uzbek city of Samarkand" is Samarkand, "Kazakhstan's capital, Astana" Astana,
        "the Hyderabad House in New Delhi" New Delhi, "Paris and Brussels" both."""
        out: list[Place] = []
        t = self.tree
        todo = t.conjuncts(i)
        for j in todo:
            place = self._place_in(j)
            if place is not None and all(p.name != place.name for p in out):
                out.append(place)
            if place is not None and not place.is_city:
                # "visited Saudi Arabia, the UAE and Oman": the parser made the list's second
                # state an apposition of the first; a state beside a state is the next in the list
                for a in t.dependents(j, "appos"):
                    beside = self._place_in(a)
                    if beside is not None and not beside.is_city and a not in todo:
                        todo.extend(c for c in t.conjuncts(a) if c not in todo)
        return out

    def _names_a_building(self, j: int) -> bool:
        """`Hyderabad House`, `Moscow State University`: a city's name inside another name."""
        t = self.tree
        head = t.head(j)
        return t.dep(j) == "compound" and head != j and t.lower(head) in _building_words()

    def _place_in(self, i: int) -> Place | None:
        t = self.tree
        if t.lemma(i) in _not_places():
            return None
        if t.word(i)[:1].isupper() and month_number(t.word(i)) is not None and t.lower(i) not in ("may",):
            return None  # "scheduled to travel in late March": a month, not March in England
        # breadth first through the phrase: the head, then its name parts and "of"/"in" phrases
        queue, seen, found = [i], set(), []
        while queue:
            j = queue.pop(0)
            if j in seen:
                continue
            seen.add(j)
            if (t.pos(j) == "PROPN" or t.tag(j) in ("NNP", "NNPS")) and not self._names_a_building(j):
                named = self.art.place_name(t.span(j))
                if named is not None:
                    found.append(Place(named[0], named[1], t.span(j)))
            for c in t.children(j):
                dep = t.dep(c)
                if dep in ("compound", "appos", "poss", "pobj", "amod", "nmod") or (
                        dep == "prep" and t.lower(c) in ("of", "in", "at")):
                    queue.append(c)
        cities = [p for p in found if p.is_city]
        if not cities:
            # "in the Russian capital", "in Iraq's capital" (but "the Ukrainian capital, Kyiv": Kyiv)
            capital = self._unnamed_capital(i)
            if capital is not None:
                return capital
        if not found:
            return self._venue_city(i)
        return (cities or found)[0]

    def _unnamed_capital(self, i: int) -> Place | None:
        """"in the Russian capital", "Iraq's capital": the capital of the state its modifier names."""
        t = self.tree
        if t.lemma(i) not in _capital_words():
            return None
        for c in t.children(i):
            if t.dep(c) in ("amod", "poss", "compound", "nmod"):
                iso = people_lexicon().demonyms.get(fold(t.word(c))) or iso_of_state_name(t.word(c))
                city = capital_of(iso) if iso else None
                if city is not None:
                    return Place(city, iso, t.span(i))
        return None

    def _venue_city(self, i: int) -> Place | None:
        """"at the Oval Office", "received at the Kremlin": a venue that names its city (venues.toml)."""
        t = self.tree
        tokens = self.phrase_tokens(i)
        phrase = t.text[t.tokens[tokens[0]].start:t.tokens[tokens[-1]].end]
        pattern, cities = _venue_cities()
        m = pattern.search(phrase)
        if m is None:
            return None
        city = cities[fold(m.group(0))]
        return Place(city, city_country(city), t.span(i))


@lru_cache(maxsize=1)
def _venue_cities() -> tuple[re.Pattern[str], dict[str, str]]:
    cities = data_file("venues.toml")["cities"]
    table = {fold(k): v for k, v in cities.items()}
    names = sorted(cities, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE), table


@lru_cache(maxsize=1)
def _capital_words() -> frozenset[str]:
    return frozenset(data_file("venues.toml")["capital_words"])


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return frozenset(data_file("venues.toml")["not_places"])


@lru_cache(maxsize=1)
def _building_words() -> frozenset[str]:
    return frozenset(data_file("venues.toml")["words"])


def _runs(spans: list[Span]) -> list[Span]:
    """Adjacent token spans joined (a gap of white space or a hyphen at most)."""
    out: list[Span] = []
    for s in spans:
        if out and s.start - out[-1].end <= 1:
            out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return out
