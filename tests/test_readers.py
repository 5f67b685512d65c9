"""Every input kind, and bad input reported in one line while good articles go on."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES, FIXTURES

from parley.errors import InputError
from parley.readers import read_inputs

PARLEY = [sys.executable, "-m", "parley.cli"]


def items(*paths):
    return list(read_inputs([str(p) for p in paths]))


def test_folder_is_read_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text("Ministers met in Riga.\n")
    (tmp_path / "y.txt").write_text("Leaders met in Vilnius.\n")
    got = items(tmp_path)
    assert sorted(d.id for d in got) == ["x.txt", "y.txt"]


def test_html_page_main_text_and_metadata():
    (doc,) = items(FIXTURES / "page_with_nav.html")
    assert doc.title == "Turkish and Kazakh presidents sign strategic partnership declaration"
    assert doc.metadata_published.value == "2024-05-14"
    assert "Galatasaray" not in doc.text and "Politics" not in doc.text
    assert "Tokayev" in doc.text


def test_jsonl_with_text_html_and_a_malformed_line(tmp_path):
    page = (FIXTURES / "page_with_nav.html").read_text()
    lines = [
        json.dumps({"url": "https://example.org/1", "title": "Leaders meet", "published": "2023-05-01",
                    "text": "The leaders of Georgia and Armenia met in Tbilisi."}),
        "{not json",
        json.dumps({"url": "https://example.org/2", "html": page}),
        json.dumps({"url": "https://example.org/3"}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n")
    got = items(path)
    docs = [g for g in got if not isinstance(g, InputError)]
    errors = [g for g in got if isinstance(g, InputError)]
    assert [d.id for d in docs] == ["https://example.org/1", "https://example.org/2"]
    assert docs[0].text.startswith("Leaders meet\n\n") and docs[0].metadata_published.value == "2023-05-01"
    assert [e.line().split(": ", 1)[1][:6] for e in errors] == ["line 2", "line 4"]


def _warc(path: Path, pages: list[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
            writer.write_record(rec)


def test_warc_response_records(tmp_path):
    page = (FIXTURES / "page_with_nav.html").read_text()
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://example.org/a", page), ("https://example.org/b", page.replace("Tokayev", "Mirziyoyev"))])
    docs = items(path)
    assert [d.id for d in docs] == ["https://example.org/a", "https://example.org/b"]
    assert "Mirziyoyev" in docs[1].text


def test_truncated_warc_keeps_earlier_records(tmp_path):
    page = (FIXTURES / "page_with_nav.html").read_text()
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://example.org/a", page), ("https://example.org/b", page)])
    data = path.read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.75)])
    got = items(tmp_path / "cut.warc.gz")
    assert got[0].id == "https://example.org/a"
    assert isinstance(got[-1], InputError) and "cut.warc.gz" in got[-1].line()


def test_bad_files_are_named_and_skipped(tmp_path):
    (tmp_path / "good.txt").write_text("The presidents met in Baku.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "latin1.txt").write_bytes("Ministers met in Bras\xedlia.\n".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes("Leaders met in Minsk.\r\n".encode("utf-16"))
    got = {(g.id if not isinstance(g, InputError) else g.source): g for g in items(tmp_path)}
    assert isinstance(got[str(tmp_path / "empty.txt")], InputError)
    assert "binary" in got[str(tmp_path / "blob.txt")].line()
    assert got["latin1.txt"].warnings and "\ufffd" in got["latin1.txt"].text
    assert got["utf16.txt"].text == "Leaders met in Minsk.\n"
    assert got["good.txt"].text == "The presidents met in Baku.\n"


def test_cli_exit_status_and_one_line_errors(tmp_path):
    (tmp_path / "good.txt").write_text("The presidents met in Baku.\n")
    (tmp_path / "empty.txt").write_text("   \n")
    out = tmp_path / "rec.json"
    run = subprocess.run(PARLEY + ["extract", str(tmp_path), "-o", str(out), "-q"], capture_output=True, text=True)
    assert run.returncode == 1
    err_lines = [ln for ln in run.stderr.splitlines() if ln.strip()]
    assert len(err_lines) == 1 and "empty.txt" in err_lines[0] and "Traceback" not in run.stderr
    assert [d["id"] for d in json.loads(out.read_text())["documents"]] == ["good.txt"]
    ok = subprocess.run(PARLEY + ["extract", str(tmp_path / "good.txt"), "-o", "-", "-q"], capture_output=True, text=True)
    assert ok.returncode == 0 and json.loads(ok.stdout)["documents"][0]["id"] == "good.txt"
    usage = subprocess.run(PARLEY + ["extract", "--no-such-flag"], capture_output=True, text=True)
    assert usage.returncode == 2


def test_stdin_article():
    run = subprocess.run(PARLEY + ["extract", "-", "-q"], input="Leaders met in Yerevan on Friday.\n",
                         capture_output=True, text=True)
    assert run.returncode == 0
    assert json.loads(run.stdout)["documents"][0]["text"] == "Leaders met in Yerevan on Friday.\n"


def test_examples_are_the_seed_articles():
    assert len(list(EXAMPLES.glob("*.txt"))) == 5


def test_valid_utf8_with_a_few_nul_bytes_is_no_bomless_utf16():
    # a case the decoding fuzz test found (invented bytes): read as UTF-16-LE it was CJK text
    import pytest

    from parley.errors import BinaryInput
    from parley.readers.decode import decode_text
    with pytest.raises(BinaryInput):
        decode_text(b"0000000000000000000\x000\x00" + "\u0080".encode() * 5, "t.txt")
    # UTF-16 text without a byte-order mark is still read
    text = "Foreign ministers of Kenya and Tanzania met in Nairobi on Tuesday."
    assert decode_text(text.encode("utf-16-le"), "t.txt") == (text, [])
