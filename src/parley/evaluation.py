"""`parley eval`: a record compared with a user's gold file (format: shared/gold/FORMAT.md).

Reports per-field accuracy for the document layer, actor and quote precision/recall, event
precision/recall and linking, and every miss, so a user sees what went wrong and where.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError
from .resources import data_file

CAMEO_ROOT = {"CONSULT": "04", "AGREE": "05", "COOPERATE": "05"}


def fold(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def norm(s: str | None) -> str:
    return fold(s).lower().strip(" .,'\"")


def _title_key(s: str | None) -> str:
    tags = "|".join(t.lower() for t in data_file("furniture.toml")["headline_tags"])
    return re.sub(rf"(\s+({tags}))+$", "", norm(s))


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class PRF:
    tp: float = 0
    predicted: float = 0
    gold: float = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    fields: dict[str, Tally] = field(default_factory=dict)
    scores: dict[str, PRF] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def tally(self, name: str) -> Tally:
        return self.fields.setdefault(name, Tally())

    def prf(self, name: str) -> PRF:
        return self.scores.setdefault(name, PRF())

    def figures(self) -> dict[str, float]:
        out = {name: t.rate for name, t in self.fields.items()}
        for name, s in self.scores.items():
            out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = s.precision, s.recall, s.f1
        return out


def load_gold(path: str | Path) -> dict[str, Any]:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise GoldError(f"cannot read gold file ({err})", str(path)) from None
    if not isinstance(gold, dict) or not isinstance(gold.get("documents"), list):
        raise GoldError("gold file has no 'documents' list", str(path))
    return gold


def _aliases(gold: dict[str, Any]) -> dict[str, str]:
    table: dict[str, str] = {}
    for gd in gold["documents"]:
        for canon, forms in gd.get("actors", {}).items():
            table[norm(canon)] = norm(canon)
            for f in forms:
                table.setdefault(norm(f), norm(canon))
    return table


def _find_folded(text: str, start: str, end: str) -> tuple[int, int] | None:
    a = text.find(fold(start))
    if a < 0:
        return None
    b = text.find(fold(end), a)
    return (a, b + len(fold(end))) if b >= 0 else None


def _document_fields(ev: Evaluation, gd: dict[str, Any], pd: dict[str, Any]) -> None:
    name = gd["doc"]
    g, p = gd["published"], pd.get("published") or {}
    exact = (str(p.get("value")), p.get("precision")) == (str(g["value"]), g["precision"])
    coarse_gold = gd.get("published_from_text_alone") or {}
    coarse = exact or (str(p.get("value")), p.get("precision")) == (
        str(coarse_gold.get("value")), coarse_gold.get("precision"))
    ev.tally("published_exact").add(exact)
    ev.tally("published_right_or_coarse").add(coarse)
    if not exact:
        ev.misses.append(f"{name}: published {p or None} (gold {g['value']}/{g['precision']})")
    outlet_ok = norm(pd.get("outlet")) == norm(gd.get("outlet"))
    ev.tally("outlet").add(outlet_ok)
    if not outlet_ok:
        ev.misses.append(f"{name}: outlet {pd.get('outlet')!r} (gold {gd.get('outlet')!r})")
    title_ok = _title_key(pd.get("title")) == _title_key(gd.get("title"))
    ev.tally("title").add(title_ok)
    if not title_ok:
        ev.misses.append(f"{name}: title {pd.get('title')!r} (gold {gd.get('title')!r})")
    body = fold(pd.get("body"))
    problems = []
    if fold(gd["body_starts"]) not in body:
        problems.append(f"misses its start {gd['body_starts'][:40]!r}")
    if fold(gd["body_ends"]) not in body:
        problems.append(f"misses its end {gd['body_ends'][-40:]!r}")
    problems += [f"keeps furniture {x!r}" for x in gd.get("not_in_body", []) if fold(x) in body]
    ev.tally("body_clean").add(not problems)
    ev.misses += [f"{name}: body {p}" for p in problems]


def _actors(ev: Evaluation, gd: dict[str, Any], pd: dict[str, Any], aliases: dict[str, str]) -> dict[str, str]:
    local = {norm(f): norm(c) for c, forms in gd.get("actors", {}).items() for f in forms + [c]}

    def canon(n: str) -> str:
        k = aliases.get(norm(n), norm(n))
        return local.get(k, k)

    gold = {norm(c) for c in gd.get("actors", {})}
    pred = {canon(a.get("name", "")) for a in pd.get("actors", []) if a.get("type", "person") == "person"}
    s = ev.prf("actors")
    s.tp += len(gold & pred)
    s.predicted += len(pred)
    s.gold += len(gold)
    ev.misses += [f"{gd['doc']}: actor missed: {x}" for x in sorted(gold - pred)]
    ev.misses += [f"{gd['doc']}: actor extra: {x}" for x in sorted(pred - gold)]
    return local


def _quotes(ev: Evaluation, gd: dict[str, Any], pd: dict[str, Any], raw: str,
            aliases: dict[str, str], local: dict[str, str]) -> None:
    folded = fold(raw)
    owner: dict[int, str] = {}
    optional: set[int] = set()
    for gq in gd.get("quotes", []):
        rng = _find_folded(folded, gq["start"], gq["end"])
        if rng is None:
            ev.misses.append(f"{gd['doc']}: gold quote not in text: {gq['start'][:40]!r}")
            continue
        if gq.get("optional"):
            optional.update(range(*rng))
        else:
            owner.update({i: norm(gq["speaker"]) for i in range(*rng)})
    text = pd.get("text", raw)
    for q in pd.get("quotes", []):
        s, e = q.get("start"), q.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text) and text[s:e] == q.get("text")):
            ev.misses.append(f"{gd['doc']}: quote span {s}:{e} does not hold its text")
            ev.tally("quote_spans_valid").add(False)
        else:
            ev.tally("quote_spans_valid").add(True)
    found = ev.prf("quotes")
    spoken = ev.prf("quotes_speaker")
    covered: set[int] = set()
    for q in pd.get("quotes", []):
        qt = fold(q.get("text"))
        at = folded.find(qt) if len(qt) >= 3 else -1
        if at < 0:
            found.predicted += len(qt)
            spoken.predicted += len(qt)
            continue
        spk = norm(q.get("speaker"))
        spk = local.get(aliases.get(spk, spk), aliases.get(spk, spk))
        wrong = 0
        for i in range(at, at + len(qt)):
            if i in optional and i not in owner:
                continue
            found.predicted += 1
            spoken.predicted += 1
            if i in owner:
                covered.add(i)
                found.tp += 1
                spoken.tp += owner[i] == spk
                wrong += owner[i] != spk
        if wrong:
            ev.misses.append(f"{gd['doc']}: quote {qt[:40]!r} given to {q.get('speaker')!r}, gold says otherwise")
    found.gold += len(owner)
    spoken.gold += len(owner)
    missed = sorted(set(owner) - covered)
    if missed:
        ev.misses.append(f"{gd['doc']}: {len(missed)} characters of gold quotes not found, from "
                         f"{folded[missed[0]:missed[0] + 40]!r}")


def _events(ev: Evaluation, gold: dict[str, Any], pred: dict[str, Any], aliases: dict[str, str]) -> None:
    country_of = {}
    for d in pred.get("documents", []):
        for a in d.get("actors", []):
            if a.get("country"):
                country_of[aliases.get(norm(a["name"]), norm(a["name"]))] = a["country"].upper()
    states = {norm(k): v for k, v in data_file("countries.toml")["iso3"].items()}

    def names(e: dict[str, Any]) -> set[str]:
        out = {aliases.get(norm(x), norm(x)) for x in e.get("actors", [])}
        for x in list(out):
            if x in country_of:
                out |= {s for s, iso in states.items() if iso == country_of[x]}
        return out

    s = ev.prf("events")
    link = ev.tally("events_linked")
    taken: set[int] = set()
    pevents = pred.get("events", [])
    for ge in gold.get("events", []):
        need = {aliases.get(norm(x), norm(x)) for x in ge["actors"]}
        hit = None
        for j, pe in enumerate(pevents):
            d = pe.get("date") or {}
            if j in taken or not need <= names(pe) or pe.get("status") != ge["status"]:
                continue
            if (str(d.get("value")), d.get("precision")) != (str(ge["date"]), ge["precision"]):
                continue
            if str(pe.get("code", ""))[:2] != CAMEO_ROOT.get(ge["type"], ge["type"]):
                continue
            hit = j
            break
        if hit is None:
            ev.misses.append(f"event missed: {ge['id']}")
            link.add(False)
            continue
        taken.add(hit)
        s.tp += 1
        docs = {Path(str(m.get("document"))).name for m in pevents[hit].get("mentions", [])}
        ok = set(ge["docs"]) <= docs
        link.add(ok)
        if not ok:
            ev.misses.append(f"event {ge['id']}: not linked to {sorted(set(ge['docs']) - docs)}")
    s.gold += len(gold.get("events", []))
    s.predicted += len(pevents)
    for j, pe in enumerate(pevents):
        if j not in taken:
            ev.misses.append(f"event extra: {pe.get('code')} {pe.get('label') or pe.get('actors')} "
                             f"{(pe.get('date') or {}).get('value')} {pe.get('status')}")


def evaluate(gold: dict[str, Any], pred: dict[str, Any], corpus: Path) -> Evaluation:
    ev = Evaluation()
    aliases = _aliases(gold)
    by_name = {Path(str(d.get("id") or d.get("source"))).name: d for d in pred.get("documents", [])}
    for gd in gold["documents"]:
        pd = by_name.get(gd["doc"])
        if pd is None:
            ev.misses.append(f"{gd['doc']}: not in the record")
            pd = {}
        path = corpus / gd["doc"]
        raw = pd.get("text") or (path.read_text(encoding="utf-8") if path.exists() else "")
        _document_fields(ev, gd, pd)
        local = _actors(ev, gd, pd, aliases)
        _quotes(ev, gd, pd, raw, aliases, local)
    _events(ev, gold, pred, aliases)
    return ev
