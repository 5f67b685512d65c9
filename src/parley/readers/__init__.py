"""Readers turn inputs (files, folders, JSONL dumps, WARC crawls, stdin) into `Document`s.

`read_inputs` yields either a `Document` or an `InputError` for each article it meets, so one
bad article is reported and skipped while every good one goes on.
"""
from __future__ import annotations

import contextlib
import errno
import gzip
import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import BinaryInput, EmptyInput, InputError, MalformedRecord, TruncatedInput, UnreadableInput
from ..model import Document
from .decode import decode_text, looks_binary, normalize_text
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


def read_inputs(inputs: list[str], stdin_text: str | bytes | None = None) -> Iterator[Item]:
    """Documents and input errors, in input order. `stdin_text` is what '-' reads (text, or
    bytes decoded like a file's); by default the process's stdin, read as bytes."""
    ids = _Ids()
    for given in inputs:
        if given == "-":
            data = stdin_text if stdin_text is not None else sys.stdin.buffer.read()
            raw = data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else data
            yield from _guard("<stdin>", lambda: [_text_document(raw, ids.take("stdin", "stdin"), "<stdin>")])
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


def _not_a_file(path: Path) -> InputError | None:
    """Why `path` cannot be read as a file, before any read is tried (a FIFO would block)."""
    try:
        st = os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return UnreadableInput("symlink loop (the link points back to itself)", str(path))
        if err.errno == errno.ENOENT and path.is_symlink():
            return UnreadableInput(f"dangling symlink (its target {os.readlink(path)!r} does not exist)", str(path))
        return UnreadableInput(f"cannot read ({err.strerror or err})", str(path))
    if stat.S_ISDIR(st.st_mode):
        return UnreadableInput("is a folder, not a file", str(path))
    if not stat.S_ISREG(st.st_mode):
        kind = ("FIFO" if stat.S_ISFIFO(st.st_mode) else "socket" if stat.S_ISSOCK(st.st_mode)
                else "device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "special file")
        return UnreadableInput(f"not a regular file ({kind})", str(path))
    return None


def read_file(path: Path, ids: _Ids | None = None) -> Iterator[Item]:
    ids = ids or _Ids()
    source = str(path)
    problem = _not_a_file(path)
    if problem is not None:
        yield problem
        return
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
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as err:
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
    records = 0
    with _open_maybe_gzip(path) as fh:
        for lineno, raw in enumerate(fh, start=1):
            where = f"{source}:{lineno}"
            if lineno == 1 and looks_binary(raw[:8192]):
                raise BinaryInput("binary file, not JSON lines", source)
            if not raw.strip():
                continue
            records += 1
            line_warnings: list[str] = []
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                line = raw.decode("utf-8", errors="replace")
                line_warnings.append(f"invalid UTF-8 at byte {err.start} of line {lineno} replaced with U+FFFD")
            try:
                rec = json.loads(line)
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
                    doc = Document(id=doc_id, source=where, text=normalize_text(rec["text"], where))
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
            doc.declared_id = rec_id
            doc.metadata_published = parse_iso_date(rec.get("published")) or doc.metadata_published
            doc.warnings.extend(line_warnings)
            yield doc
    if records == 0:
        raise EmptyInput("empty file (no JSON lines)", source)


def _read_warc(path: Path, ids: _Ids) -> Iterator[Item]:
    """HTML response records of a WARC file, each checked against its Content-Length: a
    record the file ends inside is reported (with the URL) instead of read in part."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    n_html = n_records = 0

    def broken(detail: str) -> TruncatedInput:
        if n_records == 0:
            return TruncatedInput(f"not a readable WARC ({detail} at the start)", source)
        return TruncatedInput(f"truncated or corrupt: {detail} after {n_records} whole record(s)", source)

    with open(path, "rb") as fh:
        archive = ArchiveIterator(fh)
        records = iter(archive)
        while True:
            # warcio writes its own multi-line warnings to stderr on malformed records; they
            # are counted (archive.err_count) and said below in parley's one line instead
            with contextlib.redirect_stderr(io.StringIO()):
                try:
                    record = next(records)
                except StopIteration:
                    break
                except ArchiveLoadFailed as err:
                    raise TruncatedInput(f"not a readable WARC ({err})", source) from None
                except Exception as err:  # noqa: BLE001
                    # warcio fails in many ways on a cut or corrupt header (AttributeError on a
                    # missing WARC-Target-URI, ValueError on a bad length...): the file's fault
                    raise broken(f"a broken record header ({type(err).__name__}: {err})") from None
                if not record.rec_type or record.rec_headers.get_header("Content-Length") is None:
                    # a header cut short ("WARC/1.0\r\nWARC") parses as a record with no type
                    raise broken("a record header with no WARC-Type or Content-Length")
                url = record.rec_headers.get_header("WARC-Target-URI") or f"{path.name}#{n_html}"
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                wanted = record.rec_type == "response" and "html" in ctype.lower()
                raw = record.content_stream().read() if wanted else b""
                while record.raw_stream.read(1 << 16):
                    pass
                missing = getattr(record.raw_stream, "limit", 0)
            if missing > 0:
                raise TruncatedInput(f"truncated: the file ends {missing} bytes into the record for {url}", source)
            n_records += 1
            if not wanted:
                continue
            n_html += 1
            doc_id = ids.take(url, f"{url}#{n_html}")
            try:
                html, warnings = decode_text(raw, url)
                doc = document_from_html(html, doc_id, f"{source}:{url}", url)
                if not record.rec_headers.get_header("WARC-Target-URI"):
                    # no URL to know the page by: the record's own id is all there is
                    doc.declared_id = record.rec_headers.get_header("WARC-Record-ID")
                doc.warnings.extend(warnings)
                yield doc
            except InputError as err:
                yield MalformedRecord(f"record {url}: {err.message}", source)
        # a file cut inside a record's header ends the iteration quietly: what lies after the
        # last whole record must be nothing but blank lines
        end = getattr(archive, "offset", None)
        if isinstance(end, int):
            fh.seek(end)
            rest = fh.read(1 << 20)
            if rest.strip():
                raise TruncatedInput(f"truncated: the file ends inside a record after byte {end} "
                                     f"(record {n_records + 1} or later is incomplete)", source)
        _check_warc_ending(fh, source)
    if archive.err_count:
        what = "not a readable WARC" if n_html == 0 else "corrupt WARC"
        raise TruncatedInput(f"{what} ({archive.err_count} stretch(es) of bytes that are not WARC records; "
                             "a wrong Content-Length?)", source)
    if n_html == 0:
        raise EmptyInput("no HTML response records in the WARC file", source)


def _check_warc_ending(fh, source: str) -> None:
    """A whole WARC file ends with the blank line that closes its last record, and a gzipped
    one with a complete gzip stream; warcio reads a file cut just before either quietly."""
    fh.seek(0)
    if fh.read(2) == b"\x1f\x8b":
        fh.seek(0)
        try:
            with gzip.GzipFile(fileobj=fh) as gz:
                while gz.read(1 << 20):
                    pass
        except (EOFError, OSError, zlib.error) as err:
            raise TruncatedInput(f"truncated: the gzip stream ends early ({err})", source) from None
        return
    fh.seek(0, os.SEEK_END)
    size = fh.tell()
    if size:
        fh.seek(max(0, size - 4))
        if not fh.read().endswith((b"\r\n\r\n", b"\n\n")):
            raise TruncatedInput("truncated: the file does not end with a whole record", source)
