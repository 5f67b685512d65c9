"""`parley bench --linking` (issue 15): the corpus steps timed on copies of real articles.
The figures are the bench's business; here only that the copies are other worlds and that the
run links both sizes."""
from __future__ import annotations

import pytest
from conftest import SHARED

from parley.bench.linking import LinkingSpec, copy_of, corpus_of, run_linking
from parley.corpus import CorpusResult

SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture(scope="module")
def seeds():
    if not SEEDS.is_dir():
        pytest.skip("shared seeds not found")
    from parley.extraction import extract
    from parley.options import Options

    return extract([str(SEEDS)], Options(corpus_reasoning=False)).record.documents


def test_a_copy_renames_its_people_and_moves_its_dates_by_whole_weeks(seeds):
    doc = next(d for d in seeds if any(e.date and e.date.precision == "day" for e in d.events))
    copy = copy_of(doc, 1)
    assert copy.id != doc.id and copy.text == doc.text
    people = {a.name for a in doc.actors if a.type == "person"}
    assert people and not people & {a.name for a in copy.actors}
    before = next(e.date for e in doc.events if e.date and e.date.precision == "day")
    after = next(e.date for e in copy.events if e.date and e.date.precision == "day")
    import datetime as dt
    gap = dt.date.fromisoformat(after.value) - dt.date.fromisoformat(before.value)
    assert gap.days == 21  # the weekday kept
    assert copy_of(doc, 0) is doc


def test_copies_are_mostly_other_events(seeds):
    alone = CorpusResult.of(corpus_of(seeds, len(seeds)))
    doubled = CorpusResult.of(corpus_of(seeds, 2 * len(seeds)))
    # a second world beside the first: its meetings are other meetings (other people, other
    # weeks); a named agreement or an event of states alone may be the same one in both
    assert len(alone.events) < len(doubled.events) <= 2 * len(alone.events)
    met = [e for e in doubled.events if e.code.startswith("04") and e.date and e.date.precision == "day"]
    # a meeting dated to the day is told in one world only
    assert met and all(len({"#" in m.document for m in e.mentions}) == 1 for e in met)


def test_bench_links_both_sizes(tmp_path):
    result = run_linking(LinkingSpec(inputs=(str(SEEDS),), base=5, small=10, large=40))
    assert [s.articles for s in result.sizes] == [10, 40]
    assert result.sizes[1].events > result.sizes[0].events > 0 and result.ratio > 0
