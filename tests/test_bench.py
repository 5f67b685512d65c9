"""`parley bench`: figures for both sides on the same streamed texts (no speed goal here)."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import EXAMPLES

from parley.bench.corpus import CorpusSpec, bench_documents


def test_bench_corpus_streams_unique_documents():
    docs = list(bench_documents(CorpusSpec((str(EXAMPLES),), docs=12)))
    assert len(docs) == 12 and len({d.id for d in docs}) == 12
    assert docs[5].text == docs[0].text
    assert len(list(bench_documents(CorpusSpec((str(EXAMPLES),), docs=None, repeat=2)))) == 10
    stream = bench_documents(CorpusSpec((str(EXAMPLES),), docs=10**9))
    assert next(stream).id.startswith("0:")  # a generator: nothing is read ahead


def test_bench_command_reports_both_sides():
    run = subprocess.run([sys.executable, "-m", "parley.cli", "bench", str(EXAMPLES), "--docs", "3",
                          "--workers", "1", "--json"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    parley, baseline = out["parley"], out["baseline"]
    assert parley["documents"] == baseline["documents"] == 3
    assert parley["tokens"] == baseline["tokens"] > 0
    assert parley["peak_rss_bytes"] > 0 and baseline["peak_rss_bytes"] > 0
    assert out["ratio"] > 0 and out["ratio_cpu"] > 0
    # a whole run, phase by phase: extraction, linking (reported apart), the record, the store
    assert set(parley["phases_wall_s"]) == {"extract", "link", "write", "store"}
    assert parley["wall_s"] >= parley["phases_wall_s"]["extract"] + parley["phases_wall_s"]["link"]
    assert parley["events"] > 0 and out["ingest_ratio"] >= 1


def test_every_command_help_ends_with_an_example():
    for command in ("bench", "extract"):
        run = subprocess.run([sys.executable, "-m", "parley.cli", command, "--help"], capture_output=True,
                             text=True, timeout=120, env={"COLUMNS": "200", "PATH": ""})
        assert "Example: parley " + command in run.stdout, run.stdout
