"""Bounds on input: no file, however it unpacks, may take more memory or time than its limits.

A 1 MB `.jsonl.gz` can unpack to a 1 GiB line or to a billion blank lines, and a `.warc.gz`
to a gigabyte of HTML or of header junk. Every read here is bounded: one article (a line, a
record's payload, a file, stdin) by `Options.max_record_bytes`, one file by
`Options.max_file_bytes` after decompression, a run of blank lines by
`Options.max_blank_lines`. Crossing one is one line (`InputTooLarge`, P106) naming the input
and the limit; what came before it is kept.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import InputTooLarge
from ..options import Options

# a WARC or HTTP header line longer than this is not a header (warcio reads header lines whole)
MAX_HEADER_LINE = 1 << 20
_CHUNK = 1 << 20


@dataclass(frozen=True)
class InputLimits:
    record_bytes: int
    file_bytes: int
    blank_lines: int

    @classmethod
    def of(cls, options: Options | None) -> "InputLimits":
        o = options or Options()
        return cls(o.max_record_bytes, o.max_file_bytes, o.max_blank_lines)

    def too_large(self, what: str, size: int | None, source: str) -> InputTooLarge:
        said = f"{size:,} bytes" if size is not None else "more"
        return InputTooLarge(f"{what} is {said}, over the limit of {self.record_bytes:,} bytes per article "
                             "(Options.max_record_bytes); skipped", source)

    def file_over(self, source: str, articles: int) -> InputTooLarge:
        return InputTooLarge(f"unpacks to over {self.file_bytes:,} bytes (Options.max_file_bytes); "
                             f"the {articles} article(s) before the limit were read, the rest skipped", source)

    def blanks_over(self, source: str, where: str) -> InputTooLarge:
        return InputTooLarge(f"more than {self.blank_lines:,} blank lines in a row {where} "
                             "(Options.max_blank_lines); the rest of the file skipped", source)


@dataclass
class Line:
    number: int
    # the line's bytes, or None when it is longer than the per-article limit
    data: bytes | None
    size: int


def bounded_lines(fh: BinaryIO, limits: InputLimits, source: str) -> Iterator[Line]:
    """The non-blank lines of `fh`, none held in memory beyond the per-article limit.

    A longer line is read through in chunks and given as `data=None`; the file's bytes count
    against `file_bytes` and a run of blank lines against `blank_lines`, each raising
    `InputTooLarge` when crossed (the lines before it were given).
    """
    total = blanks = number = given = 0
    while True:
        raw = fh.readline(limits.record_bytes + 2)  # the line, its "\r\n", and one byte more
        if not raw:
            return
        number += 1
        total += len(raw)
        size = len(raw.rstrip(b"\r\n"))
        if size > limits.record_bytes:
            while not raw.endswith(b"\n"):
                raw = fh.readline(_CHUNK)
                if not raw:
                    break
                size += len(raw.rstrip(b"\r\n"))
                total += len(raw)
                if total > limits.file_bytes:
                    raise limits.file_over(source, given)
            raw = b""
        if total > limits.file_bytes:
            raise limits.file_over(source, given)
        if raw and not raw.strip():
            blanks += 1
            if blanks > limits.blank_lines:
                raise limits.blanks_over(source, f"from line {number - blanks + 1}")
            continue
        blanks = 0
        given += 1
        yield Line(number, raw or None, size)


def read_bounded(fh: BinaryIO, limits: InputLimits, what: str, source: str) -> bytes:
    """All of `fh` (one article), or `InputTooLarge` without reading more than the limit."""
    data = fh.read(limits.record_bytes + 1)
    if len(data) > limits.record_bytes:
        raise limits.too_large(what, None, source)
    return data


def bounded_archive(fh: BinaryIO, limits: InputLimits, source: str):
    """A warcio `ArchiveIterator` over `fh` whose reading outside the payloads is bounded.

    warcio reads header lines and the blank lines between records with an unbounded
    `readline()`: 1 MB of gzip can make it hold a 1 GiB "header" or loop over a billion blank
    lines. Here every decompressed byte counts against `file_bytes`, and while a record's
    headers or the gap before it are read, a line may not pass `MAX_HEADER_LINE` nor the blank
    lines in a row `blank_lines`. The payloads are read by the caller, bounded there.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import DecompressingBufferedReader

    class Reader(DecompressingBufferedReader):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            super().__init__(*args, **kwargs)
            self.between_records = True
            self.total = self.blanks = self.records = 0

        def _process_read(self, data: bytes) -> None:
            super()._process_read(data)
            self.total += self.buff_size
            if self.total > limits.file_bytes:
                raise limits.file_over(source, self.records)

        def readline(self, length: int | None = None) -> bytes:
            if not self.between_records:
                return super().readline(length)
            cap = MAX_HEADER_LINE + 1 if length is None else min(length, MAX_HEADER_LINE + 1)
            line = super().readline(cap)
            if len(line) > MAX_HEADER_LINE:
                raise InputTooLarge(f"a WARC header line of over {MAX_HEADER_LINE:,} bytes after "
                                    f"{self.records} record(s); the rest of the file skipped", source)
            if line and not line.strip():
                self.blanks += 1
                if self.blanks > limits.blank_lines:
                    raise limits.blanks_over(source, f"after {self.records} record(s)")
            elif line:
                self.blanks = 0
            return line

    class Archive(ArchiveIterator):
        def __init__(self, fileobj: BinaryIO) -> None:
            super().__init__(fileobj)
            self.reader = Reader(self.fh, block_size=self.reader.block_size)

        def _between(self, read, *args):  # noqa: ANN001, ANN002, ANN202
            self.reader.between_records = True
            try:
                return read(*args)
            finally:
                self.reader.between_records = False

        # warcio's own methods (warcio is pinned): where it reads headers and blank lines
        def _next_record(self, next_line):  # noqa: ANN001, ANN202
            record = self._between(super()._next_record, next_line)
            self.reader.records += 1
            return record

        def _consume_blanklines(self):  # noqa: ANN202
            return self._between(super()._consume_blanklines)

    return Archive(fh)
