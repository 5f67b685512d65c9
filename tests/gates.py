"""The accuracy gates: each gold set, where its articles are, and the floors it may not fall below.

    python tests/gates.py            # measure every set, print figures against the floors
    python tests/gates.py --raise    # also raise each floor to today's figure (never lowers)

Floors are measured figures rounded down to two decimals; they are raised as work lands and
never set above what was measured, nor lowered to pass. The one reason a floor has come down is an event right by the
CAMEO codebook that the set's gold does not annotate: the shared development set and the
invented set annotate meetings and signings (CONSULT, AGREE) alone, so an invitation or an intent
they tell counts as an extra there (2026-12-06: intents of "the two leaders" of a meeting told
before and "looks forward to strengthening cooperation", dev 0.85 -> 0.82, invented 0.79 -> 0.76,
while eval, which annotates every root, rose; 2026-12-07: a stated resolve to work with a named
party, "we are determined to do positive and constructive work together with the Armenian side"
(seeds) and "Azerbaijan is keen to further enhance cooperation with the friendly Uzbekistan" (dev),
seeds events 1.00 -> 0.95, precision 1.00 -> 0.91, dev 0.82 -> 0.81, found 0.84 -> 0.83). Their `mtg_` figures (meetings and signings alone, the
referee's matching) are gated too, and those never come down for that reason. The eval set also
grows by blind parts, read once before any rule from them; where a new part brings a figure under
its floor, that floor comes down to the new measure in the merge's session (part Y: eval published
0.60 -> 0.59, people 0.94 -> 0.93, events 0.27 -> 0.26, meetings and signings 0.35 -> 0.34, found
0.65 -> 0.64; part Z: outlet 0.85 -> 0.84, title 0.95 -> 0.94, people 0.94 -> 0.93, speakers
0.76 -> 0.75, meetings and signings found 0.65 -> 0.64; part AA: outlet 0.85 -> 0.84, meetings and
signings 0.35 -> 0.34; part AB: published 0.61 -> 0.60, published right or coarser 0.62 -> 0.61; part AC: outlet 0.84 ->
0.83, speakers 0.76 -> 0.75, events 0.28 -> 0.27, linked 0.13 -> 0.12, meetings and signings 0.36 ->
0.35, meetings and signings found 0.65 -> 0.64; part AD: outlet 0.84 -> 0.83, body 0.89 -> 0.88,
events 0.28 -> 0.27; part AE: outlet 0.84 -> 0.83, people 0.93 -> 0.92; part AH: outlet 0.84 -> 0.83,
quotes 0.92 -> 0.91, speakers 0.76 -> 0.75, meetings and signings 0.35 -> 0.34, meetings and signings
found 0.64 -> 0.63; part AJ: outlet 0.83 -> 0.82, speakers 0.75 -> 0.74; part AK: events found
0.53 -> 0.52; part AL: body 0.88 -> 0.87; part AM: body 0.88 -> 0.87, quotes 0.91 -> 0.90; part
AN: speakers 0.75 -> 0.74).
`test_accuracy_gate.py` checks them.
"""
from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FLOORS = Path(__file__).resolve().parent / "floors"


@dataclass(frozen=True)
class GoldSet:
    name: str
    corpus: Path
    gold: Path
    # what the set is, in the words the README uses
    about: str

    @property
    def floor_file(self) -> Path:
        return FLOORS / f"{self.name}.json"

    def available(self) -> bool:
        return self.corpus.is_dir() and self.gold.is_file()

    def floors(self) -> dict[str, float]:
        return json.loads(self.floor_file.read_text()) if self.floor_file.exists() else {}


SETS = (
    GoldSet("seeds", ROOT / "examples", SHARED / "gold" / "seeds.json",
            "the five sample articles parley started from (real)"),
    GoldSet("dev", SHARED / "corpus" / "dev", SHARED / "gold" / "dev.json",
            "the shared development set: 30 real articles, 25+ outlets"),
    GoldSet("eval", ROOT / "eval" / "corpus", ROOT / "eval" / "gold.json",
            "the project's own real set (eval/SOURCES.md), annotated before parley read it"),
    GoldSet("invented", ROOT / "tests" / "invented" / "corpus", ROOT / "tests" / "invented" / "gold.json",
            "11 invented articles in the styles of real outlets (a regression set, not real news)"),
)
# the figures gated (the referee's, and its event diagnostics)
GATED = ("published_exact", "published_right_or_coarse", "outlet", "title", "body_clean", "actors_f1",
         "quotes_f1", "quotes_speaker_f1", "quote_spans_valid", "events_f1", "events_linked", "events_found_f1",
         "mtg_events_f1", "mtg_events_found_f1")


def measure(gold_set: GoldSet) -> dict[str, float]:
    from parley.evaluation import evaluate, load_gold
    from parley.extraction import extract

    record = extract([str(gold_set.corpus)]).record
    return evaluate(load_gold(gold_set.gold), record.to_json(), gold_set.corpus).figures


def main(argv: list[str]) -> int:
    raise_floors = "--raise" in argv
    for gold_set in SETS:
        if not gold_set.available():
            print(f"{gold_set.name}: not found ({gold_set.corpus})")
            continue
        figures = measure(gold_set)
        floors = gold_set.floors()
        line = []
        for name in GATED:
            now, floor = figures[name], floors.get(name)
            mark = "" if floor is None else (" FELL" if now < floor - 1e-9 else "")
            line.append(f"{name}={now:.3f}" + (f"(floor {floor:.2f}{mark})" if floor is not None else ""))
            if raise_floors:
                floors[name] = max(floor or 0.0, math.floor(now * 100 + 1e-9) / 100)
        print(f"{gold_set.name}: " + " ".join(line))
        if raise_floors:
            FLOORS.mkdir(exist_ok=True)
            gold_set.floor_file.write_text(json.dumps(floors, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main(sys.argv[1:]))
