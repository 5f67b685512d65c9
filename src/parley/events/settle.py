"""Date and status of an event mention, settled against the article's own date.

Run when the `events` stage finds a mention and again by the corpus once it has dated the
article, so `on Tuesday` or `last October` resolve as soon as the reference is known.
"""
from __future__ import annotations

import datetime as dt

import re
from functools import lru_cache

from ..dates.expressions import TimeExpr, find_time_expressions, resolve
from ..dates import valid_date
from ..dates.mentions import find_dates
from ..model import DateValue, Document, Event, Span
from .lexicon import status_lexicon
from .places import capital_of, country_of_place, iso_of_state_name, state_name

# a held event reported up to this many days after it happened is still the news
NEWS_WINDOW_DAYS = 3
# the lead: the body's first sentences, where a news story says on which day its news happened
LEAD_SENTENCES = 2
_WORD_CASED = re.compile(r"[A-Za-z']+")
_DAY_AFTER_MAY = re.compile(r"\s+\d")


def time_expression(ev: Event, doc: Document) -> TimeExpr | None:
    """The date phrase of the mention, parsed again in its sentence (the parse needs context)."""
    if ev.time is None:
        return None
    own = [m for m in ev.mentions if m.document == doc.id]
    context = Span(own[0].start, own[0].end) if own else ev.time
    if not context.contains(ev.time):
        context = ev.time
    return next((e for e in find_time_expressions(doc.text, context) if e.span == ev.time), None)


def _as_date(d: DateValue) -> dt.date:
    return dt.date(d.year, d.month or 1, d.day or 1)


def compare_days(a: DateValue, b: DateValue) -> int:
    """Days from b to a when both are days; 0 when either is coarser (they may be one day)."""
    if a.precision != "day" or b.precision != "day":
        return 0
    return (_as_date(a) - _as_date(b)).days


def compare(date: DateValue, published: DateValue) -> int:
    """-1 when `date` is clearly before the article, +1 after, 0 when it is the news."""
    n = min(len(date.value), len(published.value))
    a, b = date.value[:n], published.value[:n]
    if a == b:
        return 0
    if date.precision == "day" and published.precision == "day":
        gap = (_as_date(date) - _as_date(published)).days
        if -NEWS_WINDOW_DAYS <= gap < 0:
            return 0
    return -1 if a < b else 1


def _status(ev: Event, date: DateValue | None, doc: Document, expr: TimeExpr | None) -> str:
    # a date the article can be compared with outweighs the verbs around it
    if date is not None and doc.published is not None:
        order = compare(date, doc.published)
        if order >= 0 and expr is not None and expr.tense > 0:
            return "planned"  # "next week", "later this year"
        if order > 0:
            return "planned"
        if order < 0:
            return "referenced"
        if ev.status_cue == "planned":
            return "planned"
        if expr is not None and expr.year_offset is not None:
            # "earlier this year", "this year ... the signing": recalled, not today's news
            return "referenced"
        if len(date.value) < len(doc.published.value) and (ev.quoted or ev.mode == "sign" or (
                expr is not None and expr.tense < 0)):
            # "visited Islamabad earlier this month": recalled, the article's own news is of its day
            return "referenced"
        return "referenced" if ev.status_cue == "referenced" and expr is not None and expr.is_absolute else "reported"
    if ev.status_cue == "planned" or (expr is not None and expr.tense > 0):
        return "planned"
    if ev.status_cue == "referenced" or ev.quoted or (expr is not None and (
            expr.tense < 0 or (expr.year_offset is not None and expr.year_offset < 0))):
        # "last week", "earlier this month", "a day after", "in January last year": the phrase
        # says which way
        return "referenced"
    if expr is not None and expr.is_absolute:
        # an explicit past date in an undated article: most likely recalled
        return "referenced"
    return "reported"


def _party_of_the_dateline(ev: Event, doc: Document, place: str) -> bool:
    """The dateline's state takes part ("BAKU (Trend) - Bayramov met Fidan"), or the state of
    either is not known; a newsroom's city with no party of its state ("NEW DELHI - Blinken and
    Wang Yi met") is where the story was written, not the meeting."""
    where = country_of_place(place)
    if where is None:
        return True
    states = set()
    for name in ev.actors:
        actor = doc.actor_named(name)
        iso = iso_of_state_name(name) or (actor.country if actor is not None else None)
        if iso is None:
            return True  # a party of a state the article does not give may be of the dateline's
        states.add(iso)
    return where in states


VISIT_DAYS = 3  # the days of one visit apart


def state_of(name: str, doc: Document) -> str | None:
    """The state a participant is or acts for: a state named, or the country of a person or body."""
    actor = doc.actor_named(name)
    return iso_of_state_name(name) or (actor.country if actor is not None else None)


def states_of(ev: Event, doc: Document) -> set[str]:
    """The states of an event's participants: states named, and the states people act for."""
    return {iso for name in ev.actors if (iso := state_of(name, doc))}


def visitors_of(ev: Event) -> set[str]:
    """The participants a visit's words make its visitors (`evidence["visitors"]`), else its first."""
    return set(filter(None, ev.evidence.get("visitors", "").split("|"))) or set(ev.actors[:1])


def _near(a: DateValue, b: DateValue) -> bool:
    """The same day or days of one visit (a few apart), or one contains the other."""
    if a.precision == "day" and b.precision == "day":
        return abs(compare_days(a, b)) <= VISIT_DAYS
    return a.agrees_with(b)


def _scene(ev: Event, doc: Document) -> str | None:
    """The one city of a party's state where the article places the news of the same people:
    "was received by Radev in Sofia ... subsequently was received by Denkov" is in Sofia too, and
    the deals "signed after the talks" are where the talks were. Two such cities (a tour, a visit
    of Shanghai then Beijing) give none."""
    states = states_of(ev, doc)
    cities = set()
    for other in doc.events:
        if other is ev or other.status != "reported" or not other.location or other.mode == "call":
            continue
        if not set(other.actors) & set(ev.actors) and not states_of(other, doc) >= states:
            continue
        if ev.date is not None and other.date is not None and not _near(ev.date, other.date):
            continue  # a visit of another month or year
        where = country_of_place(other.location)
        if where is not None and where in states and not iso_of_state_name(other.location):
            cities.add(other.location)
    return cities.pop() if len(cities) == 1 else None


def fallback_location(ev: Event, doc: Document) -> str | None:
    """Where the news happened when the sentence does not say: the dateline, the city the article
    places the same people's news in, or the host's country. A telephone call happens in no one
    place: the dateline is where the story was filed."""
    if ev.status != "reported" or ev.mode == "call":
        return None
    if ev.code == "114" and ev.evidence.get("trigger", "").lower().startswith("summon") and ev.actors:
        # an envoy is summoned to the foreign ministry of the state that summons him, in its
        # capital, wherever the story was filed ("COX'S BAZAR, Bangladesh (AP) — Bangladeshi
        # authorities have summoned Myanmar's envoy", eval 1649: in Dhaka; 41 of the 46 placed
        # summonses of eval)
        home = state_of(ev.actors[0], doc)
        capital = capital_of(home) if home else None
        if capital:
            return capital
    # the city the article places the same people's news in says more than where the story
    # was filed ("QUEZON CITY (PIA) -" over Marcos's talks placed in Beijing)
    scene = _scene(ev, doc)
    if scene is not None:
        return scene
    if doc.dateline is not None and doc.dateline.place and _party_of_the_dateline(ev, doc, doc.dateline.place):
        return doc.dateline.place
    host = _host_state(ev, doc) if ev.mode == "visit" else None
    return state_name(host) if host else None


def _host_state(ev: Event, doc: Document) -> str | None:
    """The state a visit went to: the host's (first of a hosting, 043), or for a visit (042,
    the visitor first) the one state of the participants other than the visitor's."""
    if not ev.actors:
        return None
    if ev.code != "042":
        return state_of(ev.actors[0], doc)
    visitors = visitors_of(ev)
    home = {state_of(v, doc) for v in visitors}
    others = {s for a in ev.actors if a not in visitors and (s := state_of(a, doc)) and s not in home}
    return others.pop() if len(others) == 1 else None


def _looks_away(sentence: str) -> bool:
    """A future or a plan ("will meet on Monday", "is scheduled for Friday"), or a look back
    ("Earlier, Putin and Modi also spoke on Monday") that opens the sentence: its date is not the
    news's ("... over statements Macron made earlier in the day" looks back only within its day)."""
    lex = status_lexicon()
    # the month May, or Theresa May, is no modal ("from May 25 to 27"): a capital "May" counts
    # only where it opens the sentence and no day follows
    words = [w.lower() for i, w in enumerate(_WORD_CASED.findall(sentence))
             if w != "May" or (i == 0 and not _DAY_AFTER_MAY.match(sentence, sentence.find(w) + 3))]
    return bool(set(words) & (lex.planned_modals | lex.planned_modifiers | {"due", "plans"})) or \
        bool(words[:1] and words[0] in lex.referenced_adverbs)


def _direct_quotes(doc: Document) -> tuple[Span, ...]:
    return tuple(q.span for q in doc.quotes if q.kind == "direct")


def _inside(spans: tuple[Span, ...], offset: int) -> bool:
    return any(s.start <= offset < s.end for s in spans)


def news_day(doc: Document, latest: int | None) -> DateValue | None:
    """The day the article's news happened, when its dateline or lead gives one a day or a few
    before the article's own date ("ALGIERS, Oct. 2 (Xinhua) --", "sat down face-to-face ...
    on Monday" in a paper of Tuesday). A news story dates its news once, in the lead; the held
    events it goes on to tell with no date of their own are of that day, not of the day the
    paper printed them ("Park met Hayashi in Tokyo", "One of the meetings was with Fernández").
    An article that names another recent day as well ("arrived on 29 January ... met Gabriel
    on 30 January") has no one day of news."""
    news = _news_of(doc, latest)
    return news if news is not None and news.precision == "day" else None


def news_month(doc: Document, latest: int | None) -> DateValue | None:
    """The month of the article's news when the news took several days of it: a story told after
    a visit "from January 14 to 17" or "from May 25 to 27". A held event it tells with no date of
    its own happened on some day of them, not on the day the paper printed it ("also met Premier
    Li Qiang")."""
    news = _news_of(doc, latest)
    return news if news is not None and news.precision == "month" else None


def _news_of(doc: Document, latest: int | None) -> DateValue | None:
    published = doc.published
    if published is None or published.precision != "day":
        return None
    line = doc.dateline
    dateline = (line.month, line.day, line.year) if line is not None and line.month and line.day else None
    body = doc.body_range
    sentences = tuple(s for s in doc.sentences if s.start >= body.start and doc.in_body(s))
    # a quotation's "today" is the day its speaker spoke, not the article's
    return _news_date(doc.text, published, dateline, sentences, latest, _direct_quotes(doc))


@lru_cache(maxsize=256)
def _news_date(text: str, published: DateValue, dateline: tuple[int, int, int | None] | None,
               sentences: tuple[Span, ...], latest: int | None, quoted: tuple[Span, ...] = ()) -> DateValue | None:
    """The day of the article's news (`news_day`), or its month when the news took several days
    of it (`news_month`)."""
    # (cached: every undated event of an article asks, and the corpus asks again once it has dated it)
    day = None
    if dateline is not None and dateline[2] in (None, published.year):
        month, mday = dateline[0], dateline[1]
        for year in (published.year, published.year - 1):
            if valid_date(year, month, mday):
                day = day or _days_before(DateValue.of(year, month, mday), published)
    for sentence in sentences[:LEAD_SENTENCES]:
        if day is not None:
            break
        if _looks_away(sentence.of(text)):
            continue
        for expr in find_time_expressions(text, sentence):
            if expr.tense > 0:
                continue
            if expr.last_day is not None:
                if (days := _span_before(expr, resolve(expr, published, latest, -1), published)) is not None:
                    return days
                continue
            if day := _days_before(resolve(expr, published, latest, -1), published):
                break
    if day is None:
        return None
    # another day of the last few, the article's own included ("met Gabriel on 30 January" in a
    # release of the 30th), told in the body of what happened; plans do not count
    for sentence in sentences:
        if _looks_away(sentence.of(text)):
            continue
        for expr in find_time_expressions(text, sentence):
            if expr.tense > 0 or _inside(quoted, expr.span.start):
                continue
            other = resolve(expr, published, latest, -1)
            if other == published and expr.weekday is not None and expr.day is None:
                continue  # "also meets Kishida on Tuesday" in Tuesday's paper: today, or a plan
            if other is not None and other.precision == "day" and other != day and \
                    -NEWS_WINDOW_DAYS <= compare_days(other, published) <= 0:
                # another day of news; a visit "from May 25 to 27" that the lead's day ended
                # dates the news to some day of those, their month
                return _span_before(expr, other, published)
    return day


def _span_before(expr: TimeExpr, first: DateValue | None, published: DateValue) -> DateValue | None:
    """The month of a range of days ("from January 14 to 17") that began before the article's
    day and ended by it, no longer ago than a visit lasts."""
    if first is None or first.precision != "day" or expr.last_day is None or expr.last_day < first.day:
        return None
    if not valid_date(first.year, first.month, expr.last_day):
        return None
    last = DateValue.of(first.year, first.month, expr.last_day)
    if compare_days(first, published) < 0 and compare_days(last, published) <= 0 and \
            -compare_days(last, published) <= NEWS_WINDOW_DAYS:
        return DateValue.of(first.year, first.month)
    return None


def _days_before(date: DateValue | None, published: DateValue) -> DateValue | None:
    """`date` when it is a day one to NEWS_WINDOW_DAYS days before `published`."""
    if date is None or date.precision != "day" or not 0 < -compare_days(date, published) <= NEWS_WINDOW_DAYS:
        return None
    return date


def reference_day(doc: Document) -> DateValue | None:
    """What the article's relative dates are read against: its own date, or within the month it
    is dated to, the day of its news (`Document.news_reference`)."""
    published, news = doc.published, doc.news_reference
    if published is not None and published.precision == "month" and news is not None and news.agrees_with(published):
        return news
    if published is not None and published.precision == "day" and doc.body_dateline is not None:
        # the story's own day in the dateline that opens its body, a few days before the page's
        # stamp: its "today" ("Helsinki, 19 February 2021 – Today in Finland, ..." under the stamp
        # "22.02.2021 | 09:24", the Estonian government, eval 1495)
        for d in find_dates(doc.body_dateline.of(doc.text)):
            if d.year and d.month and d.day and valid_date(d.year, d.month, d.day):
                return _days_before(DateValue.of(d.year, d.month, d.day), published) or published
    return published


def settle_event(ev: Event, doc: Document, latest: int | None) -> Event:
    """Date and status of `ev`; `latest` is the latest year the article names (callers compute
    it once per article: `dates.expressions.latest_year_lived`)."""
    expr = time_expression(ev, doc)
    # which way a bare weekday points: ahead for "will meet", back for "met", else the nearest
    direction = 1 if ev.status_cue == "planned" else (-1 if ev.evidence.get("tense") == "past" else 0)
    reference = reference_day(doc)
    if expr is not None and expr.day_offset is not None and _inside(_direct_quotes(doc), expr.span.start):
        # "Our discussions today were fruitful," he said, in the next day's paper: the speaker's
        # today is the day of the news
        reference = news_day(doc, latest) or reference
    date = resolve(expr, reference, latest, direction) if expr is not None else None
    if date is not None and expr is not None and expr.last_day is not None and ev.evidence.get("during"):
        # signed "during the visit" of 21-22 June: some day of it, so its month
        date = DateValue.of(date.year, date.month)
    ev.status = _status(ev, date, doc, expr)
    ev.evidence.pop("news_day", None)
    if expr is None and ev.status == "reported":
        day = news_day(doc, latest)
        if day is not None:
            # the lead's words date it, as good as a date of its own for linking
            ev.evidence["news_day"] = day.value
        date = day or news_month(doc, latest) or reference_day(doc)
    elif expr is None and ev.status == "planned" and doc.published is not None and doc.published.month is not None:
        # a plan the words give no day ("will pay a courtesy call on the President", "where he will
        # meet President Jacob Zuma"): one of the visit the article announces or reports, so of its
        # month, as the dev gold dates Wang Yi's planned meeting with Sullivan (dev 102)
        date = DateValue.of(doc.published.year, doc.published.month)
    elif expr is None and ev.status == "referenced" and ev.evidence.get("frame") == "occasion" \
            and doc.published is not None:
        # the invitation behind a visit, made on a day the text does not tell: of the article's
        # year, as the gold dates "the recent visit" (eval/REVIEW.md "Dates")
        date = DateValue.of(doc.published.year)
    ev.date = date
    if expr is not None:
        ev.evidence["date_phrase"] = expr.text
    return ev
