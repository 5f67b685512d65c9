"""HTML building blocks: a Jinja2 environment that escapes everything, evidence marked by
offsets, and word differences between two printings of a quote.

Article text is untrusted. Every piece of it is escaped before it meets markup: `mark_spans`
escapes each slice between offsets and only then wraps the marked slices in `<mark>`.
"""
from __future__ import annotations

import difflib
import re
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ..store.queries import MARK_CLOSE, MARK_OPEN

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


def make_environment() -> Environment:
    env = Environment(loader=PackageLoader("parley.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["u"] = lambda s: quote(str(s), safe="")
    env.filters["snippet"] = snippet_html
    env.globals["mark_spans"] = mark_spans
    return env


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

    When `other` is much shorter (a paragraph of a longer speech), only the stretch of `base`
    it matches is compared; what lies before and after it is shown as an ellipsis.
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
        if removed.strip():
            out.append(Markup("<del>{}</del>").format(removed))
        elif removed and not added:
            out.append(escape(removed))
        if added.strip():
            out.append(Markup("<ins>{}</ins>").format(added))
        elif added:
            out.append(escape(added))
    return Markup("").join(out)
