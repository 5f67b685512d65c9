"""HTML pages to article text through trafilatura (main text and metadata)."""
from __future__ import annotations

import trafilatura

from ..errors import EmptyInput
from ..model import DateValue, Document
from .metadata import parse_iso_date


def document_from_html(html: str, doc_id: str, source: str, url: str | None = None) -> Document:
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if result is None:
        raise EmptyInput("no article text found in the HTML page", source)
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    body = (data.get("text") or "").strip()
    if not body:
        raise EmptyInput("no article text found in the HTML page", source)
    title = (data.get("title") or "").strip() or None
    # the headline opens the text, as it does in a plain-text article
    text = f"{title}\n\n{body}\n" if title else body + "\n"
    published: DateValue | None = parse_iso_date(data.get("date"))
    doc = Document(id=doc_id, source=source, text=text, url=url or data.get("url"))
    doc.metadata_published = published
    if title:
        doc.title = title
    doc.site_name = (data.get("sitename") or "").strip() or None
    return doc
