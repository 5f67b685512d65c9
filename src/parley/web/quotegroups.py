"""The same statement as each outlet printed it: quotes of one speaker grouped by MinHash.

Two quotes belong together when their word sets are similar (estimated Jaccard) or one is
mostly contained in the other (a paragraph of a longer speech). When the corpus linker
provides quote variants itself, they replace this grouping.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from datasketch import MinHash
from markupsafe import Markup

from ..store.queries import QuoteRow
from .render import word_diff

NUM_PERM = 128
MIN_JACCARD = 0.5
MIN_CONTAINMENT = 0.8
MIN_WORDS = 4


@dataclass
class Variant:
    quote: QuoteRow
    html: Markup           # the text, differences from the group's first printing marked


@dataclass
class QuoteGroup:
    speaker: str | None
    variants: list[Variant]

    @property
    def documents(self) -> int:
        return len({v.quote.document for v in self.variants})


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _minhash(words: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1)
    for w in words:
        m.update(w.encode("utf-8"))
    return m


def _similar(a: tuple[set[str], MinHash], b: tuple[set[str], MinHash]) -> bool:
    j = a[1].jaccard(b[1])
    if j >= MIN_JACCARD:
        return True
    inter = j * (len(a[0]) + len(b[0])) / (1 + j)
    return inter / max(1, min(len(a[0]), len(b[0]))) >= MIN_CONTAINMENT


def group_quotes(rows: list[QuoteRow], min_documents: int = 2) -> list[QuoteGroup]:
    """Groups of similar quotes by the same speaker reported in at least `min_documents` articles."""
    by_speaker: dict[str | None, list[QuoteRow]] = defaultdict(list)
    for row in rows:
        by_speaker[row.speaker].append(row)
    groups: list[QuoteGroup] = []
    for speaker, quotes in by_speaker.items():
        sigs = [(w, _minhash(w)) for w in (_words(q.text) for q in quotes)]
        parent = list(range(len(quotes)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i in range(len(quotes)):
            for j in range(i + 1, len(quotes)):
                if (len(sigs[i][0]) >= MIN_WORDS and len(sigs[j][0]) >= MIN_WORDS and find(i) != find(j)
                        and _similar(sigs[i], sigs[j])):
                    parent[find(j)] = find(i)
        members: dict[int, list[QuoteRow]] = defaultdict(list)
        for i, q in enumerate(quotes):
            members[find(i)].append(q)
        for group in members.values():
            if len({q.document for q in group}) < min_documents:
                continue
            group.sort(key=lambda q: (q.published or "9999", q.document, q.start))
            base = group[0].text
            groups.append(QuoteGroup(speaker, [Variant(q, word_diff(base, q.text)) for q in group]))
    groups.sort(key=lambda g: (-g.documents, g.speaker or ""))
    return groups
