"""One event, however many reports: link units of different articles, by blocks.

The rules, all local (a decision reads only the units in the blocks it touches, so articles
about other events never change it, and the result does not depend on input order):

1. Anchors (units told to the day, two parties or more, or a named agreement to the day) of one
   code root and one day group among themselves: two anchors are one event when one's parties
   hold the other's (a person standing for the state he acts for) or they share two, their
   places agree and one is not announced where the other is recalled.
2. Every other unit (a month, a year, no date, one party) joins the cluster of anchors that fits
   it when exactly one does among the anchors in its blocks (of several, undated news of a weekday
   takes the one of that weekday); when none or several fit, it is one event with the units
   exactly like it (`LinkUnit.selfkey`), never with a guess. Undated news fits a dated meeting
   of the same people (`_same_news`); also one of more people at the place it names (the host
   left out), an announcement of that place's meeting, and a plan there kept.
   An anchor cluster that no words date (its articles' news, dated by the day each was
   printed) is the news of the one cluster of the NEWS_WINDOW_DAYS days before it that words
   date and that fits it: the paper of Tuesday that tells "Park met Hayashi in Tokyo" with no
   date reports Monday's meeting (`join_earlier_news`); so is one of the day before that no
   words date either (two papers of consecutive days, one meeting: of the earlier day).
3. A cluster becomes one `Event`: its most precise date, the status dated mentions give, the
   participants most often named, the place most reports give.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..dates import weekday_of
from ..events.agreements import keys_compatible
from ..events.lexicon import label_template, media_differ
from ..events.places import country_of_place as city_country
from ..events.places import iso_of_state_name
from ..people.gazetteer import country_of_place
from ..events.settle import NEWS_WINDOW_DAYS, compare_days
from ..model import DateValue, Event, Mention
from .people import fits as name_fits
from .people import same_name
from .units import (ARRIVAL_LEAD_DAYS, PRECISION_RANK, STATUS_RANK, LinkUnit, Member, best_date, cluster_digest,
                    days_later, places_agree, ranked_actors, state_name)


@dataclass
class ClusterView:
    """The anchors of one cluster, as a unit looking for its event sees them."""

    id: str
    units: list[LinkUnit]

    def __post_init__(self) -> None:
        self.units = sorted(self.units, key=unit_order)
        members = [m for u in self.units for m in u.members]
        self.root = self.units[0].root
        self.date, self.stated = best_date(members)
        self.key = next((u.key for u in self.units if u.key), None)
        self.actors = ranked_actors(members)
        self.statuses = frozenset(s for u in self.units for s in u.statuses)
        self.codes = frozenset(c for u in self.units for c in u.codes)
        self.location = next((u.location for u in self.units if u.location), None)
        # where its reports place the news when their sentences do not (dateline, host's state)
        self.fallback = next((m.fallback for u in self.units for m in u.members if m.fallback), None)
        self.parties = frozenset(p for u in self.units for p in u.parties)
        self.countries = {a: c for u in self.units for a, c in u.countries.items()}
        self.reported = "reported" in self.statuses

    def expand(self) -> set[str]:
        return set(self.actors) | {state_name(self.countries[a]) for a in self.actors if a in self.countries}


def unit_order(u: LinkUnit) -> tuple:
    # named agreements first, then the most precise dates, dates the words state first
    return (-bool(u.key), -u.precision, -u.stated, -len(u.actors), u.id)


def _same_agreement(u: LinkUnit, c: ClusterView) -> bool | None:
    """True: one named agreement; False: two different ones; None: not both named."""
    if not (u.key and c.key):
        return None
    if not keys_compatible(u.key, c.key):
        return False
    # "the Agreement on Trade" of two other states is another agreement
    return not (u.parties and c.parties) or bool(u.parties & c.parties)


# how far from the day an undated article is written on its news and plans may lie (a visit
# announced weeks ahead; a follow-up of a summit some weeks past)
WRITTEN_DAY_WINDOW = 45
# how far ahead of that day a plan it announces may lie ("invited Putin to pay a state visit this
# fall", KazTAG on 4 July 2024, eval 222)
PLAN_AHEAD_DAYS = 366


def fits(u: LinkUnit, c: ClusterView) -> bool:
    """Whether unit `u` (of another article) reports the event of cluster `c`."""
    if u.root != c.root or media_differ(u.codes, c.codes) or _call_and_meeting_planned_there(u, c):
        return False  # (a telephone call is not a visit)
    agreement = _same_agreement(u, c)
    if agreement is False:
        return False
    same_agreement = bool(agreement)
    if u.date is not None and c.date is not None:
        if not u.date.agrees_with(c.date) and not printed_after(u, c) and not _arrival_and_talks(u, c):
            return False
    elif not same_agreement:
        # undated news may be a dated report's meeting, when the parties are the same both ways,
        # and not one of a year before the latest its article names
        if u.date is None and u.not_before and c.date is not None and c.date.year < u.not_before:
            return False
        if u.date is None and c.date is not None and not _near_written_day(u, c.date):
            return False
        return u.date is None and _same_news(u, c)
    if not u.actors:
        return same_agreement
    if ("planned" in c.statuses) != (u.status == "planned") and _recalled(u, c):
        return False  # an announced event is not one recalled as past
    inside = covered(u.actors, c.actors, c.countries, u.countries)
    around = covered(c.actors, u.actors, u.countries, c.countries)
    coarse = u.date is None or c.date is None or "day" not in (u.date.precision, c.date.precision)
    if coarse and not same_agreement:
        # a year or a month is thin evidence: the parties must agree, or one side's be among the
        # other's at the same named place in the same month
        same_place = bool(u.location and c.location and places_agree(c.location, u.location))
        same_month = u.date is not None and c.date is not None and u.date.precision == c.date.precision == "month"
        if not (inside and around) and not ((inside or around) and same_place and same_month):
            return False
    elif not (inside or around or _shared(u.actors, u.countries, c.actors, c.countries) >= 2):
        return False
    if u.location and c.location and not places_agree(c.location, u.location):
        return _same_people_that_day(u, c)
    return True


def _near_written_day(u: LinkUnit, date: DateValue) -> bool:
    """An undated article that names the month and day it is written on ("Seoul, June 19") tells
    of the news of the weeks around that day, and of plans of the months after: not of a meeting
    of the same leaders nine months before (Putin and Kim, Vostochny 13 September 2023 and
    Pyongyang 19 June 2024, both on a Wednesday; eval 851, 891). What it recalls may be of any day."""
    if u.written_on is None or u.status == "referenced" or date.precision != "day":
        return True
    month, day = u.written_on
    there = dt.date(date.year, date.month, date.day)
    ahead = PLAN_AHEAD_DAYS if u.status == "planned" else WRITTEN_DAY_WINDOW
    for year in (date.year - 1, date.year, date.year + 1):
        try:
            written = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year
            continue
        if -WRITTEN_DAY_WINDOW <= (there - written).days <= ahead:
            return True
    return False


def _arrival_and_talks(u: LinkUnit, c: ClusterView) -> bool:
    """A visitor's arrival ("arrived in Beijing on Tuesday for a state visit") and the talks of
    that visit another report tells a day or two later, either way round: one visit, which
    `units.best_date` dates by its talks (Lukashenko in Beijing, eval 1213-1215; Moon in Canberra,
    eval 1456-1458). Only news, told to the day."""
    gap = _news_day_gap(u, c)
    if u.root != "04" or gap is None:
        return False
    theirs = [m for x in c.units for m in x.members]
    if 0 < gap <= ARRIVAL_LEAD_DAYS:
        return _dated_by(u.members, u.date, arrival=True) and _dated_by(theirs, c.date, arrival=False)
    if 0 < -gap <= ARRIVAL_LEAD_DAYS:
        return _dated_by(theirs, c.date, arrival=True) and _dated_by(u.members, u.date, arrival=False)
    return False


def _news_day_gap(u: LinkUnit, c: ClusterView) -> int | None:
    """Days from `u`'s day to the cluster's, where both are news told to the day; else None."""
    if "reported" not in u.statuses or not c.reported or u.date is None or c.date is None:
        return None
    if u.date.precision != "day" or c.date.precision != "day":
        return None
    return compare_days(c.date, u.date)


def _dated_by(members: list[Member], day: DateValue, arrival: bool) -> bool:
    """Whether an arrival (or talks, with `arrival` False) of `members` is told on `day`."""
    return any(m.arrival == arrival and m.date == day for m in members)


def _recalled(u: LinkUnit, c: ClusterView) -> bool:
    """One side is an event recalled as past: `u` itself, or a cluster no report tells as its
    news (the day's news that a follow-up recalls is still the news the announcement announced)."""
    return u.status == "referenced" or ("referenced" in c.statuses and "reported" not in c.statuses)


def _same_people_that_day(u: LinkUnit, c: ClusterView) -> bool:
    """Two reports of one day's news that name two of the same people tell one meeting, wherever
    one of them places it (the visitor's capital, the city of an earlier summit): two people do
    not hold two meetings of one kind in two places on one day."""
    # (a plan's place may change; the news of the day tells where it was held: "Sultan Haitham
    # will visit Saudi Arabia on Sunday" and the talks in Neom that Sunday, a city the gazetteer
    # lacks)
    if _news_day_gap(u, c) != 0 and not _plan_of_that_day(u, c):
        return False
    return _shared(_persons(u.actors), u.countries, _persons(c.actors), c.countries) >= 2


def _plan_of_that_day(u: LinkUnit, c: ClusterView) -> bool:
    """A plan for a day and the news of that day's meeting, either way round."""
    if u.date is None or c.date is None or u.date.precision != "day" or c.date.precision != "day":
        return False
    plan_and_news = (u.status == "planned" and c.reported) or ("reported" in u.statuses and c.statuses == {"planned"})
    if not plan_and_news or compare_days(c.date, u.date) != 0:
        return False
    # places the gazetteer knows both of and tells apart are two meetings (a visit to Malaysia
    # planned for a day and talks in Tokyo that day); one it does not know may lie in the other
    return not (_known_place(u.location) and _known_place(c.location))


def _known_place(place: str | None) -> bool:
    """A state, a city GeoNames lists, or a capital or formal state name the state gazetteer holds."""
    return bool(place) and bool(iso_of_state_name(place) or city_country(place) or country_of_place(place))


def _call_and_meeting_planned_there(u: LinkUnit, c: ClusterView) -> bool:
    """A meeting planned at a named place ("agreed to meet in Dushanbe in the second half of
    May", dev 116) is to be held in person: it is never a telephone call the others report, nor
    is a planned call a meeting held there."""
    def planned_there(x: LinkUnit | ClusterView) -> bool:
        return x.statuses == {"planned"} and bool(x.location) and "041" not in x.codes

    def calls(x: LinkUnit | ClusterView) -> bool:
        return bool(x.codes) and x.codes <= {"041"}

    return (planned_there(u) and calls(c)) or (planned_there(c) and calls(u))


def printed_after(u: LinkUnit, c: ClusterView) -> bool:
    """`u` is news no words date, printed one to NEWS_WINDOW_DAYS days after the day words give
    cluster `c` (the paper of the next morning)."""
    if u.stated or u.precision != 3 or c.date is None or c.date.precision != "day":
        return False
    assert u.date is not None
    gap = compare_days(u.date, c.date)
    # where no words date `c` either, only the paper of the very next day: two reports of
    # consecutive days are the earlier one's meeting (a report cannot tell a meeting after its day)
    within = NEWS_WINDOW_DAYS if c.stated else 1
    return 0 < gap <= within and "reported" in u.statuses and c.reported


def plan_kept_days_later(u: LinkUnit, c: ClusterView) -> bool:
    """A visit planned for a day (its first: "will travel to India on Feb. 24-25", "will visit
    Bangladesh from 26-27 March") is the visit whose talks other reports tell as news a day or two
    later (Trump and Modi at Hyderabad House on the 25th; Modi and Hasina in Dhaka on the 27th;
    eval 1700-1701, 1703-1704): the plan was kept, and the visit is dated by its talks
    (`units.best_date`). The same people both ways, or two of them, at no other place."""
    if u.root != "04" or c.root != "04" or u.statuses != {"planned"} or not c.reported:
        return False
    if media_differ(u.codes, c.codes) or "041" in u.codes or "041" in c.codes:
        return False
    if u.date is None or c.date is None or u.date.precision != "day" or c.date.precision != "day":
        return False
    if not days_later(c.date, u.date):
        return False
    place = c.location or c.fallback
    if u.location and place and not places_agree(place, u.location):
        return False
    return covered(u.actors, c.actors, c.countries, u.countries, as_states=True) or \
        covered(c.actors, u.actors, u.countries, c.countries, as_states=True) or \
        _shared(_persons(u.actors), u.countries, _persons(c.actors), c.countries) >= 2


def join_kept_plans(plans: list[list[LinkUnit]], later: list[ClusterView]) -> dict[str, str]:
    """Anchor clusters of one day that only plan a visit (each a list of its units) -> the one
    cluster of `later` (the clusters of the ARRIVAL_LEAD_DAYS days after) whose talks kept it."""
    out = {}
    for units in plans:
        found = {c.id for c in later if any(plan_kept_days_later(u, c) for u in units)}
        if len(found) == 1:
            target = found.pop()
            out.update({u.id: target for u in units})
    return out


def join_earlier_news(printed: list[list[LinkUnit]], earlier: list[ClusterView]) -> dict[str, str]:
    """Anchor clusters of one day (each a list of its units) that no words date -> the one
    cluster of `earlier` (the clusters words date on the days just before) each reports."""
    out = {}
    for units in printed:
        if any(u.stated for u in units):
            continue
        found = {c.id for c in earlier if any(fits(u, c) for u in units)}
        if len(found) == 1:
            target = found.pop()
            out.update({u.id: target for u in units})
    return out


def _same_person(a: str, b: str, country_a: str | None, country_b: str | None) -> bool:
    """Two reports' names of one participant: the same name, or forms of one name (`Scholz` and
    `Olaf Scholz`, `Erdogan` and `Recep Tayyip Erdoğan`) whose states, when both are given, agree.
    Only ever asked of participants of events already in one block (same parties, same time)."""
    if a == b:
        return True
    if country_a and country_b and country_a != country_b:
        return False
    return same_name(a, b) or name_fits(a, b) or name_fits(b, a)


def covered(names: list[str], others: list[str], countries: dict[str, str],
            own_countries: dict[str, str] | None = None, as_states: bool = False) -> bool:
    """Whether every participant in `names` is among `others`: by name (`_same_person`), or as
    the state a person of `others` acts for; with `as_states`, a person of `names` is also among
    `others` that name that person's state."""
    states = {state_name(countries[o]) for o in others if o in countries}
    for n in names:
        if n in others or n in states:
            continue
        if iso_of_state_name(n):
            return False
        own = (own_countries or {}).get(n)
        if as_states and own and state_name(own) in others and _side_shared(names, others, own, countries, own_countries):
            # a person of a state the other side names as a whole ("Iran and Saudi Arabia met"),
            # unless its people of that state are others altogether (Duterte is not Marcos, eval 1094)
            continue
        if not any(_same_person(n, o, own, countries.get(o)) for o in others if not iso_of_state_name(o)):
            return False
    return True


def _side_shared(names: list[str], others: list[str], state: str, countries: dict[str, str],
                 own_countries: dict[str, str] | None) -> bool:
    """Whether `others` names no person of `state`, or one of the persons of `state` in `names`."""
    theirs = [o for o in others if not iso_of_state_name(o) and countries.get(o) == state]
    ours = [n for n in names if (own_countries or {}).get(n) == state]
    return not theirs or any(_same_person(n, o, state, state) for n in ours for o in theirs)


def _persons(names: list[str]) -> list[str]:
    return [n for n in names if not iso_of_state_name(n)]


def _shared(a: list[str], ca: dict[str, str], b: list[str], cb: dict[str, str]) -> int:
    return sum(1 for x in a if any(_same_person(x, y, ca.get(x), cb.get(y)) for y in b))


def _same_news(u: LinkUnit, c: ClusterView) -> bool:
    if ("reported" not in u.statuses and not u.month_news and not _held_on_that_weekday(u, c)
            and not _held_there(u, c)) or not u.actors:
        return False
    if not c.reported and not _plan_of_that_weekday(u, c) and not _plan_kept_there(u, c):
        return False
    # undated news of the states ("Iran and Saudi Arabia met in Beijing") is any meeting their
    # people held there: with two such meetings, it joins none
    # a person of a state the other side names as a whole ("Lazaro summoned Huang" and "the
    # Philippines summoned Huang"), once one person names them both: without one, any two of
    # the states' people would do
    persons_shared = _shared(_persons(u.actors), u.countries, _persons(c.actors), c.countries)
    shared = persons_shared > 0
    if not covered(u.actors, c.actors, c.countries, u.countries, as_states=shared) \
            and not _told_more_there(u, c, persons_shared):
        return False
    if not covered(c.actors, u.actors, u.countries, c.countries, as_states=True) and not _told_fewer_there(u, c):
        return False
    if u.location and not c.location:
        # undated news of a meeting in Tehran is no dated meeting its reports place elsewhere,
        # even by their datelines only (the same leaders meet many times; the place is all
        # that tells which)
        return not c.fallback or places_agree(c.fallback, u.location)
    return not (u.location and c.location) or places_agree(c.location, u.location)


def _told_fewer_there(u: LinkUnit, c: ClusterView) -> bool:
    """Undated news of two states' people at a named place ("Lavrov and Kuleba met in Antalya")
    is the dated meeting there of those people and more (the host, a spouse) that other reports
    tell whole: the place tells which meeting, and with two such meetings `choose` takes none."""
    states = {p for p in u.parties if not p.startswith("n:")}
    # (a plan names whom it expects: a report of fewer is no plan kept)
    return c.reported and len(states) >= 2 and _placed_there(u, c)


def _told_more_there(u: LinkUnit, c: ClusterView, persons_shared: int) -> bool:
    """Undated news of a meeting at a named place that names more people than the dated reports
    of the meeting there ("Holness and Harris, with Johnson Smith and Clarke, in Washington"):
    two of their people (`persons_shared`) and the place tell which meeting (one would not: a
    host meets many visitors in his capital), and all they name must be among its (checked after)."""
    return persons_shared >= 2 and "reported" in u.statuses and c.reported and _placed_there(u, c)


def _held_there(u: LinkUnit, c: ClusterView) -> bool:
    """An undated plan of a named place is the meeting other articles report held there."""
    return u.placed_plan and c.reported and _placed_there(u, c)


def _placed_there(u: LinkUnit, c: ClusterView) -> bool:
    """`u` names a place, and it agrees with where the cluster's reports place the meeting (their
    words, else their datelines)."""
    place = c.location or c.fallback
    return bool(u.location and place) and places_agree(place, u.location)


def _plan_kept_there(u: LinkUnit, c: ClusterView) -> bool:
    """Undated news of a meeting at a named place ("the leaders signed the declaration in Perth")
    is the one meeting other articles announced for a day there: the plan was kept."""
    return c.statuses == {"planned"} and "reported" in u.statuses and bool(u.location and c.location) \
        and places_agree(c.location, u.location)


def _held_on_that_weekday(u: LinkUnit, c: ClusterView) -> bool:
    """An undated plan of a weekday ("Aliyev and Pashinyan will meet in Abu Dhabi on Thursday")
    is the meeting other articles report held on a day of that weekday."""
    return c.reported and _on_weekday(c, u.plan_weekday)


def _plan_of_that_weekday(u: LinkUnit, c: ClusterView) -> bool:
    """Undated news of a weekday ("Kishida and Yoon met on Thursday", in an article with no date
    of its own) is the held meeting that other articles announced for a day that is that weekday
    (Yoon's visit to Tokyo "on March 16", a Thursday): the plan was kept. So is it the meeting a
    later article recalls on a day of that weekday ("talks with Putin ... on Wednesday", AFP via
    Business Recorder, eval 1681, and TRT World's "meeting his Russian counterpart on Wednesday"
    of Sunday 20 February 2022, 1682): the news that article looks back on."""
    return c.statuses <= {"planned", "referenced"} and _on_weekday(c, u.news_weekday)


def _on_weekday(c: ClusterView, weekday: int | None) -> bool:
    """The cluster is dated to a day that falls on `weekday`."""
    return weekday is not None and c.date is not None and c.date.precision == "day" and \
        weekday_of(c.date.year, c.date.month, c.date.day) == weekday


def anchors_fit(a: LinkUnit, b: LinkUnit) -> bool:
    """Two anchors of one day report one event (either way round)."""
    if a.document == b.document:
        return False  # the article itself kept them apart
    return fits(a, ClusterView(b.id, [b])) or fits(b, ClusterView(a.id, [a]))


def group_anchors(units: list[LinkUnit]) -> dict[str, str]:
    """Anchors of one code root and one day -> cluster id (the smallest unit id of its group)."""
    units = sorted(units, key=lambda u: u.id)
    parent = {u.id: u.id for u in units}
    # the articles of each group: two events one article tells apart stay apart, also when a third
    # article's report fits both (a visit told whole, beside the visit's two meetings told apart)
    docs: dict[str, set[str]] = {u.id: {u.document} for u in units}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_block: dict[str, list[LinkUnit]] = {}
    for u in units:
        for block in u.index_blocks():
            by_block.setdefault(block, []).append(u)
    tried: set[tuple[str, str]] = set()
    for members in by_block.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if (a.id, b.id) in tried:
                    continue
                tried.add((a.id, b.id))
                ra, rb = find(a.id), find(b.id)
                if ra != rb and not docs[ra] & docs[rb] and anchors_fit(a, b):
                    parent[max(ra, rb)] = min(ra, rb)
                    docs[min(ra, rb)] |= docs[max(ra, rb)]
    return {u.id: find(u.id) for u in units}


def choose(u: LinkUnit, candidates: Iterable[ClusterView]) -> str | None:
    """The one anchor cluster that fits `u`, or None when none or several do. Of several, undated
    news of a weekday ("hosted Abdullah on Monday") is the one dated to a day of that weekday,
    if only one is (a visit's Monday talks, not the Thursday the visit began); news of a place,
    dated or not, the one placed there, if only one is (an announced visit to Vietnam, the visit
    its reports place in Hanoi, not the talks they place nowhere)."""
    found = {c.id: c for c in candidates if fits(u, c)}
    if len(found) > 1 and u.date is None and u.news_weekday is not None:
        found = {k: c for k, c in found.items() if _on_weekday(c, u.news_weekday)}
    if len(found) > 1:
        # of several, news of a named place ("Modi lands in Lahore") is the one its
        # reports place there, not another meeting of the same leaders they place nowhere or
        # elsewhere (their 2014 talks in New Delhi)
        placed = {k: c for k, c in found.items() if _placed_there(u, c)}
        found = placed if len(placed) == 1 else found
    if len(found) > 1:
        talks = _talks_of_one_visit(u, list(found.values()))
        found = {talks.id: talks} if talks is not None else found
    return next(iter(found)) if len(found) == 1 else None


def _talks_of_one_visit(u: LinkUnit, clusters: list[ClusterView]) -> ClusterView | None:
    """Of the days of one visit that its reports tell apart (the arrival, the talks a day or two
    later), the talks, for a plan of the month that fits them all ("Harris will visit Ghana this
    month", eval 720; the arrival "on Sunday" and the talks "on Monday", 721): all reported, told
    to the day within ARRIVAL_LEAD_DAYS, and one of them the talks no arrival dates."""
    if u.date is None or u.date.precision == "day" or u.root != "04":
        return None
    days = [c.date for c in clusters if c.date is not None and c.date.precision == "day" and c.reported]
    if len(days) != len(clusters) or max(compare_days(a, b) for a in days for b in days) > ARRIVAL_LEAD_DAYS:
        return None
    talks = [c for c in clusters if _dated_by([m for x in c.units for m in x.members], c.date, arrival=False)
             and not _dated_by([m for x in c.units for m in x.members], c.date, arrival=True)]
    return talks[0] if len(talks) == 1 else None


# ---- from a cluster to an event --------------------------------------------------------------

def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C", "A, B and 3 others"."""
    if len(names) > 3:
        names = names[:2] + [f"{len(names) - 2} others"]
    return ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1] if names else ""


def _label(code: str, actors: list[str], location: str | None, agreement: str | None) -> str:
    # people meet; states are the parties to an agreement (their leaders sign for them)
    states = [a for a in actors if iso_of_state_name(a)]
    people = [a for a in actors if a not in states]
    shown = (states or people) if code.startswith("05") else (people or states)
    first, rest = (shown[0], shown[1:]) if shown else ("", [])
    fields = {
        "first": first,
        "rest": _names(rest) or "a visitor",
        "all": _names(shown),
        "at": f" in {location}" if location else "",
        "place": location or "abroad",
        "agreement": agreement or "an agreement",
        "code": code,
    }
    return label_template(code).format(**fields)


def _with_heads_of_state(actors: list[str], units: list[LinkUnit]) -> list[str]:
    """An agreement between states that a head of state signed was signed by the heads of each
    (the heads the reporting articles name, when they name one for a state)."""
    heads: dict[str, set[str]] = {}
    countries: dict[str, str] = {}
    for u in units:
        for iso, names in u.heads.items():
            heads.setdefault(iso, set()).update(names)
        countries.update(u.countries)

    def head_of(iso: str) -> str | None:
        # one head, however the articles write the name ("Putin", "Vladimir Putin")
        names = sorted(heads.get(iso, set()), key=lambda n: (-len(n), n))
        if not names or not all(n == names[0] or same_name(n, names[0]) or name_fits(n, names[0])
                                for n in names[1:]):
            return None
        return names[0]

    if not any(countries.get(a) and head_of(countries[a]) == a for a in actors):
        return actors
    out = list(actors)
    for a in actors:
        iso = iso_of_state_name(a)
        head = head_of(iso) if iso else None
        if head and head not in out:
            out.append(head)
    return out


def finalize(cluster_id: str, units: list[LinkUnit]) -> Event:
    units = sorted(units, key=unit_order)
    pairs = [(u, m) for u in units for m in u.members]
    members = [m for _, m in sorted(pairs, key=lambda p: (not p[1].stated, STATUS_RANK[p[1].status],
                                                          p[0].document, p[1].start))]
    # (a plan that names only its weekday, undated, says nothing of whether it was held)
    dated_news = [m.status for m in members if m.stated and (m.date is not None or m.status != "planned")]
    if not any(m.same_day_plan for m in members if m.stated):
        # news an article dates by its own day ("Marcos visits Hanoi" in the day's report) is as
        # good as a date its words state: a later article's "last week" does not make it a
        # memory, nor an announcement of days before a plan; a plan for that very day, written
        # that day, leaves it open ("will meet again on Friday" and a Friday report undated)
        dated_news += [m.status for m in members if not m.stated and m.status == "reported"
                       and m.date is not None and m.date.precision == "day"]
    # news an undated article tells of the meeting whose day the corpus gave it: the plan was kept
    dated_news += [m.status for m in members if m.corpus_day and m.status == "reported"]
    status = min(dated_news or [m.status for m in members], key=STATUS_RANK.get)
    # the kind the dated, news-bearing mentions give ("a telephone conversation on Friday")
    codes = Counter(m.code for m in members if m.status == status and m.stated) or \
        Counter(m.code for m in members if m.status == status)
    code = min(codes.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    ordered = [m for u in units for m in u.members]
    actors = ranked_actors(ordered)
    if code in ("042", "043"):
        # a visit has a direction: the visitor (042) or the host (043) first, as the reports have it
        firsts = Counter(m.actors[0] for m in ordered if m.code == code and m.actors)
        if firsts:
            lead = min(firsts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            actors = [lead] + [a for a in actors if a != lead]
    agreement = next((m.agreement for m in members if m.agreement), None)
    root = units[0].root
    if root == "05":
        actors = _with_heads_of_state(actors, units)
    named = [m.location for m in ordered if m.location]
    locations = Counter(named or [m.fallback for m in members if m.fallback])
    ranked = sorted(locations.items(), key=lambda kv: (-kv[1], kv[0]))
    cities = [loc for loc, _ in ranked if not iso_of_state_name(loc)]
    location = cities[0] if cities else (ranked[0][0] if ranked else None)
    mentions: list[Mention] = []
    seen: set[tuple[str, int]] = set()
    for m in sorted(ordered, key=lambda m: (m.mentions[0].document, m.start)):
        for x in m.mentions:
            if (x.document, x.start) not in seen:
                seen.add((x.document, x.start))
                mentions.append(x)
    date, stated = best_date(ordered)
    if date is not None and not stated:
        date = weekday_before(date, {m.weekday for m in ordered if m.weekday is not None})
    key = next((u.key for u in units if u.key), None)
    event = Event(
        code=code, actors=actors, status=status, mentions=mentions, location=location, date=date,
        agreement=agreement, mode=members[0].mode,
        id=f"{_slug(date.value) if date else 'undated'}-{code}-{cluster_digest(cluster_id)}",
        label=_label(code, actors, location, agreement),
        evidence={"trigger": members[0].trigger},
    )
    if key:
        event.evidence["agreement_key"] = key
    return event


def weekday_before(date: DateValue, weekdays: set[int]) -> DateValue:
    """An event dated only by the day of an article that reports it, which another report puts on
    a weekday ("spoke with Sheikh Mohamed on Monday", in an article that has no date of its own):
    that weekday in the week up to the article's day (Monday 17 January for a report of Tuesday
    the 18th). One weekday only; two say nothing."""
    if date.precision != "day" or len(weekdays) != 1:
        return date
    (weekday,) = weekdays
    day = dt.date(date.year, date.month, date.day)
    back = (day.weekday() - weekday) % 7
    found = day - dt.timedelta(days=back)
    return DateValue.of(found.year, found.month, found.day)


def keep(event: Event, parties: int = 2) -> bool:
    """Records worth having: with participants, and dated unless they are news or announced.

    An earlier event recalled without any date ("a meeting was held in Moscow"), or with one
    party alone ("your visit to the Russian Federation last year", the visitor unnamed), says
    too little to stand as a record of its own.
    """
    if not event.actors:
        return False
    if event.status == "referenced" and parties < 2:
        return False
    return event.date is not None or event.status in ("reported", "planned")


def event_order(event: Event) -> tuple:
    return (event.date.value if event.date else "9999", event.id)


__all__ = ["ClusterView", "Member", "LinkUnit", "anchors_fit", "choose", "event_order", "finalize", "fits",
           "group_anchors", "join_earlier_news", "join_kept_plans", "plan_kept_days_later", "keep", "DateValue", "PRECISION_RANK"]
