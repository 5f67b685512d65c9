"""The bad-input battery (issue 8): `parley extract` run as a subprocess on generated files.

For each bad input: exactly one clear line on stderr naming the input and the problem (with
its error code), no traceback, every good article beside it processed and in the record,
and the documented exit status (0 none skipped, 1 some skipped, 2 usage).

Most cases share one run over a folder of all of them (a "zoo", so spaCy loads once); the
cases that need a run of their own (stdin, the unprivileged user, the 20 MB article) have it.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

PARLEY = [sys.executable, "-m", "parley.cli", "extract"]
# a FIFO that parley opened would block it for ever: every run has a deadline
RUN_TIMEOUT = 300

GOOD = (
    "Ministers meet in Riga\n\n"
    "RIGA, March 3 (Reuters) - Latvian Foreign Minister Krisjanis Karins met his Estonian "
    "counterpart Margus Tsahkna in Riga on Monday, the ministry said.\n\n"
    "The two ministers discussed energy links and border security.\n"
)
GOOD_HTML = (
    "<html><head><title>Leaders meet in Vilnius</title></head><body><article>"
    "<h1>Leaders meet in Vilnius</h1><p>The presidents of Lithuania and Poland met in Vilnius on "
    "Tuesday to discuss the defence of the Suwalki gap, their offices said in a joint statement.</p>"
    "<p>They agreed to hold joint exercises next year.</p></article></body></html>"
)


@dataclass
class Run:
    returncode: int
    stderr: str
    record: dict | None

    @property
    def lines(self) -> list[str]:
        return [ln for ln in self.stderr.splitlines() if ln.strip()]

    @property
    def errors(self) -> list[str]:
        return [ln for ln in self.lines if ln.startswith("error: ")]

    @property
    def warnings(self) -> list[str]:
        return [ln for ln in self.lines if ln.startswith("warning: ")]

    def errors_naming(self, name: str) -> list[str]:
        return [ln for ln in self.errors if _names(ln, name)]

    def warnings_naming(self, name: str) -> list[str]:
        return [ln for ln in self.warnings if _names(ln, name)]

    def doc(self, doc_id: str) -> dict:
        docs = {d["id"]: d for d in self.record["documents"]}
        assert doc_id in docs, f"{doc_id} missing from the record; have {sorted(docs)}"
        return docs[doc_id]

    @property
    def ids(self) -> list[str]:
        return [d["id"] for d in self.record["documents"]]


def _names(line: str, name: str) -> bool:
    # the input is named as a path at the start of the message: "error: /x/y/name: ..."
    return re.search(rf"(?:^|[\s/]){re.escape(name)}(?::\d+)?: ", line) is not None


def extract(*args: str | Path, stdin: bytes | None = None, as_user: list[str] | None = None,
            cwd: Path | None = None) -> Run:
    """`parley extract ARGS -q -o -`: the record from stdout, the messages from stderr.
    `as_user` is a command prefix that runs parley as another user (see `_unprivileged`)."""
    cmd = (as_user or []) + PARLEY + [str(a) for a in args] + ["-q", "-o", "-"]
    proc = subprocess.run(cmd, input=stdin if stdin is not None else b"", capture_output=True,
                          timeout=RUN_TIMEOUT, cwd=cwd)
    stderr = proc.stderr.decode("utf-8", errors="replace")
    record = json.loads(proc.stdout) if proc.stdout.strip() else None
    return Run(proc.returncode, stderr, record)


def assert_clean(run: Run) -> None:
    """No traceback, and every line on stderr is one of parley's one-line messages."""
    assert "Traceback" not in run.stderr, run.stderr
    for line in run.lines:
        assert line.startswith(("error: ", "warning: ")), f"stray stderr line: {line!r}"
    for line in run.errors:
        assert re.search(r"\[P\d{3}\]$", line), f"error without a code: {line!r}"


def _warc(path: Path, pages: list[tuple[str, str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()), http_headers=headers)
            writer.write_record(rec)


def _jsonl(*records: dict | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def _warc_pages(n: int) -> list[tuple[str, str, str]]:
    return [(f"https://example.org/w{i}", "text/html; charset=utf-8", GOOD_HTML.replace("Vilnius", f"Vilnius {i}"))
            for i in range(n)]


# ---------------------------------------------------------------------------------------
# the zoo: every bad input beside good ones, in one folder, read in one run


@pytest.fixture(scope="module")
def zoo(tmp_path_factory) -> tuple[Path, Run]:
    root = tmp_path_factory.mktemp("zoo")
    (root / "good.txt").write_text(GOOD)
    (root / "good.html").write_text(GOOD_HTML)
    # empty and blank
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b" \n\t\r\n  \n")
    (root / "bom_only.txt").write_bytes(b"\xef\xbb\xbf")
    # binary
    (root / "noise.txt").write_bytes(bytes((i * 7919 + 13) % 256 for i in range(20_000)))
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (root / "page.html.bin.html").write_bytes(b"\x00\x01\x02" * 1000)
    # encodings and line endings
    (root / "latin1.txt").write_bytes(GOOD.replace("Riga", "Rīga").encode("utf-8").replace("ī".encode(), b"\xee"))
    (root / "utf16le.txt").write_bytes(GOOD.encode("utf-16"))  # BOM + little-endian
    (root / "utf16be.txt").write_bytes(b"\xfe\xff" + GOOD.encode("utf-16-be"))
    (root / "utf8bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    (root / "crlf.txt").write_bytes(GOOD.replace("\n", "\r\n").encode())
    (root / "cr.txt").write_bytes(GOOD.replace("\n", "\r").encode())
    (root / "lf.txt").write_text(GOOD)
    # one line of 1 MB, no newline at all
    sentence = "Officials of the two countries met in Tallinn and talked about trade. "
    (root / "oneline.txt").write_text(sentence * (1_000_000 // len(sentence) + 1))
    # HTML: broken nesting, huge inline script and style, an unclosed script
    (root / "broken.html").write_text(
        "<html><head><title>Ministers meet in Riga</title><script>" + "var x = 1;" * 1_500_000
        + "</script><style>" + "p{color:red}" * 200_000 + "</style></head><body><div><p>Foreign ministers "
        "met in Riga on Monday to discuss trade and the borders between the two countries.<div><p>They "
        "agreed to meet again in <b><i>Tallinn</b></i> next spring, officials said.</table></span></body>"
        "<p>Trailing text after the body closed.</p></div>")
    (root / "unclosed_script.html").write_text(
        "<html><body><article><p>Leaders met in Warsaw on Friday to discuss the harvest and grain exports, "
        "a government spokesman said.</p></article><script>" + "y();" * 100_000)
    (root / "no_text.html").write_text("<html><head><script>1</script></head><body><div></div></body></html>")
    # JSONL: a good record, a malformed line, missing and wrong fields, invalid UTF-8
    good_rec = {"id": "jsonl-good", "url": "https://example.org/j1", "text": GOOD, "published": "2024-03-04"}
    lines = _jsonl(
        good_rec,
        '{"id": "cut-off", "text": "Leaders met',
        {"id": "no-text", "url": "https://example.org/j3"},
        {"id": "null-text", "text": None},
        {"id": "number-text", "text": 42},
        "[1, 2, 3]",
        {"id": "jsonl-html", "html": GOOD_HTML},
    )
    (root / "dump.jsonl").write_bytes(lines.encode() + json.dumps({"id": "jsonl-bad-utf8", "text": "XX"}).encode()
                                      .replace(b"XX", b"Ministers met in Bras\xedlia on Monday.") + b"\n")
    (root / "nothing.jsonl").write_bytes(b"\n\n")
    (root / "binary.jsonl").write_bytes(bytes(range(256)) * 200)
    # truncated and corrupt gzip
    gz = gzip.compress(_jsonl(*({"id": f"gz{i}", "text": GOOD} for i in range(200))).encode())
    (root / "cut.jsonl.gz").write_bytes(gz[: len(gz) // 2])
    flipped = bytearray(gz)
    for i in range(len(flipped) // 3, len(flipped) // 3 + 64):
        flipped[i] ^= 0xFF
    (root / "corrupt.jsonl.gz").write_bytes(bytes(flipped))
    # WARC: truncated (gzip and plain), garbage, and one with no HTML
    _warc(root / "crawl.warc.gz", _warc_pages(3))
    data = (root / "crawl.warc.gz").read_bytes()
    (root / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.8)])
    (root / "crawl.warc.gz").unlink()
    _warc(root / "plain.warc", _warc_pages(3))
    data = (root / "plain.warc").read_bytes()
    (root / "cut.warc").write_bytes(data[: int(len(data) * 0.8)])
    (root / "plain.warc").unlink()
    (root / "garbage.warc").write_text("this is not a WARC file at all\n" * 20)
    _warc(root / "images.warc.gz", [("https://example.org/i.png", "image/png", "PNG")])
    # special files and links
    os.mkfifo(root / "pipe.txt")
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    (root / "selfloop.txt").symlink_to(root / "selfloop.txt")
    (root / "sub").mkdir()
    (root / "sub" / "inner.txt").write_text(GOOD.replace("Riga", "Tartu"))
    (root / "sub" / "up").symlink_to(root)  # a folder loop through a symlink
    run = extract(root)
    return root, run


# every bad input in the zoo: (name, words its one error line must hold, error code)
ZOO_SKIPPED = [
    ("empty.txt", "empty", "P101"),
    ("blank.txt", "empty", "P101"),
    ("bom_only.txt", "empty", "P101"),
    ("noise.txt", "binary", "P102"),
    ("photo.png", "binary", "P102"),
    ("page.html.bin.html", "binary", "P102"),
    ("no_text.html", "no article text", "P101"),
    ("nothing.jsonl", "empty", "P101"),
    ("binary.jsonl", "binary", "P102"),
    ("cut.jsonl.gz", "truncated", "P104"),
    ("corrupt.jsonl.gz", "corrupt", "P104"),
    ("cut.warc.gz", "truncated", "P104"),
    ("cut.warc", "truncated", "P104"),
    ("garbage.warc", "not a readable WARC", "P104"),
    ("images.warc.gz", "no HTML", "P101"),
    ("pipe.txt", "not a regular file (FIFO)", "P105"),
    ("dangling.txt", "dangling symlink", "P105"),
    ("selfloop.txt", "symlink loop", "P105"),
    ("up", "symlink loop", "P105"),
]


def test_zoo_exit_status_and_no_traceback(zoo):
    _, run = zoo
    assert run.returncode == 1
    assert_clean(run)


@pytest.mark.parametrize("name,words,code", ZOO_SKIPPED, ids=[c[0] for c in ZOO_SKIPPED])
def test_bad_input_named_in_one_line(zoo, name, words, code):
    _, run = zoo
    lines = run.errors_naming(name)
    assert len(lines) == 1, f"{name}: expected one error line, got {lines}\n{run.stderr}"
    assert words.lower() in lines[0].lower() and lines[0].endswith(f"[{code}]"), lines[0]


def test_every_error_line_is_accounted_for(zoo):
    # no bad input makes more noise than its line (dump.jsonl has one per bad record)
    _, run = zoo
    expected = {name for name, _, _ in ZOO_SKIPPED} | {"dump.jsonl"}
    strays = [ln for ln in run.errors if not any(_names(ln, n) for n in expected)]
    assert strays == []


def test_good_articles_all_in_the_record(zoo):
    _, run = zoo
    for doc_id in ("good.txt", "good.html", "inner.txt", "lf.txt", "crlf.txt", "cr.txt", "utf16le.txt",
                   "utf16be.txt", "utf8bom.txt", "latin1.txt", "oneline.txt", "broken.html",
                   "unclosed_script.html", "jsonl-good", "jsonl-html", "jsonl-bad-utf8"):
        doc = run.doc(doc_id)
        assert doc["text"].strip() and doc["body"].strip(), doc_id
    # the folder loop did not read anything twice
    assert len(run.ids) == len(set(run.ids))
    assert sum(1 for d in run.record["documents"] if "Tartu" in d["text"]) == 1


def test_invalid_utf8_replaced_and_said(zoo):
    _, run = zoo
    doc = run.doc("latin1.txt")
    assert "R\ufffdga" in doc["text"] and doc["text"].replace("R\ufffdga", "Riga") == GOOD
    (line,) = run.warnings_naming("latin1.txt")
    assert "invalid UTF-8" in line and "U+FFFD" in line
    (line,) = run.warnings_naming("dump.jsonl")
    assert "invalid UTF-8" in line and "line 8" in line
    assert "Bras\ufffdlia" in run.doc("jsonl-bad-utf8")["text"]


@pytest.mark.parametrize("name", ["utf16le.txt", "utf16be.txt", "utf8bom.txt", "crlf.txt", "cr.txt"])
def test_encodings_and_line_endings_read_as_unix_utf8(zoo, name):
    _, run = zoo
    doc, plain = run.doc(name), run.doc("lf.txt")
    assert doc["text"] == GOOD
    assert run.warnings_naming(name) == []
    # the same article, however encoded, gives the same reading
    for field in ("title", "outlet", "published", "body"):
        assert doc[field] == plain[field], field


def test_one_megabyte_line(zoo):
    _, run = zoo
    doc = run.doc("oneline.txt")
    assert len(doc["text"]) > 1_000_000 and "\n" not in doc["text"].rstrip("\n")
    assert doc["body"].strip() == doc["text"].strip()
    (line,) = run.warnings_naming("oneline.txt")
    assert "longer than the NLP stage reads" in line


def test_broken_html_and_huge_scripts(zoo):
    _, run = zoo
    doc = run.doc("broken.html")
    assert doc["title"] == "Ministers meet in Riga"
    assert "met in Riga on Monday" in doc["text"] and "next spring" in doc["text"]
    assert "var x" not in doc["text"] and "color:red" not in doc["text"]
    doc = run.doc("unclosed_script.html")
    assert "Leaders met in Warsaw" in doc["text"] and "y();" not in doc["text"]


def test_jsonl_bad_lines_each_named(zoo):
    _, run = zoo
    lines = run.errors_naming("dump.jsonl")
    got = sorted(re.search(r"line (\d+)", ln).group(1) for ln in lines)
    assert got == ["2", "3", "4", "5", "6"], lines
    assert all(ln.endswith("[P103]") for ln in lines)
    assert "not valid JSON" in next(ln for ln in lines if "line 2 " in ln)
    assert "not a JSON object" in next(ln for ln in lines if "line 6 " in ln)
    doc = run.doc("jsonl-good")
    assert doc["text"] == GOOD and doc["published"] == {"value": "2024-03-04", "precision": "day"}


def test_truncated_archives_keep_what_came_before(zoo):
    _, run = zoo
    # the gzip stream was cut in half: the records before the cut are read
    gz_docs = [i for i in run.ids if re.fullmatch(r"gz\d+", i)]
    assert 0 < len(gz_docs) < 200
    # the WARC files were cut at 80 %: the first two of three pages are read, in both
    assert "https://example.org/w0" in run.ids and "https://example.org/w1" in run.ids
    warc_sources = [d["source"] for d in run.record["documents"] if d["id"].startswith("https://example.org/w")]
    assert any("cut.warc.gz" in s for s in warc_sources) and any(s.split(":")[0].endswith("cut.warc") for s in warc_sources)


# ---------------------------------------------------------------------------------------
# runs of their own


def test_inputs_named_on_the_command_line(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "dangling.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    run = extract(tmp_path / "fifo.txt", tmp_path / "good.txt", tmp_path / "loop", tmp_path / "missing.txt",
                  tmp_path / "dangling.jsonl")
    assert run.returncode == 1
    assert_clean(run)
    assert run.ids == ["good.txt"]
    for name, words in (("fifo.txt", "FIFO"), ("loop", "symlink loop"), ("missing.txt", "no such file"),
                        ("dangling.jsonl", "dangling symlink")):
        (line,) = run.errors_naming(name)
        assert words in line


def test_all_good_exits_zero(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_bytes(GOOD.replace("\n", "\r\n").encode("utf-16"))
    run = extract(tmp_path)
    assert run.returncode == 0 and run.lines == [] and sorted(run.ids) == ["a.txt", "b.txt"]


def test_usage_errors_exit_two(tmp_path):
    for args in ([], ["--workers", "0", str(tmp_path)], ["--no-such-flag", str(tmp_path)]):
        proc = subprocess.run(PARLEY + args, capture_output=True, text=True, timeout=RUN_TIMEOUT)
        assert proc.returncode == 2, args
        assert "Traceback" not in proc.stderr


def test_stdin_with_invalid_utf8():
    run = extract("-", stdin=GOOD.replace("Riga", "R\udcffga").encode("utf-8", "surrogateescape"))
    assert run.returncode == 0
    assert_clean(run)
    assert "R\ufffdga" in run.doc("stdin")["text"]
    (line,) = run.warnings
    assert "<stdin>" in line and "invalid UTF-8" in line


def test_binary_stdin():
    run = extract("-", stdin=bytes(range(256)) * 4)
    assert run.returncode == 1
    assert_clean(run)
    (line,) = run.errors
    assert "<stdin>" in line and "binary" in line and run.ids == []


NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]


def _unprivileged(probe_dir: Path) -> tuple[list[str] | None, str]:
    """A command prefix under which chmod 000 stops reads, or None and why there is none.

    Not root: chmod works on us, no prefix. Root reads through chmod, so parley is run as
    'nobody' with `setpriv` (util-linux), once it is shown that nobody can run parley and
    cannot read a chmod-000 file here."""
    if os.geteuid() != 0:
        return [], ""
    if shutil.which("setpriv") is None:
        return None, "running as root without setpriv: chmod 000 does not stop root's reads"
    secret = probe_dir / "probe-000.txt"
    secret.write_text("x")
    secret.chmod(0o000)
    code = f"import parley.cli\ntry:\n    open({str(secret)!r}).read()\nexcept PermissionError:\n    print('denied')"
    try:
        probe = subprocess.run(NOBODY + [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd="/")
    except (OSError, subprocess.SubprocessError) as err:
        return None, f"running as root and cannot run parley as 'nobody' ({err})"
    finally:
        secret.unlink()
    if probe.returncode != 0 or probe.stdout.strip() != "denied":
        return None, f"running as root and 'nobody' cannot run parley or is not denied by chmod ({probe.stderr[-200:]})"
    return NOBODY, ""


def test_unreadable_file_and_folder():
    """chmod 000 on a file and on a folder. Root reads through chmod, so as root parley is
    run as user 'nobody' for this one test (FIFOs and dangling links, in the zoo, are the
    unreadable inputs that need no second user)."""
    root = Path(tempfile.mkdtemp(prefix="parley-unreadable-"))
    try:
        root.chmod(0o755)  # the unprivileged user must reach the readable files
        prefix, why = _unprivileged(root)
        if prefix is None:
            pytest.skip(why)
        (root / "good.txt").write_text(GOOD)
        (root / "secret.txt").write_text(GOOD.replace("Riga", "Narva"))
        (root / "locked").mkdir()
        (root / "locked" / "hidden.txt").write_text(GOOD)
        (root / "secret.txt").chmod(0o000)
        (root / "locked").chmod(0o000)
        run = extract(root, root / "secret.txt", root / "locked", as_user=prefix, cwd=Path("/"))
        assert run.returncode == 1
        assert_clean(run)
        assert run.ids == ["good.txt"]
        # named once in the folder's walk, once as an argument of its own
        secret = run.errors_naming("secret.txt")
        assert len(secret) == 2 and all("Permission denied" in ln for ln in secret), run.stderr
        locked = run.errors_naming("locked")
        assert len(locked) == 2 and all("cannot read folder (Permission denied)" in ln for ln in locked), run.stderr
    finally:
        for p in [root, *root.rglob("*")]:
            if not p.is_symlink():
                p.chmod(0o755)
        shutil.rmtree(root)


# ---------------------------------------------------------------------------------------
# size


def test_nlp_window_bounded_and_offsets_kept():
    from conftest import make_doc

    from parley.extraction import extract_documents
    from parley.model import Document
    from parley.options import Options

    text = "Header line\n\n" + "Emmanuel Macron met Olaf Scholz in Paris. " * 50 + "\n"
    doc = extract_documents([Document(id="t", source="t", text=text)], Options(nlp_max_chars=500))[0]
    assert doc.warnings and "longer than the NLP stage reads (500)" in doc.warnings[0]
    assert doc.entities and all(e.span.of(text) == e.text for e in doc.entities)
    assert max(e.span.end for e in doc.entities) <= doc.body_spans[0].start + 500
    full = make_doc(text)
    assert full.warnings == [] and len(full.entities) > len(doc.entities)


@pytest.mark.slow
def test_twenty_megabyte_article(tmp_path):
    para = ("Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Moscow on Monday, "
            "the ministry said in a statement on its website.\n\n")
    text = "MOSCOW, March 3 (Reuters) - Lavrov meets his Turkish counterpart\n\n" + para * (20_000_000 // len(para))
    (tmp_path / "huge.txt").write_text(text)
    (tmp_path / "small.txt").write_text(GOOD)
    run = extract(tmp_path)
    assert run.returncode == 0
    assert_clean(run)
    assert len(run.doc("huge.txt")["text"]) == len(text) and run.doc("small.txt")["text"] == GOOD
    (line,) = run.warnings_naming("huge.txt")
    assert "longer than the NLP stage reads" in line
    # (before the fixes, a crash: spaCy's 1,000,000-character limit. How long a page this size
    # takes is the benchmark's business, not a test's: `parley bench --scaling` times every stage
    # on a 1 MB and a 10 MB page and names any whose time grows faster than the page.)


def test_html_parser_failure_is_one_skipped_page(tmp_path, monkeypatch):
    """Whatever lxml or trafilatura raise on a page, that page is skipped with one error."""
    import trafilatura
    from lxml.etree import ParserError

    from parley.readers import read_inputs

    def explode(*args, **kwargs):
        raise ParserError("Document is empty")

    (tmp_path / "a.html").write_text(GOOD_HTML)
    (tmp_path / "b.txt").write_text(GOOD)
    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    got = list(read_inputs([str(tmp_path)]))
    assert [type(g).__name__ for g in got] == ["MalformedRecord", "Document"]
    assert "a.html: cannot parse the HTML page (ParserError: Document is empty) [P103]" in got[0].line()
