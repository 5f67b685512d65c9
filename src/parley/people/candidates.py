"""Where personal names stand in the body: runs of capitalised words, cut at the words that
are never names (titles, places, organisations), and kept where something says "person".

spaCy's small model is right about most names but not all: it tags `Azerbaijani` as a person,
cuts `Ilham Heydar oglu` after `Heydar`, reads `the Russian Federation Sergey Lavrov` as one
organisation. So the boundaries come from the text (a run of name words) and spaCy's PERSON
tags are one kind of evidence among others: a title before the run, or a patronymic inside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Span
from .lexicon import Lexicon, fold
from .names import Word
from .titles import TitleContext, title_before

# a word, with inner hyphens and apostrophes ("Nagorno-Karabakh", "O'Brien"), or an initial
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'’][^\W\d_])*\.?|[^\W\d_]\.")
_POSSESSIVE = re.compile(r"[’'`]s$")
# what may stand between two words of one name: spaces and at most one line break
_JOIN = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*")


@dataclass(frozen=True)
class Candidate:
    """A run of name words that may be a person, with the evidence that it is one."""

    words: tuple[Word, ...]
    title: TitleContext
    tagged_person: bool

    @property
    def span(self) -> Span:
        return Span(self.words[0].span.start, self.words[-1].span.end)

    @property
    def has_evidence(self) -> bool:
        return self.tagged_person or self.title.is_title


def _capitalised(text: str) -> bool:
    letters = text.rstrip(".")
    if len(letters) == 1:
        return letters.isupper() and text.endswith(".")
    # all capitals is an acronym (OSCE, AZERTAC), not a name
    return letters[0].isupper() and not letters.isupper()


def _name_word(text: str, lex: Lexicon) -> str:
    """'name', 'inner' (a particle or patronymic marker) or '' for a word that breaks a run."""
    key = fold(text).rstrip(".")
    if key in lex.patronymic_markers:
        return "marker"
    if key in lex.particles and text.islower():
        return "inner"
    if _capitalised(text):
        return "name"
    return ""


def _runs(text: str, lex: Lexicon) -> list[list[Word]]:
    """Maximal runs of name-like words that stand next to each other."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    last_end = -1
    for m in _WORD.finditer(text):
        raw = m.group()
        # an abbreviation point ends a word unless the word is an initial ("S.")
        if raw.endswith(".") and len(raw) > 2:
            raw = raw[:-1]
        possessive = _POSSESSIVE.search(raw)
        if possessive:
            raw = raw[: possessive.start()]
        kind = _name_word(raw, lex)
        joined = current and _JOIN.fullmatch(text, last_end, m.start()) is not None
        if not kind or not joined:
            if current:
                runs.append(current)
            current = []
        if kind:
            current.append(Word(raw, Span(m.start(), m.start() + len(raw))))
            last_end = m.start() + len(raw)
            if possessive:
                runs.append(current)
                current = []
    if current:
        runs.append(current)
    return runs


def _pieces(run: list[Word], lex: Lexicon) -> list[list[Word]]:
    """Cut a run at words that are never names, and trim particles off the edges."""
    pieces: list[list[Word]] = []
    current: list[Word] = []
    for word in run:
        if word.text[0].isupper() and lex.is_breaker(word.text):
            pieces.append(current)
            current = []
        else:
            current.append(word)
    pieces.append(current)
    out = []
    for piece in pieces:
        while piece and (piece[0].key in lex.particles or piece[0].key in lex.patronymic_markers):
            piece = piece[1:]
        while piece and piece[-1].key in lex.particles:
            piece = piece[:-1]
        if piece:
            out.append(piece)
    return out


def find_candidates(doc: Document, lex: Lexicon) -> list[Candidate]:
    """Every run of name words in the body, with its title and spaCy's opinion."""
    text = doc.masked_body()
    people = [e.span for e in doc.entities if e.label == "PERSON"]
    found: list[Candidate] = []
    for run in _runs(text, lex):
        for piece in _pieces(run, lex):
            span = Span(piece[0].span.start, piece[-1].span.end)
            tagged = any(p.overlaps(span) for p in people)
            found.append(Candidate(tuple(piece), title_before(text, span.start, lex), tagged))
    return found
