"""Readers turn inputs (files, folders, JSONL dumps, WARC crawls, stdin) into `Document`s.

`read_inputs` yields either a `Document` or an `InputError` for each article it meets, so one
bad article is reported and skipped while every good one goes on.
"""
from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, MalformedRecord, TruncatedInput, UnreadableInput
from ..model import Document
from .decode import decode_text
from .html import document_from_html
from .metadata import parse_iso_date

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES

Item = Document | InputError


def kind_of(path: Path) -> str:
    name = path.name.lower()
    for kind, suffixes in (
        ("warc", WARC_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("text", TEXT_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return kind
    return "text"


class _Ids:
    """Stable ids: the file name, or the path when two inputs share a name."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def take(self, preferred: str, fallback: str) -> str:
        doc_id = preferred if preferred not in self.seen else fallback
        n = 2
        while doc_id in self.seen:
            doc_id = f"{fallback}#{n}"
            n += 1
        self.seen.add(doc_id)
        return doc_id


def read_inputs(inputs: list[str], stdin_text: str | None = None) -> Iterator[Item]:
    ids = _Ids()
    for given in inputs:
        if given == "-":
            text = stdin_text if stdin_text is not None else sys.stdin.read()
            yield from _guard("<stdin>", lambda: [_text_document(text.encode("utf-8"), ids.take("stdin", "stdin"), "<stdin>")])
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, ids)
        elif path.exists() or path.is_symlink():
            yield from read_file(path, ids)
        else:
            yield UnreadableInput("no such file or folder", given)


def _walk(root: Path, ids: _Ids) -> Iterator[Item]:
    visited: set[tuple[int, int]] = set()
    errors: list[OSError] = []
    # followlinks so linked article folders are read; the inode set stops symlink loops
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=errors.append):
        try:
            st = os.stat(folder)
        except OSError as err:
            yield UnreadableInput(f"cannot read folder ({err.strerror})", folder)
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:
            dirs[:] = []
            yield UnreadableInput("symlink loop, folder already read", folder)
            continue
        visited.add(key)
        dirs.sort()
        for err in errors:
            yield UnreadableInput(f"cannot read folder ({err.strerror})", err.filename or folder)
        errors.clear()
        for name in sorted(files):
            if name.startswith("."):
                continue
            yield from read_file(Path(folder) / name, ids)
    for err in errors:
        yield UnreadableInput(f"cannot read folder ({err.strerror})", err.filename or str(root))


def read_file(path: Path, ids: _Ids | None = None) -> Iterator[Item]:
    ids = ids or _Ids()
    source = str(path)
    kind = kind_of(path)
    if kind == "jsonl":
        yield from _guarded_iter(source, lambda: _read_jsonl(path, ids))
    elif kind == "warc":
        yield from _guarded_iter(source, lambda: _read_warc(path, ids))
    else:
        def one() -> list[Document]:
            data = _read_bytes(path)
            doc_id = ids.take(path.name, source)
            if kind == "html":
                html, warnings = decode_text(data, source)
                doc = document_from_html(html, doc_id, source)
                doc.warnings.extend(warnings)
                return [doc]
            return [_text_document(data, doc_id, source)]

        yield from _guard(source, one)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise UnreadableInput("is a folder, not a file", str(path)) from None
    except OSError as err:
        raise UnreadableInput(f"cannot read ({err.strerror or err})", str(path)) from None


def _text_document(data: bytes, doc_id: str, source: str) -> Document:
    text, warnings = decode_text(data, source)
    doc = Document(id=doc_id, source=source, text=text)
    doc.warnings.extend(warnings)
    return doc


def _guard(source: str, make) -> Iterator[Item]:
    try:
        yield from make()
    except InputError as err:
        yield err
    except (OSError, ValueError, UnicodeError, EOFError) as err:
        yield UnreadableInput(f"cannot read ({type(err).__name__}: {err})", source)


def _guarded_iter(source: str, make) -> Iterator[Item]:
    """Like `_guard` but for multi-article inputs: articles before a failure are kept."""
    try:
        yield from make()
    except InputError as err:
        yield err
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield TruncatedInput(f"truncated or corrupt ({type(err).__name__}: {err})", source)
    except (ValueError, UnicodeError) as err:
        yield MalformedRecord(f"cannot read ({type(err).__name__}: {err})", source)


def _open_maybe_gzip(path: Path):
    with open(path, "rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")
    return open(path, "rb")


def _read_jsonl(path: Path, ids: _Ids) -> Iterator[Item]:
    source = str(path)
    with _open_maybe_gzip(path) as fh:
        for lineno, raw in enumerate(fh, start=1):
            where = f"{source}:{lineno}"
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8", errors="replace"))
            except json.JSONDecodeError as err:
                yield MalformedRecord(f"line {lineno} is not valid JSON ({err.msg})", source)
                continue
            if not isinstance(rec, dict):
                yield MalformedRecord(f"line {lineno} is not a JSON object", source)
                continue
            url = rec.get("url") if isinstance(rec.get("url"), str) else None
            rec_id = rec.get("id") if isinstance(rec.get("id"), str) and rec.get("id") else None
            doc_id = ids.take(rec_id or url or f"{path.name}:{lineno}", f"{path.name}:{lineno}")
            try:
                if isinstance(rec.get("text"), str) and rec["text"].strip():
                    doc = _text_document(rec["text"].encode("utf-8", errors="replace"), doc_id, where)
                    title = rec.get("title")
                    if isinstance(title, str) and title.strip() and not doc.text.lstrip().startswith(title.strip()):
                        doc.text = f"{title.strip()}\n\n{doc.text}"
                elif isinstance(rec.get("html"), str) and rec["html"].strip():
                    doc = document_from_html(rec["html"], doc_id, where, url)
                else:
                    yield MalformedRecord(f"line {lineno} has neither 'text' nor 'html'", source)
                    continue
            except InputError as err:
                yield MalformedRecord(f"line {lineno}: {err.message}", source)
                continue
            doc.url = url or doc.url
            doc.metadata_published = parse_iso_date(rec.get("published")) or doc.metadata_published
            yield doc


def _read_warc(path: Path, ids: _Ids) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    n_html = 0
    with open(path, "rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or f"{path.name}#{n_html}"
                raw = record.content_stream().read()
                n_html += 1
                doc_id = ids.take(url, f"{url}#{n_html}")
                try:
                    html, warnings = decode_text(raw, url)
                    doc = document_from_html(html, doc_id, f"{source}:{url}", url)
                    doc.warnings.extend(warnings)
                    yield doc
                except InputError as err:
                    yield MalformedRecord(f"record {url}: {err.message}", source)
        except ArchiveLoadFailed as err:
            raise TruncatedInput(f"not a readable WARC ({err})", source) from None
