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
_CLOSING = "\"”»’"
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


def _clause_end(text: str, start: int, end: int, lex: QuoteLexicon) -> int:
    """A reported clause ends with its sentence or where a source or a further statement takes
    over ("…, according to a statement", "…, adding: …")."""
    stop = lex.clause_stop.search(text, start, end)
    if stop is None:
        return end
    # keep a closing mark that stands before the comma (`rivals", according`) or after it
    # (`delay," adding`)
    head = stop.group()
    if head[0] in _CLOSING:
        return stop.start() + 1
    if head[1:2] and head[1] in _CLOSING:
        return stop.start() + 2
    return stop.start()


def _said_that(text: str, sentence: Span, lex: QuoteLexicon) -> Reported | None:
    for verb in lex.verb.finditer(text, sentence.start, sentence.end):
        that = _THAT.match(text, verb.end(), sentence.end)
        right_after = re.match(r"\s+that\b", text[verb.end() : sentence.end], re.IGNORECASE)
        # "said China hopes that …": the clause starts at the verb, the "that" is its own
        if _bare_clause(text, verb.start(), lex) and not right_after:
            end = _clause_end(text, verb.end(), sentence.end, lex)
            clause = _trim(text, verb.end(), end, _MIN_BARE_CLAUSE_WORDS)
        elif that:
            clause = _trim(text, that.end(), _clause_end(text, that.end(), sentence.end, lex))
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
        source = Span(m.end() + 1, comma) if comma > m.end() + 1 else None  # "According to, ..."
    if clause is None or source is None or "," in source.of(text):
        return None
    return Reported(clause, Cue(source))


def _opening_adjunct_end(text: str, start: int, end: int, lex: QuoteLexicon) -> int:
    """Past "During Monday's talks, " at the start of a statement: the setting, not the words."""
    comma = text.find(",", start, end)
    head = text[start:comma].split() if comma > 0 else []
    if head and len(head) <= lex.tag_subject_words and head[0].lower() in lex.not_clause_openers:
        return comma + 1
    return start


def _tagged_statement(text: str, sentence: Span, lex: QuoteLexicon) -> Reported | None:
    """`The talks were useful, Wang said.`, `…, Mao told a regular press briefing, adding that …`:
    the statement before its speech tag."""
    for verb in lex.verb.finditer(text, sentence.start, sentence.end):
        comma = text.rfind(",", sentence.start, verb.start())
        subject = _trim(text, comma + 1, verb.start(), 1) if comma > sentence.start else None
        if subject is None or len(subject.of(text).split()) > lex.tag_subject_words:
            continue
        after = _clause_end(text, verb.end(), sentence.end, lex)
        tail = text[verb.end() : after].strip(" .!?\n")
        # a colon or "that" after the tag introduces the words instead ("…, Aliyev said:")
        if any(c in tail for c in ",:") or len(tail.split()) > lex.tag_tail_words or re.search(r"\bthat\b", tail):
            continue
        start = _opening_adjunct_end(text, sentence.start, comma, lex)
        opening = text[start:comma].split()
        if opening and opening[0].lower().endswith("ing"):
            continue  # "Speaking at the meeting, he said": a participle sets the scene
        clause = _trim(text, start, comma, _MIN_BARE_CLAUSE_WORDS)
        if clause is not None and not any(c in clause.of(text) for c in "\"“”«»"):
            return Reported(clause, Cue(subject, Span(verb.start(), verb.end())))
    return None


def find_reported(text: str, sentences: list[Span], lex: QuoteLexicon) -> list[Reported]:
    found = []
    for sentence in sentences:
        tagged = _tagged_statement(text, sentence, lex)
        reported = _said_that(text, sentence, lex) or _according(text, sentence, lex)
        found.extend(r for r in (tagged, reported) if r is not None)
    return found
