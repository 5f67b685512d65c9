"""When the article was written, never more precise than the evidence.

Evidence, strongest first:
1. page metadata (HTML, JSONL, WARC);
2. the page's own dates (`page.page_dates`): a date line labelled as the first publication
   (`Published: 3 March 2025`, `First Published: Sep 08 2023`), a byline's date (`PTIUpdated:
   Tuesday, November 08, 2022`, `Xinhua, February 11, 2017`), a dateline with its year
   (`BERLIN (UrduPoint News / Sputnik - 22nd December, 2021)`), a date line under the headline
   (`2 May 2021, 08:10`); then an update (`Last Updated : Oct 27 2023`), then a blog's date
   header right above the headline; of equal strength the earliest, since an update comes
   after publication;
3. the page store's stamp (` date 2023-10-28`): when the page was stored as published; the
   article's own full date wins when it is the same day or up to a week before (a dateline
   `New Delhi, October 27` under a stamp of the 28th: the story was filed on the 27th); a stamp
   of the month only (` date 2023-09`) gives the month, or the year of a dateline's day and month
   before its end, and lets the text pin the day only within that month;
4. a dateline or date line with day and month only, whose year is
   - the stamp's (the nearest such day on or before it), or
   - the year of the same day and month written out in the body (`on 25 February 2025`), or
   - from a weekday in the lead (`on Friday`): a year the text names where that day is that
     weekday, else the one year near it where it is (`published_strength` "weak"), or
   - with no weekday, the latest year the text names as lived (weak: `in 2025`);
5. the name of the article's photo file, glued into the body (`20131124-060420.jpg`: that day) or a
   wire picture's tag (`tagreuters.com2023binary_...`: that year);
6. the month of the page's opening photo, when the body tells of the photo's day (`The September 29
   talks` under a caption dated September 29, 2021): the article reports that news;
7. a date in the lead: with its year the month (the day of writing is not given), or with a weekday
   (`on Monday (27 February)`) the day, its year as above;
8. the month of a post embedded in the lead (`— Enrique A. Manalo (@SecManalo) March 6, 2023`):
   the article tells of it, so was written then or soon after.

A site's date bar, a related-news list, a photo caption and a copyright year never date the
article: only the header's date lines, the dateline, a labelled publication line and the lead
are read. A weekday alone only guesses the year, marked weak so that corpus reasoning can
replace it.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from htmldate.extractors import extract_url_date
from htmldate.utils import Extractor

from ..dates import PAGE_YEARS, valid_date, weekday_of, year_by_weekday
from ..dates.expressions import TimeExpr, find_time_expressions, latest_year_lived
from ..dates.mentions import DateMention, find_dates, nearest_on_or_before
from ..model import DateValue, Document, PublishedStrength
from ..pipeline import Context
from .lines import page_stamp
from .page import Page, PageDate, page_dates, read_page

# the lead: where the news date of an article is stated
LEAD_PARAGRAPHS = 2
# how far into the body the dateline's day is looked for with its year
SAME_DAY_PARAGRAPHS = 40
# how far into the body a caption's day is looked for
CAPTION_PARAGRAPHS = 10
# a photo among the page's first lines of story (the lead's photo, after a paragraph or a few)
CAPTION_LINES = 10
# how many days before the store's stamp the article's own date may be and still be preferred
STAMP_LAG_DAYS = 7
# a full date in the lead this many years or more before a year the article lives through is
# history it recalls ("the attack of Dec. 7, 1941" in "The year 2016 marks the 75th anniversary"),
# not its news; plans a few years ahead ("elections in 2028") stay closer than this
HISTORY_YEARS = 10


class Finding(NamedTuple):
    date: DateValue
    evidence: str
    strength: PublishedStrength = "strong"
    # the day of the news, where `date` is only its month (`Document.news_reference`)
    news_day: DateValue | None = None


class YearGuess(NamedTuple):
    year: int
    strength: PublishedStrength


def _lead_expressions(doc: Document, paragraphs: int = LEAD_PARAGRAPHS) -> list[TimeExpr]:
    """Date phrases of the body's first `paragraphs` (each on its own: a caption between them is
    no lead); a year that dates only the noun after it ("the 2015 deal") is none of the article's."""
    return [e for span in doc.body_spans[:paragraphs] for e in find_time_expressions(doc.text, span)
            if not e.attributive]


def year_for_weekday(month: int, day: int, weekday: int, latest: int | None) -> YearGuess | None:
    """The year in which `day month` is `weekday`, judged against the latest year the text names.

    That year itself fitting is strong evidence (two independent facts agree); a single fitting
    year near it is a weak guess; several, or none, give no year.
    """
    year = year_by_weekday(month, day, weekday, latest)
    if year is None:
        return None
    return YearGuess(year, "strong" if year == latest else "weak")


def _stamp(page: Page) -> dt.date | None:
    if page.infos and page.infos[0].role == "stamp" and page.infos[0].dates:
        d = page.infos[0].dates[0]
        if d.full:
            return dt.date(d.year, d.month, d.day)
    return None


_WHY = {0: "the page's publication line, byline or dateline", 1: "the date line under the headline",
        2: "the page's update line", 3: "the date above the headline"}


def _stamp_month(page: Page) -> tuple[int, int] | None:
    """(year, month) of a store's stamp that gives only the month (` date 2023-09`)."""
    if page.infos and page.infos[0].role == "stamp" and not page.infos[0].dates:
        found = page_stamp(page.infos[0].line.text)
        if found is not None and len(found.group("date")) == len("2023-09"):
            year, month = map(int, found.group("date").split("-"))
            if 1 <= month <= 12:
                return year, month
    return None


def _within_month(found: Finding, year: int, month: int) -> bool:
    return found.date.value.startswith(f"{year:04d}-{month:02d}")


def _from_month_stamp(doc: Document, page: Page, year: int, month: int) -> Finding:
    """A store's stamp of the month only: the article's own full date of that month, or its
    dateline's day and month in the stamp's year (the nearest on or before the month's end:
    `Moscow [Russia], April 16` under ` date 2023-07`), else the month itself."""
    own = _own_full_date(doc, page)
    if own is not None and (own[0].year, own[0].month) == (year, month):
        return Finding(own[0].value, own[1])
    day_month = _day_month(doc, page)
    if day_month is not None:
        month_end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        near = nearest_on_or_before(day_month[0], day_month[1], month_end)
        if near is not None and near.year == year:
            return Finding(near, "dateline day and month; the year of the page's month stamp")
    return Finding(DateValue.of(year, month), "the page's date stamp, to the month")


def _empty_stamp(m: DateMention) -> bool:
    """1 January 1970, the Unix epoch: a site's empty time stamp printed as a date ("Updated: 00:00
    GMT, Jan 1, 1970 | Published: 10:14 GMT, Dec 25, 2015"), never the article's."""
    return (m.year, m.month, m.day) == (1970, 1, 1)


def _own_full_date(doc: Document, page: Page) -> tuple[DateMention, str] | None:
    """The page's own strongest full date: of the strongest rank, the earliest."""
    ranked = [(d.rank, m) for d in page_dates(page) for m in _mentions(d) if m.full and not _empty_stamp(m)]
    dl = doc.dateline
    if dl is not None and dl.year and dl.month and dl.day:
        mention = DateMention(dl.span, dl.year, dl.month, dl.day)
        if not _empty_stamp(mention):
            ranked.append((0, mention))
    if not ranked:
        return None
    best_rank = min(rank for rank, _ in ranked)
    mention = min((m for rank, m in ranked if rank == best_rank), key=lambda m: (m.year, m.month, m.day))
    return mention, _WHY[best_rank]


def _mentions(found: PageDate) -> list[DateMention]:
    info = found.info
    if info.role == "dateline" and info.dateline is not None and info.dateline.month:
        dl = info.dateline
        return [DateMention(info.line.span, dl.year, dl.month, dl.day)]
    return list(info.dates)


def _as_date(m: DateMention) -> dt.date:
    return dt.date(m.year, m.month, m.day)


def _day_month(doc: Document, page: Page) -> tuple[int, int] | None:
    """(month, day) of the dateline or of the header's date line without a year."""
    dl = doc.dateline
    if dl is not None and dl.month and dl.day and not dl.year:
        return dl.month, dl.day
    for found in page_dates(page):
        for m in _mentions(found):
            if m.day is not None and m.year is None and found.rank <= 1:
                return m.month, m.day
    return None


def _days_before(month: int, day: int, stamp: dt.date) -> DateValue | None:
    """The day `month`/`day` that falls at most STAMP_LAG_DAYS before a page's `stamp` (a
    dateline's day printed under a posting date a few days later), or None."""
    near = nearest_on_or_before(month, day, stamp)
    if near is None or not 0 <= (stamp - dt.date(near.year, near.month, near.day)).days <= STAMP_LAG_DAYS:
        return None
    return near


def _from_page(doc: Document, page: Page) -> Finding | None:
    stamp = _stamp(page)
    own = _own_full_date(doc, page)
    if stamp is None:
        return Finding(own[0].value, own[1]) if own else None
    if own is not None:
        lag = (stamp - _as_date(own[0])).days
        if 0 <= lag <= STAMP_LAG_DAYS:
            return Finding(own[0].value, own[1])
    day_month = _day_month(doc, page)
    near = _days_before(day_month[0], day_month[1], stamp) if day_month is not None else None
    if near is not None:
        return Finding(near, "dateline day and month; the year of the page's stamp")
    return Finding(DateValue.of(stamp.year, stamp.month, stamp.day), "the page's date stamp")


def _dispatch_day(doc: Document, page: Page) -> Finding | None:
    """"Mon, 04/01/2013 - 08:02" over "Ulan Bator, March 30 (Jiji Press)--" (OANA, eval 1252): a
    page that posted an agency's dispatch a few days after its dateline; the dateline gives the
    day (REVIEW.md: a dateline beats a page's date line), the page's date line its year."""
    dl = doc.dateline
    if dl is None or not dl.month or not dl.day or dl.year or not dl.agency:
        return None
    for info in page.infos[: page.body_start]:
        if info.role != "date":
            continue
        for posted in (_as_date(m) for m in info.dates if m.full and not _empty_stamp(m)):
            near = _days_before(dl.month, dl.day, posted)
            if near is not None:
                return Finding(near, "the agency's dateline day and month; the year of the page's date line")
    return None


def _from_dateline_day(doc: Document, page: Page, lead_exprs: list[TimeExpr], latest: int | None) -> Finding | None:
    """A year for a dateline that gives day and month only."""
    day_month = _day_month(doc, page)
    if day_month is None:
        return None
    month, day = day_month
    same_day = [e for span in doc.body_spans[:SAME_DAY_PARAGRAPHS] for e in find_time_expressions(doc.text, span)
                if e.year is not None and (e.month, e.day) == (month, day)]
    if same_day:
        return Finding(DateValue.of(same_day[0].year, month, day), "dateline day and month; the year of that date in the body")
    # the caption of the day's photo: "... in Seoul on Nov. 9, 2023. (Yonhap)" under "SEOUL, Nov. 9 (Yonhap)"
    captioned = [d for info in page.infos if info.role == "caption" for d in find_dates(info.line.text, order=page.order)
                 if d.year is not None and (d.month, d.day) == (month, day)]
    if captioned:
        return Finding(DateValue.of(captioned[0].year, month, day), "dateline day and month; the year of that date in a caption")
    weekdays = [e.weekday for e in lead_exprs if e.weekday is not None and e.day is None]
    if weekdays:
        guess = year_for_weekday(month, day, weekdays[0], latest)
        if guess is None:
            return None
        return Finding(DateValue.of(guess.year, month, day),
                       "dateline day and month; year from the weekday in the lead", guess.strength)
    if latest is not None:
        return Finding(DateValue.of(latest, month, day), "dateline day and month; year the latest the text names", "weak")
    return None


def _from_lead(doc: Document, lead_exprs: list[TimeExpr], latest: int | None) -> Finding | None:
    """A date the lead gives: the news it reports happened then, so the article was written then
    or soon after; without "today" the day of writing is not given, only the month. Of the full
    dates the lead gives, the latest: the news, not the anniversary it marks ("the 75th anniversary
    (October 1, 1949 - October 1, 2024)")."""
    full = [e for e in lead_exprs if e.day is not None and e.month is not None and e.year in PAGE_YEARS
            and (latest is None or e.year > latest - HISTORY_YEARS)]
    for e in lead_exprs:
        if e.day is None or e.month is None:
            continue
        if e.year is not None:
            if not full:
                return None
            newest = max(full, key=lambda x: (x.year, x.month, x.day))
            if _said_today(doc, newest, lead_exprs):
                return Finding(DateValue.of(newest.year, newest.month, newest.day), "today's full date in the lead")
            return Finding(DateValue.of(newest.year, newest.month), "the month of a full date in the lead")
        if e.weekday is None:
            continue
        guess = year_for_weekday(e.month, e.day, e.weekday, latest)
        if guess:
            return Finding(DateValue.of(guess.year, e.month, e.day), "weekday and date in the lead", guess.strength)
    return None


# "met today, Friday, May 17, 2024", "signed today (September 6, 2022)": at most this between them
TODAY_GAP_CHARS = 3


def _said_today(doc: Document, full: TimeExpr, exprs: list[TimeExpr]) -> bool:
    """The writer's "today" names the full date ("met today, Friday, May 17, 2024"): the day of
    writing is given. Inside a quotation the "today" is the speaker's ("“Today, March 1, 2024, I
    am pleased to inform ...”, said Ruto" in a paper of the next day)."""
    today = next((e for e in exprs if e.day_offset == 0 and e.day is None
                  and 0 <= full.span.start - e.span.end <= TODAY_GAP_CHARS), None)
    if today is None:
        return False
    line_start = doc.text.rfind("\n", 0, today.span.start) + 1
    before = doc.text[line_start:today.span.start]
    opened = before.count("“") - before.count("”") + before.count('"') % 2
    return opened <= 0


def _from_caption(page: Page, body_exprs: list[TimeExpr]) -> Finding | None:
    """The month of the lead's photo, when the article reports what the photo shows, and the
    photo's day as the day of its news (`Document.news_reference`).

    A caption dates its photo (`... meet in Sochi on September 29. 2021`), not the article. When the
    body tells of the same day (`The September 29 talks`, or `on Saturday` for a photo of Saturday
    11 February 2017), the article reports that news, and was written then or soon after: the
    month is as precise as that allows. A file photo, or a photo of another day, dates nothing.
    """
    for info in page.infos[: page.body_start + CAPTION_LINES]:
        if info.role != "caption" or _FILE_PHOTO.search(info.line.text):
            continue
        for d in find_dates(info.line.text, order=page.order):
            if d.year is None or d.day is None or not valid_date(d.year, d.month, d.day):
                continue
            if any((e.month, e.day) == (d.month, d.day) for e in body_exprs) or _weekday_told(d, body_exprs):
                return Finding(DateValue.of(d.year, d.month), "the month of the opening photo, the lead's news", "weak",
                               DateValue.of(d.year, d.month, d.day))
    return None


def _weekday_told(d: DateMention, exprs: list[TimeExpr]) -> bool:
    """The body tells the day of a full date `d` by its weekday alone ("on Saturday")."""
    weekday = weekday_of(d.year, d.month, d.day)
    return any(e.weekday == weekday and e.day is None for e in exprs)


_FILE_PHOTO = re.compile(r"\bfile\b|\barchive\b", re.IGNORECASE)
# a photo's file name glued into the body ("20131124-060420.jpgGeneva_ Six major powers ..."), and a
# wire picture's tag after the story ("tagreuters.com2023binary_LYNXMPEJ7203P-BASEIMAGE")
_DATED_FILE = re.compile(r"(?<![\w/])(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])[-_]?\d{0,6}\.(?:jpe?g|png|gif|webp)", re.IGNORECASE)
_PICTURE_TAG = re.compile(r"\.com(?P<y>(?:19|20)\d{2})binary_\w+")
# a post embedded this many lines into the body still belongs to the lead
EMBED_LEAD_LINES = 8


def _from_file_name(text: str, page: Page) -> Finding | None:
    """The date in the name of the article's photo: a file name glued into a body line (an image
    link above the headline may be any page's, and never counts), or a wire picture's tag."""
    for k in page.body:
        span = page.infos[k].line.span
        # the whole line as written: the layout reads it without the file name glued to its start
        m = _DATED_FILE.search(text, text.rfind("\n", 0, span.start) + 1, span.end)
        if m and valid_date(int(m["y"]), int(m["m"]), int(m["d"])):
            return Finding(DateValue.of(int(m["y"]), int(m["m"]), int(m["d"])), "the date in the name of the article's photo", "weak")
    for info in page.infos[page.body_start:]:
        m = _PICTURE_TAG.search(info.line.text)
        if m:
            return Finding(DateValue.of(int(m["y"])), "the year in the tag of the article's wire picture", "weak")
    return None


def _from_url(url: str | None) -> Finding | None:
    """The day in the article's address (`/world/2023/10/27/blinken-wang/`, `/2023-10-27-...`),
    as htmldate reads it: a site dates its story where it files it. Only a whole day counts
    (`/2023/10/` may be a section's month) and never one after today."""
    if not url:
        return None
    options = Extractor(False, dt.datetime.now() + dt.timedelta(days=1), dt.datetime(1990, 1, 1), False, "%Y-%m-%d")
    found = extract_url_date(url, options)
    if found is None:
        return None
    y, m, d = (int(x) for x in found.split("-"))
    return Finding(DateValue.of(y, m, d), "the day in the article's address", "strong")


def _from_embed(page: Page, body_exprs: list[TimeExpr]) -> Finding | None:
    """The month of a post embedded in the lead: the article tells of it, so was written then or
    soon after; the post's day is the day of the lead's news when the lead names its weekday
    ("met this Saturday" and a post of Saturday, January 7, 2023)."""
    for info in page.infos[page.body_start : page.body_start + EMBED_LEAD_LINES]:
        if info.kind != "embed":
            continue
        for d in find_dates(info.line.text, order=page.order):
            if d.year is not None and d.day is not None and valid_date(d.year, d.month, d.day):
                news = DateValue.of(d.year, d.month, d.day) if _weekday_told(d, body_exprs) else None
                return Finding(DateValue.of(d.year, d.month), "the month of a post embedded in the lead", "weak", news)
    return None


def _latest_year(doc: Document, page: Page) -> int | None:
    """The latest year the article has lived through: the years its body names as past or present,
    and the years of its photo captions (a photo, even a file photo, was taken by the time the
    article printed it: "... in Beijing on April 1, 2024" bounds a "Thursday (June 13)" to 2024)."""
    years = [d.year for info in page.infos if info.role == "caption"
             for d in find_dates(info.line.text, order=page.order) if d.year is not None]
    lived = latest_year_lived(doc.text, doc.body_spans, history=False)
    return max(years + ([lived] if lived is not None else []), default=None)


def _from_text(doc: Document, page: Page) -> Finding | None:
    """Evidence 4-8: the text's own day and month, file names, captions, the lead, embeds."""
    latest = _latest_year(doc, page)
    lead_exprs = _lead_expressions(doc)
    body_exprs = _lead_expressions(doc, CAPTION_PARAGRAPHS)
    return _from_dateline_day(doc, page, lead_exprs, latest) or _from_file_name(doc.text, page) \
        or _from_caption(page, body_exprs) or _from_lead(doc, lead_exprs, latest) or _from_embed(page, body_exprs)


def date_published(doc: Document, ctx: Context) -> Document:
    if doc.metadata_published is not None:
        doc.published, doc.published_evidence = doc.metadata_published, "page metadata"
        doc.published_strength = "strong"
        return doc
    page = read_page(doc.text)
    stamp_month = _stamp_month(page)
    if stamp_month is not None:
        found = _from_month_stamp(doc, page, *stamp_month)
        if found.date.precision == "month":
            # the text may still pin the day within the stamp's month ("on Monday"): no other month
            in_text = _from_text(doc, page)
            found = in_text if in_text is not None and _within_month(in_text, *stamp_month) else found
        doc.published, doc.published_evidence, doc.published_strength, doc.news_reference = found
        return doc
    found = _from_page(doc, page) or _from_url(doc.url) or _dispatch_day(doc, page)
    if found is None:
        found = _from_text(doc, page)
    if found is not None:
        doc.published, doc.published_evidence, doc.published_strength, doc.news_reference = found
    return doc


def lead_day_and_weekday(doc: Document) -> tuple[int, int, int] | None:
    """(month, day, weekday) the article's own day is given by, when no year comes with it.

    `5 Dec.` in the dateline with `on Monday` in the lead, or `on Monday (27 February)`; the
    corpus uses it to find the year nearest its other articles' dates.
    """
    exprs = _lead_expressions(doc)
    dl = doc.dateline
    if dl is not None and dl.month and dl.day and not dl.year:
        weekdays = [e.weekday for e in exprs if e.weekday is not None and e.day is None]
        return (dl.month, dl.day, weekdays[0]) if weekdays else None
    for e in exprs:
        if e.day is not None and e.month is not None:
            if e.year is not None:
                return None  # the first date in the lead has its year: nothing to guess
            if e.weekday is not None:
                return e.month, e.day, e.weekday
    return None


def own_day_without_year(doc: Document) -> tuple[int, int] | None:
    """The month and day the article's dateline gives it without a year ("Seoul, June 19 (IANS)"),
    or its lead with a weekday (`on Monday (27 February)`)."""
    dl = doc.dateline
    if dl is not None and dl.month and dl.day and not dl.year:
        return dl.month, dl.day
    found = lead_day_and_weekday(doc)
    return (found[0], found[1]) if found else None
