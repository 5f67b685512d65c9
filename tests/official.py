"""Items of the shared official corpus (`../shared/corpus/official/official.jsonl.gz`, 20,550
real official readouts) for the reliability tests: a fixed sample, and single items by id."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from conftest import SHARED

OFFICIAL = SHARED / "corpus" / "official" / "official.jsonl.gz"
# The White House fact sheet of 2023-11-13 on wireless technologies: its relative clause after
# a named agreement made the events stage build a Span ending before its start (issue 18)
FACT_SHEET = ("whitehouse:statements-releases:2023-11-13-fact-sheet-biden-harris-administration-issues-"
              "landmark-blueprint-to-advance-american-innovation-competition-and-security-in-wireless-technologies")
# the fixed sample: every SAMPLE_STEP-th item from the first, plus the fact sheet
SAMPLE_STEP = 51
SAMPLE_SIZE = 400


def official_lines(wanted=lambda index, item_id: True) -> list[str]:
    """The raw JSONL lines of the items `wanted(index, id)` chooses, in corpus order."""
    out = []
    with gzip.open(OFFICIAL, "rt", encoding="utf-8") as fh:
        for index, line in enumerate(fh):
            if wanted(index, json.loads(line).get("id")):
                out.append(line)
    return out


def fixed_sample() -> list[str]:
    """SAMPLE_SIZE items: the fact sheet and every SAMPLE_STEP-th item, in corpus order."""
    chosen = official_lines(lambda i, item_id: i % SAMPLE_STEP == 0 or item_id == FACT_SHEET)
    facts = [line for line in chosen if json.loads(line)["id"] == FACT_SHEET]
    others = [line for line in chosen if json.loads(line)["id"] != FACT_SHEET][: SAMPLE_SIZE - 1]
    return sorted(facts + others, key=chosen.index)


def write_jsonl(lines: list[str], path: Path) -> Path:
    path.write_text("".join(lines), encoding="utf-8")
    return path
