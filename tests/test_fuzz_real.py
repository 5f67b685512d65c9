"""Fuzzing on real text (issue 18): mutations of the real dev articles and official texts
through every stage and the corpus reasoning, as `parley extract` runs them.

Each case is one real text (a dev article or an official readout), or (one in 100) several
official ones joined into 20-100 kB, then edited: characters inserted (odd Unicode: bidi controls,
zero-width and combining marks, line and paragraph separators, letters that case folding
takes for ASCII ones, quote marks of every kind), ranges deleted or duplicated, quotation
marks left unbalanced, sentences or paragraphs put in another order. For each: no stage
raises (`Document.internal_errors` stays empty), every span lies inside its text after every
stage, and the record of each batch is valid against `../shared/spec/OUTPUT.md` (the
contract's own checker, `../shared/tools/check_record.py`).

The slow test runs 1,000 cases (40 batches of 25; `PARLEY_FUZZ_REAL_CASES=10000` for 10,000)
over a pool of two processes, as the machine has two cores; the quick one a few batches in this
process.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import multiprocessing
import os
import random
import re
from concurrent.futures import ProcessPoolExecutor

import pytest
from conftest import SHARED
from hypothesis import given
from hypothesis import strategies as st
from official import official_lines
from test_fuzz import check_document, fuzz

from parley.extraction import build_record
from parley.model import Document
from parley.pipeline import Context
from parley.stages import DEFAULT_PIPELINE, REGISTRY

DEV = SHARED / "corpus" / "dev"
# every OFFICIAL_STEP-th official text is a base (about 120 texts of many governments), those
# of at most OFFICIAL_MAX characters (the long ones come in through the joined cases)
OFFICIAL_STEP = 171
OFFICIAL_MAX = 8_000
BATCH = 25
WORKERS = 2
# cases of the slow test: 10,000 (the figure) when PARLEY_FUZZ_REAL_CASES says so (12.5
# minutes on the shared two-core machine, passed; docs/reliability.md); `make test` runs 1,000
# (about 2 minutes): the cases are random on every run, and CI stays well inside its time
MANY_CASES = int(os.environ.get("PARLEY_FUZZ_REAL_CASES", "1000"))

ODD = ["\u200b", "\u200d", "\u202e", "\u202a", "\u2066", "\u0301", "\u0308", "\ufeff", "\u2028", "\u2029",
       "\x85", "\x0c", "\r", "\t", "\xa0", "\u3000", "ſ", "İ", "ı", "\u212a", "ß", "ﬁ", "Σ", "٣", "２",
       "\U0001f600", "\ufffd", "中文", "عربي", "Ё", "\n", "\n\n", " ", "—", "–", "…", "(", ")", "[", "]"]
QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」"]


@functools.lru_cache(maxsize=1)
def bases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(dev articles, official texts with their titles)."""
    dev = tuple(p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt")))
    official = tuple(f"{r.get('title') or ''}\n\n{r['text']}" for r in
                     map(json.loads, official_lines(lambda i, _: i % OFFICIAL_STEP == 0))
                     if r.get("text") and len(r["text"]) <= OFFICIAL_MAX)
    return dev, official


def _at(text: str, where: float) -> int:
    return min(len(text), int(where * len(text)))


def _reorder(text: str, rnd: random.Random, unit: str) -> str:
    pieces = re.split(r"(?<=[.!?…”\"])\s+" if unit == "sentences" else r"\n\s*\n", text)
    rnd.shuffle(pieces)
    return (" " if unit == "sentences" else "\n\n").join(pieces)


def apply(text: str, edit: tuple) -> str:
    kind = edit[0]
    if kind == "insert":
        i = _at(text, edit[1])
        return text[:i] + edit[2] + text[i:]
    if kind == "delete":
        i = _at(text, edit[1])
        return text[:i] + text[i + edit[2]:]
    if kind == "duplicate":
        i = _at(text, edit[1])
        return text[:i] + text[i : i + edit[2]] * edit[3] + text[i:]
    if kind == "unbalance":  # a quote mark dropped, or a stray one added
        marks = [m.start() for m in re.finditer("[\"“”‘’«»„]", text)]
        if marks and edit[2]:
            i = marks[int(edit[1] * len(marks)) % len(marks)]
            return text[:i] + text[i + 1:]
        i = _at(text, edit[1])
        return text[:i] + edit[3] + text[i:]
    if kind == "reorder":
        return _reorder(text, random.Random(edit[1]), edit[2])
    raise ValueError(kind)


# a place in the text, as a share of its length (so it fits any text)
where = st.integers(0, 1000).map(lambda n: n / 1000)
edit = st.one_of(
    st.tuples(st.just("insert"), where, st.one_of(st.sampled_from(ODD + QUOTES), st.text(max_size=4))),
    st.tuples(st.just("delete"), where, st.integers(1, 300)),
    st.tuples(st.just("duplicate"), where, st.integers(1, 400), st.integers(1, 3)),
    st.tuples(st.just("unbalance"), where, st.booleans(), st.sampled_from(QUOTES)),
    st.tuples(st.just("reorder"), st.integers(0, 2**16), st.sampled_from(["sentences", "paragraphs"])),
)
# one text; or official ones joined from a start until 20-100 kB (one case in 100: a big text
# costs two seconds, a small one a tenth of that)
source = st.tuples(st.sampled_from(["dev"] * 50 + ["official"] * 49 + ["joined"]), st.integers(0, 10_000),
                   st.integers(20_000, 100_000))
case = st.tuples(source, st.lists(edit, max_size=5))


def text_of(case_: tuple) -> str:
    (kind, start, size), edits = case_
    dev, official = bases()
    if kind == "dev":
        text = dev[start % len(dev)]
    elif kind == "official":
        text = official[start % len(official)]
    else:
        parts, n = [], start
        while sum(map(len, parts)) < size:
            parts.append(official[n % len(official)])
            n += 1
        text = "\n\n".join(parts)[:size]
    for e in edits:
        text = apply(text, e)
    return text


@functools.lru_cache(maxsize=1)
def _checker():
    spec = importlib.util.spec_from_file_location("check_record", SHARED / "tools" / "check_record.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.check


_CTX = Context()


def run_stages(texts: list[str], first: int = 0) -> list[Document]:
    """Every stage over the batch, the invariants checked after each (in a worker or here)."""
    docs = [Document(id=f"case{i}", source=f"case{i}", text=t) for i, t in enumerate(texts, start=first)]
    for name in DEFAULT_PIPELINE:
        docs = REGISTRY[name].batch(docs, _CTX)
        for doc, text in zip(docs, texts):
            check_document(doc, text, name)
    return docs


def check_batch(texts: list[str], docs: list[Document]) -> None:
    assert [d.id for d in docs] == [f"case{i}" for i in range(len(texts))]
    record = build_record(docs)
    for doc, text in zip(record.documents, texts):
        check_document(doc, text, "corpus reasoning")
    problems = _checker()(json.loads(json.dumps(record.to_json(), ensure_ascii=False)))
    assert not problems, problems[:10]


@pytest.fixture(scope="module")
def pool():
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=WORKERS, mp_context=context) as executor:
        yield executor


@fuzz(3)
@given(st.lists(case, min_size=1, max_size=8))
def test_real_text_mutations_quick(cases):
    texts = [text_of(c) for c in cases]
    check_batch(texts, run_stages(texts))


@pytest.mark.slow
def test_real_text_mutations_many(pool):
    """MANY_CASES mutated real texts (10,000 with PARLEY_FUZZ_REAL_CASES=10000), batches of 25,
    each batch's halves on two processes."""
    batches = 0

    @fuzz(MANY_CASES // BATCH)
    @given(st.lists(case, min_size=BATCH, max_size=BATCH))
    def batch(cases):
        nonlocal batches
        texts = [text_of(c) for c in cases]
        half = len(texts) // 2
        first, second = pool.submit(run_stages, texts[:half]), pool.submit(run_stages, texts[half:], half)
        check_batch(texts, first.result() + second.result())
        batches += 1

    batch()
    assert batches >= MANY_CASES // BATCH


def test_mutations_do_what_they_say():
    text = "One said “yes”. Two. Three!\n\nFour."
    assert apply(text, ("insert", 0.0, "\u202e")) == "\u202e" + text
    assert apply(text, ("delete", 0.0, 4)) == text[4:]
    assert apply(text, ("duplicate", 0.0, 4, 2)) == "One One One " + text[4:]
    assert apply(text, ("unbalance", 0.0, True, '"')).count("“") == 0
    assert sorted(apply(text, ("reorder", 7, "paragraphs")).split("\n\n")) == sorted(text.split("\n\n"))
    big = text_of((("joined", 3, 50_000), []))
    assert text_of((("dev", 3, 50_000), [])) == bases()[0][3]
    assert len(big) == 50_000
