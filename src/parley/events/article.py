"""One article as the events stage reads it: who is named where, quotes, places, paragraphs."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..dates.expressions import latest_year_lived
from ..model import Document, Span
from ..people.gazetteer import organization_table
from ..resources import data_file
from .index import SpanIndex
from .places import capital_country, city_country, iso_of_state_name, state_name, states_in

# office words and the roles the people stage gives their holders ("the leaders of Uzbekistan
# and Azerbaijan" are the heads of state the article names)
OFFICE_ROLES = {"leader": ("head of state", "head of government", "president"),
                "president": ("head of state", "president"), "head": ("head of state",),
                "premier": ("head of government", "prime minister"),
                "chancellor": ("head of government", "chancellor"),
                "foreign minister": ("foreign minister",), "minister": ("minister",),
                "fm": ("foreign minister",), "diplomat": ("foreign minister",),
                "counterpart": ("head of state", "head of government", "president", "minister")}
# what a participant may be, most specific first: a phrase that names a person names that
# person, not the state in "Turkey's President Erdogan"
TYPE_RANK = {"person": 0, "organization": 1, "state": 2}


def _holds_office(role: str, roles: tuple[str, ...]) -> bool:
    # a deputy holds no office his title names: "deputy foreign minister" is no foreign minister
    return any(r in role for r in roles) and not role.startswith(("deputy", "vice"))


class Article:
    """One document with the indexes the events stage asks of it sentence after sentence."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        # words in quotation marks or a transcript; reported speech tells news facts
        self.quotes: SpanIndex[str | None] = SpanIndex.of(
            (q.span, q.speaker) for q in doc.quotes if q.kind == "direct")
        # reported speech ("Xi said China is ready to work with Nauru"): who speaks, not what is quoted
        self.reported: SpanIndex[str | None] = SpanIndex.of(
            (q.span, q.speaker) for q in doc.quotes if q.kind == "indirect")
        self.mentions: SpanIndex[str] = SpanIndex.of((m, a.name) for a in doc.actors for m in a.mentions)
        self.types = {a.name: a.type for a in doc.actors}
        self.places: SpanIndex[str] = SpanIndex.of(
            (e.span, e.label) for e in doc.entities if e.label in ("GPE", "LOC", "FAC"))
        # names the NLP stage took for something else ("the European Union", "Washington Post")
        self.other_names: SpanIndex[str] = SpanIndex.of(
            (e.span, e.label) for e in doc.entities if e.label in ("ORG", "PERSON", "NORP", "WORK_OF_ART", "EVENT"))
        self.body: SpanIndex[None] = SpanIndex.of((p, None) for p in doc.body_spans)
        # "The News Agency of Nigeria (NAN) reports that Macron's visit ...": the state in an
        # outlet's name takes no part in what the outlet reports
        self.outlet_names: SpanIndex[None] = SpanIndex.of(
            (f.span, None) for f in organization_table().find(doc.text) if f.entry.kind == "outlet")
        self.latest_year = latest_year_lived(doc.text, doc.body_spans)
        self.persons_in_order = sorted(
            (m.start, a.name) for a in doc.actors if a.type == "person" for m in a.mentions)
        self.subjects_in_order = self._subject_persons()

    def quoted(self, span: Span) -> bool:
        return self.quotes.touches(span)

    def speaker_at(self, span: Span) -> str | None:
        found = self.quotes.overlapping(span)
        return found[0][1] if found else None

    def reporter_at(self, span: Span) -> str | None:
        """The speaker of the reported speech `span` is told in, if any."""
        found = self.reported.overlapping(span)
        return found[0][1] if found else None

    def actors_at(self, span: Span) -> list[tuple[Span, str]]:
        """Actor mentions sharing a character with `span`, each with its actor's name."""
        return self.mentions.overlapping(span)

    def type_of(self, name: str) -> str:
        if name in self.types:
            return self.types[name]
        return "state" if iso_of_state_name(name) else "person"

    def states_in(self, span: Span) -> list[tuple[Span, str]]:
        """States the gazetteer finds in `span` (names and demonyms: "Turkish", "Russia")."""
        return [(s.span, state_name(s.iso3)) for s in states_in(self.text, span)
                if not self.outlet_names.touches(s.span)]

    def subject_groups_before(self, offset: int) -> list[list[str]]:
        """Groups of two or more persons that were the coordinated subject of a sentence
        before `offset` ("Wang Yi and his Indian counterpart S. Jaishankar agreed ...")."""
        out = []
        persons = SpanIndex.of((m, a.name) for a in self.doc.actors if a.type == "person" for m in a.mentions)
        for parsed in self.doc.parses:
            if parsed.span.start >= offset:
                break
            heads = [k for k, tok in enumerate(parsed.tokens) if tok.dep == "nsubj"
                     and any(parsed.tokens[c].dep == "conj" and parsed.tokens[c].head == k for c in range(len(parsed.tokens)))]
            for k in heads:
                group = [k] + [c for c in range(len(parsed.tokens)) if parsed.tokens[c].dep == "conj" and parsed.tokens[c].head == k]
                names = []
                for g in group:
                    for _, name in persons.overlapping(parsed.tokens[g].span):
                        if name not in names:
                            names.append(name)
                if len(names) >= 2:
                    out.append(names)
        return out

    def _subject_persons(self) -> list[tuple[int, str]]:
        """Person mentions that are the subject of their clause, in text order (from the parse)."""
        out = []
        persons = SpanIndex.of((m, a.name) for a in self.doc.actors if a.type == "person" for m in a.mentions)
        for parsed in self.doc.parses:
            for tok in parsed.tokens:
                if tok.dep in ("nsubj", "nsubjpass"):
                    for span, name in persons.overlapping(tok.span):
                        out.append((span.start, name))
        return sorted(set(out))

    def person_before(self, offset: int, quoted: bool) -> str | None:
        """Whom `he`/`she` stands for: the person last the subject of a clause before `offset`,
        else the person named last, on the same side of the quotation marks."""
        for order in (self.subjects_in_order, self.persons_in_order):
            for start, name in reversed(order):
                if start < offset and self.quoted(Span(start, start + 1)) == quoted:
                    return name
        return None

    def place_name(self, span: Span) -> tuple[str, str | None] | None:
        """The place a token names (a city or a state), with the ISO3 of its country.

        A GPE entity gives the whole name ("New Delhi" for the token "Delhi"); a state from
        the gazetteer is named as the gazetteer names it.
        """
        around = Span(max(0, span.start - _STATE_NAME_REACH), min(len(self.text), span.end + _STATE_NAME_REACH))
        for found in states_in(self.text, around):
            if found.span.contains(span) and found.span != span and " " in found.span.of(self.text):
                # a word of a state's name of several words ("Trinidad" of "Trinidad and Tobago",
                # which the tagger may split at its "and"): the state, never a city of that word
                return state_name(found.iso3), found.iso3
        for ent, label in self.places.overlapping(span):
            name = _capitalised(_strip_article(ent.of(self.text)))
            if not name or name.lower() in _BARE_STATE_WORDS:
                continue  # "the Kingdom", "the Republic": a state the text named before, no place name
            state = iso_of_state_name(name)
            if state is not None:
                return state_name(state), state  # "UK", "Britain": United Kingdom, as one name
            iso = city_country(name)
            if iso is None:
                states = states_in(self.text, ent)
                bare = _bare(ent, self.text)
                if len(states) == 1 and ((states[0].span.overlaps(span) and states[0].span == bare)
                                         or _formal_name_of(self.text, bare, states[0].span)):
                    # "Kenya", "the Republic of Kenya", "the United Republic of Tanzania": the state
                    iso = states[0].iso3
                    name = state_name(iso)
            if iso is not None or (label == "GPE" and name.split()[-1].lower() not in venue_words()):
                return name, iso
        word = span.of(self.text)
        state = iso_of_state_name(word) if word[:1].isupper() else None
        if state is not None:
            return state_name(state), state
        iso = city_country(word)
        if iso is not None and word[:1].isupper() and (self._city_after_venue(span) or self._capital_taken_for_org(span) or not (
                self.other_names.touches(span) or self.places.touches(span) or word.lower() in venue_words())):
            return _capitalised(word), iso
        return None

    def _capital_taken_for_org(self, span: Span) -> bool:
        """"visited Dhaka", "visited Rabat": the small model tags a lone capital's name as an
        organisation or a person; the name alone, nothing around it, is the city, unless the
        article names a person so."""
        found = self.other_names.overlapping(span)
        if not (len(found) == 1 and found[0][1] in ("ORG", "PERSON") and found[0][0] == span):
            return False
        if found[0][1] == "PERSON" and self.mentions.touches(span):
            return False
        return capital_country(span.of(self.text)) is not None

    def _city_after_venue(self, span: Span) -> bool:
        """"the Great Hall of the People in Beijing": the parser's one venue entity took the city
        along; the city after its "in" is a place."""
        return self.text[max(0, span.start - 4):span.start] == " in " and \
            any(label == "FAC" for _, label in self.places.overlapping(span))

    def office_holders(self, states: list[str], office: str) -> list[str]:
        """The persons the article names who hold `office` ("leader", "president") for each
        of `states`: one each, or none at all."""
        roles = OFFICE_ROLES.get(office)
        if not roles:
            return []
        out = []
        for state in states:
            iso = iso_of_state_name(state)
            holders = [a.name for a in self.doc.actors if a.type == "person" and a.country == iso
                       and _holds_office((a.role or "").lower(), roles)]
            if len(holders) != 1:
                return []
            out.append(holders[0])
        return out

    def title_holder(self, title: str, before: int, others: Iterable[str] = ()) -> str | None:
        """`His Highness's visit` after "His Highness Prince Faisal bin Farhan ...": the one
        person a title was written before, earlier in the article (leaving out `others`, those
        the phrase is coordinated with: "the Chinese leader and the President" are two)."""
        found = set()
        start = self.text.find(title, 0, before)
        while start >= 0:
            after = start + len(title)
            for span, name in self.mentions.overlapping(Span(start, min(len(self.text), after + 40))):
                inside = span.start <= start < span.end  # "His Highness Prince Faisal ..." as one mention
                close = span.start >= after and self.text[after:span.start].strip(" ,").count(" ") <= 1
                if (inside or close) and self.type_of(name) == "person":
                    found.add(name)
                    break
            start = self.text.find(title, after, before)
        found -= set(others)
        return found.pop() if len(found) == 1 else None

    def host_for(self, visitor: str, state: str) -> str | None:
        """Who hosts `visitor` in `state`: for a head of state or government, the article's one
        leader of that state."""
        actor = self.doc.actor_named(visitor)
        role = (actor.role or "").lower() if actor else ""
        # a leader's visit is the other leader's to host; a minister meets more than the minister
        if any(r in role for r in OFFICE_ROLES["leader"]):
            office = "leader"
        else:
            return None
        iso = iso_of_state_name(state)
        if actor is not None and actor.country == iso:
            return None
        holders = self.office_holders([state], office)
        return holders[0] if holders and holders[0] != visitor else None

    def paragraph_of(self, span: Span) -> Span:
        found = self.body.overlapping(span)
        return found[0][0] if found else span

    def paragraph_before(self, span: Span) -> Span | None:
        """The body paragraph that ends last before `span` starts."""
        before = [p for p, _ in self.body.items if p.end <= span.start]
        return max(before, key=lambda p: p.end) if before else None

    def in_dateline(self, span: Span) -> bool:
        return self.doc.dateline is not None and self.doc.dateline.span.overlaps(span)


@lru_cache(maxsize=1)
def venue_words() -> frozenset[str]:
    return frozenset(data_file("venues.toml")["words"])


# how far around a word a state's name of several words that holds it is looked for: a bounded
# window per word asked about (one scan of a whole 20 MB page for state names takes 23 s here)
_STATE_NAME_REACH = 40


def _capitalised(name: str) -> str:
    """A place name without the lower-case words an entity may have run on into ("Republic on")."""
    words = name.split()
    while words and not words[-1][:1].isupper():
        words.pop()
    if words and all(w.isupper() for w in words) and sum(len(w) for w in words) > 3:
        # a dateline's capitals ("NEW DELHI:", "PUTRAJAYA") name the city as it is written
        words = [w.capitalize() for w in words]
    return " ".join(words)


# a state's form of government alone ("in the Kingdom", "the Republic's"): no place's name
_BARE_STATE_WORDS = frozenset({"kingdom", "republic", "sultanate", "emirate", "emirates", "federation",
                               "union", "principality", "state", "states", "country"})


def _strip_article(name: str) -> str:
    """"the Philippines" is Philippines; "New Zealand's" (the parser's entity took the possessive
    along: "New Zealand's capital city of Wellington") is New Zealand."""
    name = name[4:] if name.lower().startswith("the ") else name
    # (and the punctuation it ran on into: "visit to the Kingdom," is the bare "Kingdom")
    name = name.rstrip(",;:")
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _bare(ent: Span, text: str) -> Span:
    name = ent.of(text)
    return Span(ent.start + 4, ent.end) if name.lower().startswith("the ") else ent


@lru_cache(maxsize=1)
def _formal_words() -> frozenset[str]:
    """Words of a state's formal name before its common one (`countries.toml` formal_name_words)."""
    return frozenset(data_file("countries.toml")["formal_name_words"])


def _formal_name_of(text: str, bare: Span, state: Span) -> bool:
    """Whether `bare` is a state's formal name ending in the state's common name `state`."""
    if state.end != bare.end or state.start <= bare.start:
        return False
    words = text[bare.start:state.start].lower().split()
    return bool(words) and words[-1] == "of" and all(w in _formal_words() for w in words)
