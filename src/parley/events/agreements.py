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

_KINDS = r"Declaration|Agreement|Treaty|Memorandum|Statement|Charter|Accord|Protocol|Communiqu[eé]|Convention|Pact"
# "Declaration on Allied Interaction", "Shusha Declaration on Allied Relations",
# "Treaty on Good-Neighbourliness and Alliance in the 21st Century"
_NAMED = re.compile(
    r"((?:[A-Z][\w-]*\s+(?:and\s+)?){0,4})"
    rf"\b({_KINDS})"
    r"(?:\s+of\s+Understanding)?"
    r"\s+(?:on|of|for)\s+"
    r"((?:[A-Z][\w-]*)(?:\s+(?:(?:and|of|on|for|the|in\s+the)\s+)?[A-Z0-9][\w-]*)*)"
)
# "the Shusha Declaration": a name before the noun only
_NAMED_BEFORE = re.compile(rf"((?:[A-Z][\w-]*\s+(?:and\s+)?){{1,4}})\b({_KINDS})\b")
# capitalised words before a noun that are no part of a name
_NOT_NAME = {"the", "a", "an", "this", "that", "our", "their", "joint", "new", "trilateral", "bilateral"}


@dataclass(frozen=True)
class NamedAgreement:
    span: Span
    name: str
    key: str


def agreement_key(kind: str, name_words: str) -> str:
    words = [w.lower() for w in re.findall(r"[\w-]+", name_words)]
    kept = sorted(w for w in words if w not in variant_words())
    return f"{kind.lower()}:{'-'.join(kept)}" if kept else ""


def _name_words(before: str) -> str:
    words = before.split()
    while words and (words[0].lower() in _NOT_NAME or words[0].lower() in variant_words()):
        words = words[1:]
    return " ".join(words)


def named_agreements(text: str, span: Span) -> list[NamedAgreement]:
    found = []
    for m in _NAMED.finditer(text, span.start, span.end):
        before = _name_words(m.group(1))
        key = agreement_key(m.group(2), f"{before} {m.group(3)}")
        if key:
            start = m.end(1) - len(before) - (1 if before else 0) if before else m.start(2)
            found.append(NamedAgreement(Span(start, m.end()), text[start:m.end()], key))
    if not found:
        for m in _NAMED_BEFORE.finditer(text, span.start, span.end):
            before = _name_words(m.group(1))
            if before and not before.isupper():
                key = agreement_key(m.group(2), before)
                start = m.start(2) - len(before) - 1
                found.append(NamedAgreement(Span(start, m.end()), text[start:m.end()], key))
    return found


def keys_compatible(a: str, b: str) -> bool:
    """Two keys name one agreement when the kind agrees and one name's words hold the other's.

    `declaration:shusha` (the Shusha Declaration) and `declaration:allied-shusha` (the Shusha
    Declaration on Allied Relations) are one document.
    """
    kind_a, _, words_a = a.partition(":")
    kind_b, _, words_b = b.partition(":")
    if kind_a != kind_b:
        return False
    set_a, set_b = set(words_a.split("-")), set(words_b.split("-"))
    return set_a <= set_b or set_b <= set_a
