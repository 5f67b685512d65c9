"""End to end in a real headless Chromium: `parley serve` in a subprocess on a loopback port,
the timeline lists the seed events, an event page highlights its evidence.

Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them). With
PARLEY_SCREENSHOTS=docs set, it also saves docs/timeline.png and docs/event.png.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from parley.model import DateValue, Event, Mention
from parley.serialize import document_from_dict, document_to_dict
from parley.store import connect, store_documents

CHROMIUM = shutil.which("chromium")
DRIVER = "/usr/bin/chromedriver"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM or not os.path.exists(DRIVER),
                       reason="Debian's chromium and chromium-driver are not installed "
                              "(apt-get install -y chromium chromium-driver; .ci/run does this)"),
]


def _mention(doc, phrase: str) -> Mention:
    start = doc.text.index(phrase)
    return Mention(doc.id, start, start + len(phrase))


def stand_in_events(docs: dict) -> list[tuple[str, Event]]:
    """Events a reader finds in the seed articles, for as long as the events stage finds none:
    the visit as the corpus linker should make it (one event, three reports) and a planned meeting."""
    a, b, c = docs["000_d117b791f971e182.txt"], docs["001_cad0dfaeb5419f53.txt"], docs["002_206f92aab21b4e56.txt"]
    visit = [_mention(a, "Azerbaijani President Ilham Aliyev received Russian Foreign\nMinister Sergey Lavrov"),
             _mention(b, "Ilham Aliyev received the Minister of Foreign Affairs of the Russian Federation, "
                         "Sergey Lavrov"),
             _mention(c, "President of Azerbaijan Ilham Aliyev and Russian Foreign Minister Sergey Lavrov met in "
                         "Baku on Monday (27 February)")]
    out = [(a.id, Event("043", ["Ilham Aliyev", "Sergey Lavrov"], "reported", visit,
                        label="Ilham Aliyev hosts Sergey Lavrov in Baku", location="Baku",
                        date=DateValue.of(2023, 2, 27)))]
    plan = _mention(c, "Sergey Lavrov will meet with the Azerbaijani Foreign Minister Jeyhun Bayramov")
    out.append((c.id, Event("040", ["Sergey Lavrov", "Jeyhun Bayramov"], "planned", [plan],
                            label="Sergey Lavrov to meet Jeyhun Bayramov", location="Baku",
                            date=DateValue.of(2023, 2, 28))))
    return out


@pytest.fixture(scope="module")
def seed_db(seed_record, tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "seeds.db"
    docs = {d.id: document_from_dict(document_to_dict(d)) for d in seed_record.documents}
    if not any(d.events for d in docs.values()):
        for doc_id, event in stand_in_events(docs):
            docs[doc_id].events.append(event)
    conn = connect(path)
    store_documents(conn, list(docs.values()))
    conn.close()
    return path


@pytest.fixture(scope="module")
def server(seed_db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "parley.cli", "serve", "--db", str(seed_db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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
                "--disable-dev-shm-usage"):
        options.add_argument(arg)
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


def test_timeline_lists_the_seed_events(server, browser):
    from selenium.webdriver.common.by import By

    events = httpx.get(f"{server}/api/events", params={"limit": 500}).json()["items"]
    assert events, "the seed database has no events"
    browser.get(f"{server}/")
    assert "Timeline" in browser.title
    shown = {li.get_attribute("data-event-id"): li for li in browser.find_elements(By.CSS_SELECTOR, "li.event")}
    for e in events:
        assert e["id"] in shown, f"event {e['id']} missing from the timeline"
        assert _norm(e["label"]) in _norm(shown[e["id"]].text)
        section = "planned" if e["status"] == "planned" else "held"
        assert shown[e["id"]].find_element(By.XPATH, "ancestor::ol").get_attribute("id") == section
    _shoot(browser, "timeline.png")


def test_event_page_highlights_its_evidence(server, browser):
    from selenium.webdriver.common.by import By

    events = httpx.get(f"{server}/api/events", params={"limit": 500}).json()["items"]
    event = max(events, key=lambda e: len({m["document"] for m in e["mentions"]}))
    browser.get(f"{server}/")
    browser.find_element(By.CSS_SELECTOR, f'li.event[data-event-id="{event["id"]}"] a.label').click()
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
    _shoot(browser, "event.png")
