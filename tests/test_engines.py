"""Engines: the record is the same whichever one made it; documents survive the trip."""
from __future__ import annotations

import importlib.util

import pytest
from conftest import EXAMPLES

from parley.serialize import document_from_dict, document_from_json, document_to_dict, document_to_json
from parley.extraction import extract
from parley.options import Options


def test_document_round_trips_through_json(seed_record):
    for doc in seed_record.documents:
        again = document_from_json(document_to_json(doc))
        assert again == doc
        assert document_from_dict(document_to_dict(doc)) == doc
    assert any(d.entities and d.events for d in seed_record.documents)


def test_process_pool_gives_the_same_record(seed_record):
    pooled = extract([str(EXAMPLES)], Options(n_process=2, batch_size=2)).record
    assert [d.id for d in pooled.documents] == [d.id for d in seed_record.documents]
    assert pooled.to_json() == seed_record.to_json()


@pytest.mark.ray
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray is not installed (pip install '.[ray]')")
def test_ray_engine_gives_the_local_record(seed_record, tmp_path):
    from parley.engine.ray_engine import RaySettings, extract_with_ray

    missing = str(tmp_path / "no-such-folder")
    result = extract_with_ray([str(EXAMPLES), missing], Options(n_process=2),
                              RaySettings(parquet_dir=str(tmp_path / "parquet")))
    assert result.record.to_json() == seed_record.to_json()
    assert [e.source for e in result.skipped] == [missing]
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "parquet")
    assert sorted(table.column("id").to_pylist()) == sorted(d.id for d in seed_record.documents)


@pytest.mark.ray
@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray is not installed (pip install '.[ray]')")
def test_ray_linking_gives_the_local_record_on_seeds_and_dev():
    """Linking as Ray Data group-bys (components of shared blocks) makes the local record, on the
    seed and dev articles together (undated articles dated by others, days taken, quote variants)."""
    import ray

    from conftest import SHARED
    from parley.corpus import CorpusResult
    from parley.engine.ray_linking import link_with_ray

    folders = [SHARED / "corpus" / "seeds", SHARED / "corpus" / "dev"]
    if not all(f.is_dir() for f in folders):
        pytest.skip("shared corpora not found")
    docs = extract([str(f) for f in folders], Options(corpus_reasoning=False)).record.documents
    raw = [document_to_dict(d) for d in docs]
    local = CorpusResult.of([document_from_dict(r) for r in raw])
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        record = link_with_ray(ray, [document_from_dict(r) for r in raw], Options())
    finally:
        ray.shutdown()
    assert [e.to_json() for e in record.events] == [e.to_json() for e in local.events]
    assert [d.to_json() for d in record.documents] == [d.to_json() for d in local.documents]
    assert [v.to_json() for v in record.quote_variants] == [v.to_json() for v in local.quote_variants]


def test_streamed_record_is_the_record(seed_record, tmp_path):
    """`parley extract` keeps articles on disk and streams the record: the same bytes as the
    record made in memory."""
    import json

    from parley.extraction import extract_to_file

    out = tmp_path / "record.json"
    summary = extract_to_file([str(EXAMPLES)], str(out))
    assert out.read_text(encoding="utf-8") == json.dumps(seed_record.to_json(), ensure_ascii=False, indent=1) + "\n"
    assert (summary.documents, summary.events) == (len(seed_record.documents), len(seed_record.events))
    assert not list(tmp_path.glob("*.tmp"))
