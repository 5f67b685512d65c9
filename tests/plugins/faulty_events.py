"""Fault injection for tests/test_isolation.py, loaded with `Options(code=...)` / `--code`.

It replaces the registered `events` stage with one that behaves like it, except on an article
whose text holds a marker: there it first changes what the stage sets and then raises
(`FAULT-RAISE`), or ends the worker process abruptly (`FAULT-EXIT`, as a crash in native code
or the out-of-memory killer would).
"""
from __future__ import annotations

import dataclasses
import os

from parley.model import Event, Mention
from parley.stages import REGISTRY, register

RAISE = "FAULT-RAISE"
EXIT = "FAULT-EXIT"
_real = REGISTRY["events"]


def events_or_fault(doc, ctx):
    if RAISE in doc.text:
        # half done, as a real defect leaves it: the pipeline must put this back
        doc.events = [Event(code="000", actors=["nobody"], status="reported", mentions=[Mention(doc.id, 0, 1)])]
        raise RuntimeError("injected fault\nerror: a forged second line")
    if EXIT in doc.text:
        os._exit(70)
    return _real.run(doc, ctx)


register(dataclasses.replace(_real, run=events_or_fault))
