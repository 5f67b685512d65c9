"""HTML building blocks: a Jinja2 environment that escapes everything, evidence marked by
offsets, and word differences between two printings of a quote.

Article text is untrusted. Every piece of it is escaped before it meets markup: `mark_spans`
escapes each slice between offsets and only then wraps the marked slices in `<mark>`.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from .. import cameo
from ..store.gdelt import web_url
from ..store.queries import MARK_CLOSE, MARK_OPEN

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")
_WORDY = re.compile(r"\w")


def make_environment() -> Environment:
    env = Environment(loader=PackageLoader("parley.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["u"] = lambda s: quote(str(s), safe="")
    env.filters["snippet"] = snippet_html
    env.filters["weburl"] = web_url
    env.globals["mark_spans"] = mark_spans
    env.globals["query"] = query_string
    env.globals["quad_of"] = lambda code: cameo.quad_class(code) if code else 0
    env.globals["quad_name"] = cameo.quad_name
    env.globals["STATUS_HELP"] = STATUS_HELP
    return env


# what each status means, shown beside every status badge and in the legends
STATUS_HELP = {
    "reported": "the news itself: the article reports that it took place",
    "planned": "announced for later: not (yet) known to have taken place",
    "referenced": "an earlier event the article recalls",
}


def query_string(params: Mapping[str, object], **changes: object) -> str:
    """`?a=1&b=2` from the current parameters with `changes` applied; empty values dropped."""
    merged = {k: v for k, v in params.items()}
    merged.update(changes)
    pairs = [(k, str(v)) for k, v in merged.items() if v not in (None, "")]
    return "?" + urlencode(pairs) if pairs else "?"


def mark_spans(text: str, spans: list[tuple[int, int]], css: str = "") -> Markup:
    """`text` escaped, with each `[start, end)` span (clamped, merged) inside `<mark>`."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, min(s, len(text))), max(0, min(e, len(text)))) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    attr = Markup(' class="{}"').format(css) if css else Markup("")
    out, pos = [], 0
    for n, (start, end) in enumerate(merged):
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark id="m{}"{}>{}</mark>').format(n, attr, text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def snippet_html(snippet: str) -> Markup:
    """An FTS5 snippet (matches between control-character markers) as escaped HTML."""
    parts = re.split(f"({MARK_OPEN}|{MARK_CLOSE})", snippet)
    out, inside = [], False
    for part in parts:
        if part == MARK_OPEN:
            inside = True
        elif part == MARK_CLOSE:
            inside = False
        elif part:
            out.append(Markup("<mark>{}</mark>").format(part) if inside else escape(part))
    return Markup("").join(out)


def word_diff(base: str, other: str) -> Markup:
    """`other` as HTML: words not in `base` in `<ins>`, words of `base` it lacks in `<del>`.

    A changed stretch shows what was left out, then what took its place, as two separate
    marked runs with a space between (`<del>involvement</del> <ins>participation</ins>`), so
    the two never read as one word. When `other` is much shorter (a paragraph of a longer
    speech), only the stretch of `base` it matches is compared.
    """
    a, b = _TOKENS.findall(base), _TOKENS.findall(other)
    key = lambda toks: [t.lower() if not t.isspace() else " " for t in toks]  # noqa: E731
    ops = difflib.SequenceMatcher(None, key(a), key(b), autojunk=False).get_opcodes()
    if len(b) < 0.6 * len(a):
        if ops and ops[0][0] == "delete":
            ops = ops[1:]
        if ops and ops[-1][0] == "delete":
            ops = ops[:-1]
    out: list[Markup] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            out.append(escape("".join(b[j1:j2])))
            continue
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if not _WORDY.search(removed) and not _WORDY.search(added):
            out.append(escape(added))  # quotation marks and punctuation alone are no difference in wording
            continue
        # whitespace at the ends of the changed stretch stays outside the marks
        edge = added if added.strip() else removed
        lead = edge[: len(edge) - len(edge.lstrip())]
        trail = edge[len(edge.rstrip()):] if edge.strip() else ""
        marks = []
        if removed.strip():
            marks.append(Markup('<del title="left out">{}</del>').format(removed.strip()))
        if added.strip():
            marks.append(Markup('<ins title="added">{}</ins>').format(added.strip()))
        if marks:
            out.append(escape(lead) + Markup(" ").join(marks) + escape(trail))
        else:
            out.append(escape(added))
    return Markup("").join(out)
