"""One happening told in several places of an article, folded into one event.

A sentence may name one event twice ("met Lavrov in Moscow and held talks"); an article tells
a visit in parts: the arrival, the welcome, the talks, the signing. Within one article:
- events of one sentence with the same root, date, status and participants are one;
- an event told again (a plan told again with its day: "next week", then "on Monday, March 14")
  is one;
- an undated plan takes the date of the last dated plan of the same trip ("Scholz will travel
  to Paris on Friday ... In Paris, Macron will receive Scholz");
- a visit, an arrival or a welcome folds into the meeting or call of the same participants
  (its visitor among them) told as the same news: the meeting is the visit's business, and the
  visit is dated by it;
- a signing the article gives to states alone is also the act of the persons who met for those
  states that day.
"""
from __future__ import annotations

from ..model import Event
from .article import Article
from .lexicon import MODE_PRIORITY
from .places import country_of_place, iso_of_state_name, state_name
from .settle import compare_days, settle_event, time_expression

# the mode of statements, appeals, protests and sanctions (`verbal.py`)
STATEMENT = "statement"
# a visit lasts some days: its arrival and welcome fold into talks this many days later
VISIT_SPAN_DAYS = 2
# when parts of a visit fold together, the event is coded as the visit: hosting, then visiting
VISIT_CODES = ("043", "042")


def consolidate(art: Article, events: list[Event]) -> list[Event]:
    statements = [e for e in events if e.mode == STATEMENT]
    events = _merge_same_sentence([e for e in events if e.mode != STATEMENT])
    _date_from_the_same_trip(art, events)
    visits = _meeting_in_a_hosts_country(art, _visitor_from_abroad(art, _fold_visits(events)))
    return _signed_by_the_leaders_met(art, _merge_repeats(art, visits)) + _merge_statements(statements)


def _signed_by_the_leaders_met(art: Article, events: list[Event]) -> list[Event]:
    """A signing the article gives to states alone ("India and Egypt on Sunday signed an
    agreement as Modi held talks with Sisi", "Kenya and Tanzania have signed a deal" in the report
    of Suluhu's talks with Kenyatta) is also the act of the people who met for those states that
    day: each side is named by its person where the article names one (eval/REVIEW.md, "Event
    actors"). The states stay; the persons of the one meeting of the same day, status and states
    join them."""
    for ev in events:
        if ev.mode != "sign" or ev.date is None or ev.date.precision != "day" \
                or not all(iso_of_state_name(a) for a in ev.actors):
            continue
        states = {iso_of_state_name(a) for a in ev.actors}
        meetings = [m for m in events if m.code[:2] == "04" and m.status == ev.status and m.date == ev.date
                    and {_side_state(art, a) for a in _persons(m)} == states]
        if len(meetings) == 1:
            ev.actors.extend(a for a in meetings[0].actors if a in _persons(meetings[0]) and a not in ev.actors)
            ev.evidence["signers"] = "meeting"
    return events


def _side_state(art: Article, name: str) -> str | None:
    actor = art.doc.actor_named(name)
    if actor is None:
        return None
    return iso_of_state_name(name) if actor.type == "state" else actor.country


def _meeting_in_a_hosts_country(art: Article, events: list[Event]) -> list[Event]:
    """A meeting held in the country of one side and attended by the other from abroad is that
    side hosting the other's visit (CAMEO 042/043: "Orban met Putin in the Kremlin", "Fidan and
    Gabriel met in Sofia"), the direction the article's order gives. Not a meeting of three
    states, nor one at a summit or conference held there, nor one of several the visitor holds
    in that country (the visit is one of them; the others stay meetings)."""
    for ev in events:
        if ev.code != "040" or not ev.location or ev.evidence.get("during") or ev.evidence.get("scene"):
            continue
        where = country_of_place(ev.location)
        if where is None:
            continue
        sides = {a: _side_state(art, a) for a in ev.actors}
        hosts = [a for a, iso in sides.items() if iso == where]
        guests = [a for a, iso in sides.items() if iso is not None and iso != where]
        if not hosts or not guests or len({iso for iso in sides.values() if iso}) != 2:
            continue  # (a summit of three states in one of them is no visit of two)
        # the visitor's other meetings in that country this article tells
        others = [o for o in events if o is not ev and o.code[:2] == "04" and set(guests) & set(o.actors)
                  and o.location and country_of_place(o.location) == where]
        if others:
            continue
        ev.code = "042" if ev.actors[0] in guests else "043"
        ev.mode = "visit" if ev.code == "042" else "host"
    return events


def _visitor_from_abroad(art: Article, events: list[Event]) -> list[Event]:
    """A visit is made by someone from abroad. Where the visitor read is a citizen of the state
    visited ("will visit Singapore at the invitation of his Singapore counterpart Lee", "invited
    Putin to pay a state visit to Kazakhstan"), the participant of another state is the visitor
    and the other one hosts; with no such participant there is no visit."""
    out = []
    for ev in events:
        where = country_of_place(ev.location) if ev.code == "042" and ev.location and ev.actors else None
        first = art.doc.actor_named(ev.actors[0]) if where else None
        if first is None or first.type != "person" or first.country != where:
            out.append(ev)
            continue
        # a person of another state, or of one the article does not name, before none
        abroad = [a for a in ev.actors[1:] if (p := art.doc.actor_named(a)) is not None and p.type == "person"
                  and p.country != where]
        if abroad:
            ev.actors = [abroad[0]] + [a for a in ev.actors if a != abroad[0]]
            out.append(ev)
    return out


def _merge_statements(events: list[Event]) -> list[Event]:
    """Statements, appeals, protests told twice: one when the code, the source and the target
    are the same and so are status and date (a statement has a direction: A condemning B is
    not B condemning A); in one sentence, one act with all its targets ("condemned X and Y")."""
    out: list[Event] = []
    for ev in events:
        source = ev.evidence.get("source")
        home = next((o for o in out if o.code == ev.code and o.evidence.get("source") == source
                     and o.status == ev.status and _same_time(o, ev)
                     and (o.mentions[0].start == ev.mentions[0].start
                          or o.evidence.get("target") == ev.evidence.get("target"))), None)
        if home is None:
            out.append(ev)
            continue
        if home.time is None and ev.time is not None:
            home.time, home.date = ev.time, ev.date
        _absorb(home, ev)
        home.evidence["target"] = "|".join(a for a in home.actors if a not in source.split("|"))
    return out


def _persons(ev: Event) -> set[str]:
    return {a for a in ev.actors if iso_of_state_name(a) is None}


def _rank(ev: Event) -> int:
    return MODE_PRIORITY.get("host" if ev.code == "043" else ev.mode, 9)


def _same_time(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return a.date is None and b.date is None or (a.time is None or b.time is None)
    return a.date == b.date


def _absorb(into: Event, part: Event) -> None:
    for m in part.mentions:
        if all((m.document, m.start) != (x.document, x.start) for x in into.mentions):
            into.mentions.append(m)
    into.actors.extend(a for a in part.actors if a not in into.actors)
    if into.location is None or (part.location and iso_of_state_name(into.location)
                                 and country_of_place(part.location) == iso_of_state_name(into.location)):
        into.location = part.location or into.location  # a city rather than its country
    if (into.time is not None and part.time is not None and into.date is not None and part.date is not None
            and len(part.date.value) > len(into.date.value) and part.date.agrees_with(into.date)):
        # "next week" and then "on Monday, March 14": the day
        into.time, into.date = part.time, part.date
    coarser = part.date is not None and into.date is not None and len(part.date.value) < len(into.date.value)
    if into.time is None and part.time is not None and not coarser and part.evidence.get("frame") not in ("journey", "arrival"):
        # (an arrival's or a welcome's date is the visit's first day, not its business's)
        # the date the words give outranks the article's own, unless it says less
        into.time, into.date, into.status = part.time, part.date, part.status
    if part.code in VISIT_CODES and into.code not in VISIT_CODES and into.code[:2] == "04" and into.mode != "call":
        into.code, into.mode = part.code, part.mode
        if part.code == "043":
            # the host first, as the welcome or reception says
            host = part.actors[0]
            into.actors.remove(host)
            into.actors.insert(0, host)


def _merge_same_sentence(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    for ev in events:
        home = next((o for o in out if o.mentions[0].start == ev.mentions[0].start and o.code[:2] == ev.code[:2]
                     and o.status == ev.status and _same_time(o, ev) and o.location in (None, ev.location, )
                     and (_persons(ev) <= set(o.actors) or _persons(o) <= set(ev.actors))
                     and o.agreement == ev.agreement), None)
        if home is None:
            out.append(ev)
            continue
        if _rank(ev) < _rank(home) and ev.code not in VISIT_CODES:
            home.code, home.mode = ev.code, ev.mode
        if home.time is None and ev.time is not None:
            home.time, home.date = ev.time, ev.date
        _absorb(home, ev)
    return out


def _date_from_the_same_trip(art: Article, events: list[Event]) -> None:
    """`Wong will travel to New Delhi next week ...` then `Wong is also expected to meet Goyal`:
    an undated plan shares the date of the last dated plan with a participant in common."""
    for k, ev in enumerate(events):
        if ev.status != "planned" or ev.time is not None:
            continue
        # the last dated plan before it, else the first after ("The visit of Mirziyoyev to Baku
        # will serve ... On August 22-23, ... Mirziyoyev will arrive")
        for prior in list(reversed(events[:k])) + events[k + 1:]:
            if prior.status == "planned" and prior.time is not None and _persons(prior) & _persons(ev):
                ev.time = prior.time
                if ev.mode != "visit" and _persons(ev) - _persons(prior) and _spans_days(art, prior):
                    # "will visit India from December 15-17 ... will meet President Murmu": some
                    # day of the visit, so its month (settle_event); the talks with the host
                    # ("meetings of the heads of the two states are planned") are the visit's own
                    ev.evidence["during"] = prior.evidence.get("trigger", "visit")
                settle_event(ev, art.doc, art.latest_year)
                break
        else:
            # "Wang ... is also scheduled to meet Sullivan" after the news of Wang's visit: later
            # on the same trip, in the month of the news
            if "scene" not in ev.evidence and any(o.status == "reported" and _persons(o) & _persons(ev)
                                                  for o in events if o is not ev):
                ev.evidence["date_from"] = "news"
                settle_event(ev, art.doc, art.latest_year)


def _spans_days(art: Article, ev: Event) -> bool:
    """The event's own date phrase names several days ("from November 8 to 10", "21-22 March")."""
    expr = time_expression(ev, art.doc)
    return expr is not None and expr.last_day is not None


def _visitor_of(ev: Event) -> list[str]:
    """The persons who travel (the states among the visitors only where no person is named)."""
    visitors = ev.evidence.get("visitors", "").split("|") if ev.evidence.get("visitors") else []
    persons = [v for v in visitors if iso_of_state_name(v) is None]
    return persons or visitors or sorted(_persons(ev))


def _fits(part: Event, whole: Event) -> bool:
    if whole is part or whole.code[:2] != "04" or part.code[:2] != "04":
        return False
    if (part.status == "planned") != (whole.status == "planned"):
        return False
    if "referenced" in (part.status, whole.status) and part.status != whole.status:
        return False
    visitors = _visitor_of(part)
    if not visitors or not set(visitors) <= set(whole.actors):
        return False
    if part.location and whole.location:
        places = [part.location] + part.evidence.get("destinations", "").split("|")
        if not any(p and _places_agree(p, whole.location) for p in places):
            return False
    others = _persons(part) - set(visitors)
    if not others <= set(whole.actors):
        return False
    if part.date is not None and whole.date is not None:
        if part.time is None or whole.time is None:
            return True  # one is dated only by the article: the same news
        if not part.date.agrees_with(whole.date):
            gap = compare_days(whole.date, part.date)
            return 0 < gap <= VISIT_SPAN_DAYS
    return True


def _fold_visits(events: list[Event]) -> list[Event]:
    """Visits, arrivals and welcomes into the talks of the same visit; an arrival or a visit
    with one party into the reception of that visitor."""
    out = list(events)
    parts = [e for e in events if e.code in VISIT_CODES]
    # the parts that say least first: an arrival folds into the welcome, the welcome into the talks
    parts.sort(key=lambda e: (len(_persons(e)), e.code == "043"))
    for part in parts:
        if part not in out:
            continue
        wholes = [w for w in out if w is not part and _fits(part, w) and (
            w.code not in VISIT_CODES or len(_persons(w)) > len(_persons(part)))]
        if not wholes:
            continue
        whole = min(wholes, key=lambda w: (w.code in VISIT_CODES, w.time is None,
                                           abs(w.mentions[0].start - part.mentions[0].start)))
        _absorb(whole, part)
        out.remove(part)
    return out


def _same_event(art: Article, a: Event, b: Event) -> bool:
    """Told twice: the same root, status, parties (a state standing for its person) and place,
    and the same date or one of them dated only by the article."""
    if a.code[:2] != b.code[:2] or a.status != b.status or a.agreement != b.agreement:
        return False
    if (a.mode == "call") != (b.mode == "call") and a.time is not None and b.time is not None and \
            not (a.evidence.get("during") or b.evidence.get("during")):
        # (but "During the conversation, the heads of state considered ..." is the call told
        # before, whatever its noun says of the means)
        return False
    if a.date != b.date and not (a.status == "reported" and (a.time is None or b.time is None)) and \
            not _plan_told_closer(a, b):
        return False
    if a.date is None and b.date is None and _days_apart(art, a, b):
        return False
    if a.location and b.location and not _places_agree(a.location, b.location):
        return False
    return _parties_agree(art, a, b)


def _days_apart(art: Article, a: Event, b: Event) -> bool:
    """"said on May 3 that Rahmon has spoken by phone with Tokayev" and "Rahmon and Tokayev also had
    a telephone conversation on May 1", in an article with no year to date them (Asia-Plus, dev
    116): the words give two days, so they are two events until the year is known."""
    days = []
    for ev in (a, b):
        expr = time_expression(ev, art.doc)
        if expr is None or expr.month is None or expr.day is None:
            return False
        days.append((expr.month, expr.day))
    return days[0] != days[1]


def _plan_told_closer(a: Event, b: Event) -> bool:
    """"will visit next week" and then "will visit Ankara on Monday, March 14": one plan, the
    second telling the day within the first's time."""
    return (a.status == "planned" and a.date is not None and b.date is not None
            and a.date.precision != b.date.precision and a.date.agrees_with(b.date))


def _parties_agree(art: Article, a: Event, b: Event) -> bool:
    if len(_persons(a)) >= 2 and len(_persons(b)) >= 2:
        return _persons(a) == _persons(b)  # the same people; the states they stand for may differ
    mine, theirs = _expanded(art, a.actors), _expanded(art, b.actors)
    return set(a.actors) <= theirs and set(b.actors) <= mine and len(_persons(a) | _persons(b)) >= 1


def _expanded(art: Article, names: list[str]) -> set[str]:
    out = set(names)
    for n in names:
        actor = art.doc.actor_named(n)
        if actor is not None and actor.country:
            out.add(state_name(actor.country))
    return out


def _places_agree(a: str, b: str) -> bool:
    """The same place, a city and its country, or a place the gazetteer cannot tell apart."""
    if a == b:
        return True
    ca, cb = country_of_place(a), country_of_place(b)
    return ca is None or cb is None or ca == cb


def _merge_repeats(art: Article, events: list[Event]) -> list[Event]:
    """The same event told again in other words of the article (a headline, a caption, "the
    two presidents discussed"): one event, coded by its most specific telling."""
    out: list[Event] = []
    for ev in events:
        home = next((o for o in out if _same_event(art, o, ev)), None)
        if home is None:
            out.append(ev)
            continue
        if _rank(ev) < _rank(home) and home.code not in VISIT_CODES:
            home.code, home.mode = ev.code, ev.mode
        _absorb(home, ev)
    return out
