"""The same statement as several outlets printed it.

Quotes are cut into passages (a transcript runs for paragraphs; a news report quotes one),
passages from different articles are paired by MinHash LSH over word shingles, and each pair
is aligned word by word so the places where the wording differs (`active involvement` vs
`active participation`) can be shown.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

from ..model import Document, Span

SHINGLE = 3
NUM_PERM = 64
LSH_THRESHOLD = 0.3
# word-level similarity two passages need to count as one statement
MIN_SIMILARITY = 0.6
MIN_WORDS = 8
_WORD = re.compile(r"\w+(?:[’']\w+)?", re.UNICODE)
_PASSAGE_BREAK = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True)
class Passage:
    document: str
    speaker: str | None
    span: Span
    words: tuple[str, ...]


@dataclass
class Difference:
    """Where two printings differ: the words of the first and of the second."""

    first: str
    second: str

    def to_json(self) -> dict[str, str]:
        return {"first": self.first, "second": self.second}


@dataclass
class QuoteVariant:
    speaker: str | None
    passages: list[Passage]
    similarity: float
    differences: list[Difference] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "speaker": self.speaker,
            "similarity": round(self.similarity, 3),
            "variants": [{"document": p.document, "start": p.span.start, "end": p.span.end} for p in self.passages],
            "differences": [d.to_json() for d in self.differences],
        }


def _passages(doc: Document) -> list[Passage]:
    out = []
    for quote in doc.quotes:
        text = quote.span.of(doc.text)
        pos = 0
        for piece in _PASSAGE_BREAK.split(text) + [""]:
            at = text.find(piece, pos) if piece else -1
            if at < 0:
                continue
            pos = at + len(piece)
            words = tuple(w.lower() for w in _WORD.findall(piece))
            if len(words) >= MIN_WORDS:
                start = quote.span.start + at
                out.append(Passage(doc.id, quote.speaker, Span(start, start + len(piece)), words))
    return out


def _minhash(words: tuple[str, ...]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=7)
    for i in range(max(1, len(words) - SHINGLE + 1)):
        mh.update(" ".join(words[i : i + SHINGLE]).encode("utf-8"))
    return mh


def _differences(a: Passage, b: Passage) -> tuple[float, list[Difference]]:
    matcher = difflib.SequenceMatcher(a=a.words, b=b.words, autojunk=False)
    # a short report quoting part of a long transcript: judge the overlap by the shorter one
    matched = sum(block.size for block in matcher.get_matching_blocks())
    similarity = matched / min(len(a.words), len(b.words))
    ops = matcher.get_opcodes()
    equal = [k for k, op in enumerate(ops) if op[0] == "equal"]
    if not equal:
        return similarity, []
    # only differences inside the stretch both printed: the ends are where one quote stops
    inner = ops[equal[0] : equal[-1] + 1]
    diffs = [Difference(" ".join(a.words[i1:i2]), " ".join(b.words[j1:j2]))
             for tag, i1, i2, j1, j2 in inner if tag != "equal"]
    return similarity, diffs


def find_quote_variants(documents: list[Document]) -> list[QuoteVariant]:
    passages = [p for doc in documents for p in _passages(doc)]
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes = {}
    for i, p in enumerate(passages):
        hashes[i] = _minhash(p.words)
        lsh.insert(str(i), hashes[i])
    variants = []
    seen: set[tuple[int, int]] = set()
    for i, p in enumerate(passages):
        for key in lsh.query(hashes[i]):
            j = int(key)
            if j <= i or passages[j].document == p.document or (i, j) in seen:
                continue
            seen.add((i, j))
            similarity, diffs = _differences(p, passages[j])
            if similarity >= MIN_SIMILARITY:
                speaker = p.speaker or passages[j].speaker
                variants.append(QuoteVariant(speaker, [p, passages[j]], similarity, diffs))
    return variants
