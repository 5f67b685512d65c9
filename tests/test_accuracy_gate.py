"""The regression gate: accuracy on the seed gold may not fall below the recorded floor.

Raise the floor in `accuracy_floor.json` when accuracy improves; never lower it to pass.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES, SHARED

from parley.evaluation import evaluate, load_gold

GOLD = SHARED / "gold" / "seeds.json"
FLOOR = json.loads((Path(__file__).parent / "accuracy_floor.json").read_text())


@pytest.fixture(scope="module")
def figures(seed_record):
    if not GOLD.exists():
        pytest.skip(f"seed gold not found at {GOLD}")
    return evaluate(load_gold(GOLD), seed_record.to_json(), EXAMPLES).figures()


@pytest.mark.parametrize("name", sorted(FLOOR))
def test_accuracy_does_not_regress(figures, name):
    assert figures[name] >= FLOOR[name] - 1e-9, f"{name} fell to {figures[name]:.3f} (floor {FLOOR[name]:.3f})"


def test_eval_command_prints_figures_and_misses():
    import subprocess
    import sys

    if not GOLD.exists():
        pytest.skip("no seed gold")
    run = subprocess.run([sys.executable, "-m", "parley.cli", "eval", "--gold", str(GOLD), "--corpus", str(EXAMPLES),
                          "--json"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["figures"]["title"] == 1.0
    assert all(isinstance(m, str) for m in out["misses"])
