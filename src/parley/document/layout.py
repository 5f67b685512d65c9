"""Where the article is on the page: headline, dateline, body, and furniture.

The page is read as lines by the header model (`page.read_page`, line roles from
`header.read_line`): the headline is the best-scoring headline-like line above the body; the
body runs from the first prose line (after a standfirst and its byline or date line) to the
trailing furniture, without captions, credits, markers, bylines, date lines and inserted links;
an inline dateline (`MOSCOW, March 3 (Reuters) -`) is cut from the body's sentences
(`Document.body_dateline`), which read the story alone, and printed with the body, as the
article prints it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Dateline, Document, Span
from ..pipeline import Context
from ..resources import data_file
from .dateline import syndicator_credit
from .lines import Line, paragraph_spans
from .outlet_names import canonical_outlet, known_outlet, looks_like_outlet
from .page import Page, headline_text, page_dates, read_page


@lru_cache(maxsize=1)
def _headline_tags() -> tuple[re.Pattern[str], re.Pattern[str]]:
    furniture = data_file("furniture.toml")
    tags = re.compile(r"(?:\s+(?:" + "|".join(map(re.escape, furniture["headline_tags"])) + r"))+\s*$")
    return tags, re.compile(furniture["language_tag"])


_GLUED_SECTION = re.compile(r"(?<=[a-z])(?P<tag>[A-Z][a-z]{3,})$")
_GLUED_SITE = re.compile(r"^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+(?=[A-Z])")
_GLUED_PREFIX = re.compile(r"^(?P<tag>[A-Z][a-z]{3,})(?=[A-Z][a-z])")


def strip_headline_tags(title: str) -> str:
    """A headline without the tags sites glue to it: `VIDEO`, a language switcher `[fr]`, a
    section name run into its last word (`... and KulebaPolitics`), a site's name run into its first
    (`site.btaTurkish Foreign Minister ...`)."""
    tags, language = _headline_tags()
    title = tags.sub("", language.sub("", title)).strip()
    m = _GLUED_SECTION.search(title)
    if m and m.group("tag").lower() in data_file("furniture.toml")["menu_words"]:
        title = title[: m.start()]
    m = _GLUED_PREFIX.match(title)
    if m and m.group("tag").lower() in data_file("furniture.toml")["menu_words"]:
        title = title[m.end("tag"):]  # "WorldRussia-Ukraine War: ...": a section run into the first word
    title = _GLUED_SITE.sub("", title).strip()
    return title_outlet(title)[0]


# "Russia expels US diplomats ... – UNIAN", "... | Daily Sabah": the outlet after the headline
_TITLE_OUTLET = re.compile(r"^(?P<title>.{20,}?)\s+[–—|-]\s+(?P<outlet>[^–—|]{2,40})$")


def title_outlet(title: str) -> tuple[str, str | None]:
    """A headline without an outlet's name put after it, and that outlet."""
    m = _TITLE_OUTLET.match(title)
    if m and (known_outlet(m.group("outlet")) or looks_like_outlet(m.group("outlet"))):
        return m.group("title").strip(), canonical_outlet(m.group("outlet"))
    return title, None


def _standalone_dateline(page: Page) -> Dateline | None:
    """The header's dateline (`Baku, November 21, AZERTAC`), else its strongest date line as one."""
    datelines = [i.dateline for i in page.header() if i.role == "dateline" and i.dateline is not None]
    if datelines:
        return datelines[-1]
    for found in page_dates(page):
        if found.info.role == "date" and found.index < page.body_start:
            d = found.info.dates[0]
            return Dateline(span=found.info.line.span, month=d.month, day=d.day, year=d.year)
    return None


def _merge_datelines(standalone: Dateline | None, inline: Dateline | None) -> Dateline | None:
    """One dateline from a date line (`07 March 2025, 17:45`) and an inline one (`ASTANA. KAZINFORM -`).

    The standalone line's date is kept where it has one; place and agency fill in from either.
    """
    if standalone is None or inline is None:
        return standalone or inline
    dated = standalone if standalone.day is not None else inline
    return Dateline(
        span=standalone.span,
        place=standalone.place or inline.place,
        month=dated.month,
        day=dated.day,
        year=dated.year,
        agency=standalone.agency or inline.agency,
    )


def _after_inline_dateline(spans: list[Span], inline: Dateline | None) -> list[Span]:
    """The body without the inline dateline that opens one of its first paragraphs."""
    if inline is None:
        return spans
    out = []
    for span in spans:
        if span.contains(inline.span) and span.start == inline.span.start and inline.span.end < span.end:
            out.append(Span(inline.span.end, span.end))
        else:
            out.append(span)
    return out


@lru_cache(maxsize=2)
def _furniture_pattern(key: str) -> re.Pattern[str]:
    """`sign_off` or `lead_label` of furniture.toml, compiled."""
    return re.compile(data_file("furniture.toml")[key])


def _without_sign_off(text: str, spans: list[Span]) -> list[Span]:
    """The body without an agency's sign-off closing it (`... a luncheon. - Bernama`, `-- PTI`)."""
    if not spans:
        return spans
    last = spans[-1]
    piece = text[last.start : last.end].rstrip()
    m = _furniture_pattern("sign_off").search(piece)
    if m is None:
        return spans
    outlet = m.group("outlet") or m.group("bracketed") or m.group("bare")
    if outlet is not None and not (known_outlet(outlet) or (outlet.isupper() and not m.group("bare"))):
        return spans
    cut = m.start() + (1 if m.group("outlet") is not None and piece[m.start()] in ".!?”\"" else 0)
    if cut <= 0:
        return spans
    return [*spans[:-1], Span(last.start, last.start + cut)]


# how long a closing line that introduces what the page no longer holds may be
_DANGLING_INTRO_CHARS = 160


def _without_dangling_introduction(text: str, spans: list[Span]) -> list[Span]:
    """The body without a last paragraph that only introduces what the stored page dropped (a
    video, photos, a list): "Magwenya addresses the media on Ramaphosa’s public engagements:" (SABC
    News, eval 1620), "Background:" (Ukrainska Pravda via Yahoo, 1062); the annotators leave such
    lines out on six pages of six outlets ("See also:", "No comments:", "See photos of the meeting
    ... below:")."""
    if len(spans) < 2:
        return spans
    last = text[spans[-1].start : spans[-1].end].strip()
    if last.endswith(":") and len(last) <= _DANGLING_INTRO_CHARS and not any(q in last for q in "\"“”«»"):
        return spans[:-1]
    return spans


def _without_lead_label(text: str, spans: list[Span]) -> list[Span]:
    """The body without a label opening its first paragraph (`STORY: Saudi Crown Prince ...`)."""
    if not spans:
        return spans
    first = spans[0]
    m = _furniture_pattern("lead_label").match(text, first.start, first.end)
    if m is None or m.end() >= first.end:
        return spans
    return [Span(m.end(), first.end), *spans[1:]]


def layout(doc: Document, ctx: Context) -> Document:
    page = read_page(doc.text)
    if not page.infos:
        return doc
    doc.dateline = _merge_datelines(_standalone_dateline(page), page.inline_dateline)
    if doc.title is None and page.headline is not None:
        headline: Line = page.infos[page.headline].line
        doc.title = strip_headline_tags(headline_text(headline.text)) or None
        doc.title_span = headline.span if doc.title else None
    body = [page.infos[k].line for k in page.body]
    # a line left out between two kept ones of a paragraph (a caption) splits the paragraph
    gaps = frozenset(n for n in range(1, len(page.body)) if page.body[n] != page.body[n - 1] + 1)
    spans = paragraph_spans(body, gaps)
    if page.cut_inline:
        cut = _after_inline_dateline(spans, page.inline_dateline)
        doc.body_dateline = next((Span(a.start, b.start) for a, b in zip(spans, cut) if a != b), None)
        if page.inline_line is not None and syndicator_credit(page.infos[page.inline_line].line.text):
            doc.body_dateline = None  # "(MENAFN- The Rio Times)": the syndicator's mark, not the story's dateline
        spans = cut
    doc.body_spans = _without_dangling_introduction(doc.text, _without_sign_off(doc.text, _without_lead_label(doc.text, spans)))
    return doc
