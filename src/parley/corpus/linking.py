"""One event, however many reports: mentions merged by code root, date, actors and place."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from ..events.agreements import keys_compatible
from ..events.lexicon import label_template
from ..events.places import country_of_place, iso_of_state_name, state_name
from ..events.settle import NEWS_WINDOW_DAYS, compare_days, fallback_location
from ..model import DateValue, Document, Event, Mention

STATUS_RANK = {"reported": 0, "referenced": 1, "planned": 2}
PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
HEAD_OF_STATE_ROLES = ("head of state", "president")


@dataclass
class Cluster:
    members: list[tuple[Document, Event]] = field(default_factory=list)

    @property
    def root(self) -> str:
        return self.members[0][1].code[:2]

    @property
    def date(self) -> DateValue | None:
        """The most precise date; one the text states outranks one taken from the article's date."""
        dated = [(e.time is not None, PRECISION_RANK[e.date.precision], e.date) for _, e in self.members if e.date]
        return max(dated, key=lambda x: (x[1], x[0]))[2] if dated else None

    @property
    def key(self) -> str | None:
        return next((e.evidence["agreement_key"] for _, e in self.members if e.evidence.get("agreement_key")), None)

    @property
    def documents(self) -> set[str]:
        return {d.id for d, _ in self.members}

    @property
    def actors(self) -> list[str]:
        counts = Counter(a for _, e in self.members for a in e.actors)
        order = {a: i for i, a in enumerate(a for _, e in self.members for a in reversed(e.actors))}
        return sorted(counts, key=lambda a: (-counts[a], -order[a]))

    @property
    def locations(self) -> list[str]:
        return [e.location for _, e in self.members if e.location]


class ActorCountries:
    """Which state each person acts for, over the whole corpus."""

    def __init__(self, documents: list[Document]) -> None:
        self.country: dict[str, str] = {}
        self.heads: dict[str, set[str]] = {}
        for doc in documents:
            for actor in doc.actors:
                if actor.type == "person" and actor.country:
                    self.country.setdefault(actor.name, actor.country)
                    role = (actor.role or "").lower()
                    if any(r in role for r in HEAD_OF_STATE_ROLES):
                        self.heads.setdefault(actor.country, set()).add(actor.name)

    def expand(self, names: list[str]) -> set[str]:
        out = set(names)
        for n in names:
            if n in self.country:
                out.add(state_name(self.country[n]))
        return out

    def head_of(self, iso: str) -> str | None:
        heads = self.heads.get(iso, set())
        return next(iter(heads)) if len(heads) == 1 else None


def _places_agree(a: str, b: str) -> bool:
    """The same place, or a city and the country it lies in (Baku, Azerbaijan)."""
    if a == b:
        return True
    a_country, b_state = country_of_place(a), iso_of_state_name(b)
    b_country, a_state = country_of_place(b), iso_of_state_name(a)
    return bool((a_country and a_country == b_state) or (b_country and b_country == a_state))


def _compatible(cluster: Cluster, doc: Document, ev: Event, people: ActorCountries) -> bool:
    if cluster.root != ev.code[:2]:
        return False
    key, ckey = ev.evidence.get("agreement_key"), cluster.key
    if key and ckey and not keys_compatible(key, ckey):
        return False
    same_agreement = bool(key and ckey)
    cdate = cluster.date
    if ev.date is not None and cdate is not None:
        if not ev.date.agrees_with(cdate) and not _same_article_news(cluster, doc, ev):
            return False
    elif not same_agreement and doc.id not in cluster.documents:
        # an undated article's news may be a dated article's meeting, if the parties are the same
        return ev.date is None and _same_news(cluster, ev, people)
    elif not same_agreement and (key or ckey):
        return False
    if not ev.actors:
        return same_agreement or doc.id in cluster.documents
    mine, theirs = set(ev.actors), set(cluster.actors)
    inside = mine <= people.expand(cluster.actors)
    around = theirs <= people.expand(ev.actors)
    coarse = ev.date is None or cdate is None or "day" not in (ev.date.precision, cdate.precision)
    if coarse and doc.id not in cluster.documents and not same_agreement:
        # a year or a month is thin evidence that two articles tell one event: the parties must agree
        if not (inside and around):
            return False
    elif not (inside or around or len(mine & theirs) >= 2):
        return False
    return all(_places_agree(loc, ev.location) for loc in cluster.locations[:1] if ev.location)


def _same_article_news(cluster: Cluster, doc: Document, ev: Event) -> bool:
    """Within one article, news dated only by the article's date is the news dated by its words.

    ("Mao on Tuesday described the talks ..." and "During Monday's talks ..." are one event.)
    """
    if doc.id not in cluster.documents or ev.status != "reported":
        return False
    mine = [e for d, e in cluster.members if d.id == doc.id and e.status == "reported"]
    if not mine or not (ev.time is None or all(e.time is None for e in mine)):
        return False
    other = next(e.date for e in mine if e.date is not None)
    return abs(compare_days(ev.date, other)) <= NEWS_WINDOW_DAYS


def _same_news(cluster: Cluster, ev: Event, people: ActorCountries) -> bool:
    if ev.status != "reported" or not ev.actors or all(e.status != "reported" for _, e in cluster.members):
        return False
    if not (set(ev.actors) <= people.expand(cluster.actors) and set(cluster.actors) <= people.expand(ev.actors)):
        return False
    return all(_places_agree(loc, ev.location) for loc in cluster.locations[:1] if ev.location)


def _order(pair: tuple[Document, Event]) -> tuple:
    _, ev = pair
    rank = PRECISION_RANK[ev.date.precision] if ev.date else 0
    return (-bool(ev.evidence.get("agreement_key")), -rank, -len(ev.actors))


def cluster_events(documents: list[Document], people: ActorCountries) -> list[Cluster]:
    pairs = sorted(((d, e) for d in documents for e in d.events), key=_order)
    clusters: list[Cluster] = []
    for doc, ev in pairs:
        fits = [c for c in clusters if _compatible(c, doc, ev, people)]
        if ev.date is None and len(fits) > 1 and not any(doc.id in c.documents for c in fits):
            fits = []  # the same parties met more than once: which meeting is not said
        home = fits[0] if fits else None
        if home is None:
            clusters.append(Cluster([(doc, ev)]))
        else:
            home.members.append((doc, ev))
    return clusters


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


def finalize(cluster: Cluster, people: ActorCountries) -> Event:
    members = sorted(cluster.members, key=lambda p: (STATUS_RANK[p[1].status], p[0].id, p[1].mentions[0].start))
    status = members[0][1].status
    code = Counter(e.code for _, e in members if e.status == status).most_common(1)[0][0]
    actors = cluster.actors
    agreement = next((e.agreement for _, e in members if e.agreement), None)
    if cluster.root == "05":
        actors = _with_heads_of_state(actors, people)
    locations = Counter(cluster.locations or filter(None, (fallback_location(e, d) for d, e in members)))
    cities = [loc for loc, _ in locations.most_common() if not iso_of_state_name(loc)]
    location = cities[0] if cities else (locations.most_common(1)[0][0] if locations else None)
    mentions: list[Mention] = []
    for doc, ev in sorted(cluster.members, key=lambda p: (p[0].id, p[1].mentions[0].start)):
        for m in ev.mentions:
            if all((m.document, m.start) != (x.document, x.start) for x in mentions):
                mentions.append(m)
    date = cluster.date
    basis = f"{cluster.root}|{date.value if date else ''}|{'|'.join(sorted(actors)[:3])}|{cluster.key or ''}|{location}"
    digest = hashlib.sha1(basis.encode()).hexdigest()[:8]
    event = Event(
        code=code, actors=actors, status=status, mentions=mentions, location=location, date=date,
        agreement=agreement, mode=members[0][1].mode,
        id=f"{_slug(date.value) if date else 'undated'}-{code}-{digest}",
        label=_label(code, actors, location, agreement),
        evidence={"trigger": members[0][1].evidence.get("trigger", "")},
    )
    if cluster.key:
        event.evidence["agreement_key"] = cluster.key
    return event


def _with_heads_of_state(actors: list[str], people: ActorCountries) -> list[str]:
    """An agreement between states that a head of state signed was signed by the heads of each."""
    if not any(people.country.get(a) and people.head_of(people.country[a]) == a for a in actors):
        return actors
    out = list(actors)
    for a in actors:
        iso = iso_of_state_name(a)
        head = people.head_of(iso) if iso else None
        if head and head not in out:
            out.append(head)
    return out


def keep(event: Event) -> bool:
    """Records worth having: with participants, and dated unless they are news or announced.

    An earlier event recalled without any date ("a meeting was held in Moscow") says too
    little to stand as a record of its own.
    """
    if not event.actors:
        return False
    return event.date is not None or event.status in ("reported", "planned")
