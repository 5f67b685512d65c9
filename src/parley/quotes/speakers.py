"""Who a cue's subject names.

In order: a person the words name (`Lavrov`, `the Russian top diplomat`, `Kremlin spokesman
Dmitry Peskov`, `Guterres' office`); the person a pronoun points back to (the nearest one of
the right gender named or quoted before); the issuer of a document (`a statement by the
Kremlin`, `the ministry's readout`; a document named alone, `the statement said`, stands for
the last issuer the article named); an organisation or state the words name (`the State
Department` is the US Department of State, `the Akorda press service` Akorda); a role (`the
minister`, `the Kazakh leader`: the nearest person of the article with that role); a
collective source named with a proper word (`Azerbaijani media`, `Turkish diplomatic sources`).
A common noun alone (`statement`, `source`, `President`, `officials`) is never a speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from functools import lru_cache

import pycountry

from ..document.outlet_names import is_known_outlet
from ..events.places import state_name
from ..model import Actor, Span
from ..people import is_female
from ..people.gazetteer import capital_state, demonym, organization_table, state_in, state_table
from ..people.lexicon import fold
from ..people.lexicon import lexicon as people_lexicon
from ..people.officeholders import listed_name
from ..people.titles import find_country, find_role
from .attribution import Cue
from .bodies import named_bodies
from .indirect import DATELINE
from .lexicon import QuoteLexicon
from .mentions import MentionIndex, Named

_DETERMINER = re.compile(r"^(?:the|a|an|this|that|its|their|his|her)\s+", re.IGNORECASE)
# a time phrase the subject's words run into ("The Polish foreign ministry on Monday described")
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:on|last|this|early|late)\s+){0,2}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|yesterday|tonight|earlier|later|week|month|year)\b.*$", re.IGNORECASE)
_DEFINITE = re.compile(r"^(?:the|this|that)\s+", re.IGNORECASE)
# how a body spoke, after its name ("the Turkmen Foreign Ministry in a message March 3", "the
# Foreign Ministry of Serbia in a statement"): no part of the name
# ("the Canadian High Commission here in a statement", "the Russian embassy in New Delhi had said
# in a statement": where the name ends, the rest of the clause begins)
_TRAILING_MEDIUM = re.compile(r"\s+(?:(?:in|on|via|through|with)\s+(?:a|an|its|the|their)|here|there|had|has|have|"
                              r"was|were|is|said|says)\b.*$", re.IGNORECASE)
# a bracketed alias or an apposition after a body's name ("Foreign Ministry (Wisma Putra), in a statement")
_TRAILING_APPOSITION = re.compile(r"\s*[(,;].*$")
# a collective source is named without its article ("a senior State Department official" is the
# senior State Department official the gold of real articles names)
_ARTICLE = re.compile(r"^(?:the|this|that|a|an|another)\s+", re.IGNORECASE)
# "the official said", "the diplomat added": the anonymous source the article placed before
_ANAPHOR = re.compile(r"^(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:same\s+)?(?P<head>[a-z]+)$")
# a conjunction the words' cue kept before its subject ("But aides to Putin say")
_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|However|Meanwhile|Still)\b,?\s+")
# a phrase of the means the words were given by, which a misread parse may hand over as the
# subject ("Via Twitter, the government agency stated": "Via Twitter")
_MEANS_ONLY = re.compile(r"(?:[Vv]ia|[Tt]hrough)\s+\S")
# "said in a statement", "told in a readout": the speaker issued a document
_IN_DOCUMENT = re.compile(r"\s*(?:,\s*)?(?:in|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+){0,2}"
                          r"(?:statement|readout|release|communiqu[eé]|post|message|letter|tweet)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*")
# the issuer of a document: "a statement by/from/of X", "X's statement"
# where the head of a noun phrase ends: a preposition, a comma, a bracket, a relative word
_POSTMODIFIER = re.compile(r"\s*(?:[,(;]|\b(?:of|in|at|from|for|with|on|by|after|before|during|since|over|"
                           r"about|to|into|close to|near|who|which|that|issued|released|published|posted|quoted|"
                           r"cited)\b)", re.IGNORECASE)
# the owner before a head noun ("Guterres' office", "the Tajik president's website")
_OWNER = re.compile(r"(?:^|\b(?:the|a|an)\s+)?(?P<who>[^,;]+?)\s*['’]s?\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# the issuer after a head noun ("a statement by the Kremlin", "a readout issued by the office of …")
_BY = re.compile(r"\s+(?:(?:issued|released|published|posted|sent|made)\s+)?(?:by|from|of|in|at|within|close\s+to)"
                 r"\s+(?P<who>\S)", re.IGNORECASE)
# where a document was put out: "published Friday on Beijing's foreign ministry website"
_POSTED_ON = re.compile(r"\s+(?:issued|released|published|posted|carried|put out)\b[^,;]{0,40}?\s(?:on|in)\s+"
                        r"(?P<where>\S)", re.IGNORECASE)
# personal pronouns: "I say: "…"" inside someone's speech names nobody new
_PERSONAL = frozenset({"i", "we", "you", "they", "he", "she", "it", "us", "me"})
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
_POSSESSED = re.compile(r"^(?:his|her|their|its|my|our)\s", re.IGNORECASE)
_FUNCTION_WORDS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "in", "on", "at"})
_IN_DOCUMENT_TAIL = re.compile(r"\s+(?:in|via|through)\s+(?:a|an|the|its)\s+\w+$")
# "the kingdom's Moroccan foreign ministry": a state named twice
# how far back (within its paragraph) "the kingdom's" looks for the state it stands for
_OWNER_WINDOW = 400
# how close before "the statement said" the body that issued it is named, where no issuer spoke before
_ISSUER_WINDOW = 600
# words that make a document two or more sides' ("a tripartite statement was issued"), at most
# this many characters before its noun
_JOINT_WORDS = r"\b(?:joint|tripartite|trilateral|bilateral|common)\b"
_JOINT_REACH = 30
# a document's lead of joint words alone ("the Joint Statement"): no body's name
_ONLY_JOINT_WORDS = re.compile(rf"(?:{_JOINT_WORDS}\s*)+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# "Qatar News Agency (QNA)": the abbreviation in brackets after a name (the span may stop before ")")
_BRACKETED_ALIAS = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,12}\)?$")
_NAME_AFTER = re.compile(r"[ \t]+(?P<name>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3})")
_MEDIUM_END = re.compile(r"[,;:“\"«\n]")
# a medium's name and its description together ("Iran's official Islamic Republic News Agency")
_MEDIUM_MAX_WORDS = 9
# documents one body issues, whose issuer may be the body named just before ("the statement said")
_ONE_ISSUER_DOCUMENTS = frozenset({"statement", "release", "readout", "dispatch", "communiqué", "notice"})
_GENERIC_OWNER = re.compile(r"^(?:the\s+)?(?:kingdom|country|republic|nation|state)['’]s\s*", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|was|are|were|been|be)\s+$", re.IGNORECASE)
_PREVIOUS = re.compile(r"(\w+)\s+$")
# how deep "the office of the spokesperson of X" is followed
_MAX_DEPTH = 2
# how many earlier people a pronoun looks through for one of the right gender
_PRONOUN_LOOKBACK = 12
# how far before a name its title is looked for ("Saudi Crown Prince Mohammed bin Salman")
_TITLE_REACH = 40


class Speakers:
    def __init__(self, text: str, actors: list[Actor], lex: QuoteLexicon, home: str | None = None,
                 spans: list[Span] | None = None) -> None:
        self.text = text
        # the state of the article's dateline, for bodies named without theirs
        self.home = home
        self.actors = actors
        self.lex = lex
        self.index = MentionIndex(actors)
        self.people = MentionIndex([a for a in actors if a.type == "person"])
        self.female = {a.name: is_female(a, text) for a in actors if a.type == "person"}
        self.by_name = {a.name: a for a in actors}
        # the last word of each person's name (folded), for labels such as "PRESIDENT BIDEN"
        self.by_family: dict[str, str] = {}
        for a in actors:
            if a.type == "person":
                self.by_family.setdefault(fold(a.name.split()[-1]), a.name)
        # (position, person): sentence subjects and resolved speakers, for pronouns
        self.salient: list[tuple[int, str]] = []
        # the last source a document was issued by ("the statement said" after "a statement by X")
        self.last_issuer: list[tuple[int, str]] = []
        # the sources the article placed ("a source in the Turkish Foreign Ministry")
        self.last_source: list[tuple[int, str]] = []
        # anonymous sources by head noun ("a senior U.S. official"), for "the official said"
        self.anonymous: dict[str, list[tuple[int, str]]] = {}
        # the state bodies the article names anywhere, for "the ministry said" (`bodies.py`)
        named = self._named_bodies(spans or [])
        self.bodies: list[tuple[int, str]] = [(pos, name) for pos, name, _ in named]
        # (position, state) of those bodies
        self.body_states: list[tuple[int, str]] = [(pos, iso) for pos, _, iso in named]
        # people by role ("minister" also holds every kind of minister), with mention starts
        self._roles: dict[str, list[tuple[list[int], Actor]]] = {}
        for a in actors:
            if a.type == "person" and a.role:
                starts = sorted(m.start for m in a.mentions)
                self._roles.setdefault(a.role, []).append((starts, a))
                if "minister" in a.role and a.role != "minister":
                    self._roles.setdefault("minister", []).append((starts, a))

    # --- lookups -------------------------------------------------------------------------
    def _best(self, found: list[Named], span: Span) -> Named | None:
        """Of the mentions in a phrase, the one nearest its end (its head), people first."""
        if not found:
            return None
        people = [n for n in found if n.actor.type == "person"]
        pool = people or found
        return max(pool, key=lambda n: (n.span.end, -n.span.start))

    def actor_in(self, span: Span) -> str | None:
        """The actor named inside `span` (a person before an organisation or state)."""
        best = self._best(self.index.overlapping(span), span)
        return best.actor.name if best else None

    def person_in(self, span: Span) -> str | None:
        best = self._best(self.people.overlapping(span), span)
        return best.actor.name if best else None

    def first_person_in(self, span: Span, outside: "SpanLookup | None" = None, described: bool = False) -> Named | None:
        """The first person named in `span` by name (a description the people stage tied to
        someone, "the President", proves no salience, unless `described`: the subject of a
        sentence is salient however it is written), outside `outside`."""
        for n in self.people.within(span):
            if (outside is None or not outside.overlaps(n.span)) and (
                    self._names(n.span, n.actor) or (described and self._described_with_state(n))):
                return n
        return None

    def _described_with_state(self, n: Named) -> bool:
        """A description that names the person's state ("The Argentine president"), not a bare
        office ("the President"), which the people stage may have tied to the wrong one."""
        country = find_country(_WORD.findall(n.span.of(self.text)), people_lexicon())
        return country is not None and country == n.actor.country

    # --- salience ------------------------------------------------------------------------
    def note(self, position: int, name: str | None) -> None:
        if name and name in self.female:
            insort(self.salient, (position, name))

    def note_issuer(self, position: int, name: str | None) -> None:
        if name:
            insort(self.last_issuer, (position, name))

    def _pronoun(self, gender: str, position: int) -> str | None:
        i = bisect_left(self.salient, (position, ""))
        before = [self.salient[k][1] for k in range(i - 1, max(-1, i - 1 - _PRONOUN_LOOKBACK), -1)]
        if gender == "f":
            # feminine names and titles are marked far more often than masculine ones, so a
            # known woman named earlier beats a person of unknown gender named later
            women = [n for n in before if self.female.get(n)]
            if women:
                return women[0]
        for name in before:
            female = self.female.get(name)
            if not gender or female is None or female == (gender == "f"):
                return name
        return None

    def _issuer_before(self, position: int, issuers: list[tuple[int, str]] | None = None) -> str | None:
        issuers = self.last_issuer if issuers is None else issuers
        i = bisect_left(issuers, (position, ""))
        return issuers[i - 1][1] if i else None

    # --- resolution ----------------------------------------------------------------------
    def role_holder(self, phrase: str, position: int) -> str | None:
        """`the minister`, `the Kazakh leader`, a title alone ("Prime Minister" in "Prime Minister’s
        statement"): the person with that role named last before `position`."""
        lex = people_lexicon()
        role = find_role(phrase, lex)
        if role is None:
            return None
        country = find_country(_WORD.findall(phrase), lex)
        fitting: dict[str, int] = {}
        for starts, actor in self._roles.get(role, []):
            if country and actor.country and actor.country != country:
                continue
            i = bisect_left(starts, position)
            if i:
                fitting[actor.name] = starts[i - 1]
        if len(fitting) > 1:
            # "the crown prince" beside a president, both heads of state: the one the article
            # gave that very title ("Saudi Crown Prince Mohammed bin Salman")
            titled = {name for name in fitting if self._titled_as(name, phrase, position)}
            if len(titled) == 1:
                return titled.pop()
        if len(fitting) > 1:
            # of several, the one the article last made a subject or speaker
            i = bisect_left(self.salient, (position, ""))
            for k in range(i - 1, max(-1, i - 1 - _PRONOUN_LOOKBACK), -1):
                if self.salient[k][1] in fitting:
                    return self.salient[k][1]
        return max(fitting, key=fitting.__getitem__) if fitting else None

    def _titled_as(self, name: str, phrase: str, position: int) -> bool:
        """Whether a mention of `name` before `position` gives the title words of `phrase` before a
        name ("Saudi Crown Prince Mohammed bin Salman" for "the crown prince")."""
        matched = [m.group(0) for _, pattern in people_lexicon().roles for m in pattern.finditer(phrase)]
        if not matched:
            return False
        title = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in _WORD.findall(max(matched, key=len)))
                           + r"\s+[A-Z]", re.IGNORECASE)
        actor = self.by_name.get(name)
        for span in actor.mentions if actor is not None else []:
            if span.start < position and any(
                    span.start <= m.end() - 1 < span.end  # the name the title stands before is this mention's
                    for m in title.finditer(self.text, max(0, span.start - _TITLE_REACH), span.end)):
                return True
        return False

    def _opens_role(self, head: Span, end: int) -> bool:
        """The head word opens a role phrase that runs on past it ("the head of the State
        Department", "the head of Washington's diplomacy": the parse takes "head" for the head)."""
        words = self.text[head.start : end]
        return any(m.start() == 0 and m.end() > len(head.of(self.text))
                   for _, pattern in people_lexicon().roles for m in pattern.finditer(words))

    def _kind_of(self, head: Span) -> str | None:
        """'document' or 'office' for a head noun such as "statement" or "press service"."""
        word = head.of(self.text).lower()
        before = _PREVIOUS.search(self.text, max(0, head.start - 30), head.start)
        pair = f"{before.group(1).lower()} {word}" if before else ""
        if word in self.lex.documents or pair in self.lex.documents:
            return "document"
        if word in self.lex.offices or pair in self.lex.offices:
            return "office"
        return None

    def _issuer(self, subject: Span, head: Span, kind: str, depth: int) -> str | None:
        """Who a document or an office stands for: `the ministry's statement`, `a statement by
        the Kremlin`, `a Kremlin statement`; a document alone is the last one's issuer."""
        lead = Span(subject.start, head.start)
        owned = _OWNER.search(self.text, lead.start, lead.end)
        if owned:
            who = Span(owned.start("who"), owned.end("who"))
            name = self.resolve(who, None, depth + 1)
            if name and head.of(self.text).lower() in self.lex.channels and name in self.female:
                # a person's website or account: the channel, as the text names it
                return self._proper(subject.of(self.text)) or name
            return name
        after = _BY.match(self.text, head.end, subject.end)
        if after and not _IN_DOCUMENT.match(self.text, head.end, subject.end):
            # "a statement released by the Tunisian presidency on Wednesday" (Xinhua via
            # CanIndia, eval 1604): the issuer without the day it issued it
            who = Span(after.start("who"), subject.end)
            timed = _TRAILING_TIME.search(self.text, who.start, who.end)
            return self.resolve(Span(who.start, timed.start()) if timed else who, None, depth + 1)
        posted = _POSTED_ON.match(self.text, head.end, subject.end) if kind == "document" else None
        if posted:
            # "a statement published Friday on Beijing's foreign ministry website": the channel's
            # owner issued it
            where = self.text[posted.start("where"):subject.end].rstrip(" .")
            last = _WORD.findall(where)[-1:]
            end = posted.start("where") + len(where)
            if last and last[0].lower() in self.lex.channels:
                end = posted.start("where") + where.rfind(last[0])  # the website's owner
            return self.resolve(Span(posted.start("where"), end), None, depth + 1)
        if kind == "document" and _ONLY_JOINT_WORDS.fullmatch(_ARTICLE.sub("", lead.of(self.text).strip()).lower()):
            # "the Joint Statement noted", "a joint statement mentioned the two countries had “…”"
            # (Reuters via Asharq Al-Awsat, eval 945), "a joint statement which read:" (The Quint,
            # 948): the joint document speaks, no body called "Joint" nor one named before
            return _ARTICLE.sub("", Span(subject.start, head.end).of(self.text).strip())
        named = self.actor_in(lead)
        if named:
            return named
        proper = self._proper(lead.of(self.text))
        # the state a document is named by, if none issued it ("the Iraqi statement")
        adjective_state = None
        if proper and kind == "document" and not self._head_is_source(head) and " " not in proper:
            # "the Iraqi statement said", "the English statement said" (The Nation, eval 1659): an
            # adjective of a state or of the language the document is in, no source of its own; the
            # document stands for its issuer as one named alone does (below), else for the state
            # (a language names none)
            found = state_in(proper)
            if found is not None and found.span.start == 0 and found.span.end == len(proper):
                proper, adjective_state = None, state_name(found.entry.country)
            elif _language(proper):
                proper = None
        if proper and find_role(proper, people_lexicon()) is None:
            # "Indian sources", "Turkish diplomatic sources": the sources are the speaker
            return self._proper(subject.of(self.text)) if self._head_is_source(head) else proper
        # "the statement said": the last issuer the article named; "the source said": the last
        # source it placed ("a source in the Turkish Foreign Ministry")
        if self._head_is_source(head):
            return self._issuer_before(subject.start, self.last_source)
        if kind != "document":
            return None
        # ("The Saudi Foreign Ministry expressed its regret ...", then "“…” The statement said": with
        # no issuer noted before, the state body the article named last, close before it)
        issued = self._issuer_before(subject.start)
        if issued is None and head.of(self.text).lower() in _ONE_ISSUER_DOCUMENTS and not self._joint(subject, head):
            # (a joint statement is two sides', a transcript its speakers')
            issued = self._body_just_before(subject.start)
        return issued or adjective_state

    def _own_office(self, subject: Span, head: Span, depth: int) -> str | None:
        """`Erdogan's office`, `the Maldivian president's office`, `the Office of the Prime
        Minister`, `his office`: the office of a person or of a post, which speaks as itself, as
        the text names it (without its article); None for other offices ("the Kremlin press
        office", "the ministry's office") and for other heads ("the president's spokesman")."""
        if head.of(self.text).lower() not in self.lex.own_voice_offices:
            return None
        lead = self.text[subject.start : head.start].strip()
        gender = _POSSESSIVE_GENDER.get(lead.lower())
        if gender is not None:
            # "his office stated": the office of the person the pronoun stands for
            person = self._pronoun(gender, subject.start)
            return f"{person.split()[-1]}'s office" if person else None
        owned = _OWNER.search(self.text, subject.start, head.start) if lead else None
        after = _BY.match(self.text, head.end, subject.end) if not lead or lead.lower() == "the" else None
        if owned:
            who = Span(owned.start("who"), owned.end("who"))
            end = head.end
        elif after and self.text[head.end : after.start("who")].strip().lower() == "of":
            who = Span(after.start("who"), subject.end)
            end = subject.end
        else:
            return None
        words = who.of(self.text)
        person = self.resolve(who, None, depth + 1)
        # a person ("Erdogan's office") or a post ("the Maldivian president's office"), not a body
        # ("the ministry's press office" speaks for the ministry)
        if person not in self.female and (person is not None or find_role(words, people_lexicon()) is None):
            return None
        return _ARTICLE.sub("", self.text[subject.start : end].strip()).strip(" ,.;:") or None

    def _joint(self, subject: Span, head: Span) -> bool:
        """`the joint statement`, or `the statement` after "a tripartite statement was issued"."""
        word = re.escape(head.of(self.text).lower())
        before = self.text[max(0, subject.start - _ISSUER_WINDOW):subject.end].lower()
        return re.search(rf"{_JOINT_WORDS}.{{0,{_JOINT_REACH}}}?\b{word}\b", before, re.DOTALL) is not None

    def _body_just_before(self, position: int) -> str | None:
        i = bisect_left(self.bodies, (position, ""))
        if i and position - self.bodies[i - 1][0] <= _ISSUER_WINDOW:
            return self.bodies[i - 1][1]
        return None

    def _head_is_source(self, head: Span) -> bool:
        return head.of(self.text).lower() in ("source", "sources")

    def _named_bodies(self, spans: list[Span]) -> list[tuple[int, str, str]]:
        """(position, name, state) of every state body named in the text: by a state and a head
        noun ("Azerbaijan’s Ministry of Foreign Affairs"), or a national body of the gazetteer ("MEA")."""
        found = []
        for b in named_bodies(self.text, spans, people_lexicon()):
            written = self.text[b.start : b.end]
            # a medium named with its state ("Qatar News Agency") keeps the name it is known by
            name = written if is_known_outlet(written) else self._body_named(b.body, b.country)
            if name:
                found.append((b.start, name, b.country))
        for actor in self.actors:
            if actor.type == "organization" and actor.country and actor.role == "government body":
                name = self._org_name(Named(actor.mentions[0], actor)) if actor.mentions else actor.name
                found.extend((m.start, name, actor.country) for m in actor.mentions)
        return sorted(found)

    def _state_of_bodies_before(self, position: int) -> str | None:
        """The one state whose bodies the article named before `position` ("The Federal Government
        of Nigeria says ...", then "the ministry said"): with no dateline, the government whose
        ministry it is; none where bodies of two states were named."""
        states = {iso for pos, iso in self.body_states if pos < position}
        return states.pop() if len(states) == 1 else None

    def _home_body(self, phrase: str, position: int) -> str | None:
        """`the government`, `the ministry`: the body of that name the article named with its
        state before (the last one whose name holds the phrase's words), else the dateline
        state's."""
        body = _DEFINITE.sub("", phrase.strip() + " ").strip(" ,.;:").lower()
        body = _TRAILING_TIME.sub("", _IN_DOCUMENT_TAIL.sub("", body))  # "the foreign ministry on Tuesday said"
        if _POSSESSED.match(body):
            return None  # "his administration": the body of the person the pronoun stands for, not the dateline's
        if body not in self.lex.home_bodies and not self._generic_body(body):
            return None
        wanted = set(_WORD.findall(body))
        before = [*self.last_issuer[max(0, bisect_left(self.last_issuer, (position, "")) - _PRONOUN_LOOKBACK):
                                    bisect_left(self.last_issuer, (position, ""))],
                  *self.bodies[max(0, bisect_left(self.bodies, (position, "")) - _PRONOUN_LOOKBACK):
                               bisect_left(self.bodies, (position, ""))]]
        for _, name in sorted(before, reverse=True):
            if wanted <= set(_WORD.findall(name.lower())):
                return name
        if self.home:
            return self._body_named(body, self.home)
        # no dateline: a body the article named without its state ("The Ministry of Foreign
        # Affairs has received ...": a paper does not qualify its own country's ministry) is of
        # the one government it names with a state ("The Federal Government of Nigeria says")
        stateless = self._stateless_body_before(wanted, position)
        home = self._state_of_bodies_before(position) if stateless else None
        return self._body_named(stateless, home) if stateless and home else None

    def _stateless_body_before(self, wanted: set[str], position: int) -> str | None:
        """The full name of the body `the ministry` points back to, where the article named it without
        its state ("The Ministry of Foreign Affairs has received ...", then "the ministry said")."""
        best: tuple[int, str] | None = None
        for actor in self.actors:
            if actor.type != "organization" or actor.country or not wanted <= set(_WORD.findall(actor.name.lower())):
                continue
            starts = [m.start for m in actor.mentions if m.start < position]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), actor.name)
        return best[1] if best else None

    def _owner_named_before(self, cleaned: str, position: int) -> str | None:
        """`the kingdom's royal court said`: the body of the state named last before it, in its
        sentence or the one before ("Biden will visit Saudi Arabia ..., the kingdom's royal court
        said")."""
        owner = _GENERIC_OWNER.match(cleaned)
        if owner is None:
            return None
        start = self.text.rfind("\n", 0, position)
        window = self.text[max(start + 1, position - _OWNER_WINDOW):position]
        named = list(state_table().gazetteer.find(window))  # (find yields)
        if not named:
            return None
        last = max(named, key=lambda f: f.span.start)
        return self._body_named(cleaned[owner.end():].strip(), last.entry.country) if last.entry.country else None

    def _state_body(self, phrase: str, position: int | None = None) -> str | None:
        """A state's body as the gold of real articles names it: `Morocco's foreign ministry`,
        `the Ministry of Foreign Affairs of the UAE`, `Seoul's foreign ministry` are the
        Moroccan Foreign Ministry, the UAE Ministry of Foreign Affairs, the South Korean
        Foreign Ministry."""
        cleaned = _DEFINITE.sub("", phrase.strip() + " ").strip(" ,.;:")
        found = state_in(cleaned)
        if found is None:
            return self._owner_named_before(cleaned, position) if position is not None else None
        before = _GENERIC_OWNER.sub("", cleaned[: found.span.start]).strip()
        after = cleaned[found.span.end :].strip()
        if not before and after:
            # "Morocco's foreign ministry", "Kazakh Foreign Ministry"
            body = re.sub(r"^['’]s?\s+", "", after)
        elif before and not after:
            # "the Ministry of Foreign Affairs of the UAE"
            # ("the Presidential Administration in Bucharest": its capital names the state)
            body = re.sub(r"\s+(?:of|for|in)(?:\s+the)?$", "", before, flags=re.IGNORECASE)
        else:
            return None
        return self._body_named(body, found.entry.country)

    def _body_named(self, body: str, iso3: str | None) -> str | None:
        body = _TRAILING_MEDIUM.sub("", _TRAILING_TIME.sub("", body))  # "the Polish foreign ministry on Monday said"
        body = _TRAILING_APPOSITION.sub("", body)
        words = [w.lower() for w in _WORD.findall(body)]
        lex = people_lexicon()
        if not words or not iso3 or not any(w in lex.government_heads for w in words) or len(words) > 6:
            return None
        if any(w[:1].islower() and w not in _FUNCTION_WORDS and w not in ("of", "for", "and") for w in body.split()):
            body = " ".join(w if w.lower() in ("of", "for", "and", "the") else w[:1].upper() + w[1:]
                            for w in body.split())
        adjective = demonym(iso3)
        if not adjective:
            return None
        # a body the gazetteer knows under its own name ("US State Department" is the US
        # Department of State)
        known = organization_table().lookup(f"{adjective} {body}")
        if known is not None and known.country == iso3:
            return known.name
        return f"{adjective} {body}"

    def _org_name(self, named: Named) -> str:
        """An organisation's name; a state's body with a generic name gets the state's adjective
        ("Ministry of External Affairs" -> "Indian Ministry of External Affairs")."""
        actor = named.actor
        first = actor.name.split()[0].lower() if actor.name else ""
        if actor.type == "organization" and actor.country and first in people_lexicon().government_heads:
            return self._body_named(actor.name, actor.country) or actor.name
        return actor.name

    def _generic_body(self, body: str) -> bool:
        """`the foreign office`, `the national security committee`: a body's name made of title
        words only, ending on a government head noun, with no state or name in it."""
        words = body.split()
        lex = people_lexicon()
        return (0 < len(words) <= 5 and words[-1] in lex.government_heads
                and all(lex.is_title(fold(w)) or w in lex.government_heads or w in ("of", "and", "for")
                        for w in words[:-1]))

    def _medium(self, phrase: str) -> str | None:
        """A news medium the phrase names, as the text writes its name: "Qatar News Agency (QNA)"
        is the Qatar News Agency (no "Qatari News Agency" made of a state and a body);
        "Tunisia's official news agency TAP" and "the Chinese state agency Xinhua" are TAP and
        Xinhua, the names after the description."""
        # the name ends at a comma or a quotation mark ("... agency TAP, “twenty three ...")
        phrase = _MEDIUM_END.split(phrase, maxsplit=1)[0]
        cleaned = _BRACKETED_ALIAS.sub("", _ARTICLE.sub("", phrase.strip() + " ").strip(" ,.;:")).strip()
        words = cleaned.split()
        if not words or len(words) > _MEDIUM_MAX_WORDS or "\n" in cleaned:
            return None
        # (a name as written: "the report said" is a document, not the outlet Report)
        if cleaned[:1].isupper() and is_known_outlet(cleaned):
            return cleaned
        plain = self.lex.media_qualifiers.sub("", cleaned, count=1)
        if plain != cleaned and plain[:1].isupper() and is_known_outlet(plain):
            return plain  # "official Oman News Agency", "Iran's Islamic Republic News Agency"
        bare = self._without_kind(plain)
        if bare != plain and bare[:1].isupper() and is_known_outlet(bare):
            return bare  # "Xinhua news agency", "Russia's TASS news agency"
        lowered = [w.lower() for w in words]
        for cut in range(1, len(words)):
            name = " ".join(words[cut:])
            described = " ".join(lowered[max(0, cut - 2):cut])
            if (described in self.lex.media or lowered[cut - 1] in self.lex.media) and words[cut][:1].isupper() \
                    and is_known_outlet(name):
                return name
        return None

    def _without_kind(self, name: str) -> str:
        """A medium's name without its kind after it ("Xinhua news agency" -> "Xinhua")."""
        lowered = name.lower()
        for kind in sorted(self.lex.media, key=len, reverse=True):
            if lowered.endswith(" " + kind):
                return name[: -len(kind) - 1].rstrip()
        return name

    def _medium_named_after(self, subject: Span) -> str | None:
        """"the Iranian official news agency" where the parse left the name after it out of the
        subject ("... news agency IRNA said"): the name."""
        words = subject.of(self.text).lower().split()
        if not words or not (words[-1] in self.lex.media or " ".join(words[-2:]) in self.lex.media):
            return None
        after = _NAME_AFTER.match(self.text, subject.end)
        if after is None:
            return None
        name = after.group("name")
        while name and not is_known_outlet(name):
            name = name.rpartition(" ")[0]  # "IRNA said" -> "IRNA"
        return name or None

    def _proper(self, phrase: str) -> str | None:
        """A collective source named with a proper word (`Azerbaijani media`, `Kazakh president’s
        press service`), without its article; None for common nouns alone."""
        cleaned = _TRAILING_TIME.sub("", _ARTICLE.sub("", phrase.strip() + " ").strip(" ,.;:"))
        words = _WORD.findall(cleaned)
        if not words or not any(w[:1].isupper() and w.lower() not in _FUNCTION_WORDS for w in words):
            return None
        if "\n" in cleaned or "/" in cleaned:
            return None  # a credit line or two lines run together, not a source
        if len(words) == 1 and words[0].lower() in self.lex.collective | self.lex.documents | self.lex.offices | _PERSONAL:
            return None
        return cleaned

    def _head_of(self, subject: Span) -> Span:
        """The head word of a subject the parse did not give: the last word before a
        preposition, a comma or a bracket ("an official close to Scholz", "Agency of X (Y)")."""
        phrase = subject.of(self.text)
        cut = _POSTMODIFIER.search(phrase)
        end = subject.start + (cut.start() if cut else len(phrase.rstrip()))
        words = list(_WORD.finditer(self.text, subject.start, end))
        if not words:
            return subject
        return Span(words[-1].start(), words[-1].end())

    @staticmethod
    def _capital(phrase: str) -> str | None:
        """`Kiev stated`, `Beijing said`: a capital alone stands for its state."""
        iso3 = capital_state(_ARTICLE.sub("", phrase.strip() + " ").strip(" ,.;:"))
        return state_table().name_of(iso3) if iso3 else None

    def _titled_person(self, subject: Span) -> str | None:
        """`EU High Representative for Foreign and Security Policy Josep Borrell`: a subject that
        ends on a person's name after a title naming that person's role (the parse takes a word
        of the title for the head)."""
        people = [n for n in self.people.overlapping(subject) if n.span.end >= subject.end - 1]
        if not people:
            return None
        last = people[-1]
        lead = self.text[subject.start : last.span.start]
        role = find_role(lead, people_lexicon()) if lead.strip() else None
        return last.actor.name if role is not None and role == last.actor.role else None

    def _body_in(self, subject: Span, head: Span) -> Named | None:
        """`the ministry of external affairs (MEA)`: an organisation named inside the subject
        whose name has the subject's head noun."""
        word = head.of(self.text).lower()
        for n in self.index.overlapping(subject):
            if n.actor.type == "organization" and word in n.actor.name.lower().split():
                return n
        return None

    def _head_person(self, subject: Span, head: Span) -> str | None:
        for n in reversed(self.people.overlapping(subject)):
            if n.span.overlaps(head):
                if not self._names(n.span, n.actor):
                    # a role description ("the President") the people stage tied to the person
                    # named last, who may have been named inside a quotation: the speaker the
                    # narration made salient decides
                    return self.role_holder(n.span.of(self.text), n.span.start) or n.actor.name
                return n.actor.name
        return None

    def _names(self, span: Span, actor: Actor) -> bool:
        """The mention holds a word of the person's name (not only a description of them)."""
        name_words = {fold(w) for w in _WORD.findall(actor.name)}
        words = _WORD.findall(span.of(self.text))
        if any(fold(w) in name_words for w in words):
            return True
        # "President Jokowi": a name the list of office-holders knows the person by
        return any(w[:1].isupper() and listed_name(w) == actor.name for w in words)

    def resolve_cue(self, cue: Cue) -> str | None:
        # "It is expected that …", "it was reported": an impersonal passive names no one
        if cue.verb is not None and cue.subject.of(self.text).strip().lower() == "it" and _PASSIVE.search(
                self.text, max(0, cue.verb.start - 12), cue.verb.start):
            return None
        return self.resolve(cue.subject, cue.head)

    def chose(self, cue: Cue, speaker: str | None) -> None:
        """`X said in a statement`, `X, in a statement, said`: a later "the statement said" is X's."""
        if speaker is None or cue.verb is None:
            return
        between = _IN_DOCUMENT.search(self.text, cue.subject.start, cue.verb.start) if cue.subject.start < cue.verb.start else None
        if _IN_DOCUMENT.match(self.text, cue.verb.end, cue.verb.end + 60) or between:
            self.note_issuer(cue.verb.start, speaker)

    def _appositive(self, subject: Span, head: Span) -> str | None:
        """`the US State Department spokesperson, Mathew Miller,`, `another close US ally,
        Australia,`: the actor named after a comma that follows the head noun."""
        comma = self.text.find(",", head.end, subject.end)
        if comma < 0 or not head.of(self.text)[:1].islower() and not people_lexicon().is_title(
                fold(head.of(self.text))):
            return None
        after = Span(comma + 1, subject.end)
        best = self._best(self.index.overlapping(after), after)
        return best.actor.name if best else None

    def resolve(self, subject: Span, head: Span | None = None, depth: int = 0) -> str | None:
        dateline = DATELINE.match(self.text, subject.start, subject.end)
        if dateline and dateline.end() < subject.end:
            # "LAUSANNE, Switzerland — A senior State Department official said": no dateline (the
            # parse often takes the place in capitals for the head)
            subject = Span(dateline.end(), subject.end)
            head = head if head is not None and head.start >= dateline.end() else None
        conjunction = _CONJUNCTION.match(self.text, subject.start, subject.end)
        if conjunction and conjunction.end() < subject.end:
            subject = Span(conjunction.end(), subject.end)
            head = head if head is not None and head.start >= subject.start else None
        phrase = subject.of(self.text).strip()
        if not phrase or _MEANS_ONLY.match(phrase):
            return None
        head = head or self._head_of(subject)
        own = self._own_office(subject, head, depth) if depth <= _MAX_DEPTH else None
        if own:
            self.note_issuer(subject.start, own)  # "…," his office said. The statement added …
            return own
        named = self._head_person(subject, head) or self._appositive(subject, head) or self._titled_person(subject)
        if named:
            return named
        words = phrase.lower().split()
        # "he", or "Later he" where the clause cut kept an adverb
        gender = self.lex.pronouns.get(phrase.lower(), self.lex.pronouns.get(words[-1] if words else ""))
        if gender is not None:
            return self._pronoun(gender, subject.start)
        if words and words[-1] in ("it", "they"):
            return self._issuer_before(subject.start) if words[-1] == "it" else None
        if self.lex.same_source.match(phrase.strip()):
            # "According to the above mentioned source, …": the issuer named last
            return self._issuer_before(subject.start)
        medium = self._medium(phrase) or self._medium_named_after(subject)
        if medium:
            self.note_issuer(subject.start, medium)
            return medium
        home = self._home_body(phrase, subject.start)
        if home:
            self.note_issuer(subject.start, home)  # "..., it stated": the ministry
            return home
        body = self._state_body(phrase, subject.start)
        if body:
            self.note_issuer(subject.start, body)
            return body
        kind = self._kind_of(head)
        if kind is not None:
            if depth > _MAX_DEPTH:
                return None
            # "the Kazakh president's spokesman": the spokesman the article names, if it does
            speaker = self.role_holder(phrase, subject.start) if kind == "office" else None
            if speaker:
                return speaker
            issuer = self._issuer(subject, head, kind, depth)
            if issuer and kind == "document":
                self.note_issuer(subject.start, issuer)
            if issuer and self._head_is_source(head):
                insort(self.last_source, (subject.start, issuer))
            anonymous = self._anonymous_head(subject, head) if issuer is None and kind == "office" else None
            if anonymous:
                # "The source told Shafaq News Agency": the anonymous source placed before
                return self._anonymous_before(anonymous, subject.start)
            return issuer
        body = self._state_body(phrase)
        if body:
            self.note_issuer(subject.start, body)
            return body
        best = self._best(self.index.overlapping(head), head) or self._body_in(subject, head)
        if best is not None:
            named = self._org_name(best)
            self.note_issuer(subject.start, named)
            return named
        head_word = head.of(self.text).lower()
        # "the Kazakh leader", "the minister": a role noun heads the phrase ("the talks between
        # President X and Y" name no role)
        role = self.role_holder(phrase, subject.start) if (
            people_lexicon().is_title(fold(head_word)) or self._opens_role(head, subject.end)) else None
        if role:
            return role
        state = self._capital(phrase)
        if state:
            return state
        anonymous = self._anonymous_head(subject, head)
        if anonymous:
            # "the official told reporters": the anonymous source placed before
            return self._anonymous_before(anonymous, subject.start)
        # a collective source named with a proper word ("Azerbaijani media", "Turkish
        # diplomatic sources", "an official close to Scholz"), not any noun ("Russo-Turkish trade")
        if head_word not in self.lex.collective and not head.of(self.text)[:1].isupper():
            return None
        proper = self._proper(phrase) or self._unnamed(phrase, head_word)
        if proper and find_role(phrase, people_lexicon()) is None:
            self.note_issuer(subject.start, proper)
            self._note_anonymous(head_word, subject.start, proper)
            return proper
        return None

    def _unnamed(self, phrase: str, head_word: str) -> str | None:
        """`a presidential office official`, `a senior diplomat`: an anonymous source placed by its
        words alone (with an indefinite article and a word before its head), without the article."""
        words = phrase.split()
        if (len(words) < 3 or words[0].lower() not in ("a", "an", "another") or head_word not in self.lex.anonymous_heads
                or words[-1].lower() != head_word or len(words) > 7 or "\n" in phrase):
            return None
        return " ".join(words[1:])

    @staticmethod
    def _singular(word: str) -> str:
        return word[:-1] if word.endswith("s") and not word.endswith("ss") else word

    def _note_anonymous(self, head_word: str, position: int, name: str) -> None:
        if head_word in self.lex.anonymous_heads:
            insort(self.anonymous.setdefault(self._singular(head_word), []), (position, name))

    def _anonymous_head(self, subject: Span, head: Span) -> str | None:
        """The head of an anaphor for an anonymous source ("the source", "that official"; "said
        the diplomat in brief statements to the media": the phrase up to its head), or None."""
        anaphor = _ANAPHOR.match(self.text[subject.start : head.end].strip()) if head.end > subject.start else None
        return anaphor.group("head") if anaphor and anaphor.group("head") in self.lex.anonymous_heads else None

    def _placed_unquoted(self, key: str, position: int) -> str | None:
        """The last anonymous source of head `key` the article introduced with an indefinite
        article before `position` ("an Iraqi government source", "a senior official")."""
        found = None
        for m in _indefinite_source(key).finditer(self.text, 0, position):
            found = self._unnamed(m.group(), key if m.group().endswith(key) else key + "s")
        return found

    def _anonymous_before(self, head_word: str, position: int) -> str | None:
        key = self._singular(head_word.lower())
        if key not in {self._singular(h) for h in self.lex.anonymous_heads}:
            return None
        found = self._issuer_before(position, self.anonymous.get(key, []))
        if found is None:
            # "An Iraqi government source revealed the date …" / "The source told …": the
            # anonymous source the article placed before without quoting it
            found = self._placed_unquoted(key, position)
        roles = self.lex.person_anaphors.get(head_word.lower())
        if found is None and roles is not None:
            # no anonymous source placed: "the official", "the diplomat" is the person (with a
            # diplomat's role) the article made a subject last ("Bárcenas explained …; the
            # official highlighted …")
            i = bisect_left(self.salient, (position, ""))
            for k in range(i - 1, max(-1, i - 1 - _PRONOUN_LOOKBACK), -1):
                name = self.salient[k][1]
                actor = self.by_name.get(name)
                if not roles or (actor is not None and actor.role in roles):
                    return name
            # else the person with such a role the article named last
            named = [(starts[bisect_left(starts, position) - 1], actor.name) for role in roles
                     for starts, actor in self._roles.get(role, []) if bisect_left(starts, position)]
            return max(named)[1] if named else None
        return found


@lru_cache(maxsize=16)
def _indefinite_source(key: str) -> re.Pattern[str]:
    """An anonymous source of head `key` introduced with an indefinite article ("an Iraqi
    government source")."""
    return re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){{1,4}}?{re.escape(key)}s?\b")


class SpanLookup:
    """Spans (quotations) to test mentions against."""

    def __init__(self, spans: list[Span]) -> None:
        from ..people.candidates import SpanSet

        self._set = SpanSet(spans)

    def overlaps(self, span: Span) -> bool:
        return self._set.overlaps(span)


@lru_cache(maxsize=4096)
def _language(word: str) -> bool:
    """A language's name (pycountry's ISO 639 list): "the English statement" is in English."""
    try:
        return pycountry.languages.get(name=word) is not None
    except (KeyError, LookupError):
        return False
