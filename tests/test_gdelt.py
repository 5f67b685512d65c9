"""The GDELT 2.0 export read back as GDELT's users read it: by the column names of GDELT's
published codebook, from tab-separated files with no header."""
from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest
from records import baku_doc, hostile_doc, tass_doc
from web_records import conflict_doc, conflict_report_doc

from parley.resources import data_file
from parley import cameo
from parley.store import connect, store_documents
from parley.store.export import export

# GDELT 2.0 Event Database codebook (GDELT-Event_Codebook-V2.0), in file order; written out here,
# not imported from parley, so the test checks parley's order against the published one
EVENT_COLUMNS = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code
Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat
Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat
Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat
ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL""".split()
# GDELT 2.0 Mentions table (the same codebook)
MENTION_COLUMNS = """GLOBALEVENTID EventTimeDate MentionTimeDate MentionType MentionSourceName MentionIdentifier
SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence MentionDocLen MentionDocTone
MentionDocTranslationInfo Extras""".split()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    conn = connect(tmp_path_factory.mktemp("gdelt") / "g.db")
    store_documents(conn, [baku_doc(), tass_doc(), hostile_doc(), conflict_doc(), conflict_report_doc()])
    yield conn
    conn.close()


def _read(raw: bytes, columns: list[str]) -> list[dict[str, str]]:
    text = raw.decode("utf-8")
    lines = text.splitlines()
    assert all(len(line.split("\t")) == len(columns) for line in lines)
    return list(csv.DictReader(io.StringIO(text), fieldnames=columns, delimiter="\t", quoting=csv.QUOTE_NONE))


def _table(db, table: str) -> bytes:
    buf = io.BytesIO()
    export(db, "gdelt", buf, table)
    return buf.getvalue()


def test_event_table_is_gdelt_2(db):
    assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16
    rows = _read(_table(db, "events"), EVENT_COLUMNS)
    assert len(rows) == 4
    assert rows[0]["GLOBALEVENTID"].isdigit()          # no header line, numeric ids
    for row in rows:
        assert row["GLOBALEVENTID"].isdigit() and len(row["SQLDATE"]) == 8 and row["SQLDATE"].isdigit()
        assert row["MonthYear"] == row["SQLDATE"][:6] and row["Year"] == row["SQLDATE"][:4]
        assert float(row["FractionDate"]) // 1 == int(row["Year"])
        assert row["QuadClass"] in {"1", "2", "3", "4"} and -10 <= float(row["GoldsteinScale"]) <= 10
        assert row["EventBaseCode"] == row["EventCode"][:3] and row["EventRootCode"] == row["EventCode"][:2]
        assert int(row["NumArticles"]) <= int(row["NumMentions"]) and int(row["NumSources"]) <= int(row["NumArticles"])
        assert len(row["DATEADDED"]) == 14 and row["DATEADDED"].isdigit()
        assert row["SOURCEURL"] == "" or row["SOURCEURL"].startswith(("http://", "https://"))
    assert len({r["GLOBALEVENTID"] for r in rows}) == 4
    # the same ids in every export
    assert [r["GLOBALEVENTID"] for r in _read(_table(db, "events"), EVENT_COLUMNS)] == \
        [r["GLOBALEVENTID"] for r in rows]


def test_event_rows_say_what_happened(db):
    rows = {r["EventCode"]: r for r in _read(_table(db, "events"), EVENT_COLUMNS)}
    hosted = rows["043"]
    assert hosted["SQLDATE"] == "20230227" and hosted["FractionDate"] == "2023.1562"
    assert (hosted["Actor1Code"], hosted["Actor1Name"], hosted["Actor1CountryCode"], hosted["Actor1Type1Code"]) == \
        ("AZEGOV", "ILHAM ALIYEV", "AZE", "GOV")
    assert (hosted["Actor2Code"], hosted["Actor2CountryCode"]) == ("RUSGOV", "RUS")
    assert (hosted["QuadClass"], hosted["GoldsteinScale"]) == ("1", "2.8")
    assert (hosted["NumMentions"], hosted["NumArticles"], hosted["NumSources"]) == ("2", "2", "2")
    assert hosted["IsRootEvent"] == "1"                    # in each article's lead
    assert (hosted["ActionGeo_Type"], hosted["ActionGeo_FullName"], hosted["ActionGeo_CountryCode"]) == \
        ("4", "Baku, Azerbaijan", "AJ")
    assert abs(float(hosted["ActionGeo_Lat"]) - 40.38) < 0.05 and abs(float(hosted["ActionGeo_Long"]) - 49.89) < 0.05
    assert hosted["SOURCEURL"] == "https://example.org/baku"
    conflict = rows["112"]
    assert (conflict["Actor1Code"], conflict["Actor1Name"], conflict["Actor2Code"]) == ("ARM", "ARMENIA", "AZE")
    assert (conflict["QuadClass"], conflict["GoldsteinScale"]) == ("3", "-2.0")
    assert conflict["SOURCEURL"] == ""                     # javascript: is no URL
    # a date known only to the month: GDELT's convention, a full day (no reporting article
    # was published in March 2023, so the first of the month)
    assert rows["044"]["SQLDATE"] == "20230301"
    # an undated event takes its article's publication day, else the day it was added
    assert len(rows["040"]["SQLDATE"]) == 8 and rows["040"]["ActionGeo_Type"] == "0"


def test_no_local_path_anywhere(db):
    for table in ("events", "mentions"):
        raw = _table(db, table).decode()
        assert "/srv/private" not in raw and "/tmp/" not in raw and "javascript:" not in raw, table


def test_mentions_table_joins_by_event_id(db):
    events = {r["GLOBALEVENTID"]: r for r in _read(_table(db, "events"), EVENT_COLUMNS)}
    mentions = _read(_table(db, "mentions"), MENTION_COLUMNS)
    assert {m["GLOBALEVENTID"] for m in mentions} == set(events)
    for gid, event in events.items():
        mine = [m for m in mentions if m["GLOBALEVENTID"] == gid]
        assert len(mine) == int(event["NumMentions"])
        assert all(m["EventTimeDate"] == event["DATEADDED"] for m in mine)
    baku = [m for m in mentions if m["MentionIdentifier"] == "https://example.org/baku"]
    assert baku and baku[0]["MentionType"] == "1" and baku[0]["MentionSourceName"] == "example.org"
    offset = int(baku[0]["ActionCharOffset"])
    assert baku_doc().text[offset:].startswith("President Ilham Aliyev received")
    assert baku_doc().text[int(baku[0]["Actor1CharOffset"]):].startswith("Ilham Aliyev")
    assert baku[0]["MentionTimeDate"] == "20230227000000" and baku[0]["MentionDocLen"] == str(len(baku_doc().text))
    cited = [m for m in mentions if m["MentionType"] == "2"]   # no URL: a citation, never a path
    assert cited and all(" · " in m["MentionIdentifier"] or m["MentionIdentifier"].endswith(".txt") for m in cited)


def test_every_cameo_code_has_a_goldstein_value_and_quad_class():
    roots = [f"{r:02d}" for r in range(1, 21)]
    assert sorted(data_file("cameo_scale.toml")["quad_class"]) == roots
    assert [cameo.quad_class(r) for r in roots] == [1] * 5 + [2] * 3 + [3] * 5 + [4] * 7
    for code in [*roots, *data_file("cameo_names.toml")["names"], *data_file("cameo_scale.toml")["goldstein"]]:
        assert -10 <= cameo.goldstein(code) <= 10, code
    assert cameo.goldstein("0431") == 2.8   # a sub-code missing from the table takes its base code's value
    with pytest.raises(ValueError):
        cameo.quad_class("99")


def test_cli_writes_both_tables(tmp_path):
    path = tmp_path / "cli.db"
    conn = connect(path)
    store_documents(conn, [baku_doc(), tass_doc()])
    conn.close()
    out = tmp_path / "out" / "20230227.export.CSV"
    done = subprocess.run([sys.executable, "-m", "parley.cli", "export", "--db", str(path), "--format", "gdelt",
                           "--output", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(_read(out.read_bytes(), EVENT_COLUMNS)) == 2
    assert len(_read((tmp_path / "out" / "20230227.mentions.CSV").read_bytes(), MENTION_COLUMNS)) == 3
    done = subprocess.run([sys.executable, "-m", "parley.cli", "export", "--db", str(path), "--format", "gdelt",
                           "--table", "documents"], capture_output=True, text=True)
    assert done.returncode == 2 and "events, mentions" in done.stderr
