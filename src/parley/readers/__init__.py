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

from ..errors import (BinaryInput, EmptyInput, InputError, MalformedRecord, TruncatedInput, UnreadableInput,
                      name_text)
from ..model import Document
from ..options import Options
from .bounds import InputLimits, bounded_archive, bounded_lines, read_bounded
from .decode import clean_field, decode_text, looks_binary, normalize_text
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


def read_inputs(inputs: list[str], stdin_text: str | bytes | None = None,
                options: Options | None = None) -> Iterator[Item]:
    """Documents and input errors, in input order. `stdin_text` is what '-' reads (text, or
    bytes decoded like a file's); by default the process's stdin, read as bytes. The bounds
    on input are `options`' (`Options.max_record_bytes` and the others)."""
    ids = _Ids()
    limits = InputLimits.of(options)
    for given in inputs:
        if given == "-":
            yield from _guard("<stdin>", lambda: [_stdin_document(stdin_text, ids, limits)])
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, ids, limits)
        elif path.exists() or path.is_symlink():
            yield from read_file(path, ids, limits)
        else:
            yield UnreadableInput("no such file or folder", name_text(given))


def _stdin_document(given: str | bytes | None, ids: _Ids, limits: InputLimits) -> Document:
    data = given if given is not None else _read_stdin(limits)
    raw = data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else data
    if len(raw) > limits.record_bytes:
        raise limits.too_large("the text", len(raw), "<stdin>")
    return _text_document(raw, ids.take("stdin", "stdin"), "<stdin>")


def _read_stdin(limits: InputLimits) -> bytes:
    # `parley extract - <&-`: Python starts with no sys.stdin at all
    if sys.stdin is None:
        raise UnreadableInput("cannot read (standard input is closed)", "<stdin>")
    try:
        return read_bounded(sys.stdin.buffer, limits, "the text", "<stdin>")
    except (OSError, ValueError, AttributeError) as err:
        raise UnreadableInput(f"cannot read ({getattr(err, 'strerror', None) or err})", "<stdin>") from None


def _walk(root: Path, ids: _Ids, limits: InputLimits) -> Iterator[Item]:
    for item in walk_files(root):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, ids, limits)


def walk_files(root: Path) -> Iterator[Path | InputError]:
    """The files under `root`, folders sorted, dot files left out, and the folders that cannot
    be read (also for the Ray engine, which reads each file where it runs)."""
    # folder (device, inode) -> the path it was first read at
    visited: dict[tuple[int, int], str] = {}
    errors: list[OSError] = []
    # followlinks so linked article folders are read; a folder that is its own ancestor is a
    # symlink loop; one met again elsewhere (two links to one folder) is read once, quietly
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=errors.append):
        try:
            st = os.stat(folder)
        except OSError as err:
            yield UnreadableInput(f"cannot read folder ({err.strerror})", name_text(folder))
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:
            dirs[:] = []
            if _is_ancestor(visited[key], folder):
                yield UnreadableInput("symlink loop, folder already read", name_text(folder))
            continue
        visited[key] = folder
        dirs.sort()
        for err in errors:
            yield UnreadableInput(f"cannot read folder ({err.strerror})", name_text(err.filename or folder))
        errors.clear()
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name
    for err in errors:
        yield UnreadableInput(f"cannot read folder ({err.strerror})", name_text(err.filename or str(root)))


def _is_ancestor(first: str, folder: str) -> bool:
    """Whether `folder` (a path os.walk reached) lies inside the path `first` was read at."""
    return Path(first) in Path(folder).parents


def _not_a_file(path: Path) -> InputError | None:
    """Why `path` cannot be read as a file, before any read is tried (a FIFO would block)."""
    name = name_text(str(path))
    try:
        st = os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return UnreadableInput("symlink loop (the link points back to itself)", name)
        if err.errno == errno.ENOENT and path.is_symlink():
            return UnreadableInput(f"dangling symlink (its target {name_text(os.readlink(path))!r} does not exist)", name)
        return UnreadableInput(f"cannot read ({err.strerror or err})", name)
    if stat.S_ISDIR(st.st_mode):
        return UnreadableInput("is a folder, not a file", name)
    if not stat.S_ISREG(st.st_mode):
        kind = ("FIFO" if stat.S_ISFIFO(st.st_mode) else "socket" if stat.S_ISSOCK(st.st_mode)
                else "device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "special file")
        return UnreadableInput(f"not a regular file ({kind})", name)
    return None


def read_file(path: Path, ids: _Ids | None = None, limits: InputLimits | None = None) -> Iterator[Item]:
    ids = ids or _Ids()
    limits = limits or InputLimits.of(None)
    # a file name may be any bytes: those that are not UTF-8 are shown escaped (`\xff`)
    source = name_text(str(path))
    problem = _not_a_file(path)
    if problem is not None:
        yield problem
        return
    kind = kind_of(path)
    if kind == "jsonl":
        yield from _guarded_iter(source, lambda: _read_jsonl(path, ids, limits, source))
    elif kind == "warc":
        yield from _guarded_iter(source, lambda: _read_warc(path, ids, limits, source))
    else:
        def one() -> list[Document]:
            data = _read_bytes(path, limits, source)
            doc_id = ids.take(name_text(path.name), source)
            if kind == "html":
                html, warnings = decode_text(data, source)
                doc = document_from_html(html, doc_id, source)
                doc.warnings.extend(warnings)
                return [doc]
            return [_text_document(data, doc_id, source)]

        yield from _guard(source, one)


def _read_bytes(path: Path, limits: InputLimits, source: str) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > limits.record_bytes:
            raise limits.too_large("the file", size, source)
        with open(path, "rb") as fh:
            return read_bounded(fh, limits, "the file", source)
    except IsADirectoryError:
        raise UnreadableInput("is a folder, not a file", source) from None
    except OSError as err:
        raise UnreadableInput(f"cannot read ({err.strerror or err})", source) from None


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


def _read_jsonl(path: Path, ids: _Ids, limits: InputLimits, source: str) -> Iterator[Item]:
    records = 0
    name = name_text(path.name)
    with _open_maybe_gzip(path) as fh:
        for line in bounded_lines(fh, limits, source):
            lineno, raw = line.number, line.data
            records += 1
            if raw is None:
                yield limits.too_large(f"line {lineno}", line.size, source)
                continue
            if records == 1 and looks_binary(raw[:8192]):
                raise BinaryInput("binary file, not JSON lines", source)
            yield from _jsonl_record(raw, lineno, name, source, ids)
    if records == 0:
        raise EmptyInput("empty file (no JSON lines)", source)


def _jsonl_record(raw: bytes, lineno: int, name: str, source: str, ids: _Ids) -> Iterator[Item]:
    where = f"{source}:{lineno}"
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
        return
    except RecursionError:
        yield MalformedRecord(f"line {lineno} is not valid JSON (nested too deeply)", source)
        return
    if not isinstance(rec, dict):
        yield MalformedRecord(f"line {lineno} is not a JSON object", source)
        return
    # JSON may spell lone surrogates ("\ud800"): fields are made text that can be written out
    url = clean_field(rec.get("url")) or None
    rec_id = clean_field(rec.get("id")) or None
    doc_id = ids.take(rec_id or url or f"{name}:{lineno}", f"{name}:{lineno}")
    try:
        if isinstance(rec.get("text"), str) and rec["text"].strip():
            doc = Document(id=doc_id, source=where, text=normalize_text(rec["text"], where, line_warnings))
            title = clean_field(rec.get("title"))
            if title.strip() and not doc.text.lstrip().startswith(title.strip()):
                doc.text = f"{title.strip()}\n\n{doc.text}"
        elif isinstance(rec.get("html"), str) and rec["html"].strip():
            html = normalize_text(rec["html"], where, line_warnings)
            doc = document_from_html(html, doc_id, where, url)
        else:
            yield MalformedRecord(f"line {lineno} has neither 'text' nor 'html'", source)
            return
    except InputError as err:
        yield MalformedRecord(f"line {lineno}: {err.message}", source)
        return
    doc.url = url or doc.url
    doc.declared_id = rec_id
    doc.metadata_published = parse_iso_date(rec.get("published")) or doc.metadata_published
    doc.warnings.extend(line_warnings)
    yield doc


def _read_warc(path: Path, ids: _Ids, limits: InputLimits, source: str) -> Iterator[Item]:
    """HTML response records of a WARC file, each checked against its Content-Length: a
    record the file ends inside is reported (with the URL) instead of read in part. Reading is
    bounded (`bounds.bounded_archive`): a record's HTML by `max_record_bytes`, the file by
    `max_file_bytes`, blank lines between records by `max_blank_lines`."""
    from warcio.exceptions import ArchiveLoadFailed

    n_html = n_records = 0

    def broken(detail: str) -> TruncatedInput:
        if n_records == 0:
            return TruncatedInput(f"not a readable WARC ({detail} at the start)", source)
        return TruncatedInput(f"truncated or corrupt: {detail} after {n_records} whole record(s)", source)

    with open(path, "rb") as fh:
        archive = bounded_archive(fh, limits, source)
        records = iter(archive)
        while True:
            # warcio writes its own multi-line warnings to stderr on malformed records; they
            # are counted (archive.err_count) and said below in parley's one line instead
            with contextlib.redirect_stderr(io.StringIO()):
                try:
                    record = next(records)
                except StopIteration:
                    break
                except InputError:
                    raise
                except ArchiveLoadFailed as err:
                    raise TruncatedInput(f"not a readable WARC ({err})", source) from None
                except Exception as err:  # noqa: BLE001
                    # warcio fails in many ways on a cut or corrupt header (AttributeError on a
                    # missing WARC-Target-URI, ValueError on a bad length...): the file's fault
                    raise broken(f"a broken record header ({type(err).__name__}: {err})") from None
                if not record.rec_type or record.rec_headers.get_header("Content-Length") is None:
                    # a header cut short ("WARC/1.0\r\nWARC") parses as a record with no type
                    raise broken("a record header with no WARC-Type or Content-Length")
                url = clean_field(record.rec_headers.get_header("WARC-Target-URI")) or f"{path.name}#{n_html}"
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                wanted = record.rec_type == "response" and "html" in ctype.lower()
                raw = record.content_stream().read(limits.record_bytes + 1) if wanted else b""
                while record.raw_stream.read(1 << 16):
                    pass
                missing = getattr(record.raw_stream, "limit", 0)
            if missing > 0:
                raise TruncatedInput(f"truncated: the file ends {missing} bytes into the record for {url}", source)
            n_records += 1
            if not wanted:
                continue
            if len(raw) > limits.record_bytes:
                n_html += 1
                yield limits.too_large(f"the HTML of record {url}", None, source)
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
        _check_warc_ending(fh, source, limits)
    if archive.err_count:
        what = "not a readable WARC" if n_html == 0 else "corrupt WARC"
        raise TruncatedInput(f"{what} ({archive.err_count} stretch(es) of bytes that are not WARC records; "
                             "a wrong Content-Length?)", source)
    if n_html == 0:
        raise EmptyInput("no HTML response records in the WARC file", source)


def _check_warc_ending(fh, source: str, limits: InputLimits) -> None:
    """A whole WARC file ends with the blank line that closes its last record, and a gzipped
    one with a complete gzip stream; warcio reads a file cut just before either quietly."""
    fh.seek(0)
    if fh.read(2) == b"\x1f\x8b":
        fh.seek(0)
        try:
            with gzip.GzipFile(fileobj=fh) as gz:
                read = 0
                while read <= limits.file_bytes and (chunk := gz.read(1 << 20)):
                    read += len(chunk)
        except (EOFError, OSError, zlib.error) as err:
            raise TruncatedInput(f"truncated: the gzip stream ends early ({err})", source) from None
        return
    fh.seek(0, os.SEEK_END)
    size = fh.tell()
    if size:
        fh.seek(max(0, size - 4))
        if not fh.read().endswith((b"\r\n\r\n", b"\n\n")):
            raise TruncatedInput("truncated: the file does not end with a whole record", source)
