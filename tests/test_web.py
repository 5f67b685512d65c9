"""The JSON API and the pages, through FastAPI's test client, on hand-built records."""
from __future__ import annotations

import csv
import io
import socket
import subprocess
import sys
import threading
import warnings

import pytest
from records import baku_doc, hostile_doc, tass_doc
from web_records import conflict_doc, conflict_report_doc

from parley.store import connect, store_documents

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from parley.web import create_app
from parley.web.render import mark_spans, word_diff

BASE = "http://127.0.0.1"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.db"
    conn = connect(path)
    store_documents(conn, [baku_doc(), tass_doc(), hostile_doc(), conflict_doc(), conflict_report_doc()])
    conn.close()
    return TestClient(create_app(path), base_url=BASE)


def _events(client, **params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_events_api_and_filters(client):
    data = _events(client)
    # the Baku and TASS reports of the Aliyev-Lavrov meeting are linked into one event
    assert data["total"] == 4 and data["limit"] == 50 and data["offset"] == 0
    assert set(data["items"][0]) >= {"id", "code", "label", "actors", "location", "date", "status", "mentions"}
    assert [e["code"] for e in _events(client, status="planned")["items"]] == ["044"]
    assert _events(client, actor="Jeyhun Bayramov")["total"] == 1
    assert _events(client, country="RUS", code="04")["total"] == 2
    assert _events(client, date_from="2023-03", date_to="2023-03-31")["total"] == 2
    assert _events(client, date_from="2023-03-05")["total"] == 2   # March (planned, month only) and 12 March
    assert _events(client, date_to="2023-02")["total"] == 1
    page = _events(client, limit=1, offset=1)
    assert len(page["items"]) == 1 and page["total"] == 4
    ev = page["items"][0]
    assert client.get(f"/api/events/{ev['id']}").json() == ev


def test_actor_and_partner_by_any_alias(client):
    lavrov = {e["id"] for e in _events(client, actor="Sergey Lavrov")["items"]}
    assert len(lavrov) == 2
    # part of the name, another case, a titled alias an article used: the same person
    for alias in ("Lavrov", "sergey lavrov", "Russian Foreign Minister"):
        assert {e["id"] for e in _events(client, actor=alias)["items"]} == lavrov, alias
    both = _events(client, actor="Lavrov", partner="Aliyev")["items"]
    assert [e["code"] for e in both] == ["043"]
    assert _events(client, actor="Nobody Atall")["total"] == 0
    names = {a["name"] for a in client.get("/api/actors", params={"name": "Russian Foreign"}).json()["items"]}
    assert names == {"Sergey Lavrov"}


def test_country_filter_takes_people_and_states(client):
    # Aliyev is a person of AZE; Azerbaijan itself is a party of the conflict event
    aze = {e["code"] for e in _events(client, country="AZE")["items"]}
    assert aze == {"043", "044", "040", "112"}
    assert [e["code"] for e in _events(client, country="arm")["items"]] == ["112"]
    timeline = client.get("/").text
    assert '<option value="ARM"' in timeline and "Armenia (ARM)" in timeline  # named, not a bare code


def test_country_filter_uses_indexes(tmp_path):
    """No case-insensitive join that scans: actors by their country index, event parties by theirs."""
    from parley.store.queries import EventFilter, _event_where

    conn = connect(tmp_path / "plan.db")
    store_documents(conn, [baku_doc(), conflict_doc()])
    where, args = _event_where(EventFilter(country="AZE"))
    plan = [r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN SELECT data FROM events e{where}", args)]
    conn.close()
    assert any("USING INDEX actors_country" in p for p in plan), plan
    assert any("USING INDEX event_actors_actor" in p for p in plan), plan
    assert not any(p.startswith(("SCAN a", "SCAN ea", "SCAN e ", "SCAN e")) for p in plan), plan


def test_quad_class_and_place_and_sort(client):
    assert [e["code"] for e in _events(client, quad=3)["items"]] == ["112"]
    assert _events(client, quad=1)["total"] == 3 and _events(client, quad=4)["total"] == 0
    assert [e["code"] for e in _events(client, place="Yerevan")["items"]] == ["112"]
    dates = [e["date"]["value"] for e in _events(client, sort="-date")["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert _events(client, sort="reports")["items"][0]["code"] == "043"   # two articles


def test_documents_never_show_server_paths(client):
    docs = client.get("/api/documents").json()
    assert docs["total"] == 5
    assert all("/" not in d["source"] for d in docs["items"])
    doc = client.get("/api/documents/conflict.txt").json()
    assert doc["source"] == "conflict.txt" and doc["url"] is None   # javascript: is no link
    assert client.get("/api/documents/baku.txt").json()["url"] == "https://example.org/baku"
    for url in ("/documents/conflict.txt", "/documents", "/api/documents.csv", "/events/" + _events(
            client, quad=3)["items"][0]["id"]):
        text = client.get(url).text
        assert "/srv/private" not in text and "/tmp/" not in text and "javascript:" not in text, url


def test_source_links_are_http_only(client):
    page = client.get("/documents/baku.txt").text
    assert '<a class="source-link" href="https://example.org/baku"' in page
    hosted = _events(client, code="043")["items"][0]
    assert 'href="https://example.org/baku"' in client.get(f"/events/{hosted['id']}").text
    assert "source-link" not in client.get("/documents/conflict.txt").text


def test_documents_actors_quotes_search(client):
    doc = client.get("/api/documents/baku.txt").json()
    assert doc["title"] == "Aliyev receives Lavrov in Baku" and doc["quotes"][0]["speaker"] == "Ilham Aliyev"
    actors = client.get("/api/actors", params={"country": "AZE"}).json()["items"]
    assert {a["name"] for a in actors} == {"Ilham Aliyev", "Jeyhun Bayramov"}
    assert client.get("/api/quotes", params={"speaker": "Ilham Aliyev"}).json()["total"] == 3
    # the same statement in two articles (parley.corpus.find_quote_variants), by any name of its speaker
    groups = client.get("/api/quotes/variants").json()["items"]
    paired = [g for g in groups if {v["document"] for v in g["variants"]} == {"conflict.txt", "conflict-b.txt"}]
    assert len(paired) == 1 and paired[0]["speaker"] == "Ara Petrosyan"
    assert [v["document"] for v in paired[0]["variants"]] == ["conflict.txt", "conflict-b.txt"]  # earliest first
    assert paired[0]["variants"][1]["url"] == "https://example.org/yerevan"
    by_alias = client.get("/api/quotes/variants", params={"speaker": "Petrosyan"}).json()
    assert by_alias["total"] == 1 and not by_alias["pending"]
    assert client.get("/api/quotes/variants", params={"speaker": "Ilham Aliyev"}).json()["items"] == [] or \
        all(g["speaker"] == "Ilham Aliyev" for g in client.get("/api/quotes/variants?speaker=Aliyev").json()["items"])
    hits = client.get("/api/search", params={"q": "constructive work"}).json()
    assert hits["total"] >= 2
    assert client.get("/api/stats").json()["documents"] == 5


def test_every_list_pages(client):
    for url, total in (("/api/actors", 4), ("/api/documents", 5), ("/api/quotes", 5), ("/api/events", 4),
                       ("/api/search?q=Aliyev", None), ("/api/places", 4), ("/api/network", 4), ("/api/months", 2),
                       ("/api/quotes/variants", None)):
        sep = "&" if "?" in url else "?"
        whole = client.get(url).json()
        first = client.get(f"{url}{sep}limit=1&offset=0").json()
        second = client.get(f"{url}{sep}limit=1&offset=1").json()
        assert first["limit"] == 1 and len(first["items"]) == 1 and whole["total"] == first["total"], url
        if total is not None:
            assert whole["total"] == total, url
        if whole["total"] > 1 and url != "/api/search?q=Aliyev":
            assert second["offset"] == 1 and second["items"] and second["items"] != first["items"], url
        beyond = client.get(f"{url}{sep}offset={whole['total']}").json()
        assert beyond["items"] == [] and beyond["total"] == whole["total"], url


def test_pages_page(client):
    actors = client.get("/actors", params={"limit": 2}).text
    assert "actors 1–2 of 4" in actors and 'rel="next"' in actors and "offset=2" in actors
    second = client.get("/actors", params={"limit": 2, "offset": 2}).text
    assert 'rel="prev"' in second and 'rel="next"' not in second
    timeline = client.get("/", params={"limit": 2, "offset": 2}).text
    assert "events 3–4 of 4" in timeline and timeline.count('class="event ') == 2
    search = client.get("/search", params={"q": "Aliyev", "limit": 1}).text
    assert 'rel="next"' in search


def test_network_places_months(client):
    pairs = client.get("/api/network").json()["items"]
    assert {(p["a"], p["b"], p["events"]) for p in pairs} >= {("Ilham Aliyev", "Sergey Lavrov", 1),
                                                              ("Armenia", "Azerbaijan", 1)}
    assert {p["a"] for p in client.get("/api/network", params={"kind": "states"}).json()["items"]} == {"Armenia"}
    assert all("Armenia" not in (p["a"], p["b"])
               for p in client.get("/api/network", params={"kind": "people"}).json()["items"])
    places = {p["place"]: p for p in client.get("/api/places").json()["items"]}
    assert places["Baku"]["country"] == "AZE" and abs(places["Baku"]["lat"] - 40.38) < 0.1
    assert places["Yerevan"]["by_quad"]["3"] == 1 and places["Yerevan"]["quad"] == 3
    assert places["<i>Baku</i>"]["lat"] is None      # not a place the gazetteer knows
    months = client.get("/api/months").json()
    assert [(m["month"], m["events"]) for m in months["items"]] == [("2023-02", 1), ("2023-03", 2)]
    assert months["undated"] == 1
    network = client.get("/network").text
    assert network.count('<line class="edge"') == 4 and "Ilham Aliyev" in network
    bars = client.get("/months").text
    assert 'data-month="2023-03"' in bars and 'class="quad-3"' in bars
    page = client.get("/map").text
    assert 'id="places-data"' in page and "/static/vendor/d3-geo/d3-geo.min.js" in page
    assert client.get("/static/vendor/world-atlas/countries-110m.json").status_code == 200


def test_downloads_of_filtered_views(client):
    response = client.get("/api/events.csv", params={"country": "AZE", "quad": "1"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == _events(client, country="AZE", quad=1)["total"] == 3
    assert {r["quad_class"] for r in rows} == {"1"} and all(r["goldstein"] for r in rows)
    hosted = [r for r in rows if r["code"] == "043"][0]
    assert hosted["urls"] == "https://example.org/baku" and hosted["articles"] == "2"
    as_json = client.get("/api/events.json", params={"country": "AZE", "quad": "1"}).json()
    assert len(as_json) == 3 and {e["code"] for e in as_json} == {"043", "044", "040"}
    for view in ("actors", "documents", "quotes", "places", "network", "months"):
        r = client.get(f"/api/{view}.csv")
        assert r.status_code == 200 and len(r.text.splitlines()) >= 2, view
    assert len(list(csv.DictReader(io.StringIO(client.get("/api/search.csv?q=Aliyev").text)))) == \
        client.get("/api/search?q=Aliyev").json()["total"]
    timeline = client.get("/", params={"country": "AZE", "offset": "1"}).text
    assert 'href="/api/events.csv?country=AZE"' in timeline   # the filters, not the page


def test_csv_cells_never_run_as_formulas(client, tmp_path):
    from parley.web.downloads import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell("-1+2") == "'-1+2" and _cell(-7.2) == -7.2
    assert _cell(["a", "b"]) == "a; b"


@pytest.mark.parametrize("url, status, words", [
    ("/api/events?limit=0", 422, "limit"),
    ("/api/events?limit=1000000000000000000000", 422, "limit"),
    ("/api/events?offset=-1", 422, "offset"),
    ("/api/events?offset=99999999999999999999999999", 422, "offset"),
    ("/api/events?limit=abc", 422, "limit"),
    ("/api/events?limit=%EF%BC%95", 422, "limit"),                       # full-width 5
    ("/api/events?status=held", 422, "reported, planned or referenced"),
    ("/api/events?date_from=2023-13-01", 422, "YYYY-MM-DD"),
    ("/api/events?date_from=2023-02-31", 422, "2023-02-31 is not a calendar date"),
    ("/api/events?date_to=2023-02-29", 422, "not a calendar date"),
    ("/api/events?date_from=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%93", 422, "ASCII digits"),   # full-width 2023
    ("/api/events?date_from=%D9%A2%D9%A0%D9%A2%D9%A3", 422, "ASCII digits"),               # Arabic-Indic 2023
    ("/api/events?date_from=2023-04&date_to=2023-03", 422, "after date_to"),
    ("/api/events?date_to=yesterday", 422, "YYYY-MM-DD"),
    ("/api/events?country=Azerbaijan", 422, "alpha-3"),
    ("/api/events?code=04%27%20OR%201=1", 422, "CAMEO"),
    ("/api/events?code=%EF%BC%90%EF%BC%94", 422, "CAMEO"),
    ("/api/events?quad=5", 422, "QuadClass"),
    ("/api/events?sort=name", 422, "date, -date, reports"),
    ("/api/events?actr=Lavrov", 422, "actr: unknown parameter"),
    ("/api/events?limit=5&Limit=5", 422, "Limit: unknown parameter"),
    ("/api/network?kind=friends", 422, "all, people or states"),
    ("/api/quotes/variants?limt=5", 422, "limt: unknown parameter"),
    ("/api/stats?x=1", 422, "x: unknown parameter"),
    ("/api/events.csv?actr=1", 422, "unknown parameter"),
    ("/api/events.xlsx", 422, "csv or json"),
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
    ("/?actr=x", 422, "unknown parameter"),
    ("/?date_from=2023-02-30", 422, "not a calendar date"),
    ("/map?quad=9", 422, "QuadClass"),
    ("/network?offset=-3", 422, "offset"),
    ("/months?country=12", 422, "alpha-3"),
    ("/quotes?limit=0", 422, "limit"),
    ("/actors/Nobody%20Atall", 404, "no actor"),
])
def test_bad_parameters_are_4xx_with_a_message(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status, response.text
    assert words in response.text


def test_empty_form_choices_mean_no_filter(client):
    r = client.get("/", params={"actor": "", "partner": "", "country": "", "code": "", "quad": "", "status": "",
                                "date_from": "", "date_to": "", "sort": ""})
    assert r.status_code == 200
    for event in _events(client)["items"]:
        assert f'data-event-id="{event["id"]}"' in r.text


def test_only_the_bound_host_is_answered(client):
    assert client.get("/api/stats").status_code == 200
    for host in ("evil.example", "127.0.0.1.evil.example", "attacker.test:8000"):
        assert client.get("/api/stats", headers={"host": host}).status_code == 400, host


def test_serve_says_the_port_is_taken_before_anything_else(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "parley.cli", "serve", "--db", str(tmp_path / "none.db"),
                               "--port", str(port)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert f"port {port} on 127.0.0.1 is taken" in done.stderr
    assert "serving" not in done.stderr and "no such database" not in done.stderr


def test_serve_answers_only_its_own_address():
    from parley.cli.serve_cmd import allowed_hosts

    assert set(allowed_hosts("127.0.0.1", [])) == {"127.0.0.1", "localhost", "::1", "[::1]"}
    assert "testserver" not in allowed_hosts("127.0.0.1", []) and "evil.example" not in allowed_hosts("0.0.0.0", [])
    assert "parley.internal" in allowed_hosts("10.0.0.5", ["parley.internal"])


def test_pages_cannot_be_framed(client):
    for url in ("/", "/map", "/api/events", "/docs", "/no-such-page"):
        r = client.get(url)
        assert r.headers["x-frame-options"] == "DENY", url
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"], url
    assert client.get("/").headers["content-security-policy"].startswith("default-src 'none'")
    assert "'unsafe-inline'" not in client.get("/map").headers["content-security-policy"]


def test_docs_need_no_network(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text and "http" not in page.text.split("<body>")[1]
    for asset in ("swagger-ui/swagger-ui-bundle.js", "swagger-ui/swagger-ui.css", "swagger-ui/LICENSE"):
        assert client.get(f"/static/vendor/{asset}").status_code == 200, asset
    assert "/api/events" in client.get("/openapi.json").text
    assert client.get("/redoc").status_code == 404   # ReDoc would load from a CDN


def test_pages_render(client):
    timeline = client.get("/").text
    assert "Ilham Aliyev hosts Sergey Lavrov in Baku" in timeline
    held, planned = timeline.split('id="planned"')
    assert "Sergey Lavrov and Jeyhun Bayramov meet in Moscow" in planned and "status-planned" in planned
    assert "Sergey Lavrov and Jeyhun Bayramov meet" not in held
    # every status explained, cooperation and conflict apart
    for words in ("the news itself", "announced for later", "an earlier event the article recalls",
                  "verbal cooperation", "verbal conflict", "material conflict"):
        assert words in timeline, words
    assert 'data-quad="3"' in timeline and 'class="event status-reported quad-3"' in timeline
    hosted = _events(client, code="043")["items"][0]
    assert {m["document"] for m in hosted["mentions"]} == {"baku.txt", "tass.txt"}
    event = client.get(f"/events/{hosted['id']}").text
    assert event.count("<mark") >= 1 and 'data-document="baku.txt"' in event
    assert '<mark id="m0" class="evidence">President Ilham Aliyev received Russian Foreign Minister Sergey Lavrov' \
        '</mark>' in event
    assert "the news itself: the article reports that it took place" in event
    actor = client.get("/actors/Ilham%20Aliyev").text
    assert "Events over time" in actor and "constructive work" in actor
    quotes = client.get("/quotes").text
    assert 'take <del title="left out">practical</del> <ins title="added">concrete</ins> steps' in quotes
    assert "first printing" in quotes and "Invented Daily" in quotes
    search = client.get("/search", params={"q": "constructive"}).text
    assert "<mark>constructive</mark>" in search
    assert client.get("/docs").status_code == 200 and "/api/events" in client.get("/openapi.json").text


def test_hostile_text_is_shown_escaped(client):
    hostile = [e for e in _events(client)["items"] if "<script>alert(5)</script>" in e["actors"]]
    assert len(hostile) == 1
    pages = ["/", f"/events/{hostile[0]['id']}", "/documents/evil.txt", "/actors", "/documents", "/map",
             "/network", "/months", "/actors/%3Cscript%3Ealert(5)%3C%2Fscript%3E", "/quotes", "/search?q=alert",
             "/search?q=onerror", "/api/nope%3Cscript%3E", "/events/%3Cscript%3Ealert(7)%3C%2Fscript%3E",
             "/?actor=%3Cscript%3Ealert(8)%3C%2Fscript%3E"]
    for url in pages:
        html = client.get(url).text
        html = html.replace('<script src="/static/', "")   # the map page's own scripts
        assert "<script>" not in html and "<img" not in html and "<b>Evil" not in html and "<i>Baku" not in html, url
    event = client.get(f"/events/{hostile[0]['id']}").text
    assert "&lt;script&gt;alert(5)&lt;/script&gt;" in event
    assert '<mark id="m0" class="evidence">&lt;script&gt;alert(3)&lt;/script&gt;</mark>' in event
    assert "&lt;img src=x onerror=alert(4)&gt;" in event or "&lt;img src=x onerror=alert(2)&gt;" in event
    # the map's data block is JSON with <, > escaped: it cannot close its script element
    assert "\\u003ci\\u003eBaku" in client.get("/map").text or "<i>Baku" not in client.get("/map").text


def test_no_5xx_while_an_ingest_writes(tmp_path):
    """Readers see a consistent snapshot while a writer stores articles and relinks."""
    path = tmp_path / "busy.db"
    conn = connect(path)
    store_documents(conn, [baku_doc(), tass_doc()])
    client = TestClient(create_app(path), base_url=BASE)
    done = threading.Event()

    def write() -> None:
        writer = connect(path)
        try:
            for n in range(40):
                store_documents(writer, [conflict_doc(f"c{n}.txt"), hostile_doc(f"h{n}.txt")])
        finally:
            writer.close()
            done.set()

    thread = threading.Thread(target=write)
    thread.start()
    urls = ["/", "/api/events", "/api/events?country=AZE", "/map", "/network", "/months", "/quotes", "/actors",
            "/api/quotes/variants", "/documents", "/api/events.csv", "/search?q=Aliyev"]
    statuses = []
    while not done.is_set():
        for url in urls:
            statuses.append((url, client.get(url).status_code))
    thread.join()
    conn.close()
    assert len(statuses) >= len(urls)
    assert [s for s in statuses if s[1] >= 500] == []
    assert {s for _, s in statuses} == {200}


def test_mark_spans_escapes_then_marks():
    text = "a <b> & c"
    assert str(mark_spans(text, [(2, 5), (3, 4), (100, 200)])) == 'a <mark id="m0">&lt;b&gt;</mark> &amp; c'
    assert str(mark_spans(text, [])) == "a &lt;b&gt; &amp; c"


def test_word_diff_marks_changed_words_apart():
    html = str(word_diff("for your active involvement in this", "for your active participation in <this>"))
    assert '<del title="left out">involvement</del> <ins title="added">participation</ins>' in html
    assert "&lt;" in html
    # a word left out keeps the space around it; quotation marks alone are no difference in wording
    assert str(word_diff("do positive and constructive work", "do constructive work")) == \
        'do <del title="left out">positive and</del> constructive work'
    assert "<ins" not in str(word_diff("he said we agree", "he said \u201cwe agree\u201d"))
