"""The state bodies an article names anywhere, for a later "the ministry said".

    Azerbaijan’s Ministry of Foreign Affairs has commented on reports …   (no quotation here)
    "…," the ministry said in a statement.                                 (the Azerbaijani one)

A body is a state (by name, demonym or capital, with or without "'s") followed by at most three
words of a title and a government head noun ("Ministry", "Foreign Ministry", "presidential
office"), and "of" with capitalised words after a head ("Ministry of Foreign Affairs"). One scan
of the words of the body, no lookup per quotation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from ..people.gazetteer import place_table, state_table
from ..people.lexicon import Lexicon, fold

_POSSESSIVE = re.compile(r"['’]s?\s+|\s+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_OF = re.compile(r"\s+(of|for)\s+((?:[A-Z][\w-]*)(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})")
# a body named before its state: "the Ministry of Foreign Affairs of the Republic of Korea"
_BEFORE_OF = re.compile(r"(?P<body>[A-Z][\w-]*(?:[ \t]+(?:of|for|and|[A-Z][\w-]*)){0,5})[ \t]+of[ \t]+(?:the[ \t]+)?$")
# how many title words may stand between the state and the head noun
_MAX_BEFORE_HEAD = 3


@dataclass(frozen=True)
class NamedBody:
    start: int
    # the body's own words ("Ministry of Foreign Affairs", "foreign ministry")
    body: str
    country: str
    # where its words end (`start` to `end`: the state's name and the body's, as written)
    end: int


def _body_after(text: str, pos: int, end: int, lex: Lexicon) -> tuple[str, int] | None:
    """The body's words right after a state's name ("’s Ministry of Foreign Affairs"), and where they end."""
    gap = _POSSESSIVE.match(text, pos, end)
    if gap is None:
        return None
    words: list[re.Match[str]] = []
    cursor = gap.end()
    for _ in range(_MAX_BEFORE_HEAD + 1):
        word = _WORD.match(text, cursor, end)
        if word is None:
            return None
        words.append(word)
        key = fold(word.group())
        if key in lex.government_heads:
            stop = word.end()
            tail = _OF.match(text, stop, end)
            if tail and fold(word.group())[:1] and word.group()[:1].isupper():
                stop = tail.end()
            return text[words[0].start() : stop], stop
        if not (lex.is_title(key) or word.group()[:1].isupper()):
            return None
        space = re.compile(r"[ \t]+").match(text, word.end(), end)
        if space is None:
            return None
        cursor = space.end()
    return None


def named_bodies(text: str, spans: list[Span], lex: Lexicon) -> list[NamedBody]:
    """Every state body the text names, in text order."""
    states = state_table()
    found: list[NamedBody] = []
    for span in spans:
        hits = [*states.gazetteer.find(text, span.start, span.end), *states.demonyms.find(text, span.start, span.end),
                *place_table().find(text, span.start, span.end)]
        for hit in sorted(hits, key=lambda f: f.span.start):
            if not hit.entry.country:
                continue
            after = _body_after(text, hit.span.end, span.end, lex)
            if after is not None:
                found.append(NamedBody(hit.span.start, after[0], hit.entry.country, after[1]))
                continue
            before = _BEFORE_OF.search(text, max(span.start, hit.span.start - 80), hit.span.start)
            if before and any(fold(w) in lex.government_heads for w in _WORD.findall(before.group("body"))):
                found.append(NamedBody(before.start("body"), before.group("body"), hit.entry.country,
                                       before.end("body")))
    return found
