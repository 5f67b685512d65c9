"""The JSON API and the pages, through FastAPI's test client, on hand-built records."""
from __future__ import annotations

import warnings

import pytest
from records import baku_doc, hostile_doc, tass_doc

from parley.store import connect, store_documents

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from parley.web import create_app
from parley.web.render import mark_spans, word_diff


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.db"
    conn = connect(path)
    store_documents(conn, [baku_doc(), tass_doc(), hostile_doc()])
    conn.close()
    return TestClient(create_app(path))


def test_events_api_and_filters(client):
    data = client.get("/api/events").json()
    # the Baku and TASS reports of the Aliyev-Lavrov meeting are linked into one event
    assert data["total"] == 3 and data["limit"] == 50 and data["offset"] == 0
    assert set(data["items"][0]) >= {"id", "code", "label", "actors", "location", "date", "status", "mentions"}
    planned = client.get("/api/events", params={"status": "planned"}).json()["items"]
    assert [e["code"] for e in planned] == ["044"]
    assert client.get("/api/events", params={"actor": "Jeyhun Bayramov"}).json()["total"] == 1
    assert client.get("/api/events", params={"country": "RUS", "code": "04"}).json()["total"] == 2
    assert client.get("/api/events", params={"date_from": "2023-03", "date_to": "2023-03-31"}).json()["total"] == 1
    page = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert len(page["items"]) == 1 and page["total"] == 3
    ev = page["items"][0]
    assert client.get(f"/api/events/{ev['id']}").json() == ev


def test_documents_actors_quotes_search(client):
    docs = client.get("/api/documents").json()
    assert docs["total"] == 3
    doc = client.get("/api/documents/baku.txt").json()
    assert doc["title"] == "Aliyev receives Lavrov in Baku" and doc["quotes"][0]["speaker"] == "Ilham Aliyev"
    actors = client.get("/api/actors", params={"country": "AZE"}).json()["items"]
    assert {a["name"] for a in actors} == {"Ilham Aliyev", "Jeyhun Bayramov"}
    assert client.get("/api/quotes", params={"speaker": "Ilham Aliyev"}).json()["total"] == 3
    groups = client.get("/api/quotes/variants").json()["items"]
    assert len(groups) == 1 and {v["document"] for v in groups[0]["variants"]} == {"baku.txt", "tass.txt"}
    hits = client.get("/api/search", params={"q": "constructive work"}).json()
    assert hits["total"] >= 2
    assert client.get("/api/stats").json()["documents"] == 3


@pytest.mark.parametrize("url, status, words", [
    ("/api/events?limit=0", 422, "limit"),
    ("/api/events?limit=1000000000000000000000", 422, "limit"),
    ("/api/events?offset=-1", 422, "offset"),
    ("/api/events?offset=99999999999999999999999999", 422, "offset"),
    ("/api/events?limit=abc", 422, "limit"),
    ("/api/events?status=held", 422, "reported, planned or referenced"),
    ("/api/events?date_from=2023-13-01", 422, "YYYY-MM-DD"),
    ("/api/events?date_to=yesterday", 422, "YYYY-MM-DD"),
    ("/api/events?country=Azerbaijan", 422, "alpha-3"),
    ("/api/events?code=04%27%20OR%201=1", 422, "CAMEO"),
    ("/api/events/nope", 404, "no event"),
    ("/api/documents/nope.txt", 404, "no document"),
    ("/api/search", 422, "q"),
    ("/api/search?q=%21%21%21", 422, "word"),
    ("/api/search?q=" + "x" * 500, 422, "q"),
    ("/api/documents/..%2F..%2Fetc%2Fpasswd", 400, "traversal"),
    ("/api/quotes?document=../../etc/passwd", 400, "traversal"),
    ("/api/actors?name=..%5C..%5Cwindows", 400, "traversal"),
    ("/api/documents/%252e%252e%252fsecret", 400, "traversal"),
    ("/api/documents/a%00b", 400, "traversal"),
    ("/events/..%2F..%2Fetc%2Fpasswd", 400, "traversal"),
    ("/static/..%2F..%2Fstore%2Fdb.py", 400, "traversal"),
    ("/?limit=100000", 422, "limit"),
    ("/?status=bogus", 422, "reported"),
    ("/actors/Nobody%20Atall", 404, "no actor"),
])
def test_bad_parameters_are_4xx_with_a_message(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status, response.text
    assert words in response.text


def test_empty_form_choices_mean_no_filter(client):
    r = client.get("/", params={"actor": "", "country": "", "code": "", "status": ""})
    assert r.status_code == 200
    for event in client.get("/api/events").json()["items"]:
        assert f'data-event-id="{event["id"]}"' in r.text


def test_pages_render(client):
    timeline = client.get("/").text
    assert "Ilham Aliyev hosts Sergey Lavrov in Baku" in timeline
    held, planned = timeline.split('id="planned"')
    assert "Sergey Lavrov and Jeyhun Bayramov meet in Moscow" in planned and "status-planned" in planned
    assert "Sergey Lavrov and Jeyhun Bayramov meet" not in held
    hosted = client.get("/api/events", params={"code": "043"}).json()["items"][0]
    assert {m["document"] for m in hosted["mentions"]} == {"baku.txt", "tass.txt"}
    event = client.get(f"/events/{hosted['id']}").text
    assert event.count("<mark") >= 1 and 'data-document="baku.txt"' in event
    assert '<mark id="m0" class="evidence">President Ilham Aliyev received Russian Foreign Minister Sergey Lavrov' \
        '</mark>' in event
    actor = client.get("/actors/Ilham%20Aliyev").text
    assert "Meetings over time" in actor and "constructive work" in actor
    quotes = client.get("/quotes").text
    assert "<del>positive and" in quotes
    search = client.get("/search", params={"q": "constructive"}).text
    assert "<mark>constructive</mark>" in search
    assert client.get("/docs").status_code == 200 and "/api/events" in client.get("/openapi.json").text
    assert client.get("/").headers["content-security-policy"].startswith("default-src 'none'")


def test_hostile_text_is_shown_escaped(client):
    hostile = [e for e in client.get("/api/events").json()["items"] if "<script>alert(5)</script>" in e["actors"]]
    assert len(hostile) == 1
    pages = ["/", f"/events/{hostile[0]['id']}", "/documents/evil.txt", "/actors",
             "/actors/%3Cscript%3Ealert(5)%3C%2Fscript%3E", "/quotes", "/search?q=alert", "/search?q=onerror",
             "/api/nope%3Cscript%3E", "/events/%3Cscript%3Ealert(7)%3C%2Fscript%3E"]
    for url in pages:
        html = client.get(url).text
        assert "<script>" not in html and "<img" not in html and "<b>Evil" not in html and "<i>Baku" not in html, url
    event = client.get(f"/events/{hostile[0]['id']}").text
    assert "&lt;script&gt;alert(5)&lt;/script&gt;" in event
    assert '<mark id="m0" class="evidence">&lt;script&gt;alert(3)&lt;/script&gt;</mark>' in event
    assert "&lt;img src=x onerror=alert(2)&gt;" in event or "&lt;img src=x onerror=alert(4)&gt;" in event


def test_mark_spans_escapes_then_marks():
    text = "a <b> & c"
    assert str(mark_spans(text, [(2, 5), (3, 4), (100, 200)])) == 'a <mark id="m0">&lt;b&gt;</mark> &amp; c'
    assert str(mark_spans(text, [])) == "a &lt;b&gt; &amp; c"


def test_word_diff_marks_changed_words():
    html = str(word_diff("for your active involvement in this", "for your active participation in <this>"))
    assert "<del>involvement</del>" in html and "<ins>participation</ins>" in html and "&lt;" in html
