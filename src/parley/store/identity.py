"""Which stored article an incoming one is: by its content, by the id its input declares, by
its URL, and only then by the file it came from.

- The same text is the same article, however it is reached (`content_hash`).
- A JSONL record's `"id"` (or a WARC record's id when the record has no URL) is the article's
  own name: a re-export in another order, from another file, is the same article, and an edited
  text under that id replaces the old one.
- A URL (a JSONL `"url"`, a WARC target URI, an HTML page's canonical URL) likewise.
- A plain file with none of these is known by its real path (`./a.txt`, `/abs/a.txt` and a
  symlink to it are one file). A file of the same name elsewhere whose text is mostly the same
  replaces it too when the stored one's file is gone (moved, then edited); while that file is
  still there, or the text differs, the two are two articles (so re-runs never flip between them).
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass

from ..model import Document

# share of word trigrams two texts need for an edited copy of one file to count as the same article
SAME_ARTICLE_OVERLAP = 0.5
_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Identity:
    key: str            # "id:…", "url:…" or "file:/real/path"
    name: str | None    # the file name, for plain files (edited copies found by it)

    @property
    def declared(self) -> bool:
        return not self.key.startswith("file:")


def _file_path(source: str) -> str | None:
    """The file an article came from (a JSONL line or a WARC record is not a file of its own)."""
    if source in ("<stdin>", "") or source.startswith("<"):
        return None
    return source


def identity_of(doc: Document) -> Identity:
    if doc.declared_id:
        return Identity(f"id:{doc.declared_id}", None)
    if doc.url:
        return Identity(f"url:{doc.url.strip()}", None)
    path = _file_path(doc.source)
    if path is None:
        return Identity(f"text:{content_hash(doc.text)}", None)
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        real = path
    return Identity(f"file:{real}", os.path.basename(real))


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {tuple(words[i : i + 3]) for i in range(max(0, len(words) - 2))}


def overlap(a: str, b: str) -> float:
    ta, tb = _trigrams(a), _trigrams(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def stored_version(conn: sqlite3.Connection, doc: Document, ident: Identity) -> sqlite3.Row | None:
    """The stored article `doc` is a new version of, if any (by key, or an edited copy by name)."""
    row = conn.execute("SELECT rowid, id, text, doc_key FROM documents WHERE doc_key = ?", (ident.key,)).fetchone()
    if row is not None or ident.declared or ident.name is None:
        return row
    best, best_overlap = None, SAME_ARTICLE_OVERLAP
    for cand in conn.execute("SELECT rowid, id, text, doc_key FROM documents WHERE doc_name = ? "
                             "AND doc_key LIKE 'file:%' ORDER BY rowid", (ident.name,)):
        if os.path.exists(cand["doc_key"][len("file:"):]):
            continue  # the stored article's own file is still there: this is another article
        score = overlap(doc.text, cand["text"])
        if score >= best_overlap and (best is None or score > best_overlap):
            best, best_overlap = cand, score
    return best
