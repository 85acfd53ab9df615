#!/usr/bin/python3
"""The room in real browsers (issue #17): seven phones at once write a whole silent
brainstorm against `lodestar --room`, reload mid-way, lose the network and come back; the
library must then hold exactly their cards, once each. With the phones in, the facilitator
lets a newcomer in, reveals the cards and hides them again, releases a name and removes a
device. Then the room closes, and rooms on the same workshop show the revealed cards (named,
then anonymous) and "Look at the screen".

usage: room_phones.py LODESTAR SCREENSHOT_DIR
Screenshots of every state land in SCREENSHOT_DIR; look at them."""

import os
import sys as _sys

_sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import shutil
import sys
import tempfile
import time
import traceback
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
for needed in ("/usr/bin/chromium", "/usr/bin/chromedriver"):
    if not os.path.exists(needed):  # never pass by checking nothing
        sys.exit(f"FAIL: {needed} is missing (chromium, chromium-driver: installer/install-deps.sh)")
try:
    import selenium  # noqa: F401
except ImportError:
    sys.exit("FAIL: python3-selenium is missing (installer/install-deps.sh)")
from phone import Phone  # noqa: E402
from roomlib import Failure, Library, Room, check  # noqa: E402

# Roster names with emoji, right-to-left script, quotes and markup: all of it is text.
PEOPLE = ["Aisha 🌟", 'Bruno "Bru" O’Neil', "دانة الحربي", "<b>Chen</b> 陈", "נועה כהן",
          "Émile 🇫🇷", "Farah ✨", "Gus (not here)"]
NEWCOMER = "Zoë 🙋 new"


def workshop_document():
    return {
        "format": "lodestar-workshop", "version": 1,
        "workshop": {
            "id": 1, "title": "Harvest Box 🧭 «room test»", "product": "Harvest Box",
            "facilitator": "Morgan", "vision": "", "agendaMinutes": 120,
            "createdAt": "2026-12-05T09:00:00.000Z", "updatedAt": "2026-12-05T09:00:00.000Z",
            "currentStage": "draft.silent", "game": "", "gameRationale": "",
            "valueExchange": "", "status": "running", "anonymous": False, "northStarId": None,
            "guardrailName": "", "guardrailDefinition": "", "pairSeed": "1",
            "dotsPerPerson": 3, "maxDotsPerCandidate": 2, "checklistPerPerson": False},
        "participants": [{"id": i + 1, "name": n, "discipline": "", "position": i}
                         for i, n in enumerate(PEOPLE)],
        "stages": [{"stageKey": "draft.silent", "elapsedMs": 45000, "notes": "",
                    "plannedMinutes": 8, "skipped": False, "focus": 0, "revealed": False}],
        "customStages": [], "questionNotes": [], "gameTally": [], "warmUpGroups": [],
        "pairGroups": [], "candidates": [], "checklistScores": [], "matrixCriteria": [],
        "matrixScores": [], "votes": [], "followUps": []}


def cards_of(i):
    """Three cards for phone i: emoji, right-to-left text, quotes and <b>tags</b>."""
    first = {"name": f"Weekly cooked meals 🍲 {i}",
             "behaviour": "households that cook <b>three</b> dinners a week",
             "measure": "count of “cooked” ratings ÷ active households",
             "definition": "A household counts when it rates a recipe as 'cooked' within 7 days."}
    second = {"name": f"ארוחות מבושלות בשבוע {i}",
              "behaviour": "משקי בית שמבשלים בבית",
              "measure": 'عدد الوجبات "المطبوخة" كل أسبوع',
              "definition": "<i>not italic</i> & <script>alert(1)</script>"}
    third = {"name": f"Offline idea 📴 {i}", "behaviour": "it's \"quoted\" text",
             "measure": "orders < 3 > 1", "definition": ""}
    return first, second, third


def expected_cards(i):
    """What phone i leaves in the library: its first card edited, the second deleted on odd
    phones, the third written while offline."""
    first, second, third = cards_of(i)
    first = dict(first, measure=first["measure"] + " (edited)")
    kept = [first, third] + ([second] if i % 2 == 0 else [])
    return [(PEOPLE[i], c["name"], c["behaviour"], c["measure"], c.get("definition", ""))
            for c in kept]


def brainstorm(phone, i, room, shots_wanted):
    """One person's whole silent brainstorm on one phone."""
    first, second, third = cards_of(i)
    if i < 4:
        phone.open(room.join_url)
        phone.wait_screen("roster")
        check("#r=" not in phone.d.current_url, f"{phone.label}: the token stayed in the address")
    else:
        phone.join_with_code(room.base, room.code)
    phone.pick(PEOPLE[i])
    check(phone.mode() == "write", f"{phone.label}: not in the writing mode")
    check(phone.text("stage-title").strip(), f"{phone.label}: no stage title")
    token = phone.stored()["token"]
    if shots_wanted:
        phone.shot("03-form")

    phone.write(first)
    phone.write(second)
    phone.wait_saved([first["name"], second["name"]])

    # Reload mid-way, with something typed but not saved: same identity, same cards.
    phone.set_value("f-name", "half-typed idea")
    phone.d.refresh()
    phone.wait_screen("stage")
    phone.wait_saved([first["name"], second["name"]])
    check(phone.stored()["token"] == token, f"{phone.label}: a reload changed the device token")
    check(phone.js("return document.getElementById('f-name').value") == "half-typed idea",
          f"{phone.label}: a reload lost the text being typed")

    # Lose the network, write, come back: saved once.
    phone.network(online=False)
    phone.wait("the offline indicator", lambda: phone.link() == "offline")
    phone.write(third)
    cards = {c["name"]: c for c in phone.my_cards()}
    check(cards[third["name"]]["status"] == "saving",
          f"{phone.label}: a card written offline is not shown as saving")
    check(len(phone.stored()["pending"]) == 1, f"{phone.label}: the offline card is not kept")
    if shots_wanted:
        phone.shot("05-offline-saving", scroll_to="mine-head")
    phone.network(online=True)
    phone.wait_saved([first["name"], second["name"], third["name"]])
    check(phone.link() == "connected", f"{phone.label}: not connected again")

    phone.edit(first["name"], {"measure": first["measure"] + " (edited)"})
    if i % 2:
        phone.delete(second["name"])
    names = [c[1] for c in expected_cards(i)]
    phone.wait_saved(names)
    if shots_wanted:
        phone.shot("04-saved-cards", scroll_to="mine-head")
        refused(phone, names)
    check(phone.html_elements_in_user_text() == 0, f"{phone.label}: user text became HTML")


def refused(phone, names):
    """A card the laptop refuses (a name over the limit, which only a script can type past
    the field's maxlength) says why on the card, and its text is back in the form."""
    long_name = "Too long 🙅 " + "x" * 200
    phone.fill({"name": long_name, "behaviour": "kept after the refusal"})
    phone.tap("card-save")
    phone.wait("the refusal on the card", lambda: any(
        c["status"] == "error" and c["name"] == long_name for c in phone.my_cards()))
    check(phone.js("return document.getElementById('f-name').value") == long_name
          and phone.js("return document.getElementById('f-behaviour').value")
          == "kept after the refusal", f"{phone.label}: a refused card's text left the form")
    check(phone.text("card-error").strip(), f"{phone.label}: no message under the form")
    phone.shot("05b-refused", scroll_to="card-error")
    phone.delete(long_name)  # never stored: it just goes, with the form it filled
    phone.wait("the refused card to go", lambda: sorted(c["name"] for c in phone.my_cards())
               == sorted(names) and phone.js("return document.getElementById('f-name').value")
               == "")


def resend_twice(phone):
    """The same operation sent again after a reload (an ack lost on the way) is applied once."""
    op = {"op": "card.put", "id": "resend-test-0123456789", "card": "p-resend-test-0123456789",
          "name": "Sent twice, stored once 🔁", "behaviour": "", "measure": "", "definition": ""}
    for _ in range(2):
        phone.js("""const s = JSON.parse(localStorage.getItem('lodestar.room.v1'));
                    s.pending.push({msg: arguments[0], key: arguments[0].card, sentAt: 0});
                    localStorage.setItem('lodestar.room.v1', JSON.stringify(s));""", op)
        phone.d.refresh()
        phone.wait_screen("stage")
        phone.wait("the resent card", lambda: op["name"] in [c["name"] for c in phone.my_cards()]
                   and not phone.stored()["pending"])
    return (PEOPLE[0], op["name"], "", "", "")


def join_and_look(phone, library, document):
    workshop = library.import_workshop(document)
    room = Room(library, workshop)
    try:
        phone.open(room.join_url)
        phone.wait_screen("roster")
        phone.pick(PEOPLE[0])
        return room
    except Exception:
        room.kill()
        raise


def main():
    app, shots = sys.argv[1], sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    for old in os.listdir(shots):
        if old.endswith(".png"):
            os.remove(os.path.join(shots, old))
    work = tempfile.mkdtemp(prefix="lodestar-room-browser-")
    library = Library(app, work)
    workshop = library.import_workshop(workshop_document())
    phones, room = [], None
    started = time.monotonic()
    try:
        room = Room(library, workshop, commands=True)
        with ThreadPoolExecutor(max_workers=8) as pool:
            phones = list(pool.map(lambda i: Phone(f"phone {i}", shots), range(8)))

        # The join screens, seen by a latecomer (phone 7).
        late = phones[7]
        late.open(room.base + "/")
        late.wait_screen("code")
        late.shot("01-join-code")
        late.set_value("code-input", "ZZZZZZ")
        late.tap("code-submit")
        late.wait("the wrong-code message", lambda: late.text("code-error").strip() != "")
        late.shot("01b-join-wrong-code")

        with ThreadPoolExecutor(max_workers=7) as pool:
            jobs = [pool.submit(brainstorm, phones[i], i, room, i == 0) for i in range(7)]
            for job in jobs:
                job.result()

        # Seven names are taken now; the latecomer is not on the list.
        late.set_value("code-input", room.code)
        late.tap("code-submit")
        late.wait_screen("roster")
        taken = {p["name"]: p["taken"] for p in late.roster()}
        check(taken == {n: n != PEOPLE[7] for n in PEOPLE}, f"the roster's taken names: {taken}")
        check(late.html_elements_in_user_text() == 0, "a roster name became HTML")
        late.shot("02-roster")
        late.tap("not-listed")
        late.wait_screen("newname")
        late.set_value("newname-input", NEWCOMER)
        late.tap("newname-submit")
        late.wait_screen("waiting")
        check(NEWCOMER in late.text("waiting-name"), "the waiting screen lacks the name")
        late.shot("06-waiting")

        expected = sorted([c for i in range(7) for c in expected_cards(i)]
                          + [resend_twice(phones[0])])
        stored = library.own_cards(workshop)
        check(stored == expected, "the library does not hold exactly the phones' cards:\n"
              f"  missing {sorted(set(expected) - set(stored))}\n"
              f"  extra   {sorted(set(stored) - set(expected))}\n"
              f"  stored {len(stored)}, expected {len(expected)}")

        # The facilitator's moves, live, with every phone in (the console's "who has joined"
        # panel and Reveal, given on lodestar --room's standard input). The newcomer is let
        # in: the waiting phone goes to the brainstorm, no reload.
        room.command("approve " + NEWCOMER)
        late.wait("the approved newcomer's brainstorm", lambda: late.mode() == "write")
        check(late.screen() == "stage", "the approved newcomer is not in the room")
        late.shot("06b-approved")
        # Reveal: every phone shows every card at once; hidden again, each its own.
        room.command("reveal draft.silent on")
        for p in phones:
            p.wait("the live reveal", lambda p=p: p.mode() == "revealed")
        shown = phones[3].js("return document.querySelectorAll('#revealed .card').length")
        check(shown == len(expected), f"the live reveal shows {shown} cards, not {len(expected)}")
        check(phones[3].html_elements_in_user_text() == 0, "a revealed card became HTML")
        phones[3].shot("07c-revealed-live")
        room.command("reveal draft.silent off")
        for p in phones:
            p.wait("the cards hidden again", lambda p=p: p.mode() == "write")
        check(len(phones[3].my_cards()) == len(expected_cards(3)),
              "after the reveal was undone a phone does not show only its own cards")
        # A name released (its person moved to another phone) and a device removed: each
        # phone says why it left, and the others stay.
        room.command("release " + PEOPLE[1])
        phones[1].wait_screen("closed")
        check("free" in phones[1].text("closed-title"), "the released phone does not say why")
        phones[1].shot("08-released")
        room.command("remove " + NEWCOMER)
        late.wait_screen("closed")
        check("left" in late.text("closed-title"), "the removed phone does not say why")
        late.shot("08b-removed")
        check(phones[2].screen() == "stage", "a phone that was not touched left the room")

        # The facilitator closes the room: every phone says so and forgets its token.
        room.stop()
        room = None
        for p in phones:
            p.wait_screen("closed")
            check(p.stored() is None, f"{p.label}: the token outlived the room")
        check("free" in phones[1].text("closed-title"), "the room's close hid why phone 1 left")
        phones[0].shot("09-closed")

        # Revealed: the same workshop with the silent brainstorm revealed, in a new room.
        document = library.export_workshop(workshop)
        for stage in document["stages"]:
            if stage["stageKey"] == "draft.silent":
                stage["revealed"] = True
        viewer = phones[0]
        room = join_and_look(viewer, library, document)
        viewer.wait("the revealed cards", lambda: viewer.mode() == "revealed")
        shown = viewer.js("return document.querySelectorAll('#revealed .card').length")
        check(shown == len(expected), f"revealed {shown} cards, expected {len(expected)}")
        authors = viewer.js("return [...document.querySelectorAll('#revealed .card-author')]"
                            ".map(a => a.textContent)")
        check(any("Bru" in a for a in authors), "the revealed cards lack their authors")
        check(viewer.html_elements_in_user_text() == 0, "a revealed card became HTML")
        check("<b>three</b>" in viewer.text("revealed"), "the <b> tag is not shown as text")
        viewer.shot("07-revealed")
        room.stop()
        room = None
        viewer.wait_screen("closed")

        # Anonymous: the same cards, and no author anywhere.
        document["workshop"]["anonymous"] = True
        room = join_and_look(viewer, library, document)
        viewer.wait("the anonymous cards", lambda: viewer.mode() == "revealed")
        page = viewer.text("revealed")
        leaked = [n for n in PEOPLE[1:7] if n in page]
        check(not leaked, f"an anonymous workshop shows authors: {leaked}")
        viewer.shot("07b-revealed-anonymous")
        room.stop()
        room = None
        viewer.wait_screen("closed")

        # Any other stage: look at the screen.
        document["workshop"]["anonymous"] = False
        document["workshop"]["currentStage"] = "draft.pairs"
        room = join_and_look(viewer, library, document)
        viewer.wait("look at the screen", lambda: viewer.mode() == "look")
        check(viewer.text("stage-title").strip(), "no stage title on the look screen")
        viewer.shot("08-look")

        # The same phone opens the room in a second tab: that tab takes the phone's place, the
        # first says so and stays quiet (no tug of war) until "Use this tab".
        first_tab = viewer.d.current_window_handle
        viewer.d.switch_to.new_window("tab")
        viewer.d.get(room.base + "/")
        viewer.wait("the second tab in the room", lambda: viewer.mode() == "look"
                    and viewer.link() == "connected")
        second_tab = viewer.d.current_window_handle
        viewer.d.switch_to.window(first_tab)
        viewer.wait_screen("elsewhere")
        viewer.js("window.dispatchEvent(new Event('online'));"
                  "document.dispatchEvent(new Event('visibilitychange'))")
        check(viewer.link() == "idle", "the quiet tab tries to reconnect")
        viewer.shot("08b-other-tab")
        viewer.tap("elsewhere-use")
        viewer.wait("the first tab back in the room", lambda: viewer.mode() == "look"
                    and viewer.link() == "connected")
        viewer.d.switch_to.window(second_tab)
        viewer.wait_screen("elsewhere")
        viewer.d.close()
        viewer.d.switch_to.window(first_tab)

        dark = Phone("dark phone", shots, dark=True)
        phones.append(dark)
        dark.open(room.join_url)
        dark.wait_screen("roster")
        dark.shot("10-roster-dark")
        dark.pick(PEOPLE[1])
        dark.shot("11-look-dark")

        for p in phones:
            errors = p.console_errors()
            check(not errors, f"{p.label}: console errors {errors}")
        room.stop()
        room = None
    finally:
        if room:
            room.kill()
        for p in phones:
            p.quit()
    shutil.rmtree(work, ignore_errors=True)  # kept after a failure, to look at
    print(f"room_phones: 7 phones, {len(expected)} cards, "
          f"{time.monotonic() - started:.1f} s; screenshots in {shots}")


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        sys.exit(1)
    except Exception:
        traceback.print_exc()
        sys.exit(1)
