"""`parley bench --scaling` (issue 18): every stage timed on a short and a long real body.
The figures themselves are the bench's business; here only that it measures what it says."""
from __future__ import annotations

import pytest

from parley.bench.scaling import OFFICIAL, ScalingSpec, _cut, bodies, run_scaling
from parley.stages import DEFAULT_PIPELINE


def test_cut_ends_at_a_paragraph():
    text = "One one.\n\nTwo two.\n\nThree three three."
    assert _cut(text, 12) == "One one."
    assert _cut(text, 100) == text
    assert _cut("One.\n\nTwo two three four five.", 12) == "One.\n\nTwo tw"  # no paragraph end late enough


@pytest.mark.skipif(not OFFICIAL.exists(), reason="the shared official corpus is not beside this checkout")
def test_scaling_times_every_stage_on_two_real_bodies():
    spec = ScalingSpec(short=1_000, long=4_000, repeat=1, page_short=6_000, page_long=12_000)
    chosen = bodies(spec)
    assert set(chosen) == {"transcript", "readouts"}
    ids, text = chosen["readouts"]
    assert ids and len(text) >= 4_000
    result = run_scaling(spec)
    bodies_timed = [*chosen, "page"]  # the page: the readouts repeated
    assert {(s.body, s.stage) for s in result.stages} == {(b, n) for b in bodies_timed for n in DEFAULT_PIPELINE}
    assert all(s.long_s >= 0 and s.short_s >= 0 for s in result.stages)
    for body in chosen:
        short, long = result.lengths[body]
        assert 500 <= short <= 1_000 and 2_000 <= long <= 4_000
    short, long = result.lengths["page"]
    assert 3_000 <= short <= 6_000 and 6_000 <= long <= 12_000
    assert result.sources["page"] == ids
    assert result.internal_errors == []
    assert set(result.worst()) == set(DEFAULT_PIPELINE)
