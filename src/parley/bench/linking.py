"""`parley bench --linking`: the corpus steps (people, dating, linking, quote variants) timed on
the per-article results of a small and a large corpus, in one run.

The per-article stages run once, on `base` real texts (by default every `STRIDE`-th text of
the shared official corpus, `official.jsonl.gz`: readouts and statements of several
governments). Their results are then copied into corpora of `small` and `large` articles. A
copy is a different world, as a growing news corpus is: every person named in it takes a
suffix of the copy, glued to the family name (`Sergey Lavrov` becomes `Sergey Lavrovkb`, so no person is
unified across copies) and every date moves by whole weeks of the copy (the weekday kept), while the states,
organisations, places, quotes and texts stay as they are: the state-pair blocks grow with the
corpus as they do in real news, where the same few states meet again and again.

Each size is linked in a fresh child process (`CorpusResult.of`, the in-memory run `parley
extract` makes), timed in CPU seconds, with its peak memory. Near-linear linking takes about
`large / small` times as long on the large corpus (10x for 2,000 and 20,000); the goal is at
most 12x, and under 60 s for 20,000 articles on one core.
"""
from __future__ import annotations

import datetime as dt
import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..model import DateValue, Document
from ..options import Options
from ..readers import read_inputs
from .scaling import OFFICIAL

# every STRIDE-th text of the official corpus is a base article
STRIDE = 41
WEEK = dt.timedelta(days=7)


@dataclass(frozen=True)
class LinkingSpec:
    inputs: tuple[str, ...] = ()
    base: int = 400
    small: int = 2_000
    large: int = 20_000


@dataclass
class LinkingSize:
    articles: int
    events: int
    cpu_s: float
    peak_mib: int


@dataclass
class LinkingResult:
    base: int
    sizes: list[LinkingSize] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        small, large = self.sizes
        return large.cpu_s / small.cpu_s if small.cpu_s else float("inf")

    @property
    def memory_ratio(self) -> float:
        small, large = self.sizes
        return large.peak_mib / small.peak_mib if small.peak_mib else float("inf")


def base_documents(spec: LinkingSpec) -> list[Document]:
    """The per-article results of the base texts (no corpus reasoning)."""
    from ..extraction import extract_documents

    inputs = list(spec.inputs) or [str(OFFICIAL)]
    if not spec.inputs and not OFFICIAL.exists():
        raise OSError(f"{OFFICIAL}: not found (give the corpus to read)")
    stride = 1 if spec.inputs else STRIDE
    chosen = [d for n, d in enumerate(i for i in read_inputs(inputs, None) if isinstance(i, Document))
              if n % stride == 0]
    return extract_documents(chosen[: spec.base], Options(corpus_reasoning=False))


def _moved(value: DateValue | None, weeks: int) -> DateValue | None:
    if value is None or weeks == 0:
        return value
    if value.precision == "day":
        day = dt.date.fromisoformat(value.value) + weeks * WEEK
        return DateValue(day.isoformat(), "day")
    year = int(value.value[:4]) + weeks // 52
    return DateValue(f"{year}{value.value[4:]}", value.precision)


def _suffix(copy: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        copy, r = divmod(copy, 26)
        out = letters[r] + out
        if copy == 0:
            return "K" + out


def copy_of(doc: Document, copy: int) -> Document:
    """The article as another world tells it: its people renamed, its dates moved."""
    from ..serialize import document_from_dict, document_to_dict

    if copy == 0:
        return doc
    new = document_from_dict(document_to_dict(doc, parses=False))  # a fresh copy to edit
    new.id = f"{doc.id}#{copy}"
    weeks = 3 * copy
    # the family name itself changes ("Sergey Lavrovkb"): people are found by family name, so a
    # suffix word would put every person of a copy into one block
    renames = {a.name: f"{a.name}{_suffix(copy).lower()}" for a in new.actors if a.type == "person"}
    for actor in new.actors:
        actor.name = renames.get(actor.name, actor.name)
    for quote in new.quotes:
        quote.speaker = renames.get(quote.speaker, quote.speaker) if quote.speaker else quote.speaker
    for event in new.events:
        event.actors = [renames.get(a, a) for a in event.actors]
        event.date = _moved(event.date, weeks)
    new.published = _moved(new.published, weeks)
    return new


def corpus_of(base: list[Document], size: int) -> list[Document]:
    return [copy_of(base[n % len(base)], n // len(base)) for n in range(size)]


def _link_in_child(path: Path, size: int) -> LinkingSize:
    done = subprocess.run([sys.executable, "-m", "parley.bench.linking", str(path), str(size)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"linking {size} articles failed: {done.stderr.strip().splitlines()[-1:]}")
    return LinkingSize(**json.loads(done.stdout))


def run_linking(spec: LinkingSpec) -> LinkingResult:
    base = base_documents(spec)
    if not base:
        raise OSError("no articles to copy")
    result = LinkingResult(len(base))
    with tempfile.TemporaryDirectory(prefix="parley-linking-") as tmp:
        path = Path(tmp) / "base.pickle"
        path.write_bytes(pickle.dumps(base))
        for size in (spec.small, spec.large):
            result.sizes.append(_link_in_child(path, size))
    return result


def _peak_mib() -> int:
    """This process's own peak memory. `ru_maxrss` will not do: Linux carries the parent's peak
    over fork and exec, so every child would report at least the parent's (the base articles
    with their parses)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def _child(path: str, size: int) -> None:
    from ..corpus import CorpusResult

    base = pickle.loads(Path(path).read_bytes())
    docs = corpus_of(base, size)
    start = time.process_time()
    result = CorpusResult.of(docs)
    cpu = time.process_time() - start
    peak = _peak_mib()
    print(json.dumps({"articles": size, "events": len(result.events), "cpu_s": round(cpu, 2), "peak_mib": peak}))


if __name__ == "__main__":
    _child(sys.argv[1], int(sys.argv[2]))
