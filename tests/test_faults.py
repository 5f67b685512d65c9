"""Crashes and concurrency: SIGKILL in the middle of an ingest, reads while ingest writes,
and hostile article text through the whole path (file -> ingest -> pages)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

from parley.corpus import link_corpus
from parley.pipeline import Context
from parley.serialize import document_from_dict
from parley.store import connect

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from parley.web import create_app

PARLEY = [sys.executable, "-m", "parley.cli"]
PEOPLE = [("Ilham Aliyev", "Baku"), ("Sergey Lavrov", "Moscow"), ("Jeyhun Bayramov", "Tbilisi"),
          ("Nikol Pashinyan", "Yerevan"), ("Recep Tayyip Erdogan", "Ankara")]


def write_batch(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        a, city = PEOPLE[i % len(PEOPLE)]
        b, _ = PEOPLE[(i + 1 + i // len(PEOPLE)) % len(PEOPLE)]
        if b == a:
            b = PEOPLE[(i + 2) % len(PEOPLE)][0]
        (folder / f"article_{i:04d}.txt").write_text(
            f"{a} meets {b} in {city} (report {i})\n\n"
            f"{city.upper()}, March {1 + i % 28} (Agency) - {a} received {b} in {city} on Monday, "
            f"the {i}th meeting this year. \"We discussed regional security and trade,\" {a} said.\n\n"
            f"{b} will visit again next month, officials said. Report number {i}.\n", encoding="utf-8")
    return folder


def _db_count(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigkill_mid_ingest_loses_and_duplicates_nothing(tmp_path):
    n = 240
    batch = write_batch(tmp_path / "batch", n)
    db = tmp_path / "crash.db"
    connect(db).close()
    proc = subprocess.Popen([*PARLEY, "ingest", str(batch), "--db", str(db), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        stored = _db_count(db)
        if stored >= 40:
            break
        time.sleep(0.05)
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()[-500:]}"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    at_kill = _db_count(db)
    assert 0 < at_kill < n, at_kill

    done = subprocess.run([*PARLEY, "ingest", str(batch), "--db", str(db)], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{n - at_kill} articles added" in done.stderr and f"{at_kill} already stored" in done.stderr

    conn = connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert tuple(conn.execute("SELECT COUNT(*), COUNT(DISTINCT id), COUNT(DISTINCT content_hash) FROM documents"
                              ).fetchone()) == (n, n, n)
    assert sorted(r[0] for r in conn.execute("SELECT id FROM documents")) == sorted(
        p.name for p in batch.iterdir())
    assert conn.execute("SELECT COUNT(*) FROM documents_fts").fetchone()[0] == n
    # events: exactly what linking the stored documents gives, once each
    docs = [document_from_dict(json.loads(r[0])) for r in conn.execute("SELECT data FROM documents ORDER BY rowid")]
    expected = [e.to_json() for e in link_corpus(docs, Context())]
    stored_events = [json.loads(r[0]) for r in conn.execute("SELECT data FROM events ORDER BY sortkey")]
    assert stored_events == expected
    mentions = tuple(conn.execute('SELECT COUNT(*), COUNT(DISTINCT event_id || char(0) || document || char(0) || start '
                            '|| char(0) || "end") FROM event_mentions').fetchone())
    assert mentions[0] == mentions[1]
    # a third run changes nothing
    again = subprocess.run([*PARLEY, "ingest", str(batch), "--db", str(db)], capture_output=True, text=True)
    assert again.returncode == 0 and f"0 articles added, 0 replaced, {n} already stored" in again.stderr
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == n


@pytest.mark.slow
def test_serve_answers_while_ingest_writes(tmp_path):
    n = 160
    batch = write_batch(tmp_path / "batch", n)
    db = tmp_path / "busy.db"
    connect(db).close()
    client = TestClient(create_app(db))
    proc = subprocess.Popen([*PARLEY, "ingest", str(batch), "--db", str(db), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: list[int] = []
    deadline = time.monotonic() + 300
    requests = 0
    try:
        while proc.poll() is None and time.monotonic() < deadline and requests < 5000:
            for url in ("/api/stats", "/api/documents?limit=500", "/api/events?limit=500", "/",
                        "/search?q=regional+security", "/api/actors"):
                r = client.get(url)
                requests += 1
                assert r.status_code == 200, (url, r.status_code, r.text[:300])
                if url == "/api/stats":
                    seen.append(r.json()["documents"])
                elif url.startswith("/api/documents"):
                    page = r.json()
                    assert page["total"] == len(page["items"])  # one snapshot: count and rows agree
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == 0, proc.stderr.read().decode()[-500:]
    assert seen == sorted(seen), "a reader saw the database go back in time"
    assert len(set(seen)) > 1, "no read happened while ingest was writing"
    assert client.get("/api/stats").json()["documents"] == n


def test_hostile_article_file_is_shown_as_text(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil.txt").write_text(
        "<script>alert(1)</script> Aliyev meets Lavrov <img src=x onerror=alert(2)>\n\n"
        "BAKU (Agency) - Ilham Aliyev received Sergey Lavrov. <script>alert(3)</script>\n"
        "<img src=x onerror=\"alert(4)\"> \"We are glad,\" Aliyev said.\n", encoding="utf-8")
    db = tmp_path / "evil.db"
    done = subprocess.run([*PARLEY, "ingest", str(folder), "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    client = TestClient(create_app(db))
    doc = client.get("/api/documents/evil.txt").json()
    assert "<script>alert(1)</script>" in doc["title"] and "<script>alert(3)</script>" in doc["text"]
    for url in ("/documents/evil.txt", "/", "/search?q=alert", "/search?q=onerror", "/actors", "/quotes"):
        html = client.get(url).text
        assert "<script" not in html and "<img" not in html, url
    page = client.get("/documents/evil.txt").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "onerror=alert(2)&gt;" in page
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    search = client.get("/search", params={"q": "onerror"}).text
    assert "&lt;img" in search
