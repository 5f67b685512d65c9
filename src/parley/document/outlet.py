"""The outlet or agency named as the source of the article.

Evidence, first found wins: the dateline's agency (`SPA`, `(Reuters)`, `/TASS/`, listed in
`outlets.toml` or not); a credit in the lead (`Azernews reports per Azertac`, `, Trend
reports.`); a standard footer after the body (`© 2025 Reuters`, an agency's subscription
notice, a `--SPA` sign-off); the site name from page metadata.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Document
from ..pipeline import Context
from ..resources import data_file
from .header import footer_outlet
from .lines import split_lines

# how far into the body the source line may stand (wire credits come early)
LEAD_CHARS = 1200


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, spellings in data_file("outlets.toml")["known"].items():
        for s in spellings:
            table[s.lower()] = canonical
    return table


def canonical_outlet(name: str) -> str:
    return _known().get(name.strip().lower(), name.strip())


@lru_cache(maxsize=1)
def _report_cue() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in data_file("outlets.toml")["report_cues"])
    name = r"[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}"
    return re.compile(rf"(?P<outlet>{name}),?\s+(?:{cues})\s+(?P<source>{name})")


@lru_cache(maxsize=1)
def _sentence_credit() -> re.Pattern[str]:
    # "..., Trend reports." / "..., TASS reported." / "(AZERTAC) -": a known outlet crediting itself
    names = "|".join(sorted((re.escape(k) for k in data_file("outlets.toml")["known"]), key=len, reverse=True))
    return re.compile(rf"(?:,\s+|^|\n)(?P<outlet>{names})\s+(?:reports|reported)(?:\s+that)?\b")


def find_outlet(doc: Document, ctx: Context) -> Document:
    if doc.dateline is not None and doc.dateline.agency:
        doc.outlet = canonical_outlet(doc.dateline.agency)
        return doc
    lead = doc.body_range
    window = doc.text[lead.start : min(lead.end, lead.start + LEAD_CHARS)]
    m = _report_cue().search(window)
    if m:
        doc.outlet = canonical_outlet(m.group("outlet"))
        return doc
    m = _sentence_credit().search(window)
    if m:
        doc.outlet = canonical_outlet(m.group("outlet"))
        return doc
    named = _footer_outlet(doc)
    if named:
        doc.outlet = canonical_outlet(named)
        return doc
    if doc.site_name:
        doc.outlet = canonical_outlet(doc.site_name)
    return doc


def _footer_outlet(doc: Document) -> str | None:
    """The outlet the first footer after the body names (layout ended the body at it)."""
    if not doc.body_spans:
        return None
    for line in split_lines(doc.text[doc.body_range.end :]):
        named = footer_outlet(line)
        if named:
            return named
    return None
