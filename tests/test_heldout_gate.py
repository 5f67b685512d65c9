"""The held-out gate: accuracy on articles by outlets the rules were not written for.

`heldout/` holds 11 articles and their gold (see `heldout/README.md`); they must never be
special-cased. The floors in `heldout_floor.json` are the document-layer figures reached so
far, the events included; raise a floor when accuracy improves, never lower it to pass.
Runs without `../shared`.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.evaluation import evaluate, load_gold

HELDOUT = Path(__file__).parent / "heldout"
FLOOR = json.loads((Path(__file__).parent / "heldout_floor.json").read_text())


@pytest.fixture(scope="module")
def figures():
    from parley.extraction import extract

    record = extract([str(HELDOUT / "corpus")]).record
    return evaluate(load_gold(HELDOUT / "gold.json"), record.to_json(), HELDOUT / "corpus").figures()


@pytest.mark.parametrize("name", sorted(FLOOR))
def test_heldout_accuracy_does_not_regress(figures, name):
    assert figures[name] >= FLOOR[name] - 1e-9, f"{name} fell to {figures[name]:.3f} (floor {FLOOR[name]:.3f})"
