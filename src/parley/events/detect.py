"""The `events` stage: diplomatic events reported, planned or recalled in one article, read
from the dependency parse.

Every parsed sentence is searched for triggers (`triggers.py`: verbs and nouns by lemma, from
`data/event_triggers.toml`). Each trigger takes its participants, place and date phrases from
the parse (`arguments.py`) and its status from the words on its chain (`status.py`): a
negation, refusal, cancellation, demand or condition makes no event. Dates are not fixed here:
the phrase is kept (`Event.time`) and resolved by `settle.settle_event` against the article's
date, which the corpus may only learn later. Finally `consolidate.py` folds the parts of one
happening told in several sentences (an arrival, a welcome, the talks) into one event.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..dates.expressions import TimeExpr, find_time_expressions
from ..model import DateValue, Document, Event, Mention
from ..pipeline import Context
from ..resources import data_file
from ..syntax import Tree
from .agreements import named_agreements
from .arguments import Parties, bounded, claimed_partners, expression_owners, parties_of, places_of, subjects, times_of
from .article import Article
from .anaphora import attends, event_told, frames_the_news, may_be, refers_back, scene_of, share_scene
from .consolidate import consolidate
from .lexicon import agreement_lemmas, trigger_lexicon
from .parties import resolve_parties
from .places import iso_of_state_name, state_name
from .reader import Place, Reader, is_parties
from .settle import settle_event, state_of, visitors_of
from .status import Reading, read_status
from .triggers import Hit, find_hits, finite_taken_for_modifier, misparsed_subject
from .verbal import find_acts, occasion_events, statement_events

# what a quoted trigger needs to be recorded: a date of its own ("On November 8 in Moscow,
# Lavrov will have talks with Jaishankar"), since speakers talk of meetings in general too
QUOTED_NEEDS_DATE = ("meet", "visit", "call", "negotiate", "mediate")


def detect_events(doc: Document, ctx: Context) -> Document:
    """Stage `events`: `Document -> Document` with its per-article `events`."""
    art = Article(doc)
    events: list[Event] = []
    for parsed in doc.parses:
        if not doc.in_body(parsed.span) and doc.body_spans:
            continue
        reader = Reader(art, Tree(doc.text, parsed))
        events.extend(_sentence_events(reader, events))
    doc.events = consolidate(art, events)
    return doc


def _sentence_events(r: Reader, earlier: list[Event]) -> list[Event]:
    art, t = r.art, r.tree
    sentence = t.parsed.span
    exprs = [e for e in find_time_expressions(art.text, sentence) if not art.in_dateline(e.span)]
    hits = find_hits(r)
    acts = find_acts(r)
    heads = {h.index for h in hits} | {a.index for a in acts} | _agreement_nouns(r)
    # "Biden on Monday hosted ...", misparsed: the date hangs on the subject, the verb's anchor
    heads |= {s for h in hits if not h.nominal and finite_taken_for_modifier(r, h.index)
              and (s := misparsed_subject(r, h.index)) is not None}
    owners = expression_owners(r, exprs, heads)
    hits += _dated_agreements(r, hits, exprs, owners)
    found: list[Event] = []
    # in text order: "held talks with Bayramov, after which the two ministers signed" needs
    # the talks told before the signing
    for hit in sorted(hits, key=lambda h: h.index):
        found.extend(_events_of(r, hit, hits, exprs, owners, earlier + found))
    # statements, appeals, protests, sanctions: who did what to whom (`verbal.py`)
    found.extend(statement_events(r, acts, exprs, owners, earlier + found))
    # "visits China at the invitation of Xi": the invitation behind the sentence's visit
    found.extend(occasion_events(r, found, earlier))
    return found


def _agreement_nouns(r: Reader) -> set[int]:
    t = r.tree
    return {i for i in range(len(t)) if t.pos(i) in ("NOUN", "PROPN")
            and (t.lemma(i) in agreement_lemmas() or t.lower(i) in agreement_lemmas())}


def _dated_agreements(r: Reader, hits: list[Hit], exprs: list[TimeExpr], owners: dict[int, int]) -> list[Hit]:
    """`the 9 November statement`, `the agreements of 9 November`, `the November 2020
    Declaration`: an agreement with a date of its own was signed then."""
    t = r.tree
    signed = {h.agreement for h in hits if h.agreement is not None}
    word = trigger_lexicon().verbs["sign"]
    out = []
    for k, owner in owners.items():
        if owner in signed or t.is_verb(owner) or owner in {h.index for h in hits}:
            continue
        if t.lemma(owner) in agreement_lemmas() or t.lower(owner) in agreement_lemmas():
            out.append(Hit(owner, word, "057", "sign", "sign", nominal=True, predicate=owner,
                           agreement=owner, anchors=[owner]))
    return out


def _events_of(r: Reader, hit: Hit, hits: list[Hit], exprs: list[TimeExpr], owners: dict[int, int],
               earlier: list[Event]) -> list[Event]:
    art, t = r.art, r.tree
    reading = read_status(t, hit)
    if reading.cue == "blocked":
        return []
    times = times_of(r, hit, exprs, owners)
    # "the first visit since the end of 2019 began on Monday": Monday dates it
    unbounded = [e for e in times if not bounded(r, e)]
    only_bounds = bool(times) and not unbounded
    times = unbounded or times
    if only_bounds and hit.nominal and reading.cue is None:
        # "the first visit to Japan since December 2011": the visit of then, recalled
        reading = Reading("referenced", reading.tense)
    elif only_bounds and reading.cue == "planned":
        # "The summit, the first since 2018, is set to show": the bound is before the plan,
        # no date of it
        times = []
    elif only_bounds and not hit.nominal:
        # "Turkey has been negotiating with Russia and Ukraine since the end of May", "they have
        # met four times since 2019": a course of talks or a count, no one event with a date
        return []
    after = [] if times else _after_times(r, hit, exprs, owners)
    parties = parties_of(r, hit, claimed_partners(r, hits))
    if hit.mode == "sign" and not parties.actors:
        # "a Declaration ... was adopted during the visit": the signers are the visit's
        scene = scene_of(r, hit, earlier)
        if scene is not None:
            parties.others = [a for a in scene.actors]
    if hit.nominal and parties.borrowed and _part_of_another(r, hit, hits):
        return []  # "hosted Wang Yi for an official visit": the hosting is the event
    if hit.nominal and parties.borrowed and not times and refers_back(r, hit):
        # "Following the talks, Bayramov and Fidan signed": the talks told before
        told = event_told(earlier, hit, t.parsed.span)
        if told is not None and may_be(r, hit, told, times, [], reading,
                                       parties_told=any(is_parties(a) for a in parties.actors)):
            told.mentions.append(Mention(art.doc.id, t.parsed.span.start, t.parsed.span.end))
            return []
    if not times and frames_the_news(r, hit):
        # (its status is the event's told before, not that of "comes")
        told = event_told(earlier, hit, t.parsed.span)
        if told is not None and told.status != "referenced":
            told.mentions.append(Mention(art.doc.id, t.parsed.span.start, t.parsed.span.end))
            return []
    actors = resolve_parties(art, parties.actors, earlier, t.parsed.span.start, t.parsed.span.end)
    listed = _listed_partners(r, hit) if len(actors) <= 1 else _separate_partners(r, hit, actors)
    actors = actors + [n for names in listed for n in names if n not in actors]
    places = places_of(r, hit)
    quoted = art.quoted(t.span(hit.index))
    agreement = _agreement_name(r, hit)
    adopted_at = _adopted_at(r, hit)
    if adopted_at:
        hit.mode, hit.code = "meet", "040"
    if not _enough(hit, actors, parties, agreement):
        if hit.nominal and _part_of_another(r, hit, hits):
            return []  # "hosted Wang Yi for an official visit": the hosting is the event
        if hit.nominal and refers_back(r, hit):
            told = event_told(earlier, hit, t.parsed.span)
            if told is not None and may_be(r, hit, told, times, places, reading):
                told.mentions.append(Mention(art.doc.id, t.parsed.span.start, t.parsed.span.end))
                # "The meeting was attended by Cavusoglu", "X was also present at the talks"
                if attends(r, hit):
                    told.actors.extend(a for a in actors if a not in told.actors and not is_parties(a))
                if told.time is None and times:
                    # "The meeting which was held on Thursday in Washington": its date
                    told.time = times[0].span
                    settle_event(told, art.doc, art.latest_year)
                if told.location is None and places:
                    told.location = places[0].name
                return []
            if told is not None and not times:
                return []
        if not actors and hit.nominal and reading.cue == "referenced" and (times or places):
            # "The two leaders recalled ... the summit in Samarkand in November 2022": those
            # who recall it
            actors = resolve_parties(art, _rememberers(r, hit), earlier, t.parsed.span.start)
        if not actors and times and (places or hit.mode == "sign") and (
                _no_subject(r, hit, adopted_at) or (hit.nominal and reading.cue == "referenced")):
            # a dated event told without its parties: the states the paragraph speaks of
            states = [name for _, name in art.states_in(art.paragraph_of(t.parsed.span))]
            actors = list(dict.fromkeys(actors + states))
        if not _enough(hit, actors, parties, agreement):
            return []
    if not times and hit.nominal and reading.cue is None and not parties.borrowed and _follows_it(r, hit):
        reading = Reading("referenced", reading.tense)
    scene = None if times else scene_of(r, hit, earlier)
    if scene is not None and _not_its_scene(art, scene, actors, reading):
        scene = None
    if quoted and hit.mode in QUOTED_NEEDS_DATE and not times and scene is None and not (places and len(actors) >= 2):
        return []
    if hit.mode == "sign" and len(actors) == 1 and art.type_of(actors[0]) == "person":
        # "was on February 22 in Ethiopia, where he signed key cooperation deals": the state he
        # signed in, when it is not his own
        signer = art.doc.actor_named(actors[0])
        home = signer.country if signer is not None else None
        abroad = [p for p in places if p.iso3 and p.iso3 != home and (home or not p.is_city)]
        if abroad:
            actors = actors + [state_name(abroad[0].iso3)]
    if not _foreign(art, hit, actors, parties):
        return []
    if listed:
        # one meeting with each person the list names, as the readout tells them
        base = [a for a in actors if not any(a in names for names in listed)]
        when = times or after
        built = [ev for names in listed
                 for ev in _build(r, hit, reading, base + names, parties, places, when, agreement, adopted_at)]
    else:
        built = _build(r, hit, reading, actors, parties, places, times or after, agreement, adopted_at)
    if scene is not None:
        for ev in built:
            share_scene(ev, scene, art)
    return built


def _not_its_scene(art: Article, scene: Event, actors: list[str], reading: Reading) -> bool:
    """"In 2006, George W. Bush visited Estonia. ... During the visit, Obama will meet with the
    Presidents of Estonia, Latvia and Lithuania": a visit recalled from another time is not the
    scene of news or a plan whose people took no part in it (the visit meant is the news's own)."""
    if scene.status != "referenced" or reading.cue == "referenced":
        return False
    people = {a for a in actors if art.type_of(a) == "person"}
    return bool(people) and not people & {a for a in scene.actors if art.type_of(a) == "person"}


# how a line of a list opens ("- Rosen Jeliazkov, the Speaker of the Assembly,", "• ...")
_BULLET = re.compile(r"\s*(?:[-–—•·*▪●]|\d{1,2}[.)])\s+")


def _listed_partners(r: Reader, hit: Hit) -> list[list[str]]:
    """"Fidan lastly met at the National Assembly with:" and a list of lines, each naming a
    person: the people of each line, the trigger's partners one line at a time."""
    art, t = r.art, r.tree
    text = art.doc.text
    sentence = t.parsed.span
    if hit.nominal or not text[sentence.start:sentence.end].rstrip().endswith(":"):
        return []
    paragraphs = art.doc.body_spans
    k = next((j for j, p in enumerate(paragraphs) if p.start <= sentence.start < p.end), None)
    out: list[list[str]] = []
    for para in paragraphs[k + 1:] if k is not None else []:
        if not _BULLET.match(text, para.start):
            break
        # the line's first person: the one it lists ("- Delyan Peevski, Chairperson of the ...
        # Group, and members of the Group,")
        person = next((n for _, n in art.actors_at(para) if art.type_of(n) == "person"), None)
        if person is not None:
            out.append([person])
    return out


def _separate_partners(r: Reader, hit: Hit, actors: list[str]) -> list[list[str]]:
    """"held separate meetings with his counterparts from Rwanda, Paul Kagame, and from the DRC,
    Félix Tshisekedi", "met separately with A and B": one meeting with each person the subject
    met (the subject's state stays with it)."""
    t = r.tree
    lex = trigger_lexicon()
    separate = any(t.lemma(c) in lex.separate_adjectives for c in t.dependents(hit.index, "amod")) or any(
        t.lower(c) in lex.separate_adverbs for v in {hit.index, hit.predicate} for c in t.dependents(v, "advmod"))
    if not t.is_verb(hit.predicate):
        return []
    if not separate:
        return _repeated_with(r, hit) or _met_one_by_one(r, hit)
    subject = {n for s in subjects(r, hit.predicate) for n in r.group(s)}
    partners = [a for a in actors if a not in subject and r.art.type_of(a) == "person"]
    return [[n] for n in partners] if len(partners) >= 2 and subject else []


def _met_one_by_one(r: Reader, hit: Hit) -> list[list[str]]:
    """"Hipkins will meet President Xi Jinping, Premier Li Qiang and Zhao Leji", "will call on
    President Murmu and Vice President Dhankar": one person meets the persons listed as the verb's
    object, one meeting with each (the subject's side staying with all)."""
    t = r.tree
    v = hit.predicate
    if hit.nominal or not t.is_verb(v) or t.lemma(v) not in trigger_lexicon().one_by_one_verbs:
        return []
    art = r.art
    subject = [n for s in subjects(r, v) for n in r.group(s) if not is_parties(n)]
    if len([n for n in subject if art.type_of(n) == "person"]) != 1:
        return []
    heads = t.dependents(v, "dobj") + [o for p in t.dependents(v, "prep") if t.lower(p) in ("with", "on")
                                        for o in t.dependents(p, "pobj")]
    met = [n for h in heads for n in r.group(h) if n not in subject and art.type_of(n) == "person"]
    met = list(dict.fromkeys(met))
    return [[n] for n in met] if len(met) >= 2 else []


def _repeated_with(r: Reader, hit: Hit) -> list[list[str]]:
    """"met with Raisi in Tehran and with Erdogan": the preposition said again marks a meeting
    with each (the parties of each phrase, the subject's side staying with both)."""
    t = r.tree
    for v in dict.fromkeys((hit.index, hit.predicate)):
        for p in t.dependents(v, "prep"):
            if t.lower(p) != "with":
                continue
            phrases = [q for q in t.conjuncts(p) if t.lower(q) == "with"]
            if len(phrases) < 2:
                continue
            groups = [[n for o in t.dependents(q, "pobj") for c in t.conjuncts(o) for n in r.group(c)] for q in phrases]
            if all(groups):
                return groups
    return []


def _after_times(r: Reader, hit: Hit, exprs: list[TimeExpr], owners: dict[int, int]) -> list[TimeExpr]:
    """`Following the summit talks in Baku on 22 August 2023, they signed`: the day of the
    event it follows, when it says none of its own."""
    t = r.tree
    lex = trigger_lexicon()
    for anchor in hit.anchors:
        for p in t.dependents(anchor, "prep"):
            if t.lower(p) not in ("after", "following"):
                continue
            for o in t.dependents(p, "pobj"):
                if t.lemma(o) in lex.nouns or t.lower(o) in lex.nouns:
                    return [exprs[k] for k, owner in owners.items() if owner == o]
        # "After the ceremonial welcome and the wreath laying at Rajghat on Saturday, Macron and
        # Modi went in for their talks": the clause it follows
        for c in t.dependents(anchor, "advcl"):
            if any(t.lower(m) in ("after", "following") for m in t.dependents(c, "mark")):
                found = [exprs[k] for k, owner in owners.items() if owner == c]
                if found:
                    return found
    return []


def _rememberers(r: Reader, hit: Hit) -> list[str]:
    t = r.tree
    i = hit.index
    if t.dep(i) in ("dobj", "conj") and t.is_verb(t.head(i)):
        from .arguments import subjects

        return [n for s in subjects(r, t.head(i)) for n in r.group(s)]
    return []


def _no_subject(r: Reader, hit: Hit, adopted_at: bool) -> bool:
    """The event is told as having happened, with no word for who: "there was another summit
    in Sochi", "talks were held in Astana", "the documents adopted in Prague", "the November
    2020 Declaration" (not "Moscow: ... held talks", nor a caption's "at a meeting")."""
    t = r.tree
    if hit.host_verb is not None:
        return False
    v = hit.predicate
    if t.is_verb(v) and [s for s in t.dependents(v, "nsubj") if t.lower(s) != "there"]:
        return False
    if hit.mode == "sign" or adopted_at:
        return True
    return v != hit.index and t.lemma(v) in trigger_lexicon().occurrence_verbs


def _foreign(art: Article, hit: Hit, actors: list[str], parties: Parties) -> bool:
    """Diplomacy is between states: a president's trip to a city of his own country, or a law a
    president signs, is no diplomatic event (where the countries are known)."""
    countries = set()
    for a in actors:
        actor = art.doc.actor_named(a)
        iso = actor.country if actor is not None and actor.type != "state" else iso_of_state_name(a)
        if iso:
            countries.add(iso)
    if hit.mode == "visit" and parties.destinations and parties.guests:
        # no visit when every visitor is of the state visited (a guest of another state, or of
        # one the article does not give, may be the one who travels)
        homes = {(v.country if (v := art.doc.actor_named(g)) is not None else None) for g in parties.guests}
        known = {d.iso3 for d in parties.destinations if d.iso3}
        if None not in homes and len(homes) == 1 and known == homes:
            return False
    if hit.mode == "sign" and actors and all(art.type_of(a) == "organization" and _kind(art, a) == "party"
                                             for a in actors):
        return False  # "the SPD reached a coalition agreement with the Greens and the FDP"
    if hit.mode == "sign" and actors:
        # two signers, or two states: "President Biden signed the American Rescue Plan" is none
        persons = [a for a in actors if art.type_of(a) == "person"]
        return len(persons) >= 2 or len(countries) >= 2
    return True


def _kind(art: Article, name: str) -> str:
    actor = art.doc.actor_named(name)
    return (actor.role or "") if actor is not None else ""


def _enough(hit: Hit, actors: list[str], parties: Parties, agreement: tuple[str, str] | None) -> bool:
    """Two participants, or a visitor and where to, or a named agreement signed."""
    if hit.mode == "visit" and hit.frame in ("visit", "journey"):
        # a visitor and whom or where: "visited the mosque together with the mufti" is neither
        named = [a for a in actors if a in parties.hosts + parties.guests] if parties.guests else actors
        return (len(named) >= 2 or bool(parties.destinations)) and bool(actors)
    if len(actors) >= 2:
        return True
    return hit.mode == "sign" and agreement is not None and bool(agreement[1])


def _follows_it(r: Reader, hit: Hit) -> bool:
    """`after the US Secretary's visit to Beijing`, `since the talks`: an event before the news;
    not the talks the words were said after ("he said after talks with el-Sisi"): the news itself."""
    t = r.tree
    if t.dep(hit.index) != "pobj" or t.lower(t.head(hit.index)) not in ("after", "following", "since"):
        return False
    prep = t.head(hit.index)
    verb = t.lemma(t.head(prep))
    said, done = _said_or_done_after()
    # a signing closes the talks it follows; a visit may have ended well before
    return t.lower(prep) == "since" or not (verb in said or (verb in done and hit.mode != "visit"))


@lru_cache(maxsize=1)
def _said_or_done_after() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of saying, and of what closes talks, that "after" or "following" hangs on."""
    referenced = data_file("event_status.toml")["referenced"]
    return frozenset(referenced["said_after"]), frozenset(referenced["done_after"])


def _part_of_another(r: Reader, hit: Hit, hits: list[Hit]) -> bool:
    """A noun trigger in a prepositional phrase of another trigger's verb ("arrived in India
    on a four-day visit", "hosted Wang Yi for an official visit"), or the scene of another
    ("met on the sidelines of the summit")."""
    t = r.tree
    # of the same root only: "Following the summit talks, they signed" tells two events
    others = [h for h in hits if h is not hit and h.code[:2] == hit.code[:2]]
    if any(hit.index in h.anchors for h in others):
        return True
    if t.dep(hit.index) != "pobj":
        return False
    verb = t.head(t.head(hit.index))
    return any(verb in (h.index, h.predicate) for h in others)


def _agreement_name(r: Reader, hit: Hit) -> tuple[str, str] | None:
    """The named agreement a signing signs ("the Declaration on Allied Interaction"), with its key."""
    if hit.agreement is None:
        return None
    t = r.tree
    extent = t.extent(hit.agreement)
    named = named_agreements(r.art.text, extent)
    if named:
        return named[0].name, named[0].key
    return None


def _adopted_at(r: Reader, hit: Hit) -> bool:
    """`the documents adopted in Prague and Sochi`: a meeting in each place."""
    t = r.tree
    lex = trigger_lexicon()
    return (hit.mode == "sign" and not hit.nominal and t.lemma(hit.index) in lex.adopted_verbs
            and hit.agreement is not None and t.lemma(hit.agreement) in lex.adopted_objects)


def _dates_the_arrival(r: Reader, hit: Hit, when: TimeExpr | None) -> bool:
    """The time phrase dates the visit's first day, not its talks: it opens a span ("his state
    visit to China from Monday to Friday", "will visit Abidjan on December 20-22"), or it belongs
    to the arrival the sentence tells ("arrived in Beijing on Monday morning, kick-starting his
    state visit": a journey's or a welcome's verb, not the trigger)."""
    if when is None or hit.mode != "visit":
        return False
    if when.last_day is not None:
        return True
    t = r.tree
    i = t.index_at(when.span.start)
    if i is None:
        return False
    opener = t.head(i)
    if t.lower(opener) == "from" and any(t.lower(c) in _span_ends() for c in t.dependents(opener, "prep")):
        return True
    verbs = trigger_lexicon().verbs
    for a in t.ancestors(i):
        if t.pos(a) in ("VERB", "AUX"):
            word = verbs.get(t.lemma(a))
            return a != hit.index and word is not None and (word.arrival or word.frame == "journey")
    return False


@lru_cache(maxsize=1)
def _span_ends() -> frozenset[str]:
    return frozenset(data_file("calendar.toml")["span_ends"])


def _sites(hit: Hit, places: list[Place], parties: Parties) -> list[Place]:
    """Where: for a visit its destination, or a city named with it ("a visit to Turkey ... in
    Istanbul"); for others the `in`/`at` places, else where it went."""
    if hit.mode != "visit":
        return places or parties.destinations
    candidates = parties.destinations + [p for p in places if all(p.name != d.name for d in parties.destinations)]
    cities = [p for p in candidates if p.is_city]
    return (cities[:1] or candidates[:1]) + [p for p in candidates if p not in cities[:1] and p not in candidates[:1]]


def _build(r: Reader, hit: Hit, reading, actors: list[str], parties: Parties, places: list[Place],
           times: list[TimeExpr], agreement: tuple[str, str] | None, adopted_at: bool) -> list[Event]:
    art, t = r.art, r.tree
    doc = art.doc
    sentence = t.parsed.span
    if hit.mode == "visit":
        # a visit with no host named is a visit to the state ("Albanese will visit China"),
        # which a leader's visit has the state's leader host ("Erdogan was on an official
        # visit to Azerbaijan": Aliyev)
        visitors = [a for a in parties.guests if art.type_of(a) == "person"]
        hosts = [a for a in actors if art.type_of(a) == "person" and a not in visitors]
        for d in parties.destinations:
            if d.iso3 and not hosts:
                state = state_name(d.iso3)
                if state not in actors:
                    actors = actors + [state]
                if len(visitors) == 1:
                    host = art.host_for(visitors[0], state)
                    if host is not None and host not in actors:
                        actors = actors + [host]
    sites = _sites(hit, places, parties)
    states_visited = [d for d in parties.destinations if not d.is_city]
    if (adopted_at and len(sites) > 1) or (hit.mode == "visit" and len(states_visited) > 1):
        # "the documents adopted in Prague and Sochi", "will visit Albania, Bulgaria and
        # Romania": one event each
        site_list: list[Place | None] = list(sites)
    else:
        site_list = [sites[0]] if sites else [None]
    # "in November 2020, in January and November 2021": one signing per date
    dates: list[TimeExpr | None] = list(times) if hit.mode == "sign" and len(times) > 1 else (times[:1] or [None])
    # "will visit Albania, Bulgaria and Romania": a tour, one visit each stop
    tour = len(site_list) > 1 and hit.mode == "visit"
    events = []
    for site in site_list:
        for when in dates:
            mine = actors
            if tour and site is not None:
                other_isos = {d.iso3 for d in states_visited if d is not site and d.iso3}
                others = {state_name(iso) for iso in other_isos}
                # the hosts of the other stops too ("at the invitation of Macron of France, Vučić
                # of Serbia ..., Xi will visit France, Serbia and Hungary": Vučić hosts no visit to France)
                mine = [a for a in actors if a not in others and not (
                    a not in parties.guests and (actor := doc.actor_named(a)) is not None
                    and actor.type == "person" and actor.country in other_isos)]
                if hit.code == "042":
                    mine = [a for a in parties.guests if a in mine] + [a for a in mine if a not in parties.guests]
            ev = Event(
                code=hit.code, actors=list(mine), status="reported", mode=hit.mode,
                mentions=[Mention(doc.id, sentence.start, sentence.end)],
                location=site.name if site else None,
                time=when.span if when else None,
                status_cue=reading.cue,
                quoted=art.quoted(t.span(hit.index)),
                agreement=agreement[0] if agreement else None,
                evidence={"trigger": t.word(hit.index),
                          "frame": "arrival" if hit.word.arrival or _dates_the_arrival(r, hit, when) else hit.frame},
            )
            if reading.tense:
                ev.evidence["tense"] = reading.tense
            if agreement and agreement[1]:
                ev.evidence["agreement_key"] = agreement[1]
            if parties.destinations:
                # a tour's stop goes to its own place only (the Ghana stop is no visit to Brazil)
                went = [site] if tour and site is not None else parties.destinations
                ev.evidence["destinations"] = "|".join(d.name for d in went)
            if parties.guests:
                ev.evidence["visitors"] = "|".join(parties.guests)
            lex = trigger_lexicon()
            scenes = [a for a in hit.anchors if a != hit.index and t.pos(a) in ("NOUN", "PROPN")
                      and (t.lemma(a) in lex.nouns or t.lower(a) in lex.nouns)]
            if scenes:
                ev.evidence["scene"] = t.word(scenes[0])  # "agreed to meet at the upcoming G-20 summit"
            ev = settle_event(ev, doc, art.latest_year)
            if hit.code == "042" and site is None and not _foreign_side(ev, doc):
                continue  # a visit to no place and no one of another state ("Scholz's tour")
            if tour and when is not None and ev.date is not None and ev.date.precision == "day" \
                    and _spans_days(doc.text, when):
                # "will visit France, Serbia and Hungary from May 5 to 10": which day each stop
                # is, the words do not say
                ev.date = DateValue(ev.date.value[:7], "month")
            events.append(ev)
    return events


def _foreign_side(ev: Event, doc: Document) -> bool:
    """Whether a visit names a state, or a person or body of a state, other than its visitors':
    a visit with neither a place nor such a host goes nowhere the words say ("Macron and his wife
    wrapped up a state visit", "the ICC warrant against Putin during his visit")."""
    visitors = visitors_of(ev)
    # the persons who travel (the clause's subject may stand among the visitors: "the Philippines
    # and Vietnam signed deals during a state visit by Marcos": Vietnam is no visitor)
    travellers = {v for v in visitors if (a := doc.actor_named(v)) is not None and a.type == "person"} or visitors
    home = {state_of(v, doc) for v in travellers} - {None}
    return any((s := state_of(a, doc)) is not None and s not in home for a in ev.actors if a not in travellers)


_RANGE_END = re.compile(r"\s*(?:to|until|till|through|-|–|—)\s*\d")


def _spans_days(text: str, when: TimeExpr) -> bool:
    """`May 5 to 10`, `October 26-28`: the phrase names days, not one day."""
    return when.last_day is not None or bool(_RANGE_END.match(text, when.span.end))
