"""One name for one person across the corpus.

An article may say only `Jaishankar` or `S. Jaishankar` where another says `Subrahmanyam
Jaishankar`. A shorter name becomes the fuller one when exactly one fuller name in the corpus
fits it (same family name; each given name equal or an initial of it); `Aliyev` stays as it
is where the corpus knows both Ilham and Heydar Aliyev.
"""
from __future__ import annotations

import unicodedata

from ..model import Document


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def _tokens(name: str) -> list[str]:
    return [_fold(t) for t in name.replace(".", ". ").split()]


def _given_fits(short: str, full: str) -> bool:
    if short.endswith("."):
        return full.startswith(short[:-1]) and len(short) >= 2
    return short == full


def fits(short: str, full: str) -> bool:
    """Whether `short` can name the person called `full` (never the same string)."""
    s, f = _tokens(short), _tokens(full)
    if short == full or not s or len(s) > len(f) or s[-1] != f[-1]:
        return False
    if len(s) == len(f) and not any(t.endswith(".") for t in s):
        return False
    givens = f[:-1]
    return all(any(_given_fits(t, g) for g in givens) for t in s[:-1])


def _fullness(name: str) -> tuple[int, int, str]:
    """More words first, then more written-out (not initial) words; the name breaks ties."""
    tokens = _tokens(name)
    return len(tokens), sum(not t.endswith(".") for t in tokens), name


def corpus_names(documents: list[Document]) -> dict[str, str]:
    """`{shorter name: the one fuller name it stands for}` over every person in the corpus."""
    names = {a.name for d in documents for a in d.actors if a.type == "person"}
    table: dict[str, str] = {}
    for short in names:
        fuller = [n for n in names if fits(short, n)]
        # the fullest of the candidates, if every other candidate is a shorter form of it
        fuller.sort(key=_fullness, reverse=True)
        if fuller and all(n == fuller[0] or fits(n, fuller[0]) for n in fuller):
            table[short] = fuller[0]
    return table


def unify_people(documents: list[Document]) -> None:
    """Rename people to their corpus-wide name in actors, events and quote speakers."""
    table = corpus_names(documents)
    if not table:
        return
    for doc in documents:
        merged = {}
        for actor in doc.actors:
            actor.name = table.get(actor.name, actor.name)
            if actor.name in merged:
                kept = merged[actor.name]
                kept.mentions.extend(actor.mentions)
                kept.country = kept.country or actor.country
                kept.role = kept.role or actor.role
            else:
                merged[actor.name] = actor
        doc.actors = list(merged.values())
        for quote in doc.quotes:
            if quote.speaker:
                quote.speaker = table.get(quote.speaker, quote.speaker)
        for ev in doc.events:
            renamed = [table.get(a, a) for a in ev.actors]
            ev.actors = list(dict.fromkeys(renamed))
