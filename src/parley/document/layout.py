"""Where the article is on the page: masthead, headline, dateline, body, and furniture.

The page is read as lines. The header is what stands before the first line of prose; the
headline is the last headline-like line of the header (mastheads and section labels stand
above it); a standalone dateline closes the header. The body runs from the first prose line
to the start of the trailing furniture: a marker line (`Share news on social media`,
`Search in archive`) or a run of link-like lines (a related-news list) that lasts to the end.
"""
from __future__ import annotations

import re

from ..model import Dateline, Document
from ..pipeline import Context
from ..resources import compiled_alternation, data_file
from .dateline import match_dateline
from .lines import Line, headline_like, is_wrapped_paragraph, paragraph_spans, split_lines

# A trailing run of link-like lines shorter than this is kept as part of the body: an
# article may well end on a short sign-off or a pair of subheadings.
MIN_LINK_RUN = 5
HEADER_MAX_LINES = 8


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
        if from_k_marker_or_headline[k] and _is_marker(lines[k]):
            return k
        if n - k >= MIN_LINK_RUN and from_k_link_run[k]:
            return k
    return n


def _find_header(lines: list[Line]) -> tuple[int, int | None, Dateline | None]:
    """(index of the first body line, index of a standalone dateline, the dateline)."""
    dateline: Dateline | None = None
    dateline_index: int | None = None
    limit = min(len(lines), HEADER_MAX_LINES)
    for i in range(limit):
        found = match_dateline(lines[i], standalone_only=True)
        if found is not None:
            dateline, dateline_index = found, i
        elif _is_prose(lines, i):
            return i, dateline_index, dateline
    # no prose in the first lines: no header, the whole text is body
    return 0, None, None


def layout(doc: Document, ctx: Context) -> Document:
    lines = split_lines(doc.text)
    if not lines:
        return doc
    start, dateline_index, doc.dateline = _find_header(lines)
    if doc.dateline is None:
        # an inline dateline opens the first paragraph ("MOSCOW, March 3 (Reuters) - ...")
        doc.dateline = match_dateline(lines[start], standalone_only=False)

    header = lines[: dateline_index if dateline_index is not None else start]
    if doc.title is None:
        for line in reversed(header):
            if _is_masthead(line) or _is_marker(line) or not headline_like(line, max_words=40):
                continue
            doc.title = strip_headline_tags(line.text) or None
            doc.title_span = line.span if doc.title else None
            break

    end = _body_end(lines, start)
    body_lines = [ln for ln in lines[start:end] if not _is_marker(ln)]
    doc.body_spans = paragraph_spans(body_lines)
    return doc

