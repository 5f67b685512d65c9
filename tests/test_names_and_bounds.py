"""Names, paths and messages; bounds on input (issue 18).

Any byte string as a file name, control characters and markup in names, a closed stdin,
UTF-16 without a byte-order mark, two paths to one folder; and inputs that unpack to far more
than they weigh (a 1 GiB line, a billion blank lines, a 1 GiB WARC record), each a one-line
skip with its reason and memory and time bounded.
"""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from test_bad_input import GOOD, GOOD_HTML, _warc, assert_clean, extract

from parley.errors import InputTooLarge, one_line
from parley.model import Document
from parley.options import Options
from parley.readers import read_inputs

MIB = 1 << 20
GIB = 1 << 30


# ------------------------------------------------------------------ names and messages


def test_file_names_of_any_bytes_and_control_characters(tmp_path):
    """Not UTF-8, a newline with a forged `error:`, an escape sequence, rich markup, a bidi
    override: each name shown escaped in one line; the good ones read, the record valid UTF-8."""
    folder = tmp_path / "names"
    folder.mkdir()
    raw = os.fsencode(folder)
    good = [b"good \xff\xfe latin1 \xe9.txt", b"good\x1b[2J\x1b[31mred.txt"]
    bad = [b"empty\xff.txt", b"evil\nerror: forged line.txt", b"esc\x1b]0;title\x07\x1b[31m.txt",
           b"[bold red]markup[blink].txt", "bidi\u202etxt.exe.txt".encode()]
    for name in good:
        Path(os.fsdecode(raw + b"/" + name)).write_text(GOOD, encoding="utf-8")
    for name in bad:
        Path(os.fsdecode(raw + b"/" + name)).write_bytes(b"")
    run = extract(folder)
    assert_clean(run)
    assert run.returncode == 1
    assert len(run.errors) == len(bad) and len(run.lines) == len(bad), run.stderr
    assert "\x1b" not in run.stderr and "\u202e" not in run.stderr and "\x07" not in run.stderr
    assert sum(line.startswith("error: ") for line in run.stderr.split("\n")) == len(bad)
    said = "\n".join(run.errors)
    for shown in ("empty\\xff.txt", "evil\\nerror: forged line.txt", "esc\\x1b]0;title\\x07\\x1b[31m.txt",
                  "[bold red]markup[blink].txt", "bidi\\u202etxt.exe.txt"):
        assert shown in said, (shown, said)
    assert sorted(run.ids) == sorted(["good \\xff\\xfe latin1 \\xe9.txt", "good\x1b[2J\x1b[31mred.txt"])


def test_summary_and_warnings_escape_article_text(tmp_path):
    """A headline with an escape sequence and a newline reaches the terminal escaped."""
    path = tmp_path / "a.txt"
    path.write_text("Talks \x1b[31mred\x1b[0m in Riga\n\n" + GOOD.split("\n\n", 1)[1], encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "parley.cli", "extract", str(path), "-o", str(tmp_path / "r.json")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stderr and "Talks \\x1b[31mred" in done.stderr


def test_one_line_escapes_everything_a_terminal_acts_on():
    assert one_line("a\nb\rc\x1b[31m\x9b\u2028\u202e\udcff") == "a\\nb\\rc\\x1b[31m\\x9b\\u2028\\u202e\\xff"


def test_closed_stdin_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "parley.cli", "extract", "-", str(tmp_path / "a.txt"), "-q",
                           "-o", str(tmp_path / "r.json")], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=300, preexec_fn=lambda: os.close(0))
    assert done.stderr.splitlines() == ["error: <stdin>: cannot read (standard input is closed) [P105]"], done.stderr
    assert done.returncode == 1
    record = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in record["documents"]] == ["a.txt"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text(tmp_path, encoding):
    text = GOOD + "Переговоры прошли в Риге. 会谈\n"
    (tmp_path / "plain.txt").write_text(text, encoding="utf-8")
    (tmp_path / "wide.txt").write_bytes(text.encode(encoding))
    run = extract(tmp_path)
    assert_clean(run)
    assert run.returncode == 0 and run.lines == []
    plain, wide = run.doc("plain.txt"), run.doc("wide.txt")
    assert wide["text"] == plain["text"] and wide["title"] == plain["title"] and wide["body"] == plain["body"]


def test_binary_with_nuls_on_both_sides_stays_binary(tmp_path):
    # negative: NULs at even and odd offsets (an image, a database) are no UTF-16
    (tmp_path / "table.txt").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    run = extract(tmp_path)
    assert run.returncode == 1 and len(run.errors) == 1 and "binary file, not text [P102]" in run.errors[0]


def test_folder_alias_is_read_once_and_not_a_loop(tmp_path):
    """Two paths to one folder (a symlink beside it) is no loop: read once, exit 0, quiet;
    a folder that links to its own ancestor still is one."""
    root = tmp_path / "root"
    (root / "real").mkdir(parents=True)
    (root / "real" / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "alias").symlink_to(root / "real", target_is_directory=True)
    run = extract(root)
    assert_clean(run)
    assert run.returncode == 0 and run.lines == [] and run.ids == ["a.txt"]
    (root / "real" / "up").symlink_to(root, target_is_directory=True)
    run = extract(root)
    assert run.returncode == 1 and len(run.errors) == 1 and "symlink loop" in run.errors[0]
    assert run.ids == ["a.txt"]


# ------------------------------------------------------------------ bounds on input


def _gzip_members(path: Path, head: bytes, filler: bytes, n_filler: int, tail: bytes) -> None:
    """A gzip file of `head`, `filler` n times and `tail`: one small member repeated, so a
    gigabyte of filler costs a megabyte of disk and milliseconds to write."""
    member = gzip.compress(filler, compresslevel=9)
    with open(path, "wb") as fh:
        fh.write(gzip.compress(head))
        for _ in range(n_filler):
            fh.write(member)
        fh.write(gzip.compress(tail))


def _read_in_child(path: Path, options: str = "Options()") -> tuple[list[str], int]:
    """`read_inputs` over `path` in a fresh process: the item lines and the peak RSS in MiB."""
    script = (
        "import json, resource, sys\n"
        "from parley.readers import read_inputs\n"
        "from parley.options import Options\n"
        "from parley.model import Document\n"
        f"items = [i.id if isinstance(i, Document) else i.line() for i in read_inputs([sys.argv[1]], None, {options})]\n"
        # the high-water mark of this process's own memory: ru_maxrss would keep the pytest
        # parent's size across fork and exec
        "peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
        "print(json.dumps([items, peak // 1024]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    items, peak = json.loads(done.stdout)
    return items, peak


def _record(i: int) -> bytes:
    return json.dumps({"id": f"r{i}", "text": GOOD}).encode() + b"\n"


@pytest.mark.slow
def test_jsonl_gz_line_of_a_gibibyte(tmp_path):
    """1 MB of gzip unpacking to a 1 GiB line (was 2.9 GB of memory; 4 GiB: MemoryError):
    that line is one skip with its reason, the records around it are read, memory stays low."""
    path = tmp_path / "bomb.jsonl.gz"
    _gzip_members(path, _record(1) + b'{"id": "huge", "text": "', b"a" * MIB, 1024, b'"}\n' + _record(2))
    assert path.stat().st_size < 4 * MIB
    items, peak = _read_in_child(path)
    assert items[0] == "r1" and items[2] == "r2" and len(items) == 3
    assert "line 2 is 1,073,741,8" in items[1] and "max_record_bytes" in items[1] and items[1].endswith("[P106]")
    assert peak < 400, f"{peak} MiB"


@pytest.mark.slow
def test_jsonl_gz_of_blank_lines(tmp_path):
    """1 MB of gzip unpacking to a billion blank lines (ran over 10 minutes): the file stops
    at Options.max_blank_lines in a row, what came before is read."""
    path = tmp_path / "blank.jsonl.gz"
    _gzip_members(path, _record(1), b"\n" * MIB, 1024, _record(2))
    items, peak = _read_in_child(path)
    assert items[0] == "r1" and len(items) == 2
    assert "more than 10,000 blank lines in a row from line 2" in items[1] and items[1].endswith("[P106]")


def test_blank_lines_below_the_limit_are_nothing(tmp_path):
    path = tmp_path / "gaps.jsonl"
    path.write_bytes(_record(1) + b"\n" * 9_000 + b"  \r\n" * 999 + _record(2))
    items = [i.id for i in read_inputs([str(path)])]
    assert items == ["r1", "r2"]


def test_per_file_and_per_record_limits_from_options(tmp_path):
    lines = tmp_path / "many.jsonl"
    lines.write_bytes(b"".join(_record(i) for i in range(50)))
    first_twenty = sum(len(_record(i)) for i in range(20))
    items = list(read_inputs([str(lines)], None, Options(max_file_bytes=first_twenty)))
    assert [i.id for i in items[:-1]] == [f"r{i}" for i in range(20)]
    assert isinstance(items[-1], InputTooLarge) and "the 20 article(s) before the limit were read" in items[-1].message
    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    big.write_text(GOOD * 100, encoding="utf-8")
    small.write_text(GOOD, encoding="utf-8")
    items = list(read_inputs([str(tmp_path)], None, Options(max_record_bytes=len(GOOD) * 2)))
    kinds = {(i.source if isinstance(i, InputTooLarge) else i.id): type(i).__name__ for i in items}
    assert kinds[str(big)] == "InputTooLarge" and kinds["small.txt"] == "Document"
    stdin = list(read_inputs(["-"], (GOOD * 10).encode(), Options(max_record_bytes=len(GOOD))))
    assert len(stdin) == 1 and isinstance(stdin[0], InputTooLarge) and stdin[0].source == "<stdin>"


def _warc_gz_with_huge_record(path: Path, html_bytes: int) -> None:
    """A gzipped WARC: a good page, one response whose HTML is `html_bytes` long (its own gzip
    member, compressed a mebibyte at a time), and a good page."""
    _warc(path, [("https://example.org/a", "text/html", GOOD_HTML)])
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    opening, closing = b"<html><body><p>", b"</p></body></html>"
    filler = html_bytes - len(opening) - len(closing)
    header = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/huge\r\n"
              "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
              "WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
              f"Content-Length: {len(http) + html_bytes}\r\n\r\n").encode()
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: a gzip member
    step = b"x" * MIB
    with open(path, "ab") as fh:
        fh.write(squeeze.compress(header + http + opening))
        for _ in range(filler // MIB):
            fh.write(squeeze.compress(step))
        fh.write(squeeze.compress(b"x" * (filler % MIB) + closing + b"\r\n\r\n"))
        fh.write(squeeze.flush())
    tail = path.with_name("tail.warc.gz")
    _warc(tail, [("https://example.org/b", "text/html", GOOD_HTML)])
    with open(path, "ab") as fh:
        fh.write(tail.read_bytes())


@pytest.mark.slow
def test_warc_gz_record_of_a_gibibyte(tmp_path):
    """A .warc.gz whose one record unpacks to 1 GiB of HTML (was 2.2 GB of memory): that
    record is one skip, the pages before and after it are read, memory stays low."""
    path = tmp_path / "bomb.warc.gz"
    _warc_gz_with_huge_record(path, GIB)
    assert path.stat().st_size < 8 * MIB
    items, peak = _read_in_child(path)
    assert items[0] == "https://example.org/a" and items[-1] == "https://example.org/b" and len(items) == 3
    assert "the HTML of record https://example.org/huge is more" in items[1] and items[1].endswith("[P106]")
    assert peak < 400, f"{peak} MiB"


@pytest.mark.slow
def test_warc_gz_of_blank_lines_and_junk(tmp_path):
    """Blank lines between records, a billion of them, and a 'header' line of 64 MiB: the
    file stops there in one line; the record before is read."""
    blanks, junk, plain = tmp_path / "blank.warc.gz", tmp_path / "junk.warc.gz", tmp_path / "one.warc"
    _warc(plain, [("https://example.org/a", "text/html", GOOD_HTML)])
    # the record and the blank lines after it in one gzip member, as warcio reads them
    blanks.write_bytes(gzip.compress(plain.read_bytes() + b"\r\n" * (64 * MIB)))
    _warc(junk, [("https://example.org/a", "text/html", GOOD_HTML)])
    with open(junk, "ab") as fh:
        fh.write(gzip.compress(b"W" * (64 * MIB)))
    for path, said in ((blanks, "more than 10,000 blank lines in a row after 1 record(s)"),
                       (junk, "a WARC header line of over 1,048,576 bytes after 1 record(s)")):
        items, peak = _read_in_child(path)
        assert items[0] == "https://example.org/a" and len(items) == 2, items
        assert said in items[1] and items[1].endswith("[P106]"), items[1]
        assert peak < 400, f"{peak} MiB"


def test_limits_are_documented():
    doc = (Path(__file__).resolve().parent.parent / "docs" / "reliability.md").read_text(encoding="utf-8")
    for name in ("max_record_bytes", "max_file_bytes", "max_blank_lines"):
        assert name in doc and hasattr(Options(), name)


def test_lone_surrogates_in_json_become_text(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"id": "x\ud800", "title": "T\udfff", "text": GOOD + "\ud83d end"}) + "\n",
                    encoding="utf-8", errors="surrogatepass")
    (doc,) = read_inputs([str(path)])
    assert isinstance(doc, Document)
    for field in (doc.id, doc.text):
        field.encode("utf-8")
    assert any("surrogate" in w for w in doc.warnings)


def test_closed_stdout_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "parley.cli", "extract", str(tmp_path / "a.txt"), "-q"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=300,
                          preexec_fn=lambda: os.close(1))
    assert done.stderr.splitlines() == ["error: cannot write the record to standard output (standard output is closed)"]
    assert done.returncode == 2
