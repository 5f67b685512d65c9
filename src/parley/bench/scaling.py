"""`parley bench --scaling`: each per-article stage timed on one real body at two lengths.

A stage whose time is linear in the article's length takes about `long / short` times as
long on the longer body (10x for 10,000 and 100,000 characters); a quadratic one about the
square of that (100x). The bodies are real official texts (by default the shared corpus,
`official.jsonl.gz`), cut at a paragraph end:

- `transcript`: the first text of the corpus at least `long` characters long (a news
  conference: many speakers, many quotes), its first `short` and first `long` characters;
- `readouts`: whole texts taken every `STRIDE`-th from the corpus (readouts, statements and
  fact sheets of several governments) joined one after another until `long` characters;
- `page`: the `readouts` body repeated into a page of `page_short` and of `page_long`
  characters (1 and 10 MB), read as the pipeline reads it, with the NLP stage's window as
  configured: the stages outside the window (layout, dates, people's rules) meet every one of
  the page's lines. (A quadratic walk over the lines of a page took 65 s of a 20 MB page's
  two minutes before it was found.)

Each stage is timed in CPU seconds of this process (so other load on the machine counts
less), the best of `repeat` runs, after a warm-up that loads the models. The budget: on the
long body a stage may take at most `budget` times the length ratio as long as on the short
one (2 x 10 = 20 by default; a quadratic stage lands near 100); `parley bench --scaling`
names the stages over it and exits 1.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Document
from ..options import Options
from ..pipeline import Context
from ..readers import read_inputs

# the shared official corpus, when parley runs from a checkout beside it
OFFICIAL = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "official" / "official.jsonl.gz"
# every STRIDE-th text of the corpus goes into the `readouts` body (several governments)
STRIDE = 97


@dataclass(frozen=True)
class ScalingSpec:
    inputs: tuple[str, ...] = ()
    short: int = 10_000
    long: int = 100_000
    repeat: int = 3
    # a stage's time may grow at most this many times faster than the text (see above)
    budget: float = 2.0
    # the long page (0: no page); timed once, as one pass of 10 MB takes tens of seconds
    page_short: int = 1_000_000
    page_long: int = 10_000_000


@dataclass
class StageScaling:
    body: str
    stage: str
    short_s: float
    long_s: float

    @property
    def ratio(self) -> float:
        return self.long_s / self.short_s if self.short_s > 0 else float("inf")


@dataclass
class ScalingResult:
    short: int
    long: int
    # body name -> where its text came from (corpus ids)
    sources: dict[str, list[str]] = field(default_factory=dict)
    # body name -> the characters of its short and its long cut
    lengths: dict[str, tuple[int, int]] = field(default_factory=dict)
    stages: list[StageScaling] = field(default_factory=list)
    # lines of internal errors met while timing (a stage that raised did not run whole)
    internal_errors: list[str] = field(default_factory=list)

    def over_budget(self, budget: float) -> list[StageScaling]:
        """The measurements whose time grew more than `budget` times faster than the text."""
        return [s for s in self.stages if s.ratio > budget * self.lengths[s.body][1] / self.lengths[s.body][0]]

    def worst(self) -> dict[str, float]:
        """Per stage, the larger ratio of the two bodies."""
        out: dict[str, float] = {}
        for s in self.stages:
            out[s.stage] = max(out.get(s.stage, 0.0), s.ratio)
        return out


def _cut(text: str, limit: int) -> str:
    """`text` up to `limit` characters, ending at the last paragraph end before it."""
    if len(text) <= limit:
        return text
    end = text.rfind("\n\n", 0, limit)
    return text[: end if end > limit // 2 else limit]


def bodies(spec: ScalingSpec) -> dict[str, tuple[list[str], str]]:
    """The two long bodies: name -> (their sources, the text)."""
    inputs = list(spec.inputs) or [str(OFFICIAL)]
    if not spec.inputs and not OFFICIAL.exists():
        raise OSError(f"no corpus given and the shared official corpus is not at {OFFICIAL}")
    transcript: tuple[list[str], str] | None = None
    joined: list[str] = []
    joined_ids: list[str] = []
    size = 0
    for n, item in enumerate(read_inputs(inputs, None)):
        if not isinstance(item, Document):
            continue
        if transcript is None and len(item.text) >= spec.long:
            transcript = ([item.id], item.text)
        if n % STRIDE == 0 and size < spec.long:
            joined.append(item.text.strip())
            joined_ids.append(item.id)
            size += len(joined[-1]) + 2
        if transcript is not None and size >= spec.long:
            break
    out = {}
    if transcript is not None:
        out["transcript"] = transcript
    if size >= spec.long:
        out["readouts"] = (joined_ids, "\n\n".join(joined))
    if not out:
        raise OSError(f"no text of {spec.long:,} characters in {', '.join(inputs)}")
    return out


def _time_stages(text: str, ctx: Context, names: tuple[str, ...], errors: list[str]) -> dict[str, float]:
    from ..stages import REGISTRY

    doc = Document(id="scaling", source="scaling", text=text)
    took: dict[str, float] = {}
    for name in names:
        t0 = time.process_time()
        doc = REGISTRY[name].batch([doc], ctx)[0]
        took[name] = time.process_time() - t0
    errors.extend(doc.internal_errors)
    return took


def _page(text: str, length: int) -> str:
    """`text` repeated, a paragraph apart, to at least `length` characters."""
    return "\n\n".join([text.strip()] * (length // (len(text.strip()) + 2) + 1))


def _measure(result: ScalingResult, body: str, pieces: tuple[str, str], ctx: Context,
             names: tuple[str, ...], repeat: int) -> None:
    result.lengths[body] = (len(pieces[0]), len(pieces[1]))
    best = []
    for piece in pieces:
        runs = [_time_stages(piece, ctx, names, result.internal_errors) for _ in range(repeat)]
        best.append({name: min(r[name] for r in runs) for name in names})
    for name in names:
        result.stages.append(StageScaling(body, name, best[0][name], best[1][name]))


def run_scaling(spec: ScalingSpec, options: Options | None = None) -> ScalingResult:
    from ..stages import DEFAULT_PIPELINE

    base = options or Options()
    # the NLP stage must read the whole long body, or its time would stop growing at the window
    ctx = Context(Options(**{**base.__dict__, "nlp_max_chars": max(base.nlp_max_chars, spec.long)}))
    names = base.stages or DEFAULT_PIPELINE
    result = ScalingResult(spec.short, spec.long)
    chosen = bodies(spec)
    warm = next(iter(chosen.values()))[1]
    _time_stages(_cut(warm, 2_000), ctx, names, [])  # loads the models
    for body, (sources, text) in chosen.items():
        result.sources[body] = sources
        _measure(result, body, (_cut(text, spec.short), _cut(text, spec.long)), ctx, names, spec.repeat)
    if spec.page_long and "readouts" in chosen:
        sources, text = chosen["readouts"]
        result.sources["page"] = sources
        page = _page(text, spec.page_long)
        _measure(result, "page", (_cut(page, spec.page_short), _cut(page, spec.page_long)),
                 Context(base), names, 1)
    return result
