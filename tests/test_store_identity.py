"""Which stored article an incoming one is, and writers that wait for each other (issue 18).

An edited article replaces its old version however it is reached: by a relative or an absolute
path, moved to another folder, or re-exported in a JSONL file in another order under the same
`"id"`; a different article under the same file name is kept beside it; re-running changes
nothing. Two ingests into one database both finish, every article stored once.
Article texts here are invented.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from parley.store import connect, ingest

PARLEY = [sys.executable, "-m", "parley.cli"]


def article(n: int, extra: str = "") -> str:
    # invented example
    return (f"Ministers meet in Baku (report {n})\n\nBAKU, March {n % 27 + 1} (Agency) - The foreign ministers of "
            f"Azerbaijan and Georgia met in Baku on Monday to discuss transport corridor number {n}. "
            f"The talks covered rail links, energy and trade.{extra}\n")


def _rows(db: Path) -> list[tuple[str, str]]:
    conn = connect(db)
    try:
        return [tuple(r) for r in conn.execute("SELECT id, text FROM documents ORDER BY id")]
    finally:
        conn.close()


def test_relative_and_absolute_paths_are_one_article(tmp_path, monkeypatch):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "x.txt").write_text(article(1), encoding="utf-8")
    db = tmp_path / "t.db"
    monkeypatch.chdir(tmp_path)
    assert ingest(["news/x.txt"], str(db)).added == ["x.txt"]
    (folder / "x.txt").write_text(article(1, " Updated."), encoding="utf-8")
    result = ingest([str(folder / "x.txt")], str(db))
    assert result.replaced == ["x.txt"] and not result.added
    assert [r[1].endswith("Updated.\n") for r in _rows(db)] == [True]


def test_jsonl_reexport_in_another_order_replaces_by_id(tmp_path):
    db = tmp_path / "t.db"
    first = tmp_path / "dump.jsonl"
    records = [{"id": f"item-{n}", "text": article(n)} for n in range(3)]
    first.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert len(ingest([str(first)], str(db)).added) == 3
    again = tmp_path / "export" / "dump-2.jsonl"
    again.parent.mkdir()
    records[1]["text"] = article(1, " Corrected.")
    again.write_text("".join(json.dumps(r) + "\n" for r in reversed(records)), encoding="utf-8")
    result = ingest([str(again)], str(db))
    assert result.replaced == ["item-1"] and len(result.unchanged) == 2 and not result.added
    rows = _rows(db)
    assert [r[0] for r in rows] == ["item-0", "item-1", "item-2"]
    assert rows[1][1].endswith("Corrected.\n")


def test_moved_and_edited_file_replaces_a_copy_beside_it_does_not(tmp_path):
    db = tmp_path / "t.db"
    old, new = tmp_path / "a", tmp_path / "b"
    old.mkdir()
    new.mkdir()
    (old / "x.txt").write_text(article(2), encoding="utf-8")
    (old / "y.txt").write_text(article(3), encoding="utf-8")
    ingest([str(old)], str(db))
    # an edited copy beside the original, and another article under the same name: three articles
    (new / "x.txt").write_text(article(2, " Updated."), encoding="utf-8")
    (new / "y.txt").write_text(article(40), encoding="utf-8")
    result = ingest([str(old), str(new)], str(db))
    assert len(result.added) == 2 and len(result.unchanged) == 2 and not result.replaced
    assert ingest([str(old), str(new)], str(db)).added == []  # a rerun changes nothing
    # the original moved to a third folder and edited there: it replaces the original (whose file
    # is gone), not the copy whose file is still in b/
    (old / "x.txt").unlink()
    moved = tmp_path / "c"
    moved.mkdir()
    (moved / "x.txt").write_text(article(2, " Moved and edited."), encoding="utf-8")
    result = ingest([str(moved)], str(db))
    assert result.replaced == ["x.txt"] and not result.added
    texts = [text for _, text in _rows(db)]
    assert len(texts) == 4 and article(2) not in texts
    assert article(2, " Updated.") in texts and article(2, " Moved and edited.") in texts


@pytest.mark.slow
def test_two_ingests_into_one_database_both_finish(tmp_path):
    folders = []
    for k in range(2):
        folder = tmp_path / f"batch{k}"
        folder.mkdir()
        for n in range(60):
            (folder / f"k{k}-{n:03d}.txt").write_text(article(100 * k + n), encoding="utf-8")
        folders.append(folder)
    # both read both folders: the same articles arrive from two writers at once
    db = tmp_path / "shared.db"
    procs = [subprocess.Popen([*PARLEY, "ingest", str(folders[k]), str(folders[1 - k]), "--db", str(db)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for k in range(2)]
    errors = [p.communicate(timeout=900)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    assert all("Traceback" not in e and "locked" not in e for e in errors), errors
    conn = sqlite3.connect(db)
    ids, distinct, texts = conn.execute("SELECT COUNT(*), COUNT(DISTINCT id), COUNT(DISTINCT content_hash) "
                                        "FROM documents").fetchone()
    assert ids == distinct == texts == 120
    mentions = conn.execute("SELECT COUNT(*), COUNT(DISTINCT event_id || document || start) FROM event_mentions"
                            ).fetchone()
    assert mentions[0] == mentions[1]
    conn.close()


def test_nothing_to_read_creates_no_database(tmp_path):
    db = tmp_path / "none.db"
    done = subprocess.run([*PARLEY, "ingest", str(tmp_path / "missing"), "--db", str(db)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 1 and "no such file or folder" in done.stderr
    assert not db.exists() and not os.path.exists(str(db) + "-wal")
