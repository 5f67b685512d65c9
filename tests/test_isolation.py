"""Stage isolation (issue 18): a stage that raises on one article fails for that article only,
on every engine; the run goes on, writes its record and exits 3 (internal errors).

The fault is injected by `tests/plugins/faulty_events.py` (loaded as `Options.code`, the way a
user registers stages of their own): the `events` stage raises on the article that holds the
marker `FAULT-RAISE`, after changing what it sets, or ends its worker on `FAULT-EXIT`.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import EXAMPLES

from parley.extraction import extract
from parley.options import Options
from parley.pipeline import Context, run_isolated
from parley.model import Document
from parley import stages

PLUGIN = str(Path(__file__).resolve().parent / "plugins" / "faulty_events.py")
PARLEY = [sys.executable, "-m", "parley.cli"]
CHOSEN = "002_206f92aab21b4e56.txt"


@pytest.fixture
def registry():
    """The registry as it was: loading the plugin in this process replaces `events`."""
    saved = dict(stages.REGISTRY)
    yield
    stages.REGISTRY.clear()
    stages.REGISTRY.update(saved)
    for name in [n for n in sys.modules if n.startswith("parley_code_")]:
        del sys.modules[name]


def corpus_with(folder: Path, marker: str, chosen: str = CHOSEN) -> Path:
    shutil.copytree(EXAMPLES, folder)
    path = folder / chosen
    path.write_text(path.read_text(encoding="utf-8") + f"\n\n{marker}\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    """The sample articles, one with each marker, and what the per-article pipeline finds in
    them without the plugin (the corpus reasoning is left out: it would date and link the
    others with the failed article's events, as it should)."""
    root = tmp_path_factory.mktemp("isolation")
    folders = {m: corpus_with(root / m, m) for m in ("FAULT-RAISE", "FAULT-EXIT")}
    clean = extract([str(folders["FAULT-RAISE"])], PER_ARTICLE).record
    return folders, {d.id: d for d in clean.documents}


PER_ARTICLE = Options(corpus_reasoning=False)


def check_isolated(record, clean, step: str = "events", chosen: str = CHOSEN) -> None:
    """Every article in the record; the chosen one with one P600 line and what the stages
    before the failing one found; every other one exactly as a run without the fault has it."""
    by_id = {d.id: d for d in record.documents}
    assert sorted(by_id) == sorted(clean)
    failed = by_id[chosen]
    assert len(failed.internal_errors) == 1, failed.internal_errors
    line = failed.internal_errors[0]
    assert "\n" not in line and line.endswith("[P600]") and f"step '{step}'" in line and chosen in line
    assert failed.events == []  # what the failing stage half set was put back
    assert failed.to_json() == clean[chosen].to_json()  # actors, quotes, dates: all kept
    for doc_id, doc in by_id.items():
        if doc_id != chosen:
            assert doc.internal_errors == []
            assert doc.to_json() == clean[doc_id].to_json()
            assert [e.to_json() for e in doc.events] == [e.to_json() for e in clean[doc_id].events]


def test_in_process(marked, registry):
    folders, clean = marked
    result = extract([str(folders["FAULT-RAISE"])], replace(PER_ARTICLE, code=PLUGIN))
    check_isolated(result.record, clean)
    assert "RuntimeError: injected fault\\nerror: a forged second line" in result.record.documents[2].internal_errors[0]


def test_batched_stage_failure_finds_the_article(marked, monkeypatch):
    """A batched stage (spaCy's) that raises for the batch is run again article by article."""
    from parley.nlp import annotate_batch

    def flaky(docs, ctx):
        if any("Erdogan" in d.text for d in docs):
            raise MemoryError("injected")
        return annotate_batch(docs, ctx)

    nlp = stages.REGISTRY["nlp"]
    monkeypatch.setitem(stages.REGISTRY, "nlp", type(nlp)(nlp.name, nlp.run, nlp.needs, nlp.sets, flaky, nlp.doc))
    _, clean = marked
    docs = [Document(id=d.id, source=d.source, text=d.text) for d in clean.values()]
    out = stages.build_pipeline(None, Context(Options(batch_size=8))).run_batch(docs)
    failed = [d for d in out if d.internal_errors]
    assert len(out) == len(clean) and 0 < len(failed) < len(out)
    for doc in out:
        if doc.internal_errors:
            assert "Erdogan" in doc.text and "step 'nlp'" in doc.internal_errors[0] and doc.sentences == []
        else:
            assert doc.to_json() == clean[doc.id].to_json()


def test_process_pool(marked):
    folders, clean = marked
    result = extract([str(folders["FAULT-RAISE"])], replace(PER_ARTICLE, code=PLUGIN, n_process=2, batch_size=2))
    check_isolated(result.record, clean)


def test_process_pool_worker_death(marked):
    """A worker that dies (here `os._exit`, as a segfault or the OOM killer would) loses only
    its article's stage findings: the pool is started again and the rest go on."""
    folders, clean = marked
    result = extract([str(folders["FAULT-EXIT"])], replace(PER_ARTICLE, code=PLUGIN, n_process=2, batch_size=2))
    by_id = {d.id: d for d in result.record.documents}
    assert sorted(by_id) == sorted(clean)
    failed = by_id[CHOSEN]
    assert len(failed.internal_errors) == 1 and "step 'worker process'" in failed.internal_errors[0]
    assert failed.stages_run == [] and "FAULT-EXIT" in failed.text  # kept as read
    for doc_id, doc in by_id.items():
        if doc_id != CHOSEN:
            assert {**doc.to_json(), "source": ""} == {**clean[doc_id].to_json(), "source": ""}
            assert not doc.internal_errors


def test_cli_exit_status_and_one_line(marked, tmp_path):
    folders, clean = marked
    out = tmp_path / "record.json"
    done = subprocess.run([*PARLEY, "extract", str(folders["FAULT-RAISE"]), "--code", PLUGIN, "-o", str(out), "-q"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 3, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: ") and "[P600]" in lines[0], done.stderr
    assert "Traceback" not in done.stderr and "\nerror: a forged" not in done.stderr
    record = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(d["id"] for d in record["documents"]) == sorted(clean)


def test_cli_code_file_missing_is_a_usage_error(tmp_path):
    done = subprocess.run([*PARLEY, "extract", str(EXAMPLES), "--code", str(tmp_path / "nope.py")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, done.stderr


def test_run_isolated_for_a_corpus_step():
    """The helper corpus steps call: the article keeps a line, the run gets the fallback."""
    doc = Document(id="a", source="dir/a.txt", text="x")
    assert run_isolated("date undated articles", doc, lambda: 1 // 0, fallback=None) is None
    assert run_isolated("date undated articles", doc, lambda: 7, fallback=None) == 7
    assert len(doc.internal_errors) == 1
    line = doc.internal_errors[0]
    assert line.startswith("dir/a.txt: internal error in step 'date undated articles' (ZeroDivisionError")
    assert "test_isolation.py" not in line and line.endswith("[P600]")


@pytest.mark.ray
@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray is not installed (pip install '.[ray]')")
def test_ray_engine(marked):
    from parley.engine.ray_engine import RaySettings, extract_with_ray

    folders, clean = marked
    result = extract_with_ray([str(folders["FAULT-RAISE"])], replace(PER_ARTICLE, code=PLUGIN, n_process=2),
                              RaySettings())
    check_isolated(result.record, clean)


def test_failed_stage_is_not_counted_as_run(marked, registry):
    folders, _ = marked
    result = extract([str(folders["FAULT-RAISE"])], replace(PER_ARTICLE, code=PLUGIN))
    by_id = {d.id: d for d in result.record.documents}
    assert "events" not in by_id[CHOSEN].stages_run and by_id[CHOSEN].stages_run[-1] == "quotes"
    assert all(d.stages_run[-1] == "events" for i, d in by_id.items() if i != CHOSEN)


def test_ingest_stores_every_article_and_exits_three(marked, tmp_path):
    folders, clean = marked
    db = tmp_path / "isolation.db"
    done = subprocess.run([*PARLEY, "ingest", str(folders["FAULT-RAISE"]), "--db", str(db), "--code", PLUGIN],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 3, done.stderr
    assert sum("[P600]" in line for line in done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == len(clean)
