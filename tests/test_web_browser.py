"""The dashboard in a real browser: Debian's Chromium driven by Playwright (nothing downloaded).

Each page loads on a coded store without a script error or a blocked resource; a
filter narrows the events; a story's marks sit on the record's offsets; the dyad
chart draws and leads to its events; a pasted story is coded; hostile markup in a
story shows as text and runs nothing. Screenshots go to DYADS_SCREENSHOTS (the
README's come from `make screenshots`).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from dyads.web.app import ServeSettings, create_app

CHROMIUM = os.environ.get("DYADS_CHROMIUM", "/usr/bin/chromium")
# Chromium as root in a container, without the background traffic a closed network refuses
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]


def _browser_missing() -> str | None:
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright (Python) is not installed"
    return None


@pytest.fixture(scope="module")
def server(web_store, coder):
    missing = _browser_missing()
    if missing:
        if os.environ.get("DYADS_BROWSER_TESTS") == "required":
            pytest.fail(missing)  # CI installs the browser: a skip there would hide a failure
        pytest.skip(missing)
    import uvicorn

    app = create_app(ServeSettings(db=web_store))
    app.state.coder._coder = coder
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A page that records script errors and console errors (a CSP refusal is one)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.problems = []
    opened.on("pageerror", lambda error: opened.problems.append(f"script error: {error}"))
    opened.on("console", lambda message: message.type == "error" and opened.problems.append(message.text))
    opened.on("dialog", lambda dialog: (opened.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield opened
    context.close()


def _shot(page, name: str) -> None:
    folder = os.environ.get("DYADS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


@pytest.mark.parametrize("path, heading", [
    ("/events", "Events"), ("/dyad?a=IRN&b=USA", "Dyad IRN – USA"), ("/actors", "Who acts on whom"),
    ("/map", "Where events happen"), ("/code", "Code a story"), ("/stories/hostile", None),
])
def test_every_page_loads_without_errors(page, server, path, heading):
    answer = page.goto(server + path)
    assert answer.status == 200
    if heading:
        assert page.locator("h1").inner_text() == heading
    assert page.locator("header nav a").count() == 6
    assert page.problems == []


def test_a_filter_narrows_the_events_table(page, server):
    page.goto(server + "/events")
    everything = page.locator("table.events tbody tr").count()
    page.select_option("select[name=type]", "ACCUSE")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*type=ACCUSE*")
    types = page.locator("table.events tbody tr span.type").all_inner_texts()
    assert types and set(types) == {"ACCUSE"} and len(types) < everything
    first = page.locator("table.events tbody tr td.sentence").first
    assert first.locator("mark.trigger").count() == 1
    _shot(page, "events")
    assert page.problems == []


def test_a_storys_marks_sit_on_the_records_offsets(page, server):
    record = page.request.get(server + "/api/stories/hostile").json()
    text = record["article"]["text"]
    page.goto(server + "/stories/hostile")
    marks = page.locator("#story-text mark")
    assert marks.count() >= len(record["events"])
    for i in range(marks.count()):
        mark = marks.nth(i)
        start, end = int(mark.get_attribute("data-start")), int(mark.get_attribute("data-end"))
        assert mark.text_content() == text[start:end]
    triggers = {(int(m.get_attribute("data-start")), int(m.get_attribute("data-end")))
                for m in page.locator("#story-text mark.trigger").all()}
    assert triggers == {(e["trigger"]["start"], e["trigger"]["end"]) for e in record["events"]}
    mentions = {(m["start"], m["end"]) for actor in record["actors"] for m in actor["mentions"]}
    shown = {(int(m.get_attribute("data-start")), int(m.get_attribute("data-end")))
             for m in page.locator("#story-text mark.actor").all()}
    assert shown and shown <= mentions
    assert page.locator("#story-text").inner_text() == text
    _shot(page, "story")


def test_hostile_markup_in_a_story_shows_as_text_and_runs_nothing(page, server):
    for path in ("/stories/hostile", "/events?country=IRN", "/events?words=sanctions"):
        page.goto(server + path)
        assert page.evaluate("window.__dyadsXss") is None
        assert page.problems == []
    page.goto(server + "/stories/hostile")
    assert "<script>window.__dyadsXss = 1</script>" in page.locator("#story-text").inner_text()
    assert page.locator("#story-text img, #story-text script").count() == 0


def test_the_dyad_chart_draws_and_leads_to_its_events(page, server):
    page.goto(server + "/dyad?a=IRN&b=USA")
    chart = page.locator("svg.dyad-chart")
    assert chart.is_visible()
    bars = chart.locator("rect.quad1, rect.quad2, rect.quad3, rect.quad4")
    assert bars.count() >= 1
    _shot(page, "dyad")
    period = chart.locator("a.period").first
    month = period.get_attribute("data-period")
    period.locator("rect.hit").click()
    page.wait_for_url("**/events?*")
    rows = page.locator("table.events tbody tr[data-event]")
    assert rows.count() >= 1
    assert all(day.startswith(month) for day in page.locator("td.day").all_inner_texts())


def test_a_pasted_story_is_coded(page, server):
    page.goto(server + "/code")
    page.fill("textarea[name=text]", "Russia condemned NATO on Monday. The Russian foreign ministry urged "
                                     "the alliance to withdraw its forces from the Baltic states.")
    page.fill("input[name=published]", "2025-02-03")
    page.click("form.code-form button[type=submit]")
    page.wait_for_selector("#story-text")
    assert page.locator("#story-text mark.trigger").count() >= 1
    assert "ACCUSE" in page.locator(".event-list").inner_text()
    _shot(page, "code")
    assert page.problems == []


def test_the_map_and_network_draw(page, server):
    page.goto(server + "/map")
    # the shapes come with the install (make install: geopandas' data, no dependencies)
    assert page.locator("svg.world-map").count() == 1, page.locator("main").inner_text()[:300]
    shaded = page.locator("svg.world-map a.country:not([data-events='0'])")
    assert shaded.count() >= 1
    assert page.locator("svg.world-map circle.place").count() >= 1
    _shot(page, "map")
    page.goto(server + "/actors")
    assert page.locator("svg.network line").count() >= 1
    _shot(page, "actors")


def test_pages_fit_a_phone(page, server):
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("/events", "/stories/hostile", "/dyad?a=IRN&b=USA"):
        page.goto(server + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, f"{path} is {width} px wide on a phone"


def test_the_keyboard_reaches_the_filters(page, server):
    page.goto(server + "/events")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "actor":
            break
    assert page.evaluate("document.activeElement.name") == "actor"
