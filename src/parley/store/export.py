"""Exports of the stored record: the fields of OUTPUT.md in JSON, JSONL, CSV, Parquet, and a
GDELT-shaped event table.

- `json`: the record exactly as `parley extract` writes it.
- `jsonl`: one object a line, each with `"record": "document"` or `"event"` and the OUTPUT.md fields.
- `csv` / `parquet`: one table (`events`, `documents`, `actors` or `quotes`); a DATE becomes
  `date` + `date_precision`; in CSV, list fields are JSON strings, in Parquet native lists.
- `gdelt`: GDELT 2.0's event table (61 tab-separated columns, no header; `table="events"`) or
  its mentions table (`table="mentions"`); see `gdelt.py` and docs/gdelt.md.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from typing import IO, Any

from ..model import Document, Event
from .gdelt import write_gdelt
from .queries import load_record

FORMATS = ("json", "jsonl", "csv", "parquet", "gdelt")
TABLES = ("events", "documents", "actors", "quotes")
GDELT_TABLES = ("events", "mentions")


def _event_row(e: Event) -> dict[str, Any]:
    return {"id": e.id, "code": e.code, "root_code": e.code[:2], "label": e.label, "actors": list(e.actors),
            "location": e.location, "date": e.date.value if e.date else None,
            "date_precision": e.date.precision if e.date else None, "status": e.status,
            "mentions": [m.to_json() for m in e.mentions], "agreement": e.agreement}


def _document_row(d: Document) -> dict[str, Any]:
    out = d.to_json()
    out["published"] = d.published.value if d.published else None
    out["published_precision"] = d.published.precision if d.published else None
    return out


def table_rows(record_docs: list[Document], record_events: list[Event], table: str) -> list[dict[str, Any]]:
    if table == "events":
        return [_event_row(e) for e in record_events]
    if table == "documents":
        return [_document_row(d) for d in record_docs]
    if table == "actors":
        return [{"document": d.id, **a.to_json()} for d in record_docs for a in d.actors]
    if table == "quotes":
        return [{"document": d.id, **q.to_json(d.text)} for d in record_docs for q in d.quotes]
    raise ValueError(f"unknown table {table!r}; known: {', '.join(TABLES)}")


def _arrow_schema(table: str):
    import pyarrow as pa

    s = pa.string()
    span = pa.struct([("start", pa.int64()), ("end", pa.int64())])
    actor = [("name", s), ("type", s), ("country", s), ("role", s), ("mentions", pa.list_(span))]
    quote = [("speaker", s), ("text", s), ("start", pa.int64()), ("end", pa.int64()), ("kind", s)]
    fields = {
        "events": [("id", s), ("code", s), ("root_code", s), ("label", s), ("actors", pa.list_(s)), ("location", s),
                   ("date", s), ("date_precision", s), ("status", s),
                   ("mentions", pa.list_(pa.struct([("document", s), ("start", pa.int64()), ("end", pa.int64())]))),
                   ("agreement", s)],
        "documents": [("id", s), ("source", s), ("url", s), ("text", s), ("title", s), ("outlet", s),
                      ("published", s), ("published_precision", s), ("body", s),
                      ("actors", pa.list_(pa.struct(actor))), ("quotes", pa.list_(pa.struct(quote)))],
        "actors": [("document", s), *actor],
        "quotes": [("document", s), *quote],
    }[table]
    return pa.schema(fields)


def export(conn: sqlite3.Connection, fmt: str, out: IO[bytes], table: str = "events") -> int:
    """Write the stored record to a binary stream; returns the number of rows/objects written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    if fmt == "gdelt":
        if table not in GDELT_TABLES:
            raise ValueError(f"unknown GDELT table {table!r}; known: {', '.join(GDELT_TABLES)}")
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        try:
            n_events, n_mentions = write_gdelt(conn, text if table == "events" else None,
                                               text if table == "mentions" else None)
            return n_events if table == "events" else n_mentions
        finally:
            text.detach()
    record = load_record(conn)
    if fmt == "json":
        out.write(json.dumps(record.to_json(), ensure_ascii=False, indent=1).encode("utf-8") + b"\n")
        return len(record.documents) + len(record.events)
    if fmt == "jsonl":
        n = 0
        for kind, items in (("document", record.documents), ("event", record.events)):
            for item in items:
                out.write(json.dumps({"record": kind, **item.to_json()}, ensure_ascii=False).encode("utf-8") + b"\n")
                n += 1
        return n
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        rows = table_rows(record.documents, record.events, table)
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.Table.from_pylist(rows, schema=_arrow_schema(table)), out)
            return len(rows)
        columns = [f.name for f in _arrow_schema(table)]
        writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                             for k, v in row.items()})
        return len(rows)
    finally:
        text.detach()
