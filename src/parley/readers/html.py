"""HTML pages to article text through trafilatura (main text and metadata) and htmldate (date)."""
from __future__ import annotations

import re

import trafilatura
from htmldate import find_date

from ..errors import EmptyInput, MalformedRecord
from ..model import DateValue, Document
from .metadata import parse_iso_date


# Scripts and style sheets longer than this are dropped before parsing: they are code, never
# article text, and lxml refuses text nodes over 10 MB, which left a page with a huge inline
# script with no text at all. Short ones stay (JSON-LD scripts carry the date and headline).
MAX_SCRIPT_CHARS = 100_000
_SCRIPT_OPEN = re.compile(r"<(script|style)\b[^>]*>", re.IGNORECASE)


def drop_huge_scripts(html: str) -> str:
    """`html` without the bodies of script and style elements over MAX_SCRIPT_CHARS (linear)."""
    out: list[str] = []
    pos = 0
    while (m := _SCRIPT_OPEN.search(html, pos)) is not None:
        close = re.compile(rf"</{m.group(1)}\s*>", re.IGNORECASE).search(html, m.end())
        body_end = close.start() if close else len(html)
        if body_end - m.end() > MAX_SCRIPT_CHARS:
            out.append(html[pos : m.end()])
            pos = body_end
        else:
            out.append(html[pos : close.end() if close else len(html)])
            pos = close.end() if close else len(html)
    out.append(html[pos:])
    return "".join(out)


def page_date(html: str, url: str | None = None) -> DateValue | None:
    """The page's first publication date as htmldate reads it from the markup and the address.

    Only the page's own metadata, markup and address are read (no search of the text, where
    a date bar or a related-news list would be found): `original_date` prefers publication to
    modification. An address with a year and month only gives no date (htmldate says none).
    """
    try:
        found = find_date(drop_huge_scripts(html), url=url, original_date=True, extensive_search=False,
                          outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - a page htmldate cannot read has no date from it
        return None
    return parse_iso_date(found) if found else None


def document_from_html(html: str, doc_id: str, source: str, url: str | None = None) -> Document:
    try:
        result = trafilatura.bare_extraction(
            drop_huge_scripts(html),
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception as err:  # noqa: BLE001
        # lxml and trafilatura raise many kinds of error on pages they cannot parse (parser
        # errors, RecursionError on absurd nesting); whatever it is, it is this page's, and
        # the page is reported and skipped while the others go on
        raise MalformedRecord(f"cannot parse the HTML page ({type(err).__name__}: {err})", source) from None
    if result is None:
        raise EmptyInput("no article text found in the HTML page", source)
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    body = (data.get("text") or "").strip()
    if not body:
        raise EmptyInput("no article text found in the HTML page", source)
    title = (data.get("title") or "").strip() or None
    # the headline opens the text, as it does in a plain-text article
    text = f"{title}\n\n{body}\n" if title else body + "\n"
    published = page_date(html, url) or parse_iso_date(data.get("date"))
    doc = Document(id=doc_id, source=source, text=text, url=url or data.get("url"))
    doc.metadata_published = published
    if title:
        doc.title = title
    doc.site_name = (data.get("sitename") or "").strip() or None
    return doc
