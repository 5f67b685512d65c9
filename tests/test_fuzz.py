"""Property tests (hypothesis) on every text stage and the parsers under them (issue 8).

Any Unicode string in: no exception out, every span inside the text, each entity's and
quote's text equal to `text[start:end]`, body spans in order and within the text, and the
document still serialisable. The stages are whatever `DEFAULT_PIPELINE` holds when the test
runs, so stages added later (actors, quotes, events) are fuzzed as soon as they are registered.

The cheap stages (those before the first batched one, spaCy's) take many examples one
document at a time; the whole pipeline, spaCy included, takes fewer examples, each a batch
of documents through `Stage.batch`, as `parley extract` runs them. The `slow` tests run over
10,000 generated cases in all; the quick ones give a first answer in seconds
(`pytest -m "not slow"`).
"""
from __future__ import annotations

import codecs
import dataclasses
import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from parley.dates.expressions import find_time_expressions, latest_year_lived, resolve
from parley.document.dateline import match_dateline
from parley.document.lines import split_lines
from parley.errors import InputError
from parley.model import DateValue, Document, Span
from parley.pipeline import Context, Stage
from parley.readers.decode import decode_text
from parley.readers.metadata import parse_iso_date
from parley.resources import data_file
from parley.stages import DEFAULT_PIPELINE, REGISTRY

# ---------------------------------------------------------------------------------------
# strategies: arbitrary Unicode, and news-like text assembled from the words the rules
# look for (random text alone almost never spells "MOSCOW, March 3 (Reuters) -")


def _vocabulary() -> list[str]:
    cal = data_file("calendar.toml")
    outlets = data_file("outlets.toml")
    words = [*cal["months"], *cal["weekdays"], *(m.title() for m in cal["months"]),
             *(w.title() for w in cal["weekdays"]), *outlets.get("known", {}), *outlets.get("report_cues", [])]
    return words + [
        "MOSCOW", "Baku", "BRUSSELS", "Riga", "Lavrov", "Sergei Lavrov", "President", "Minister", "said", "told",
        "added", "met", "signed", "agreement", "talks", "on", "in", "last", "next", "this year", "today",
        "yesterday", "(Reuters)", "(AP)", "AZERTAC", " - ", " — ", " – ", ", ", ". ", ": ", "; ", "(", ")",
        "“", "”", '"', "'", "‘", "’", "«", "»", "„", "...", "…", "?", "!",
        "1", "3", "12", "27", "31", "32", "99", "0", "2023", "2024", "1999", "9999", "0000", "13:40", "10:05 AM",
        " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n", "\r", "\x00", "\u2028", "\u2029", "\x0c", "\x85", "\ufeff",
        # characters whose case folding or digit value trips naive code
        "ſ", "İ", "ı", "K", "ß", "ﬁ", "Σ", "٣", "१", "２", "Ⅻ", "\u0301", "\u200b", "\U0001f600", "\ufffd",
        "Share news on social media", "Search in archive", "Related news",
    ]


VOCABULARY = _vocabulary()
# letters that Unicode case-insensitive matching takes for ASCII ones ("ſunday" matches
# "sunday" under re.IGNORECASE, but "ſunday".lower() is no key of the weekday table)
FOLDS = {"s": "ſ", "S": "ſ", "i": "ı", "I": "İ", "k": "\u212a", "K": "\u212a"}


def _fold(word: str, flips: list[bool]) -> str:
    return "".join(FOLDS.get(c, c) if flip else c for c, flip in zip(word, flips))


folded_word = st.sampled_from(VOCABULARY).flatmap(
    lambda w: st.lists(st.booleans(), min_size=len(w), max_size=len(w)).map(lambda flips: _fold(w, flips)))
token = st.one_of(st.sampled_from(VOCABULARY), folded_word, st.text(max_size=6))
separator = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", ", ", ". ", "\xa0"])
news_text = st.lists(st.tuples(token, separator), max_size=80).map(lambda parts: "".join(t + s for t, s in parts))
any_text = st.one_of(st.text(max_size=400), news_text, st.text(alphabet=st.sampled_from("ab .\n\"“”"), max_size=200))

FUZZ_SETTINGS = dict(deadline=None, derandomize=False, database=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])


def fuzz(examples: int):
    return settings(max_examples=examples, **FUZZ_SETTINGS)


# ---------------------------------------------------------------------------------------
# the invariants, checked after every stage


def _spans_in(value, path: str = "doc"):
    """Every Span, and every object with int `start`/`end` (event mentions), in a value."""
    if isinstance(value, Span):
        yield path, value.start, value.end
        return
    if isinstance(value, (str, bytes, int, float, bool)) or value is None:
        return
    if dataclasses.is_dataclass(value):
        if isinstance(getattr(value, "start", None), int) and isinstance(getattr(value, "end", None), int):
            yield path, value.start, value.end
        for f in dataclasses.fields(value):
            if f.name != "text":
                yield from _spans_in(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _spans_in(v, f"{path}[{k!r}]")
    elif isinstance(value, (list, tuple, set, frozenset)):
        for i, v in enumerate(value):
            yield from _spans_in(v, f"{path}[{i}]")


def check_document(doc: Document, text: str, stage: str) -> None:
    where = f"after stage {stage!r}"
    # a stage that raises is caught at its article (`Stage.batch`): here that is a failure
    assert not doc.internal_errors, f"{where}: {doc.internal_errors}"
    assert doc.text == text, f"{where}: the text changed"
    n = len(text)
    for path, start, end in _spans_in(doc):
        assert 0 <= start <= end <= n, f"{where}: {path} = {start}:{end} outside the text (length {n})"
    previous_end = 0
    for s in doc.body_spans:
        assert s.start >= previous_end, f"{where}: body spans overlap or are out of order: {doc.body_spans}"
        previous_end = s.end
    for e in doc.entities:
        assert text[e.span.start : e.span.end] == e.text, f"{where}: entity text is not text[start:end]"
    record = json.loads(json.dumps(doc.to_json(), ensure_ascii=False))
    for q in record["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"], f"{where}: quote text is not text[start:end]"
    for ev in doc.events:
        for m in ev.mentions:
            assert m.document == doc.id, f"{where}: event mention points at another document"


def _stages() -> list[Stage]:
    return [REGISTRY[name] for name in DEFAULT_PIPELINE]


def _cheap_stages() -> list[Stage]:
    """The stages before the first batched (spaCy) one: they see the text alone."""
    out = []
    for stage in _stages():
        if stage.run_batch is not None:
            break
        out.append(stage)
    return out


def _new_doc(text: str, i: int = 0) -> Document:
    return Document(id=f"fuzz{i}", source=f"fuzz{i}", text=text)


# ---------------------------------------------------------------------------------------
# stages


CTX = Context()


def run_cheap_stages(text: str) -> None:
    doc = _new_doc(text)
    for stage in _cheap_stages():
        doc = stage.batch([doc], CTX)[0]
        check_document(doc, text, stage.name)


def run_whole_pipeline(texts: list[str]) -> None:
    docs = [_new_doc(t, i) for i, t in enumerate(texts)]
    for stage in _stages():
        docs = stage.batch(docs, CTX)
        assert len(docs) == len(texts), f"stage {stage.name!r} lost documents"
        for doc, text in zip(docs, texts):
            check_document(doc, text, stage.name)
    assert [d.id for d in docs] == [f"fuzz{i}" for i in range(len(texts))]


def test_pipeline_has_stages_to_fuzz():
    assert _cheap_stages(), "no cheap stage found in DEFAULT_PIPELINE"
    assert [s.name for s in _stages()] == list(DEFAULT_PIPELINE)


@fuzz(300)
@given(any_text)
def test_cheap_stages_quick(text):
    run_cheap_stages(text)


@pytest.mark.slow
@fuzz(10_000)
@given(any_text)
def test_cheap_stages_many(text):
    run_cheap_stages(text)


@fuzz(5)
@given(st.lists(any_text, min_size=1, max_size=8))
@example(["met Nigerİa"])  # CI, stop 47: the states' lookup raised on the dotted capital I
def test_whole_pipeline_quick(texts):
    run_whole_pipeline(texts)


@pytest.mark.slow
@fuzz(400)
@given(st.lists(any_text, min_size=1, max_size=16))
def test_whole_pipeline_batched(texts):
    """Some 3,000 documents, in 400 batches, through every registered stage, spaCy included."""
    run_whole_pipeline(texts)


# ---------------------------------------------------------------------------------------
# readers' decoding


def _normalised(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


@st.composite
def encoded_text(draw):
    text = draw(any_text)
    how = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "utf-32", "raw"]))
    if how == "raw":
        return how, None, draw(st.binary(max_size=400))
    if how == "utf-16-be-bom":
        return how, text, codecs.BOM_UTF16_BE + text.encode("utf-16-be", "surrogatepass")
    return how, text, text.encode(how, "surrogatepass")


def check_decode(case) -> None:
    how, original, data = case
    try:
        text, warnings = decode_text(data, "fuzz")
    except InputError as err:
        assert err.code in ("P101", "P102"), err.line()
        return
    assert text.strip() and "\r" not in text and "\x00" not in text
    assert all(isinstance(w, str) and "\n" not in w for w in warnings)
    if original is not None:
        if how == "utf-8" and original.startswith("\ufeff"):
            original = original[1:]  # a leading U+FEFF in UTF-8 is a byte-order mark, and is read as one
        if how == "utf-16" and data.startswith(codecs.BOM_UTF32_LE):
            # UTF-16-LE text opening with NUL is byte for byte a UTF-32-LE BOM: the decoder takes
            # UTF-32 where the rest decodes cleanly as UTF-32 (decode.py says so), UTF-16 otherwise
            try:
                original = data[len(codecs.BOM_UTF32_LE) :].decode("utf-32-le")
            except UnicodeDecodeError:
                pass
        assert text == _normalised(original) and warnings == []
        return
    boms = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
            (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
    readings = [(name, data[len(bom):]) for bom, name in boms if data.startswith(bom)] or [("utf-8", data)]
    valid = False
    for encoding, body in readings:  # valid: some reading its BOM allows decodes cleanly
        try:
            body.decode(encoding)
            valid = True
        except UnicodeDecodeError:
            pass
    # a warning exactly when bytes were replaced, and then the replacement is in the text
    assert bool(warnings) == (not valid)
    assert valid or "\ufffd" in text


@fuzz(200)
@given(encoded_text())
def test_decode_quick(case):
    check_decode(case)


@pytest.mark.slow
@fuzz(2000)
@given(encoded_text())
def test_decode_many(case):
    check_decode(case)


# ---------------------------------------------------------------------------------------
# datelines, date expressions, metadata dates


def check_datelines(text: str) -> None:
    for line in split_lines(text):
        assert line.span.of(text).strip() == line.text
        for standalone_only in (True, False):
            dl = match_dateline(line, standalone_only)
            if dl is None:
                continue
            assert line.span.start == dl.span.start <= dl.span.end <= line.span.end <= len(text)
            assert dl.month is None or 1 <= dl.month <= 12
            assert dl.day is None or 1 <= dl.day <= 31


references = st.one_of(
    st.none(),
    st.dates().flatmap(lambda d: st.sampled_from([DateValue.of(d.year, d.month, d.day), DateValue.of(d.year, d.month),
                                                  DateValue.of(d.year)])),
)


def check_time_expressions(text: str, reference: DateValue | None, direction: int) -> None:
    exprs = find_time_expressions(text)
    for e in exprs:
        assert 0 <= e.span.start <= e.span.end <= len(text)
        assert text[e.span.start : e.span.end] == e.text
        assert e.month is None or 1 <= e.month <= 12
        value = resolve(e, reference, latest_year_lived(text, [Span(0, len(text))]), direction)
        assert value is None or isinstance(value, DateValue)
    if text:
        inner = Span(len(text) // 3, len(text) - len(text) // 3)
        for e in find_time_expressions(text, inner):
            assert inner.start <= e.span.start and e.span.end <= len(text)


def check_iso(value: str) -> None:
    got = parse_iso_date(value)
    assert got is None or (isinstance(got, DateValue) and got.value[:4].isdigit())


@fuzz(300)
@given(any_text, references, st.sampled_from([-1, 0, 1]))
def test_date_parsers_quick(text, reference, direction):
    check_datelines(text)
    check_time_expressions(text, reference, direction)
    check_iso(text)


@pytest.mark.slow
@fuzz(3000)
@given(any_text, references, st.sampled_from([-1, 0, 1]))
def test_date_parsers_many(text, reference, direction):
    check_datelines(text)
    check_time_expressions(text, reference, direction)
    check_iso(text)


# ---------------------------------------------------------------------------------------
# long repetitive texts: the shapes that make regular expressions backtrack


REPETITIVE = {
    "one letter": "A" * 200_000,
    "capitalised words": "Abc Def " * 25_000,
    "place and comma": "MOSCOW, " * 25_000,
    "digits": "1 " * 100_000,
    "month names": "March " * 40_000,
    "short lines": "Short line\n" * 20_000,
    "dashes": "- " * 100_000,
    "quote marks": '"“' * 50_000,
    "report cues": "Reuters reported " * 10_000,
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(REPETITIVE))
def test_repetitive_long_texts_stay_fast(name):
    # about 0.5 s each on two cores today; the bound is for a regression to quadratic time
    import time

    text = REPETITIVE[name]
    t0 = time.monotonic()
    run_cheap_stages(text)
    assert time.monotonic() - t0 < 15
