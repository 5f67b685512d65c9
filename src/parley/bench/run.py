"""Run both sides of the bench, each in a child process, and measure it from outside."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from .corpus import BUNDLED, CorpusSpec
from .figures import BenchResult, SideFigures

# how often the parent samples the child's process tree for memory
SAMPLE_S = 0.05
DEFAULT_DOCS = 2000


@dataclass(frozen=True)
class BenchSpec:
    inputs: tuple[str, ...] = ()
    # documents to stream (the inputs cycled); None with repeat: that many passes instead
    docs: int | None = DEFAULT_DOCS
    repeat: int = 1
    workers: int = 0  # 0: every core
    batch_size: int = 32
    baseline: bool = True
    nlp_profile: str = "fast"
    # also time storing the articles in a fresh store (the `parley ingest` path)
    store: bool = True

    def corpus(self) -> CorpusSpec:
        return CorpusSpec(self.inputs or (str(BUNDLED),), self.docs, self.repeat)


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def _run_side(side: str, spec: BenchSpec, workers: int) -> SideFigures:
    corpus = spec.corpus()
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        job, out = Path(tmp) / "job.json", Path(tmp) / "out.json"
        job.write_text(json.dumps({**asdict(corpus), "side": side, "workers": workers, "store": spec.store,
                                   "batch_size": spec.batch_size, "nlp_profile": spec.nlp_profile}))
        proc = subprocess.Popen([sys.executable, "-m", "parley.bench.child", str(job), str(out)])
        peak = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.wait(SAMPLE_S):
                peak = max(peak, _tree_rss(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        # wait4 gives this child's own resource usage: its CPU time and the peak RSS of the
        # largest process in its tree (Linux reports ru_maxrss in KiB)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
        if proc.returncode != 0:
            raise RuntimeError(f"bench side '{side}' failed with exit status {proc.returncode}")
        got = json.loads(out.read_text())
    largest = usage.ru_maxrss * 1024
    return SideFigures(
        name=side, documents=got["documents"], tokens=got["tokens"], wall_s=got["wall_s"],
        cpu_s=got.get("cpu_s", usage.ru_utime + usage.ru_stime),
        processes=workers if side == "parley" else 1,
        peak_rss_bytes=max(peak, largest), peak_rss_largest_bytes=largest,
        phases_wall_s=got.get("phases_wall_s", {}), phases_cpu_s=got.get("phases_cpu_s", {}),
        events=got.get("events", 0),
    )


def run_bench(spec: BenchSpec) -> BenchResult:
    workers = spec.workers or os.cpu_count() or 1
    baseline = _run_side("baseline", spec, 1) if spec.baseline else None
    parley = _run_side("parley", spec, workers)
    return BenchResult(corpus=", ".join(spec.corpus().inputs), parley=parley, baseline=baseline)
