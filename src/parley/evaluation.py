"""`parley eval`: a record compared with a gold file (format: shared/gold/FORMAT.md).

The figures are the referee's (`shared/tools/score.py`), computed the same way: the document
layer, people, quotes and their speakers, events and their linking, and the event diagnostics
(events found by participants and CAMEO root alone, and of those the share with the right
date, status, finer code and place). Every miss is kept with the document it belongs to, so a
user sees what went wrong and where, and `compare` sets two evaluations side by side, article
by article.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import GoldError
from .resources import data_file

CAMEO_ROOT = {"CONSULT": "04", "AGREE": "05", "COOPERATE": "05"}
# the finer kind of a CONSULT or AGREE event (gold `mode`) and the CAMEO codes that fit it
MODE_CODES = {"call": ("041",), "visit": ("042", "043"), "meet": ("040", "044", "045", "046"), "sign": ("057",)}
# the figures the referee prints on its `score:` line
SCORE_LINE = ("published_exact", "body_clean", "actors_f1", "quotes_speaker_f1", "events_f1", "events_linked")
# a miss not tied to one article (an extra event of the corpus)
CORPUS = "(corpus)"


def fold(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def norm(s: str | None) -> str:
    return fold(s).lower().strip(" .,'\"")


def _title_key(s: str | None) -> str:
    tags = "|".join(t.lower() for t in data_file("furniture.toml")["headline_tags"])
    return re.sub(rf"(\s+({tags}))+$", "", norm(s))


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """Lower-case state names (ISO names, official and common forms, parley's aliases) -> ISO3."""
    import pycountry

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(norm(value), c.alpha_3)
    for name, iso in dict(data_file("countries.toml").get("iso3", {})).items():
        names.setdefault(norm(name), str(iso).upper())
    return names


def _date_ok(value: Any, precision: Any, pred: dict[str, Any] | None) -> bool:
    return bool(pred) and str(pred.get("value")) == str(value) and pred.get("precision") == precision


def _prf(tp: float, predicted: float, gold: float) -> tuple[float, float, float]:
    p = tp / predicted if predicted else (1.0 if not gold else 0.0)
    r = tp / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class DocumentResult:
    """One article's part of the figures, and its misses."""

    fields: dict[str, bool] = field(default_factory=dict)
    counts: dict[str, float] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, value: float) -> None:
        self.counts[name] = self.counts.get(name, 0) + value

    def to_json(self) -> dict[str, Any]:
        return {"fields": dict(self.fields), "counts": dict(self.counts), "misses": list(self.misses)}


@dataclass
class Evaluation:
    figures: dict[str, float] = field(default_factory=dict)
    documents: dict[str, DocumentResult] = field(default_factory=dict)
    # misses in the order found, each prefixed with its document (or the corpus)
    misses: list[str] = field(default_factory=list)

    def doc(self, name: str) -> DocumentResult:
        return self.documents.setdefault(name, DocumentResult())

    def miss(self, where: str, what: str) -> None:
        self.doc(where).misses.append(what)
        self.misses.append(f"{where}: {what}" if where != CORPUS else what)

    def score_line(self) -> str:
        return "score: " + " ".join(f"{k}={self.figures.get(k, 0.0):.2f}" for k in SCORE_LINE)

    def to_json(self) -> dict[str, Any]:
        return {"figures": dict(self.figures), "misses": list(self.misses),
                "documents": {k: v.to_json() for k, v in sorted(self.documents.items())}}


def load_gold(path: str | Path) -> dict[str, Any]:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GoldError(f"cannot read gold file ({err})", str(path)) from None
    if not isinstance(gold, dict) or not isinstance(gold.get("documents"), list):
        raise GoldError("gold file has no 'documents' list", str(path))
    return gold


def load_evaluation(path: str | Path) -> dict[str, Any]:
    """An earlier `parley eval --json` output, for `--baseline`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GoldError(f"cannot read baseline ({err})", str(path)) from None
    if not isinstance(data, dict) or not isinstance(data.get("figures"), dict):
        raise GoldError("baseline is not the output of 'parley eval --json'", str(path))
    return data


class _Names:
    """Name matching as the referee does it: gold aliases over the whole gold, then per article."""

    def __init__(self, gold: dict[str, Any]) -> None:
        self.alias: dict[str, str] = {}
        for gd in gold["documents"]:
            for canon, forms in gd.get("actors", {}).items():
                self.alias[norm(canon)] = canon
                for f in forms:
                    self.alias.setdefault(norm(f), canon)

    def canon(self, name: str | None) -> str:
        return norm(self.alias.get(norm(name), name or ""))


def _local_names(gd: dict[str, Any]) -> dict[str, str]:
    return {norm(f): norm(c) for c, forms in gd.get("actors", {}).items() for f in forms + [c]}


def _document_fields(ev: Evaluation, gd: dict[str, Any], pd: dict[str, Any]) -> None:
    name, res = gd["doc"], ev.doc(gd["doc"])
    g, pub = gd["published"], pd.get("published")
    exact = _date_ok(g["value"], g["precision"], pub)
    alone = gd.get("published_from_text_alone")
    res.fields["published_exact"] = exact
    res.fields["published_right_or_coarse"] = exact or bool(alone and _date_ok(alone["value"], alone["precision"], pub))
    if not res.fields["published_right_or_coarse"]:
        ev.miss(name, f"published {pub} != {g['value']}/{g['precision']}")
    res.fields["outlet"] = (gd.get("outlet") is None and not pd.get("outlet")) or bool(
        gd.get("outlet") and norm(pd.get("outlet")) == norm(gd["outlet"]))
    if not res.fields["outlet"]:
        ev.miss(name, f"outlet {pd.get('outlet')!r} != {gd.get('outlet')!r}")
    res.fields["title"] = (gd.get("title") is None and not pd.get("title")) or bool(
        gd.get("title") and _title_key(pd.get("title")) == _title_key(gd["title"]))
    if not res.fields["title"]:
        ev.miss(name, f"title {pd.get('title')!r} != {gd.get('title')!r}")
    body = fold(pd.get("body"))
    problems = []
    if fold(gd["body_starts"]) not in body:
        problems.append(f"misses its start {gd['body_starts'][:40]!r}")
    if fold(gd["body_ends"]) not in body:
        problems.append(f"misses its end {gd['body_ends'][-40:]!r}")
    problems += [f"keeps furniture {x!r}" for x in gd.get("not_in_body", []) if fold(x) in body]
    res.fields["body_clean"] = not problems
    for p in problems:
        ev.miss(name, f"body {p}")


def _actors(ev: Evaluation, gd: dict[str, Any], pd: dict[str, Any], names: _Names) -> None:
    local = _local_names(gd)
    gold = {norm(c) for c in gd.get("actors", {})}
    pred = set()
    for a in pd.get("actors", []):
        if a.get("type", "person") == "person":
            k = names.canon(a.get("name", ""))
            pred.add(local.get(k, k))
    res = ev.doc(gd["doc"])
    res.add("actors_tp", len(gold & pred))
    res.add("actors_predicted", len(pred))
    res.add("actors_gold", len(gold))
    for x in sorted(gold - pred):
        ev.miss(gd["doc"], f"actor missed: {x}")
    for x in sorted(pred - gold):
        ev.miss(gd["doc"], f"actor extra: {x}")


def _folded_find(folded: str, start: str, end: str) -> tuple[int, int] | None:
    a = folded.find(fold(start))
    if a < 0:
        return None
    b = folded.find(fold(end), a)
    return (a, b + len(fold(end))) if b >= 0 else None


def _quotes(ev: Evaluation, gd: dict[str, Any], pd: dict[str, Any], raw: str, names: _Names) -> None:
    name, res = gd["doc"], ev.doc(gd["doc"])
    local = _local_names(gd)
    text = pd.get("text", raw)
    for q in pd.get("quotes", []):
        s, e = q.get("start"), q.get("end")
        res.add("spans", 1)
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text) and text[s:e] == q.get("text")):
            res.add("spans_bad", 1)
            ev.miss(name, f"quote span {s}:{e} does not hold its text")
    folded = fold(raw)
    owner: dict[int, str] = {}
    optional: set[int] = set()
    for gq in gd.get("quotes", []):
        rng = _folded_find(folded, gq["start"], gq["end"])
        if rng is None:
            ev.miss(name, f"gold quote not found in text: {gq['start'][:40]}")
            continue
        if gq.get("optional"):
            optional.update(range(*rng))
        else:
            owner.update({i: norm(gq["speaker"]) for i in range(*rng)})
    covered: set[int] = set()
    for q in pd.get("quotes", []):
        qt = fold(q.get("text"))
        if len(qt) < 3:
            continue
        at = folded.find(qt)
        if at < 0:
            res.add("quote_chars_predicted", len(qt))
            continue
        k = names.canon(q.get("speaker"))
        spk = local.get(k, k)
        wrong = 0
        for i in range(at, at + len(qt)):
            if i in optional and i not in owner:
                continue
            res.add("quote_chars_predicted", 1)
            if i in owner:
                covered.add(i)
                res.add("quote_chars_tp", 1)
                res.add("quote_chars_speaker_tp", owner[i] == spk)
                wrong += owner[i] != spk
        if wrong:
            ev.miss(name, f"quote {qt[:40]!r} given to {q.get('speaker')!r}, gold says otherwise")
    res.add("quote_chars_gold", len(owner))
    missed = sorted(set(owner) - covered)
    if missed:
        ev.miss(name, f"{len(missed)} characters of gold quotes not found, from {folded[missed[0]:missed[0] + 40]!r}")


def _root(code: Any) -> str:
    return str(code or "")[:2]


def _code_fits(code: str, mode: str) -> bool:
    if mode in MODE_CODES:
        return code in MODE_CODES[mode]
    return code.startswith(mode) if mode.isdigit() else True


def _events(ev: Evaluation, gold: dict[str, Any], pred: dict[str, Any], names: _Names) -> dict[str, float]:
    states = state_names()
    country_of: dict[str, str] = {}
    for d in pred.get("documents", []):
        for a in d.get("actors", []):
            if a.get("country"):
                country_of[names.canon(a.get("name", ""))] = str(a["country"]).upper()

    def actor_names(e: dict[str, Any]) -> set[str]:
        out = {names.canon(x) for x in e.get("actors", [])}
        for x in list(out):
            iso = country_of.get(x)
            if iso:
                out |= {s for s, code in states.items() if code == iso}
        return out

    gevents, pevents = gold.get("events", []), pred.get("events", [])
    pnames = [actor_names(pe) for pe in pevents]

    def fits(ge: dict[str, Any], j: int) -> bool:
        return {names.canon(x) for x in ge["actors"]} <= pnames[j] and \
            _root(pevents[j].get("code")) == CAMEO_ROOT.get(ge["type"], ge["type"])

    def date_right(ge: dict[str, Any], pe: dict[str, Any]) -> bool:
        return _date_ok(ge["date"], ge["precision"], pe.get("date"))

    used: set[int] = set()
    tp = linked = 0
    for ge in gevents:
        hit = next((j for j, pe in enumerate(pevents) if j not in used and fits(ge, j) and date_right(ge, pe)
                    and pe.get("status") == ge["status"]), None)
        for doc in ge["docs"]:
            ev.doc(doc).add("events_gold", 1)
        if hit is None:
            for doc in ge["docs"]:
                ev.miss(doc, f"event missed: {ge['id']}")
            continue
        used.add(hit)
        tp += 1
        for doc in ge["docs"]:
            ev.doc(doc).add("events_found", 1)
        reported = {Path(str(m.get("document"))).name for m in pevents[hit].get("mentions", [])}
        if set(ge["docs"]) <= reported:
            linked += 1
        else:
            for doc in sorted(set(ge["docs"]) - reported):
                ev.miss(doc, f"event {ge['id']}: not linked to this article (sources {sorted(reported)})")
    for j, pe in enumerate(pevents):
        if j not in used:
            where = sorted({Path(str(m.get("document"))).name for m in pe.get("mentions", [])})
            for doc in where:
                ev.doc(doc).add("events_extra", 1)
            ev.miss(where[0] if len(where) == 1 else CORPUS,
                    f"event extra: {pe.get('code')} {pe.get('label') or pe.get('actors')} {pe.get('date')} {pe.get('status')}")
    # diagnostics: matched by participants and CAMEO root alone; of those, which fields are right
    used_found: set[int] = set()
    found: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for ge in gevents:
        cands = [j for j in range(len(pevents)) if j not in used_found and fits(ge, j)]
        cands.sort(key=lambda j: (not date_right(ge, pevents[j]), pevents[j].get("status") != ge["status"]))
        if cands:
            used_found.add(cands[0])
            found.append((ge, pevents[cands[0]]))

    def share(test: Callable[[dict[str, Any], dict[str, Any]], bool]) -> float:
        return sum(1 for ge, pe in found if test(ge, pe)) / len(found) if found else 0.0

    p, r, f = _prf(tp, len(pevents), len(gevents))
    return {
        "events_p": p, "events_r": r, "events_f1": f,
        "events_linked": linked / len(gevents) if gevents else 1.0,
        "events_found_f1": _prf(len(found), len(pevents), len(gevents))[2],
        "found_date": share(date_right),
        "found_status": share(lambda ge, pe: pe.get("status") == ge["status"]),
        "found_code": share(lambda ge, pe: _code_fits(str(pe.get("code") or ""), str(ge.get("mode") or ""))),
        "found_location": share(lambda ge, pe: norm(pe.get("location")) == norm(ge.get("location"))),
        "found_source": share(lambda ge, pe: bool(pe.get("actors")) and bool(ge["actors"])
                              and names.canon(ge["actors"][0]) in actor_names({"actors": pe["actors"][:1]})),
    }


def evaluate(gold: dict[str, Any], pred: dict[str, Any], corpus: Path) -> Evaluation:
    ev = Evaluation()
    names = _Names(gold)
    by_name = {Path(str(d.get("id") or d.get("source") or "")).name: d for d in pred.get("documents", [])}
    missing = 0
    for gd in gold["documents"]:
        pd = by_name.get(gd["doc"])
        if pd is None:
            missing += 1
            ev.miss(gd["doc"], "no document in the record")
            pd = {}
        path = Path(corpus) / gd["doc"]
        raw = path.read_text(encoding="utf-8") if path.exists() else pd.get("text", "")
        _document_fields(ev, gd, pd)
        _actors(ev, gd, pd, names)
        _quotes(ev, gd, pd, raw, names)
    ev.figures = _figures(ev, len(gold["documents"]), missing)
    ev.figures.update(_events(ev, gold, pred, names))
    ev.figures.update(_events_by_family(gold, pred, names))
    return ev


def _meeting_or_signing(code: str) -> bool:
    """CAMEO 04 (consult) and 057 (sign a formal agreement): what CONSULT and AGREE gold holds."""
    return code.startswith("04") or code.startswith("057")


def _events_by_family(gold: dict[str, Any], pred: dict[str, Any], names: _Names) -> dict[str, float]:
    """The event figures again for meetings and signings alone (`mtg_`) and for the other CAMEO
    roots alone (`other_`): statements, appeals, intents, praise, demands, disapproval, threats...
    For the other roots, `other_found_source` is the share of events found whose first actor (the
    source: who condemned, urged, praised) is the gold's first actor."""
    out: dict[str, float] = {}
    for prefix, gold_test, pred_test in (
            ("mtg_", lambda ge: ge["type"] in ("CONSULT", "AGREE"), _meeting_or_signing),
            ("other_", lambda ge: ge["type"] not in ("CONSULT", "AGREE"), lambda c: not _meeting_or_signing(c))):
        sub_gold = {"documents": gold["documents"], "events": [e for e in gold.get("events", []) if gold_test(e)]}
        sub_pred = {"documents": pred.get("documents", []),
                    "events": [e for e in pred.get("events", []) if pred_test(str(e.get("code") or ""))]}
        figures = _events(Evaluation(), sub_gold, sub_pred, names)
        for key in ("events_p", "events_r", "events_f1", "events_found_f1", "found_date", "found_status"):
            out[prefix + key] = figures[key]
        if prefix == "other_":
            out["other_found_source"] = figures["found_source"]
    return out


def _figures(ev: Evaluation, n_docs: int, missing: int) -> dict[str, float]:
    def total(name: str) -> float:
        return sum(r.counts.get(name, 0) for r in ev.documents.values())

    def rate(name: str) -> float:
        return sum(r.fields.get(name, False) for r in ev.documents.values()) / (n_docs or 1)

    out = {"documents": float(n_docs), "missing": float(missing)}
    for name in ("published_exact", "published_right_or_coarse", "outlet", "title", "body_clean"):
        out[name] = rate(name)
    out["actors_p"], out["actors_r"], out["actors_f1"] = _prf(
        total("actors_tp"), total("actors_predicted"), total("actors_gold"))
    pred, gold = total("quote_chars_predicted"), total("quote_chars_gold")
    out["quotes_p"], out["quotes_r"], out["quotes_f1"] = _prf(total("quote_chars_tp"), pred, gold)
    out["quotes_speaker_f1"] = _prf(total("quote_chars_speaker_tp"), pred, gold)[2]
    out["spans"], out["spans_bad"] = total("spans"), total("spans_bad")
    out["quote_spans_valid"] = 1.0 - out["spans_bad"] / out["spans"] if out["spans"] else 1.0
    return out


# -- comparison with an earlier run ------------------------------------------------------

@dataclass
class Change:
    document: str
    better: list[str]
    worse: list[str]


def compare(current: dict[str, Any], baseline: dict[str, Any]) -> tuple[dict[str, tuple[float, float]], list[Change]]:
    """Figures that moved (`name -> (before, now)`) and, article by article, what got better
    and what got worse: fields that flipped, misses that went away and new ones."""
    moved = {k: (float(baseline["figures"].get(k, 0.0)), float(v)) for k, v in current["figures"].items()
             if abs(float(baseline["figures"].get(k, 0.0)) - float(v)) > 1e-9}
    changes = []
    before_docs, now_docs = baseline.get("documents", {}), current.get("documents", {})
    for doc in sorted(set(before_docs) | set(now_docs)):
        b, n = before_docs.get(doc, {}), now_docs.get(doc, {})
        bf, nf = b.get("fields", {}), n.get("fields", {})
        better = [f"{k} now right" for k in sorted(nf) if nf[k] and not bf.get(k, False)]
        worse = [f"{k} now wrong" for k in sorted(nf) if not nf[k] and bf.get(k, False)]
        bm, nm = set(b.get("misses", [])), set(n.get("misses", []))
        better += [f"fixed: {m}" for m in sorted(bm - nm)]
        worse += [f"new: {m}" for m in sorted(nm - bm)]
        if better or worse:
            changes.append(Change(doc, better, worse))
    return moved, changes
