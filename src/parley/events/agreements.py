"""Named agreements and the key that links the variant names reports give them.

`Declaration on Allied Interaction`, `Declaration on Allied Cooperation` and `Declaration on
Allied Relations` name one document: the key keeps the kind of document and the words that
do not vary between reports (`declaration:allied`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span
from .lexicon import variant_words

_NAMED = re.compile(
    r"\b(Declaration|Agreement|Treaty|Memorandum|Statement|Charter|Accord|Protocol|Communiqu[eé]|Convention|Pact)"
    r"(?:\s+of\s+Understanding)?"
    r"\s+(?:on|of|for)\s+"
    r"((?:[A-Z][\w-]*)(?:\s+(?:(?:and|of|on|for|the)\s+)?[A-Z][\w-]*)*)"
)


@dataclass(frozen=True)
class NamedAgreement:
    span: Span
    name: str
    key: str


def agreement_key(kind: str, name_words: str) -> str:
    words = [w.lower() for w in re.findall(r"[\w-]+", name_words)]
    kept = sorted(w for w in words if w not in variant_words())
    return f"{kind.lower()}:{'-'.join(kept)}" if kept else ""


def named_agreements(text: str, span: Span) -> list[NamedAgreement]:
    found = []
    for m in _NAMED.finditer(text, span.start, span.end):
        key = agreement_key(m.group(1), m.group(2))
        if key:
            found.append(NamedAgreement(Span(m.start(), m.end()), m.group(0), key))
    return found
