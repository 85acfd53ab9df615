#!/usr/bin/python3
"""The warm-up worksheet in real browsers (issue #18): two phones of one group fill their
group's worksheet against `lodestar --room` — the game, the North Star in two fields at once,
the same field one after the other (the later wins on both), inputs added, removed and added
offline — and a third phone in no group is told so. The library must then hold exactly what
was typed, verbatim.

usage: worksheet_phones.py LODESTAR SCREENSHOT_DIR
Screenshots land in SCREENSHOT_DIR; look at them."""

import base64
import os
import sys as _sys

_sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import shutil
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
for needed in ("/usr/bin/chromium", "/usr/bin/chromedriver"):
    if not os.path.exists(needed):  # never pass by checking nothing
        sys.exit(f"FAIL: {needed} is missing (chromium, chromium-driver: installer/install-deps.sh)")
try:
    import selenium  # noqa: F401
except ImportError:
    sys.exit("FAIL: python3-selenium is missing (installer/install-deps.sh)")
from selenium.webdriver.common.by import By  # noqa: E402

from phone import Phone  # noqa: E402
from roomlib import Failure, Library, Room, check  # noqa: E402

PEOPLE = ["Aisha 🌟", "דנה כהן", "<b>Chen</b> 陈", "Gus (no group)"]
OWLS = "Owls 🦉"


def workshop_document():
    """A workshop standing in the warm-up, two groups made, nothing written yet."""
    return {
        "format": "lodestar-workshop", "version": 1,
        "workshop": {
            "id": 1, "title": "Harvest Box 🧭 warm-up", "product": "Harvest Box",
            "facilitator": "Morgan", "vision": "", "agendaMinutes": 120,
            "createdAt": "2026-12-05T09:00:00.000Z", "updatedAt": "2026-12-05T09:00:00.000Z",
            "currentStage": "warmup", "game": "", "gameRationale": "",
            "valueExchange": "", "status": "running", "anonymous": False, "northStarId": None,
            "guardrailName": "", "guardrailDefinition": "", "pairSeed": "1",
            "dotsPerPerson": 3, "maxDotsPerCandidate": 2, "checklistPerPerson": False},
        "participants": [{"id": i + 1, "name": n, "discipline": "", "position": i}
                         for i, n in enumerate(PEOPLE)],
        "stages": [{"stageKey": "warmup", "elapsedMs": 0, "notes": "", "plannedMinutes": 20,
                    "skipped": False, "focus": 0, "revealed": False}],
        "customStages": [], "questionNotes": [], "gameTally": [],
        "warmUpGroups": [
            {"id": 1, "name": OWLS, "game": "", "candidateId": None, "position": 0,
             "members": [1, 2]},
            {"id": 2, "name": "Larks", "game": "", "candidateId": None, "position": 1,
             "members": [3]}],
        "pairGroups": [], "candidates": [], "checklistScores": [], "matrixCriteria": [],
        "matrixScores": [], "votes": [], "followUps": []}


# ------------------------------------------------------------ the worksheet, as a person sees it
WIDTH = 360  # the narrowest phone the page is made for


def narrow(phone):
    phone.d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": WIDTH, "height": 740, "deviceScaleFactor": 2, "mobile": True})


def page_shot(phone, name):
    """The whole page, top to bottom, at the phone's width."""
    phone.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    height = phone.js("return document.documentElement.scrollHeight")
    data = phone.d.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": WIDTH, "height": height, "scale": 1}})
    with open(os.path.join(phone.shots, name + ".png"), "wb") as f:
        f.write(base64.b64decode(data["data"]))


def sheet(phone):
    return phone.js("""
        const inputs = [...document.querySelectorAll('#sheet-inputs .sheet-input')];
        const game = document.querySelector('#sheet-games input:checked');
        return {
          shown: !document.getElementById('mode-worksheet').hidden
                 && !document.getElementById('sheet').hidden,
          group: document.getElementById('sheet-group').textContent,
          game: game ? game.value : null,
          name: document.getElementById('sheet-name').value,
          definition: document.getElementById('sheet-definition').value,
          inputs: inputs.map(li => [li.querySelector('.sheet-input-name').value,
                                    li.querySelector('.sheet-input-definition').value]),
          status: document.getElementById('sheet-status').dataset.state,
          pending: (JSON.parse(localStorage.getItem('lodestar.room.v1') || '{}').pending || []).length};""")


def wait_sheet(phone, what, test, timeout=30):
    phone.wait(what, lambda: test(sheet(phone)), timeout)


def settled(s):
    return s["status"] == "saved" and s["pending"] == 0


def choose_game(phone, title):
    for label in phone.d.find_elements(By.CSS_SELECTOR, "#sheet-games .choice"):
        if label.text == title:
            label.click()
            return
    raise Failure(f"{phone.label}: no game '{title}'")


def type_into(phone, element, value):
    """Types like a person (BMP text) or, for emoji, as an IME delivers it; then leaves the
    field, which sends it at once."""
    element.click()
    element.clear()
    if all(ord(ch) <= 0xFFFF for ch in value):
        element.send_keys(value)
    else:
        phone.js("arguments[0].value = arguments[1];"
                 "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", element, value)
    phone.js("arguments[0].blur()", element)


def type_field(phone, element_id, value):
    type_into(phone, phone.d.find_element(By.ID, element_id), value)


def input_rows(phone):
    return phone.d.find_elements(By.CSS_SELECTOR, "#sheet-inputs .sheet-input")


def add_input(phone, name, definition):
    count = len(input_rows(phone))
    phone.tap("sheet-add")
    phone.wait("a new input row", lambda: len(input_rows(phone)) == count + 1)
    row = input_rows(phone)[-1]
    check(phone.js("return document.activeElement === arguments[0]",
                   row.find_element(By.CSS_SELECTOR, ".sheet-input-name")),
          f"{phone.label}: the new input's name field does not have the focus")
    type_into(phone, row.find_element(By.CSS_SELECTOR, ".sheet-input-name"), name)
    type_into(phone, row.find_element(By.CSS_SELECTOR, ".sheet-input-definition"), definition)


def remove_input(phone, index):
    row = input_rows(phone)[index]
    row.find_element(By.CSS_SELECTOR, ".sheet-input-actions button").click()
    phone.wait("the confirmation", lambda: phone.js(
        "return !!document.querySelector('#sheet-inputs .confirm')"))
    input_rows(phone)[index].find_element(By.CSS_SELECTOR, ".sheet-input-actions .danger").click()


def seen_within(phone, what, test, since):
    wait_sheet(phone, what, test)
    return time.monotonic() - since


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    app, shots = sys.argv[1], sys.argv[2]
    shutil.rmtree(shots, ignore_errors=True)
    os.makedirs(shots)
    work = tempfile.mkdtemp(prefix="lodestar-worksheet-")
    library = Library(app, work)
    phones = []
    room = None
    try:
        workshop = library.import_workshop(workshop_document())
        room = Room(library, workshop)
        a, b, gus = Phone("aisha", shots), Phone("dana", shots), Phone("gus", shots)
        phones = [a, b, gus]
        for phone, person in ((a, PEOPLE[0]), (b, PEOPLE[1]), (gus, PEOPLE[3])):
            phone.open(room.join_url)
            narrow(phone)  # after the first page: ChromeDriver's own emulation comes with it
            phone.wait_screen("roster")
            check(phone.js("return innerWidth") == WIDTH, f"{phone.label}: not {WIDTH} px wide")
            phone.pick(person)
        for phone in (a, b):
            wait_sheet(phone, "the group's worksheet", lambda s: s["shown"] and s["group"] == OWLS)
        gus.wait("the no-group words", lambda: gus.js(
            "return !document.getElementById('sheet-nogroup').hidden"))
        gus.shot("worksheet-01-no-group")
        a.shot("worksheet-02-first-screen")
        page_shot(a, "worksheet-03-empty-page")

        # The game: one tap, the other phone follows.
        start = time.monotonic()
        choose_game(a, "Transaction game")
        lag = seen_within(b, "the game on the other phone", lambda s: s["game"] == "transaction",
                          start)
        print(f"game chosen on one phone, seen on the other after {lag:.2f} s")

        # Two fields at once: both kept, on both phones.
        name = "Nights booked 🛏️"
        definition = "לילות שהוזמנו בשבוע, <b>not bold</b>"
        a.d.find_element(By.ID, "sheet-name").click()
        b.d.find_element(By.ID, "sheet-definition").click()
        type_field(a, "sheet-name", name)
        type_field(b, "sheet-definition", definition)
        for phone in (a, b):
            wait_sheet(phone, "both fields", lambda s: s["name"] == name
                       and s["definition"] == definition and settled(s))

        # One field, one after the other: the later wins, on both phones within a second.
        type_field(a, "sheet-name", "Guests")
        wait_sheet(a, "the first write saved", settled)
        wait_sheet(b, "the first write on the other phone", lambda s: s["name"] == "Guests")
        type_field(b, "sheet-name", "Guest nights")
        start = time.monotonic()
        wait_sheet(b, "the second write saved", settled)
        lag = seen_within(a, "the later write on the first phone",
                          lambda s: s["name"] == "Guest nights", start)
        print(f"a write acknowledged on one phone reached the other after {lag:.2f} s")
        check(lag < 1.0, f"the later write took {lag:.2f} s to reach the other phone")
        check(sheet(b)["name"] == "Guest nights", "the later write did not stay on its phone")

        # Inputs: three from two phones, one removed.
        add_input(a, "Repeat guests", "guests with a second stay in 90 days")
        add_input(b, "חדרים פנויים", "rooms free on the night")
        add_input(a, "<i>Reviews</i> ⭐", "reviews written per stay")
        want = [["Repeat guests", "guests with a second stay in 90 days"],
                ["חדרים פנויים", "rooms free on the night"],
                ["<i>Reviews</i> ⭐", "reviews written per stay"]]
        for phone in (a, b):
            wait_sheet(phone, "three inputs", lambda s: s["inputs"] == want and settled(s))
        page_shot(b, "worksheet-04-filled-page")
        remove_input(b, 1)
        want.pop(1)
        for phone in (a, b):
            wait_sheet(phone, "the input removed", lambda s: s["inputs"] == want and settled(s))

        # Offline: added and typed on the phone, sent when the network is back.
        a.network(online=False)
        a.wait("the offline indicator", lambda: a.link() == "offline")
        add_input(a, "Nights per guest", "nights ÷ guests, per month")
        wait_sheet(a, "the offline input kept", lambda s: s["status"] == "saving"
                   and s["pending"] == 1)
        a.shot("worksheet-05-offline", scroll_to="sheet-inputs-head")
        page_shot(a, "worksheet-06-offline-page")
        a.network(online=True)
        want.append(["Nights per guest", "nights ÷ guests, per month"])
        for phone in (a, b):
            wait_sheet(phone, "the offline input everywhere",
                       lambda s: s["inputs"] == want and settled(s))
        page_shot(a, "worksheet-07-back-online-page")
        b.d.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        page_shot(b, "worksheet-08-dark-page")
        for phone in phones:
            check(phone.html_elements_in_user_text() == 0, f"{phone.label}: user text became HTML")
            errors = phone.console_errors()
            check(not errors, f"{phone.label}: console errors {errors}")

        room.stop()
        room = None
        document = library.export_workshop(workshop)
        owls = next(g for g in document["warmUpGroups"] if g["name"] == OWLS)
        check(owls["game"] == "transaction", f"the library holds the game {owls['game']!r}")
        star = next(c for c in document["candidates"] if c["id"] == owls["candidateId"])
        check(star["kind"] == "warmup", f"the worksheet is a {star['kind']!r} candidate")
        check((star["name"], star["definition"]) == ("Guest nights", definition),
              f"the library holds {star['name']!r} / {star['definition']!r}")
        stored = [[i["name"], i["definition"]]
                  for i in sorted(star.get("inputs", []), key=lambda i: i["position"])]
        check(stored == want, f"the library holds the inputs {stored}")
        larks = next(g for g in document["warmUpGroups"] if g["name"] == "Larks")
        check(larks["candidateId"] is None, "the other group's worksheet was touched")
        print("PASS: two phones filled one worksheet; the library holds it verbatim")
        return 0
    except Failure as failure:
        print(f"FAIL: {failure}")
        return 1
    except Exception:  # noqa: BLE001 - a crash is a failure with its trace
        traceback.print_exc()
        return 1
    finally:
        for phone in phones:
            phone.quit()
        if room:
            room.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
