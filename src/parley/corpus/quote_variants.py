"""The same statement as several outlets printed it.

Only the same statement: the same speaker (after names are unified across the corpus), printed
within a few weeks, and sharing a long enough run of words. Quotes are cut into passages (a
transcript runs for paragraphs; a news report quotes one); passages are compared within blocks
of one speaker and one time window only (a month and the next, for articles dated to the month
or day; a year; or undated with undated), with MinHash LSH over word shingles inside a large
block; each pair is aligned word by word so the places where the wording differs (`active
involvement` vs `active participation`) can be shown. Blocks come in order, two windows at a
time, so memory holds no more than one speaker's two months.

Works on documents (`find_quote_variants`, what `parley extract` writes) and on plain quote
rows (`variants_of_quotes`, for the store and the pages).
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
import zlib
from collections import Counter
from functools import lru_cache
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

from ..model import Document, Span
from .units import fold

SHINGLE = 3
NUM_PERM = 64
LSH_THRESHOLD = 0.3
# blocks up to this many passages are compared pair by pair; larger ones go through LSH
PAIRWISE_MAX = 40
# word-level similarity two passages need to count as one statement (judged by the shorter)
MIN_SIMILARITY = 0.6
# passages shorter than this are not compared; a pair must share at least this many words in order
MIN_WORDS = 8
# two dated printings of one statement lie at most this many days apart
WINDOW_DAYS = 31
_WORD = re.compile(r"\w+(?:[’']\w+)?", re.UNICODE)
_PASSAGE_BREAK = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True)
class QuoteText:
    """A quote as the store and the pages hold it: where it is, who said it, its words."""

    document: str
    speaker: str | None
    start: int
    end: int
    text: str
    published: str | None = None   # the article's date (YYYY, YYYY-MM or YYYY-MM-DD)


@dataclass(frozen=True)
class Passage:
    document: str
    speaker: str | None
    span: Span
    words: tuple[str, ...]
    published: str | None = None


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


def passages_of_quote(q: QuoteText) -> list[Passage]:
    out = []
    pos = 0
    for piece in _PASSAGE_BREAK.split(q.text):
        at = q.text.find(piece, pos) if piece else -1
        if at < 0:
            continue
        pos = at + len(piece)
        words = tuple(_WORD.findall(piece.lower()))
        if len(words) >= MIN_WORDS:
            out.append(Passage(q.document, q.speaker, Span(q.start + at, q.start + at + len(piece)), words,
                               q.published))
    return out


def quotes_of(doc: Document) -> list[QuoteText]:
    published = doc.published.value if doc.published else None
    return [QuoteText(doc.id, q.speaker, q.span.start, q.span.end, q.span.of(doc.text), published)
            for q in doc.quotes]


def speaker_block(speaker: str | None) -> str | None:
    """Passages are only compared with passages of the same speaker; unattributed ones never."""
    return fold(" ".join(speaker.split())) if speaker and speaker.strip() else None


@lru_cache(maxsize=4096)
def _range(value: str) -> tuple[dt.date, dt.date] | None:
    """The days a date of any precision may stand for."""
    try:
        parts = [int(x) for x in value.split("-")]
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except (ValueError, TypeError):
        return None


def _within_window(a: str | None, b: str | None) -> bool:
    """Two printings of one statement: dated within the window of each other (when both are dated)."""
    ra, rb = (_range(a) if a else None), (_range(b) if b else None)
    if ra is None or rb is None:
        return True
    gap = max((rb[0] - ra[1]).days, (ra[0] - rb[1]).days, 0)
    return gap <= WINDOW_DAYS


def _shingles(words: tuple[str, ...]) -> list[bytes]:
    return [" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(max(1, len(words) - SHINGLE + 1))]


def _differences(a: Passage, b: Passage) -> tuple[float, int, list[Difference]]:
    matcher = difflib.SequenceMatcher(a=a.words, b=b.words, autojunk=False)
    # a short report quoting part of a long transcript: judge the overlap by the shorter one
    matched = sum(block.size for block in matcher.get_matching_blocks())
    similarity = matched / min(len(a.words), len(b.words))
    ops = matcher.get_opcodes()
    equal = [k for k, op in enumerate(ops) if op[0] == "equal"]
    if not equal:
        return similarity, matched, []
    # only differences inside the stretch both printed: the ends are where one quote stops
    inner = ops[equal[0] : equal[-1] + 1]
    diffs = [Difference(" ".join(a.words[i1:i2]), " ".join(b.words[j1:j2]))
             for tag, i1, i2, j1, j2 in inner if tag != "equal"]
    return similarity, matched, diffs


@lru_cache(maxsize=1)
def _lsh_bands() -> tuple[int, int]:
    """Bands and rows for the threshold (datasketch works them out by integration: once, not
    for every block)."""
    probe = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return probe.b, probe.r


# a passage's LSH band keys (its MinHash cut into the bands of `_lsh_bands`), by its words: a
# reprint word for word (wire copy) is hashed once
HashCache = dict[tuple[str, ...], tuple[bytes, ...]]


def _band_keys(mh: MinHash) -> tuple[bytes, ...]:
    bands, rows = _lsh_bands()
    values = mh.hashvalues
    return tuple(values[k * rows : (k + 1) * rows].tobytes() for k in range(bands))


def _candidate_pairs(passages: list[Passage], cache: HashCache | None = None,
                     wanted: list[bool] | None = None) -> Iterable[tuple[int, int]]:
    """Pairs of passages worth aligning, in order: every pair of a small block; in a large one
    the pairs that share an LSH band (MinHashLSH's candidates, bucketed here in one pass: the
    block's index is built once and thrown away, so datasketch's storage layer only costs).
    With `wanted`, only pairs with a wanted passage."""
    def keep(i: int, j: int) -> bool:
        return wanted is None or wanted[i] or wanted[j]

    if len(passages) <= PAIRWISE_MAX:
        for i in range(len(passages)):
            for j in range(i + 1, len(passages)):
                if keep(i, j):
                    yield i, j
        return
    cache = {} if cache is None else cache
    missing = list(dict.fromkeys(p.words for p in passages if p.words not in cache))
    hashed = MinHash.bulk([_shingles(words) for words in missing], num_perm=NUM_PERM, seed=7, hashfunc=zlib.crc32)
    for words, mh in zip(missing, hashed):
        cache[words] = _band_keys(mh)
    # passages printed word for word alike are one entry of the index (a wire story reprinted by
    # fifty outlets would otherwise fill every bucket with the same pairs, once per band)
    alike: dict[tuple[str, ...], list[int]] = {}
    for i, p in enumerate(passages):
        alike.setdefault(p.words, []).append(i)
    groups = list(alike.values())
    buckets: dict[tuple[int, bytes], list[int]] = {}
    for g, members in enumerate(groups):
        for band, key in enumerate(cache[passages[members[0]].words]):
            buckets.setdefault((band, key), []).append(g)
    near = set()
    for bucket in buckets.values():
        for x, g in enumerate(bucket):
            near.update((g, h) for h in bucket[x + 1 :])
    pairs = [(i, j) for members in groups for x, i in enumerate(members) for j in members[x + 1 :] if keep(i, j)]
    for g, h in near:
        pairs.extend((min(i, j), max(i, j)) for i in groups[g] for j in groups[h] if keep(i, j))
    yield from sorted(pairs)


def variants_in_block(passages: list[Passage], cache: HashCache | None = None,
                      mine: set[tuple[str, int]] | None = None) -> list[QuoteVariant]:
    """Pairs of passages of one speaker that print one statement (`cache`: LSH band keys already
    computed for some of the passages' words, filled with the others; `mine`: only pairs with
    one of these passages, by article and start)."""
    # earliest printing first (undated last), then by article and place: the same whatever the input order
    passages = sorted(passages, key=lambda p: (p.published is None, p.published or "", p.document, p.span.start))
    wanted = None if mine is None else [(p.document, p.span.start) in mine for p in passages]
    bags: dict[tuple[str, ...], Counter] = {}
    out = []
    for i, j in _candidate_pairs(passages, cache, wanted):
        a, b = passages[i], passages[j]
        if a.document == b.document or not _within_window(a.published, b.published):
            continue
        if a.words == b.words:  # a reprint word for word (wire copy)
            out.append(QuoteVariant(a.speaker or b.speaker, [a, b], 1.0, []))
            continue
        # words in common bound the words matched in order: most pairs end here, cheaply
        bag_a = bags.get(a.words) or bags.setdefault(a.words, Counter(a.words))
        bag_b = bags.get(b.words) or bags.setdefault(b.words, Counter(b.words))
        common = sum((bag_a & bag_b).values())
        if common < MIN_WORDS or common < MIN_SIMILARITY * min(len(a.words), len(b.words)):
            continue
        similarity, matched, diffs = _differences(a, b)
        if similarity >= MIN_SIMILARITY and matched >= MIN_WORDS:
            out.append(QuoteVariant(a.speaker or b.speaker, [a, b], similarity, diffs))
    return out


def window_of(published: str | None) -> str:
    """The time window an article's quotes are compared in: its month, its year, or undated."""
    if not published:
        return "-"
    return published[:7] if len(published) >= 7 else published[:4]


def _next_month(window: str) -> str | None:
    if len(window) != 7:
        return None
    year, month = int(window[:4]), int(window[5:7])
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}"


def variants_of_speaker(quotes: Iterable[QuoteText]) -> Iterator[QuoteVariant]:
    """Variants among one speaker's quotes, given in order of their window (`window_of`): each
    window is compared with itself and the month after it, holding two windows at a time."""
    current: tuple[str, list[Passage]] | None = None
    cache: HashCache = {}  # a window's passages are hashed once, though compared twice

    def windows() -> Iterator[tuple[str, list[Passage]]]:
        key, bucket = None, []
        for q in quotes:
            w = window_of(q.published)
            if w != key and bucket:
                yield key, bucket
                bucket = []
            key = w
            bucket.extend(passages_of_quote(q))
        if bucket:
            yield key, bucket

    for window, passages in windows():
        if current is not None:
            yield from _pairs_from(current, (window, passages), cache)
            still = {p.words for p in passages}
            for p in current[1]:
                if p.words not in still:
                    cache.pop(p.words, None)
        current = (window, passages)
    if current is not None:
        yield from _pairs_from(current, None, cache)


def _pairs_from(first: tuple[str, list[Passage]], after: tuple[str, list[Passage]] | None,
                cache: HashCache) -> Iterator[QuoteVariant]:
    """Pairs with a passage in `first`: within it, and with the month after it when `after` is that month."""
    window, passages = first
    mine = {(p.document, p.span.start) for p in passages}
    if after is not None and after[0] == _next_month(window):
        # the month after's own pairs are its turn's, next
        yield from variants_in_block(passages + after[1], cache, mine)
    else:
        yield from variants_in_block(passages, cache)


def variants_of_quotes(quotes: Iterable[QuoteText]) -> list[QuoteVariant]:
    """Quote variants among quote rows (the store's, the pages'), block by block."""
    blocks: dict[str, list[QuoteText]] = {}
    for q in quotes:
        block = speaker_block(q.speaker)
        if block is not None:
            blocks.setdefault(block, []).append(q)
    out = []
    for block in sorted(blocks):
        ordered = sorted(blocks[block], key=lambda q: (window_of(q.published), q.document, q.start))
        out.extend(variants_of_speaker(ordered))
    return out


def find_quote_variants(documents: Iterable[Document]) -> list[QuoteVariant]:
    return variants_of_quotes(q for doc in documents for q in quotes_of(doc))
