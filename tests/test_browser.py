"""End to end in a real headless Chromium: `parley serve` in a subprocess on a loopback port,
over the five examples, the 30 real dev articles and a few official readouts (with their
URLs), ingested into a temporary database; every page opened, the workbench's views checked.

Chromium runs with every host name but the server's unresolvable, so a page that needed the
internet (a CDN, a map tile) would show it. Needs Debian's `chromium` and `chromium-driver`
(`.ci/run` installs them). With PARLEY_SCREENSHOTS=docs set, it saves a screenshot of each
page into docs/.
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from conftest import EXAMPLES, SHARED
from web_records import conflict_doc, conflict_report_doc

from parley.store import connect, ingest, store_documents

CHROMIUM = shutil.which("chromium")
DRIVER = "/usr/bin/chromedriver"
DEV = SHARED / "corpus" / "dev"
OFFICIAL = SHARED / "corpus" / "official" / "official.jsonl.gz"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM or not os.path.exists(DRIVER),
                       reason="Debian's chromium and chromium-driver are not installed "
                              "(apt-get install -y chromium chromium-driver; .ci/run does this)"),
]


def official_sample(path: Path, per_source: int = 4) -> list[dict]:
    """A few short official readouts of meetings and calls from each publisher (real, with URLs)."""
    if not path.exists():
        return []
    picked: dict[str, list[dict]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            source = item["id"].split(":")[0]
            if (len(picked.get(source, [])) < per_source and 600 < len(item["text"]) < 2500 and item.get("published")
                    and any(w in item["text"] for w in ("met with", "held talks", "telephone", "meeting with"))):
                picked.setdefault(source, []).append(item)
    return [i for items in picked.values() for i in items]


@pytest.fixture(scope="module")
def workbench_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    official = folder / "official-sample.jsonl"
    official.write_text("".join(json.dumps(i) + "\n" for i in official_sample(OFFICIAL)), encoding="utf-8")
    path = folder / "workbench.db"
    inputs = [str(EXAMPLES)] + [str(p) for p in (DEV, official) if p.exists() and p.stat().st_size]
    ingest(inputs, str(path))
    # invented records (tests/web_records.py): an event of a conflict root, and one statement
    # printed twice; labelled as invented wherever a page shows them
    invented = [conflict_doc(), conflict_report_doc()]
    invented[0].events[0].label = "Armenia accuses Azerbaijan (invented test event)"
    conn = connect(path)
    store_documents(conn, invented)
    conn.close()
    return path


@pytest.fixture(scope="module")
def server(workbench_db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "parley.cli", "serve", "--db", str(workbench_db), "--port",
                             str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"parley serve exited: {proc.stderr.read().decode()[-800:]}")
        try:
            if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("parley serve did not answer within 60 s")
    # DNS rebinding: a request naming another host is refused
    assert httpx.get(f"{base}/api/stats", headers={"host": "attacker.example"}).status_code == 400
    # the quote comparison and aliases are built in the background at start
    while httpx.get(f"{base}/api/quotes/variants", timeout=60).json()["pending"] and time.monotonic() < deadline:
        time.sleep(0.5)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--disable-dev-shm-usage",
                # offline: no name resolves but the loopback server's
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def _shoot(driver, name: str) -> None:
    folder = os.environ.get("PARLEY_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / name))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _no_console_errors(driver) -> None:
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors


def _wait(driver, css: str, timeout: float = 20):
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait
    from selenium.webdriver.common.by import By

    return WebDriverWait(driver, timeout).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def _follow(driver, element, fragment: str, timeout: float = 20) -> None:
    """Click a link or a submit button and wait for the page it leads to (the old page's elements
    stay found until the new page replaces it)."""
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    element.click()
    WebDriverWait(driver, timeout).until(ec.url_contains(fragment))


def test_timeline_lists_the_events(server, browser):
    from selenium.webdriver.common.by import By

    data = httpx.get(f"{server}/api/events", params={"limit": 100}).json()
    assert data["total"] > 50, "the workbench database has too few events"
    browser.get(f"{server}/")
    assert "Timeline" in browser.title
    shown = {li.get_attribute("data-event-id"): li for li in browser.find_elements(By.CSS_SELECTOR, "li.event")}
    for e in data["items"]:
        assert e["id"] in shown, f"event {e['id']} missing from the timeline"
        assert _norm(e["label"]) in _norm(shown[e["id"]].text)
        section = "planned" if e["status"] == "planned" else "held"
        assert shown[e["id"]].find_element(By.XPATH, "ancestor::ol").get_attribute("id") == section
    legend = _norm(browser.find_element(By.CSS_SELECTOR, ".help").text)
    assert "announced for later" in legend and "an earlier event the article recalls" in legend
    assert "material conflict" in legend
    _no_console_errors(browser)
    _shoot(browser, "timeline.png")


def test_timeline_filters_sorts_and_pages(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(f"{server}/")
    browser.find_element(By.NAME, "date_from").send_keys("2020")
    browser.find_element(By.NAME, "date_to").send_keys("2023-12")
    Select(browser.find_element(By.NAME, "sort")).select_by_value("-date")
    _follow(browser, browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]"), "date_from=")
    _wait(browser, "li.event")
    assert "date_from=2020" in browser.current_url and "sort=-date" in browser.current_url
    dates = [t.get_attribute("datetime") for t in browser.find_elements(By.CSS_SELECTOR, "#held li.event time")]
    assert dates and all("2020" <= d[:4] <= "2023" for d in dates)
    assert dates == sorted(dates, reverse=True)
    _shoot(browser, "timeline-filtered.png")
    # the conflict event apart, in its own colour
    # (verbal conflict: the hand-built accusation, and the condemnations, protests and threats
    # parley reads in the real articles; none of the meetings)
    browser.get(f"{server}/?quad=3")
    items = browser.find_elements(By.CSS_SELECTOR, "li.event")
    assert items and {i.get_attribute("data-quad") for i in items} == {"3"}
    assert any("Armenia" in i.text and "Azerbaijan" in i.text for i in items)
    colour = browser.execute_script("return getComputedStyle(arguments[0]).borderLeftColor", items[0])
    assert colour == "rgb(198, 47, 47)"
    browser.get(f"{server}/?quad=1")
    cooperation = browser.find_elements(By.CSS_SELECTOR, "li.event")
    assert cooperation and {i.get_attribute("data-quad") for i in cooperation} == {"1"}
    # paging beyond the first page
    browser.get(f"{server}/?limit=20")
    _follow(browser, browser.find_element(By.CSS_SELECTOR, "a.next"), "offset=20")
    assert "offset=20" in browser.current_url and "events 21–40 of" in browser.find_element(By.CSS_SELECTOR,
                                                                                             ".pager").text


def test_event_page_highlights_its_evidence(server, browser):
    from selenium.webdriver.common.by import By

    events = httpx.get(f"{server}/api/events", params={"limit": 500, "sort": "reports"}).json()["items"]
    event = events[0]
    browser.get(f"{server}/events/{quote(event['id'], safe='')}")
    assert _norm(event["label"]) in _norm(browser.find_element(By.TAG_NAME, "h1").text)
    texts = {}
    for m in event["mentions"]:
        doc = texts.setdefault(m["document"], httpx.get(f"{server}/api/documents/{m['document']}").json()["text"])
        article = browser.find_element(By.CSS_SELECTOR, f'article.report[data-document="{m["document"]}"]')
        marks = [_norm(x.text) for x in article.find_elements(By.CSS_SELECTOR, "mark.evidence")]
        assert _norm(doc[m["start"]:m["end"]]) in marks
        assert browser.execute_script(
            "return getComputedStyle(arguments[0]).backgroundColor",
            article.find_element(By.CSS_SELECTOR, "mark.evidence")) not in ("rgba(0, 0, 0, 0)", "transparent")
    assert len(browser.find_elements(By.CSS_SELECTOR, "article.report")) == len(texts)
    assert event["status"] in browser.find_element(By.CSS_SELECTOR, "dl.facts").text
    _shoot(browser, "event.png")


def test_map_draws_the_world_and_the_places_offline(server, browser):
    from selenium.webdriver.common.by import By

    places = httpx.get(f"{server}/api/places", params={"limit": 500}).json()["items"]
    placed = [p for p in places if p["lat"] is not None]
    assert len(placed) >= 5
    browser.get(f"{server}/map")
    _wait(browser, 'svg#map[data-drawn="true"]')
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg#map path.country")) > 150
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg#map path.country.has-events")) >= 5
    dots = browser.find_elements(By.CSS_SELECTOR, "svg#map circle.place")
    assert {d.get_attribute("data-place") for d in dots} == {p["place"] for p in placed}
    assert browser.find_elements(By.CSS_SELECTOR, 'svg#map circle.place.quad-3[data-place="Yerevan"]')
    rows = browser.find_elements(By.CSS_SELECTOR, "table.places tbody tr")
    assert len(rows) == len(places)
    _no_console_errors(browser)
    _shoot(browser, "map.png")


def test_network_shows_who_meets_whom_with_counts(server, browser):
    from selenium.webdriver.common.by import By

    pairs = httpx.get(f"{server}/api/network", params={"limit": 10}).json()["items"]
    browser.get(f"{server}/network")
    assert browser.find_elements(By.CSS_SELECTOR, "svg#network line.edge")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.pairs tbody tr")
    top = rows[0].find_elements(By.TAG_NAME, "td")
    assert [top[0].text, top[1].text, top[2].text] == [pairs[0]["a"], pairs[0]["b"], str(pairs[0]["events"])]
    counts = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "svg#network text.edge-count")]
    assert str(pairs[0]["events"]) in counts
    _no_console_errors(browser)
    _shoot(browser, "network.png")


def test_events_per_month(server, browser):
    from selenium.webdriver.common.by import By

    months = httpx.get(f"{server}/api/months", params={"limit": 500}).json()["items"]
    busiest = max(months, key=lambda m: m["events"])
    browser.get(f"{server}/months")
    bars = browser.find_elements(By.CSS_SELECTOR, f'svg#months g.bar[data-month="{busiest["month"]}"] rect')
    assert bars and sum(int(b.find_element(By.TAG_NAME, "title").get_attribute("textContent").split(": ")[1]
                            .split()[0]) for b in bars) == busiest["events"]
    _no_console_errors(browser)
    _shoot(browser, "months.png")


def test_actors_page_by_alias_and_paged(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/actors?limit=15")
    assert "actors 1–15 of" in browser.find_element(By.CSS_SELECTOR, ".pager").text
    _shoot(browser, "actors.png")
    _follow(browser, browser.find_element(By.CSS_SELECTOR, "a.next"), "offset=15")
    assert "actors 16–30 of" in browser.find_element(By.CSS_SELECTOR, ".pager").text
    browser.get(f"{server}/actors?name=Lavrov")
    names = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "table.list tbody td:first-child a")]
    assert "Sergey Lavrov" in names


def test_quote_comparison_marks_words_apart(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/quotes?speaker=Petrosyan")
    groups = browser.find_elements(By.CSS_SELECTOR, "section.quote-group")
    assert groups
    second = groups[0].find_elements(By.CSS_SELECTOR, ".variant blockquote")[1]
    assert [d.text for d in second.find_elements(By.TAG_NAME, "del")] == ["practical"]
    assert [i.text for i in second.find_elements(By.TAG_NAME, "ins")] == ["concrete"]
    assert "−practical +concrete" in _norm(second.text) or "practical concrete" in _norm(second.text)
    browser.get(f"{server}/quotes")
    _shoot(browser, "quotes.png")


def test_document_page_links_to_its_source(server, browser):
    from selenium.webdriver.common.by import By

    docs = httpx.get(f"{server}/api/documents", params={"limit": 500}).json()["items"]
    with_url = [d for d in docs if d["url"]]
    assert with_url, "no document with a URL"
    assert all("/" not in d["source"] or d["source"].startswith("http") for d in docs)
    doc = max(with_url, key=lambda d: d["events"])
    browser.get(f"{server}/documents/{quote(doc['id'], safe='')}")
    link = browser.find_element(By.CSS_SELECTOR, "a.source-link")
    assert link.get_attribute("href") == doc["url"] and link.get_attribute("rel") == "noopener noreferrer nofollow"
    assert str(SHARED) not in browser.page_source and "/tmp/" not in browser.page_source
    _shoot(browser, "document.png")
    browser.get(f"{server}/documents")
    _shoot(browser, "documents.png")


def test_search_pages(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/search?q=minister&limit=10")
    assert browser.find_elements(By.CSS_SELECTOR, "li.hit mark")
    assert "matches 1–10 of" in browser.find_element(By.CSS_SELECTOR, ".pager").text
    _shoot(browser, "search.png")


def test_api_docs_work_offline(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/docs")
    _wait(browser, ".swagger-ui .info .title", 30)
    assert "parley" in browser.find_element(By.CSS_SELECTOR, ".swagger-ui .info .title").text
    _wait(browser, ".opblock-summary-path", 30)
    paths = {p.get_attribute("data-path") for p in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
    assert {"/api/events", "/api/places", "/api/network", "/api/months", "/api/events.{fmt}"} <= paths
    _no_console_errors(browser)
    _shoot(browser, "docs.png")
