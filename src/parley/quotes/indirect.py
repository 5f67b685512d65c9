"""Reported speech: `Bayramov said that …`, `According to the ministry, …`, `…, according
to Azerbaijani media.` The reported clause runs to the end of its sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from .attribution import Cue, subject_before
from .lexicon import QuoteLexicon

_THAT = re.compile(r"(?:[^.;:!?\"“”«»\n]{0,50}?\s)?that\s+", re.IGNORECASE)
_MIN_CLAUSE_WORDS = 3
# a clause without "that" must say more before it counts ("said the talks were useful")
_MIN_BARE_CLAUSE_WORDS = 4


@dataclass(frozen=True)
class Reported:
    clause: Span
    cue: Cue


def _trim(text: str, start: int, end: int, min_words: int = _MIN_CLAUSE_WORDS) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;!?"):
        end -= 1
    if len(text[start:end].split()) < min_words:
        return None
    return Span(start, end)


def _bare_clause(text: str, verb_start: int, lex: QuoteLexicon) -> bool:
    """`Wang said China was ready`: a clause right after the verb, not an adjunct ("said on")."""
    bare = lex.bare_verb.match(text, verb_start)
    if not bare:
        return False
    following = text[bare.end() :].split(maxsplit=1)
    return bool(following) and following[0].lower().strip(",.") not in lex.not_clause_openers


def _said_that(text: str, sentence: Span, lex: QuoteLexicon) -> Reported | None:
    for verb in lex.verb.finditer(text, sentence.start, sentence.end):
        that = _THAT.match(text, verb.end(), sentence.end)
        if that:
            clause = _trim(text, that.end(), sentence.end)
        elif _bare_clause(text, verb.start(), lex):
            clause = _trim(text, verb.end(), sentence.end, _MIN_BARE_CLAUSE_WORDS)
        else:
            continue
        subject = subject_before(text, verb.start(), sentence.start, lex)
        if subject is not None and clause is not None:
            return Reported(clause, Cue(subject, Span(verb.start(), verb.end())))
    return None


def _according(text: str, sentence: Span, lex: QuoteLexicon) -> Reported | None:
    m = lex.according.search(text, sentence.start, sentence.end)
    if not m:
        return None
    lead = text[sentence.start : m.start()]
    if lead.strip():
        # "…, according to Azerbaijani media."
        source_end = sentence.end
        while source_end > m.end() and text[source_end - 1] in " .!?\n":
            source_end -= 1
        clause = _trim(text, sentence.start, sentence.start + len(lead.rstrip().rstrip(",")))
        source = Span(m.end() + 1, source_end) if source_end > m.end() + 1 else None
    else:
        # "According to the ministry, …"
        comma = text.find(",", m.end(), sentence.end)
        if comma < 0:
            return None
        clause = _trim(text, comma + 1, sentence.end)
        source = Span(m.end() + 1, comma)
    if clause is None or source is None or "," in source.of(text):
        return None
    return Reported(clause, Cue(source))


def find_reported(text: str, sentences: list[Span], lex: QuoteLexicon) -> list[Reported]:
    found = []
    for sentence in sentences:
        reported = _said_that(text, sentence, lex) or _according(text, sentence, lex)
        if reported is not None:
            found.append(reported)
    return found
