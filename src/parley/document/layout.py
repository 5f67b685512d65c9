"""Where the article is on the page: masthead, headline, byline, dateline, body, and furniture.

The page is read as lines. The header is what stands before the first line of prose: mastheads,
navigation and section labels, the headline (and perhaps a standfirst below it), bylines and
date lines (`By Kate Hollis`, `Published: 3 March 2025`), a standalone dateline. The headline is
a headline-like line above the first byline, date line or dateline. The body runs from the
first prose line, after an inline dateline (`MOSCOW, March 3 (Reuters) -`), to the start of the
trailing furniture: a footer (`© 2025 Reuters`, an agency's subscription notice), a marker line
(`Share news on social media`, `Tags: ...`) or a run of link-like lines (a related-news list)
that lasts to the end.
"""
from __future__ import annotations

import re

from ..model import Dateline, Document, Span
from ..pipeline import Context
from ..resources import compiled_alternation, data_file
from .dateline import match_dateline
from .header import is_footer, is_header_meta, is_navigation
from .lines import Line, headline_like, is_wrapped_paragraph, paragraph_spans, split_lines

# A trailing run of link-like lines shorter than this is kept as part of the body: an
# article may well end on a short sign-off or a pair of subheadings.
MIN_LINK_RUN = 5
HEADER_MAX_LINES = 8
# A headline has at least this many words when a longer standfirst follows it; a shorter line
# above a longer one is more likely a site or section label.
MIN_HEADLINE_WORDS = 4


def _is_marker(line: Line) -> bool:
    return bool(compiled_alternation("furniture.toml", "markers").match(line.text))


def _is_masthead(line: Line) -> bool:
    if compiled_alternation("furniture.toml", "masthead").match(line.text):
        return True
    letters = [c for c in line.text if c.isalpha()]
    # SECTION LABELS in capitals, short
    return bool(letters) and line.words <= 4 and all(c.isupper() for c in letters) and len(letters) > 3


def _is_prose(lines: list[Line], i: int) -> bool:
    line = lines[i]
    return line.ends_sentence or is_wrapped_paragraph(lines, i) or line.words > 30


def strip_headline_tags(title: str) -> str:
    tags = data_file("furniture.toml")["headline_tags"]
    pattern = re.compile(r"(?:\s+(?:" + "|".join(map(re.escape, tags)) + r"))+\s*$")
    return pattern.sub("", title).strip()


def _body_end(lines: list[Line], start: int) -> int:
    """Index of the first trailing-furniture line (len(lines) when there is none).

    The trailing furniture is a suffix of the lines, so whether "every line from k on" is
    furniture-like is computed once, from the end: linear in the number of lines (a 20 MB
    article has a hundred thousand of them).
    """
    n = len(lines)
    # from_k_marker_or_headline[k]: every line from k on is a marker or headline-like;
    # from_k_link_run[k]: every line from k on is a marker or an unwrapped headline-like line
    from_k_marker_or_headline = [True] * (n + 1)
    from_k_link_run = [True] * (n + 1)
    for k in range(n - 1, start, -1):
        marker = _is_marker(lines[k])
        headline = headline_like(lines[k])
        from_k_marker_or_headline[k] = (marker or headline) and from_k_marker_or_headline[k + 1]
        from_k_link_run[k] = (marker or (headline and not is_wrapped_paragraph(lines, k))) and from_k_link_run[k + 1]
    for k in range(start + 1, n):
        if is_footer(lines[k]):
            return k
        if from_k_marker_or_headline[k] and _is_marker(lines[k]):
            return k
        if n - k >= MIN_LINK_RUN and from_k_link_run[k]:
            return k
    return n


def _find_header(lines: list[Line]) -> tuple[int, int | None, Dateline | None]:
    """(index of the first body line, index of the first byline, date line or dateline, the dateline)."""
    dateline: Dateline | None = None
    meta_index: int | None = None
    limit = min(len(lines), HEADER_MAX_LINES)
    for i in range(limit):
        found = match_dateline(lines[i], standalone_only=True)
        if found is not None:
            dateline = found
        elif not is_header_meta(lines[i]):
            if _is_prose(lines, i):
                return i, meta_index, dateline
            continue
        # bylines and date lines may end in a full stop: header all the same
        meta_index = i if meta_index is None else meta_index
    # no prose in the first lines: no header, the whole text is body
    return 0, None, None


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


def _is_headline_candidate(line: Line) -> bool:
    return not (_is_masthead(line) or _is_marker(line) or is_navigation(line)
                or is_header_meta(line)) and headline_like(line, max_words=40)


def _pick_headline(lines: list[Line], header_end: int) -> Line | None:
    """The headline among the lines before `header_end` (the first byline, date line or prose).

    Mastheads and section labels stand above the headline, so the last candidate is taken;
    but a longer line right below a headline-size one is a standfirst expanding it.
    """
    candidates = [i for i in range(header_end) if _is_headline_candidate(lines[i])]
    if not candidates:
        return None
    last = candidates[-1]
    if len(candidates) > 1:
        above = candidates[-2]
        if above == last - 1 and lines[last].words > lines[above].words >= MIN_HEADLINE_WORDS \
                and not _is_title_case_label(lines[above]):
            return lines[above]
    return lines[last]


def _is_title_case_label(line: Line) -> bool:
    # "Ministry of Foreign Affairs of Azerbaijan": every long word capitalised, like a site name
    long_words = [w for w in line.text.split() if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _body_lines(lines: list[Line], start: int, end: int) -> list[Line]:
    # bylines and date lines can stand below the dateline or the first paragraph too
    return [ln for ln in lines[start:end] if not (_is_marker(ln) or is_header_meta(ln))]


def _after_inline_dateline(spans: list[Span], inline: Dateline | None) -> list[Span]:
    """The body without the inline dateline that opens its first paragraph."""
    if not spans or inline is None or not spans[0].contains(inline.span) or inline.span.end >= spans[0].end:
        return spans
    return [Span(inline.span.end, spans[0].end), *spans[1:]]


def layout(doc: Document, ctx: Context) -> Document:
    lines = split_lines(doc.text)
    if not lines:
        return doc
    start, meta_index, standalone = _find_header(lines)
    # an inline dateline opens the first paragraph ("MOSCOW, March 3 (Reuters) - ...")
    inline = match_dateline(lines[start], standalone_only=False)
    doc.dateline = _merge_datelines(standalone, inline)

    if doc.title is None:
        headline = _pick_headline(lines, meta_index if meta_index is not None else start)
        if headline is not None:
            doc.title = strip_headline_tags(headline.text) or None
            doc.title_span = headline.span if doc.title else None

    end = _body_end(lines, start)
    doc.body_spans = _after_inline_dateline(paragraph_spans(_body_lines(lines, start, end)), inline)
    return doc
