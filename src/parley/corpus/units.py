"""Link units: one article's mentions of one event, the thing linking compares across articles.

An article often tells one event in several places ("Aliyev received Lavrov", "Speaking at the
meeting", "during the talks on Monday"). Those mentions are grouped inside the article first
(the article's own words decide: same code root, agreeing dates, the same or fewer parties); the
group is a `LinkUnit`, small and plain (JSON-ready), carrying everything cross-article linking
and the final event need, so linking never has to re-read the article.

Each unit has *party keys*: a state (`AZE`), a person stands for the state he or she acts for
when the article says which, otherwise for himself (`n:lavrov`). Blocks are built from party
keys, code root and time windows; two units are only ever compared when they share a block.
"""
from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from ..dates.expressions import TimeExpr, latest_year_lived
from ..document.published import own_day_without_year
from ..events.agreements import keys_compatible
from ..events.lexicon import media_differ
from ..events.places import country_of_place, fold_place, iso_of_state_name, state_name
from ..events.settle import NEWS_WINDOW_DAYS, compare_days, fallback_location, time_expression
from ..model import DateValue, Document, Event, Mention

PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
STATUS_RANK = {"reported": 0, "referenced": 1, "planned": 2}
HEAD_OF_STATE_ROLES = ("head of state", "president")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


# the evidence line of an article the corpus dated by the meeting it reports (`dating.sharpen`)
SHARPENED = "date of the same meeting as another article reports it"


@dataclass
class Member:
    """One per-article event mention, reduced to what linking and the record need."""

    code: str
    status: str
    actors: list[str]
    mentions: list[Mention]
    date: DateValue | None = None
    stated: bool = False           # the words give the date (not the article's own date)
    location: str | None = None
    fallback: str | None = None    # where the news happened when the sentence does not say
    agreement: str | None = None
    key: str | None = None
    mode: str = ""
    trigger: str = ""
    # the weekday the words give a mention the article cannot date ("spoke on Monday" in an
    # article with no date of its own): 0 Monday .. 6 Sunday
    weekday: int | None = None
    # the days from the article's day to that of a mention the article cannot date ("met today":
    # 0, "arrived yesterday": -1): the article was written that many days after the event
    day_offset: int | None = None
    # a mention the words date only as "earlier this month", in an article with no date: the
    # article was written in the month of that event
    this_month: bool = False
    # the bare weekday of a plan the article cannot date ("will meet on Thursday", undated)
    plan_weekday: int | None = None
    # a mention the words date by a month alone ("agreed in March"), in an article with no date:
    # the article was written that month or any month after, so it learns no month of its own
    month_only: bool = False
    # a plan for the day its article is of ("will meet again on Friday" in Friday's paper): whether
    # it was held by the time another article of that day reported a meeting is not said
    same_day_plan: bool = False
    # news of an article with no date of its own, dated by the corpus to the meeting it reports
    # (`dating.sharpen`): its day is that meeting's, so "held" is said of that day
    corpus_day: bool = False
    # told as an arrival or a welcome ("arrived in Hanoi on Saturday"): its day is the visit's
    # first, not necessarily that of its talks
    arrival: bool = False

    @property
    def start(self) -> int:
        return self.mentions[0].start if self.mentions else 0

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "status": self.status, "actors": self.actors,
                "mentions": [[m.document, m.start, m.end] for m in self.mentions],
                "date": [self.date.value, self.date.precision] if self.date else None, "stated": self.stated,
                "location": self.location, "fallback": self.fallback, "agreement": self.agreement,
                "key": self.key, "mode": self.mode, "trigger": self.trigger, "weekday": self.weekday,
                "day_offset": self.day_offset, "this_month": self.this_month, "plan_weekday": self.plan_weekday,
                "month_only": self.month_only, "same_day_plan": self.same_day_plan, "corpus_day": self.corpus_day,
                "arrival": self.arrival}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> "Member":
        return cls(code=raw["code"], status=raw["status"], actors=list(raw["actors"]),
                   mentions=[Mention(d, s, e) for d, s, e in raw["mentions"]],
                   date=DateValue(*raw["date"]) if raw.get("date") else None, stated=raw.get("stated", False),
                   location=raw.get("location"), fallback=raw.get("fallback"), agreement=raw.get("agreement"),
                   key=raw.get("key"), mode=raw.get("mode", ""), trigger=raw.get("trigger", ""),
                   weekday=raw.get("weekday"), day_offset=raw.get("day_offset"),
                   this_month=raw.get("this_month", False), plan_weekday=raw.get("plan_weekday"),
                   month_only=raw.get("month_only", False), same_day_plan=raw.get("same_day_plan", False),
                   corpus_day=raw.get("corpus_day", False), arrival=raw.get("arrival", False))


# an arrival dates a visit whose talks are told this many days after it no more
ARRIVAL_LEAD_DAYS = 2


def days_later(later: DateValue, earlier: DateValue) -> bool:
    """`later` is a day one to ARRIVAL_LEAD_DAYS days after `earlier` (both days): the talks of a
    visit whose arrival, or whose plan, `earlier` dates."""
    return 0 < compare_days(later, earlier) <= ARRIVAL_LEAD_DAYS


def best_date(members: list[Member]) -> tuple[DateValue | None, bool]:
    """The most precise date; one the words state outranks one taken from the article's date.
    An arrival's day gives way to the talks other reports tell a day or two later (Aoun "arrived
    in Moscow" on the 25th, "met" Putin on the 26th): a visit is dated by its talks."""
    talks = [m.date for m in members if m.date and not m.arrival and m.date.precision == "day"]
    # a visit planned for a day, whose talks are news a day or two later: the talks' day
    # (`linking.plan_kept_days_later`)
    held = [m.date for m in members if m.date and m.date.precision == "day" and m.status == "reported"]
    members = [m for m in members if not (m.date and m.date.precision == "day" and (
        (m.arrival and any(days_later(d, m.date) for d in talks)) or
        (m.status == "planned" and any(days_later(d, m.date) for d in held))))]
    dated = [(PRECISION_RANK[m.date.precision], m.stated, m.date) for m in members if m.date]
    if not dated:
        return None, False
    rank, stated = max((x[0], x[1]) for x in dated)
    # of equally good dates, the earliest: a report cannot tell a meeting after its own day
    date = min((x[2] for x in dated if (x[0], x[1]) == (rank, stated)), key=lambda d: d.value)
    return date, stated


def ranked_actors(members: list[Member]) -> list[str]:
    """Participants, most often named first (ties: the one named earliest in the later mentions)."""
    counts = Counter(a for m in members for a in m.actors)
    order = {a: i for i, a in enumerate(a for m in members for a in reversed(m.actors))}
    return sorted(counts, key=lambda a: (-counts[a], -order[a]))


def principal_status(members: list[Member]) -> str:
    """The status dated mentions give ("is on a visit", undated, does not make a plan a memory)."""
    dated = [m.status for m in members if m.stated]
    return min(dated or [m.status for m in members], key=STATUS_RANK.get)


def _once(method):
    """A unit never changes once made: what is computed from it is computed once."""
    attr = f"_memo_{method.__name__}"

    def wrapper(self):
        try:
            return self.__dict__[attr]
        except KeyError:
            value = self.__dict__[attr] = method(self)
            return value

    wrapper.__name__, wrapper.__doc__ = method.__name__, method.__doc__
    return wrapper


@dataclass
class LinkUnit:
    id: str
    document: str
    members: list[Member]
    # person name -> the state the article says the person acts for
    countries: dict[str, str] = field(default_factory=dict)
    # state -> the head of state the article names (for agreements signed by heads of state)
    heads: dict[str, list[str]] = field(default_factory=dict)
    # the year the article was written in or after: its own year, or the latest year it names
    # as lived ("In 2021-22"); its undated news is of no earlier year
    not_before: int | None = None
    # the month and day the article is written on, where it gives no year ("Seoul, June 19
    # (IANS)"): its news and plans are of the days around it, in whichever year
    written_on: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        self.root = self.members[0].code[:2]
        self.date, self.stated = best_date(self.members)
        self.key = next((m.key for m in self.members if m.key), None)
        self.actors = ranked_actors(self.members)
        self.status = principal_status(self.members)
        self.statuses = frozenset(m.status for m in self.members)
        self.codes = frozenset(m.code for m in self.members)
        self.location = next((m.location for m in self.members if m.location), None)
        self.parties = frozenset(party_key(a, self.countries) for a in self.actors)

    # ---- what kind of unit it is ------------------------------------------------------------
    @property
    def precision(self) -> int:
        return PRECISION_RANK[self.date.precision] if self.date else 0

    @property
    def anchor(self) -> bool:
        """Anchors (tier 1) are told to the day with two parties or more, or a named agreement to
        the day; they group among themselves. Every other unit joins one cluster of anchors when
        exactly one fits it, and otherwise stays with units exactly like it."""
        return self.precision == 3 and (len(self.parties) >= 2 or bool(self.key))

    @property
    def group(self) -> str | None:
        return f"{self.root}|{self.date.value}" if self.anchor and self.date else None

    @property
    def unstated_news(self) -> bool:
        """Reported news the words do not date (dated, if at all, by the article's own date)."""
        return any(m.status == "reported" and not m.stated for m in self.members)

    @property
    def news_offset(self) -> int | None:
        """The one day offset ("today", "yesterday") the article's undatable news is told with."""
        offsets = {m.day_offset for m in self.members if m.day_offset is not None}
        return offsets.pop() if len(offsets) == 1 else None

    @property
    def news_weekday(self) -> int | None:
        """The one weekday the article's undatable news names ("met on Thursday")."""
        days = {m.weekday for m in self.members if m.weekday is not None}
        return days.pop() if len(days) == 1 else None

    @property
    def plan_weekday(self) -> int | None:
        """The one weekday the article's undatable plans name ("will meet on Thursday")."""
        days = {m.plan_weekday for m in self.members if m.plan_weekday is not None}
        return days.pop() if len(days) == 1 and self.statuses == {"planned"} else None

    @property
    def placed_plan(self) -> bool:
        """A plan the article cannot date, of a named place ("will hold talks with Khurelsukh in
        Ulaanbaatar"): the visit other reports tell held there, if there is one."""
        return self.date is None and self.statuses == {"planned"} and bool(self.location)

    @property
    def month_news(self) -> bool:
        """An event of the article's own month ("earlier this month") the article cannot date."""
        return any(m.this_month for m in self.members)

    @property
    def unresolved_news(self) -> bool:
        """Reported news the words date only against the article's own date, which the article
        lacks (`on Monday`, `Dec. 23` in an undated article)."""
        return any(m.status == "reported" and m.stated and m.date is None and not m.month_only for m in self.members)

    def expand(self) -> set[str]:
        """Participants and the states the persons among them act for."""
        out = set(self.actors)
        for a in self.actors:
            if a in self.countries:
                out.add(state_name(self.countries[a]))
        return out

    # ---- blocks -----------------------------------------------------------------------------
    @_once
    def _actor_keys(self) -> list[tuple[str | None, frozenset[str]]]:
        """Each participant's state (if known) and the keys it can be found by: the state, and for
        a person the family name too (one article may give the state, another not)."""
        out = []
        for a in self.actors:
            iso = iso_of_state_name(a)
            if iso:
                out.append((iso, frozenset((iso,))))
                continue
            country = self.countries.get(a)
            out.append((country, frozenset(k for k in (country, person_key(a)) if k)))
        return out

    @_once
    def pair_keys(self) -> list[str]:
        """Two participants of two parties (never a person with the state he acts for)."""
        keyed = self._actor_keys()
        pairs = set()
        for (sa, ka), (sb, kb) in combinations(keyed, 2):
            if sa and sa == sb:
                continue
            for x in ka:
                for y in kb:
                    if x != y:
                        pairs.add("+".join(sorted((x, y))))
        return sorted(pairs)

    @_once
    def single_keys(self) -> list[str]:
        return sorted({k for _, keys in self._actor_keys() for k in keys})

    @_once
    def index_blocks(self) -> list[str]:
        """Where an anchor can be found: its party pairs by month, by year and over all years,
        single parties by day and by month, agreement words."""
        if not self.anchor or self.date is None:
            return []
        year, month, day = self.date.value[:4], self.date.value[:7], self.date.value
        out = []
        for pair in self.pair_keys():
            out += [f"{self.root}|p|{pair}|Y{year}", f"{self.root}|p|{pair}|M{month}", f"{self.root}|p|{pair}|A"]
        for key in self.single_keys():
            out += [f"{self.root}|s|{key}|D{day}", f"{self.root}|s|{key}|M{month}"]
        out += [f"{self.root}|k|{w}" for w in key_words(self.key)]
        return sorted(set(out))

    @_once
    def query_blocks(self) -> list[str]:
        """Where a unit that is no anchor looks for the anchors it may join."""
        if self.anchor:
            return []
        out = [f"{self.root}|k|{w}" for w in key_words(self.key)]
        if len(self.parties) >= 2:
            if self.date is not None:
                # a month looks among that month's anchors, a year among the year's
                window = f"M{self.date.value[:7]}" if self.precision == 2 else f"Y{self.date.value[:4]}"
                out += [f"{self.root}|p|{pair}|{window}" for pair in self.pair_keys()]
            elif "reported" in self.statuses or self.month_news or self.plan_weekday is not None or self.placed_plan:
                # undated news (an undated article), or an event "earlier this month": the one
                # meeting of these parties, if there is one
                out += [f"{self.root}|p|{pair}|A" for pair in self.pair_keys()]
        elif len(self.parties) == 1 and self.date is not None and self.precision >= 2:
            # one party alone is thin evidence: only a day or a month narrows it enough
            window = f"D{self.date.value}" if self.precision == 3 else f"M{self.date.value}"
            out += [f"{self.root}|s|{key}|{window}" for key in self.single_keys()]
        return sorted(set(out))

    @_once
    def selfkey(self) -> str | None:
        """Units that join no anchor are one event with the units exactly like them (same root,
        date, parties, country of the place, agreement and status), never by resemblance alone."""
        if self.anchor or not self.actors:
            return None
        if self.date is None and not self.key and "reported" not in self.statuses:
            return None
        date = self.date.value if self.date else "-"
        # the place by its country: "Beijing" and "China" are one place for a month-old visit
        place = (country_of_place(self.location) or fold(self.location)) if self.location else ""
        return "|".join([self.root, date, ",".join(sorted(self.parties)), place,
                         self.key or "", self.status])

    # ---- serialization ----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "document": self.document, "members": [m.to_dict() for m in self.members],
                "countries": self.countries, "heads": self.heads, "not_before": self.not_before,
                "written_on": list(self.written_on) if self.written_on else None}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> "LinkUnit":
        return cls(raw["id"], raw["document"], [Member.from_dict(m) for m in raw["members"]],
                   dict(raw.get("countries", {})), {k: list(v) for k, v in raw.get("heads", {}).items()},
                   raw.get("not_before"), tuple(raw["written_on"]) if raw.get("written_on") else None)


def person_key(actor: str) -> str:
    return "n:" + fold(actor.split()[-1] if actor.split() else actor)


def key_words(key: str | None) -> list[str]:
    if not key:
        return []
    kind, _, words = key.partition(":")
    return sorted({f"{kind}:{w}" for w in words.split("-") if w})


def party_key(actor: str, countries: dict[str, str]) -> str:
    """The party an actor stands for: a state, or the person when the article does not say whose."""
    iso = iso_of_state_name(actor) or countries.get(actor)
    return iso if iso else person_key(actor)


def places_agree(a: str, b: str) -> bool:
    """The same place, or a city and the country it lies in (Baku, Azerbaijan)."""
    if a == b or fold_place(a) == fold_place(b):
        return True
    a_country, b_state = country_of_place(a), iso_of_state_name(b)
    b_country, a_state = country_of_place(b), iso_of_state_name(a)
    return bool((a_country and a_country == b_state) or (b_country and b_country == a_state))


# ---- grouping one article's mentions ---------------------------------------------------------

class _ArticleGroup:
    def __init__(self, member: Member) -> None:
        self.members = [member]

    @property
    def root(self) -> str:
        return self.members[0].code[:2]

    @property
    def date(self) -> DateValue | None:
        return best_date(self.members)[0]

    @property
    def key(self) -> str | None:
        return next((m.key for m in self.members if m.key), None)


def _same_article_news(group: _ArticleGroup, m: Member) -> bool:
    """News dated only by the article's date is the news dated by its words ("Mao on Tuesday
    described the talks ..." and "During Monday's talks ..." are one event)."""
    if m.status != "reported":
        return False
    mine = [x for x in group.members if x.status == "reported"]
    if not mine or not (not m.stated or all(not x.stated for x in mine)):
        return False
    other = next((x.date for x in mine if x.date is not None), None)
    return other is not None and m.date is not None and abs(compare_days(m.date, other)) <= NEWS_WINDOW_DAYS


def _arrival_and_its_talks(group: _ArticleGroup, m: Member) -> bool:
    """A visitor's arrival and the talks the same article tells a day or two later, either way
    round, are one visit, which `best_date` dates by its talks ("Meloni will arrive in Algeria on
    Sunday evening" and, "Monday at 11:30", the meeting with Tebboune; eval 690)."""
    if m.code[:2] != "04" or m.date is None or m.date.precision != "day":
        return False
    for x in group.members:
        if x.arrival == m.arrival or x.status != m.status or x.date is None or x.date.precision != "day":
            continue
        arrival, talks = (x, m) if x.arrival else (m, x)
        assert arrival.date is not None and talks.date is not None
        if days_later(talks.date, arrival.date):
            return True
    return False


def _joins(group: _ArticleGroup, m: Member, countries: dict[str, str]) -> bool:
    if group.root != m.code[:2] or media_differ([m.code], [x.code for x in group.members]):
        return False
    key, gkey = m.key, group.key
    if key and gkey and not keys_compatible(key, gkey):
        return False
    same_agreement = bool(key and gkey)
    gdate = group.date
    if m.date is not None and gdate is not None:
        if not m.date.agrees_with(gdate) and not _same_article_news(group, m) and not _arrival_and_its_talks(group, m):
            return False
    elif not same_agreement and (key or gkey):
        return False
    else:
        statuses = {x.status for x in group.members}
        if "referenced" in statuses ^ {m.status}:
            # an undated report beside a recalled one ("the first visit since December 2011,
            # Kishida held a summit"): only dates would make them one
            return False
    if not m.actors:
        return True
    mine = set(m.actors)
    theirs = set(ranked_actors(group.members))
    inside = mine <= _expand(theirs, countries)
    around = theirs <= _expand(mine, countries)
    if not (inside or around or len(mine & theirs) >= 2):
        return False
    first = next((x.location for x in group.members if x.location), None)
    return not (m.location and first) or places_agree(first, m.location)


def _expand(names: set[str], countries: dict[str, str]) -> set[str]:
    return names | {state_name(countries[n]) for n in names if n in countries}


def _member_order(m: Member) -> tuple:
    rank = PRECISION_RANK[m.date.precision] if m.date else 0
    # named agreements first, then the most precise dates, dates the words state before those
    # taken from the article's own date, more participants first; then where it is told
    return (-bool(m.key), -rank, -m.stated, -len(m.actors), m.start, m.code)


def members_of(doc: Document) -> list[Member]:
    out = []
    for ev in doc.events:
        if not ev.mentions:
            continue
        out.append(Member(
            code=ev.code, status=ev.status, actors=list(ev.actors), mentions=list(ev.mentions), date=ev.date,
            # the words date it: its own phrase, or the news day of the article's lead
            stated=ev.time is not None or "news_day" in ev.evidence,
            location=ev.location, fallback=fallback_location(ev, doc),
            agreement=ev.agreement, key=ev.evidence.get("agreement_key") or None, mode=ev.mode,
            trigger=ev.evidence.get("trigger", ""), weekday=_unresolved_weekday(ev, doc),
            day_offset=_unresolved_day_offset(ev, doc), this_month=_this_month(ev, doc),
            plan_weekday=_unresolved_weekday(ev, doc, "planned"), month_only=_month_only(ev, doc),
            same_day_plan=ev.status == "planned" and ev.date is not None and doc.published is not None
            and ev.date.precision == "day" and ev.date.value == doc.published.value,
            corpus_day=ev.time is None and doc.published_evidence == SHARPENED,
            arrival=ev.evidence.get("frame") in ("journey", "arrival")))
    return out


def _undated_expression(ev: Event, doc: Document) -> TimeExpr | None:
    """The date phrase of an event in an article with no date, which that phrase cannot date."""
    if ev.date is not None or doc.published is not None:
        return None
    return time_expression(ev, doc)


def _month_only(ev: Event, doc: Document) -> bool:
    """"Iran and Saudi Arabia agreed in March to restore ties", in an undated article."""
    expr = _undated_expression(ev, doc)
    return expr is not None and expr.month is not None and expr.day is None and expr.weekday is None


def _this_month(ev: Event, doc: Document) -> bool:
    """"Earlier this month Erdogan was on an official visit to Azerbaijan", in an undated article."""
    expr = _undated_expression(ev, doc)
    return expr is not None and expr.month_offset == 0 and expr.month is None and expr.day is None


def _unresolved_day_offset(ev: Event, doc: Document) -> int | None:
    """The day offset ("today", "yesterday") of reported news the article cannot date."""
    if ev.date is not None or ev.status != "reported":
        return None
    expr = time_expression(ev, doc)
    return expr.day_offset if expr is not None and expr.day_offset is not None and expr.day_offset <= 0 else None


def _unresolved_weekday(ev: Event, doc: Document, status: str = "reported") -> int | None:
    """The bare weekday ("on Monday") of reported news (or of a plan) the article cannot date."""
    if ev.date is not None or ev.status != status:
        return None
    expr = time_expression(ev, doc)
    if expr is None or expr.weekday is None or expr.day is not None or expr.month is not None \
            or expr.week_offset is not None or expr.year is not None:
        return None
    return expr.weekday


def article_countries(doc: Document) -> dict[str, str]:
    return {a.name: a.country for a in doc.actors if a.type == "person" and a.country}


def article_heads(doc: Document) -> dict[str, list[str]]:
    heads: dict[str, set[str]] = {}
    for a in doc.actors:
        if a.type == "person" and a.country and any(r in (a.role or "").lower() for r in HEAD_OF_STATE_ROLES):
            heads.setdefault(a.country, set()).add(a.name)
    return {iso: sorted(names) for iso, names in sorted(heads.items())}


def units_of(doc: Document) -> list[LinkUnit]:
    """The article's mentions grouped into one unit per event the article tells."""
    countries = article_countries(doc)
    groups: list[_ArticleGroup] = []
    for m in sorted(members_of(doc), key=_member_order):
        home = next((g for g in groups if _joins(g, m, countries)), None)
        if home is None:
            groups.append(_ArticleGroup(m))
        else:
            home.members.append(m)
    groups.sort(key=lambda g: (min(m.start for m in g.members), g.members[0].code))
    heads = article_heads(doc)
    years = [y for y in (latest_year_lived(doc.text, doc.body_spans), doc.published and doc.published.year) if y]
    not_before = max(years) if years else None
    # the month and day the article gives itself, where it gives no date with a year
    written_on = own_day_without_year(doc) if doc.published is None else None
    units = []
    for n, g in enumerate(groups):
        used = {a for m in g.members for a in m.actors}
        units.append(LinkUnit(f"{doc.id}#{n:03d}", doc.id, g.members,
                              {a: c for a, c in countries.items() if a in used}, heads, not_before, written_on))
    return units


def cluster_digest(cluster_id: str) -> str:
    return hashlib.sha1(cluster_id.encode("utf-8", errors="surrogatepass")).hexdigest()[:8]
