#!/usr/bin/python3
"""The phone page's score and vote screens (issue #18) against a stand-in laptop: the page's
own files served as they are, and a fake WebSocket (fake_room.js) that pushes scripted states
and applies the operations as the protocol says. Fast, one browser, no lodestar needed: it
checks what the page shows and sends, in light and dark, and leaves screenshots to look at.

usage: vote_page.py RESOURCES_ROOM_DIR SCREENSHOT_DIR"""

import os
import sys as _sys

_sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import http.server
import sys
import threading
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
for needed in ("/usr/bin/chromium", "/usr/bin/chromedriver"):
    if not os.path.exists(needed):
        sys.exit(f"FAIL: {needed} is missing (chromium, chromium-driver: installer/install-deps.sh)")
from phone import Phone  # noqa: E402
from roomlib import Failure, check  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = "/usr/share/fonts/opentype/inter"

CRITERIA = [
    ("value", "Expresses value", "Anyone can see why a rise is good news for customers."),
    ("vision", "Reflects vision and strategy", "Our product and business strategy can be read from it."),
    ("leading", "Leading indicator", "It moves before revenue and retention do, so it predicts rather than reports."),
    ("actionable", "Actionable", "Our own work can move it; it is not a market trend we merely watch."),
    ("understandable", "Understandable", "A colleague outside product gets it in one sentence, without jargon."),
    ("measurable", "Measurable", "We can instrument it, even if the tracking does not exist yet."),
    ("not_vanity", "Not a vanity metric", "When it changes, something real changed for customers."),
]
CANDIDATES = [
    {"card": "c41", "name": "Weekly cooked meals 🍲", "behaviour": "households cooking our recipes at home",
     "measure": "meals marked as cooked per active household each week", "definition": ""},
    {"card": "c42", "name": "<b>Repeat</b> boxes", "behaviour": "customers ordering again within a month",
     "measure": "share of first boxes followed by a second within 30 days", "definition": ""},
    {"card": "c43", "name": "وجبات مطبوخة", "behaviour": "families sharing a cooked dinner",
     "measure": "dinners rated after cooking", "definition": "per household, over 28 days"},
]


def base_state(mode, title):
    return {"workshop": {"title": "Harvest Box 🧭", "anonymous": False},
            "me": {"device": "fake-device", "person": 1, "name": "Aisha", "waiting": False},
            "stage": {"key": "draft.score" if mode == "score" else "draft.decide", "title": title,
                      "mode": mode, "timer": {"running": False, "elapsedMs": 120000,
                                               "plannedMs": 600000, "serverTime": 0}},
            "limits": {"name": 200, "behaviour": 20000, "measure": 20000, "definition": 20000},
            "cards": []}


def score_state(candidate=0, per_person=True, mine=None, answered=3):
    s = base_state("score", "Share and score")
    c = dict(CANDIDATES[candidate], index=candidate + 1, count=len(CANDIDATES))
    s["score"] = {"perPerson": per_person, "candidate": c,
                  "criteria": [{"key": k, "title": t, "meaning": m, "question": ""}
                               for k, t, m in CRITERIA],
                  "answered": answered, "people": 7}
    if per_person:
        s["score"]["mine"] = dict(mine or {})
    return s


def vote_state(mine=(0, 0, 0), dots=3, cap=2, closed=False, tally=None, over=False):
    s = base_state("vote", "Decide: matrix and vote")
    left = dots - sum(mine)
    s["vote"] = {"closed": closed, "dotsPerPerson": dots, "maxPerCandidate": cap,
                 "left": max(0, left), "done": False, "overLimit": over,
                 "candidates": [dict(c, mine=n) for c, n in zip(CANDIDATES, mine)],
                 "finished": 4, "people": 7}
    if closed:
        s["vote"]["tally"] = tally
    return s


def worksheet_state():
    s = base_state("worksheet", "Warm-up")
    s["stage"]["key"] = "warmup"
    s["worksheet"] = {"group": "Owls", "members": ["Aisha", "Dana"], "game": "transaction",
                      "games": [{"key": "attention", "title": "Attention"},
                                {"key": "transaction", "title": "Transaction"},
                                {"key": "productivity", "title": "Productivity"}],
                      "name": "Guest nights", "definition": "",
                      "inputs": [{"input": "i17", "name": "Repeat guests", "definition": ""}],
                      "fewestInputs": 3, "mostInputs": 5}
    return s


class Server:
    """The page's files at the paths the room serves them on."""

    def __init__(self, root):
        routes = {"/": os.path.join(root, "index.html"), "/room.js": os.path.join(root, "room.js"),
                  "/room.css": os.path.join(root, "room.css"),
                  "/inter.otf": os.path.join(FONTS, "Inter-Regular.otf"),
                  "/inter-bold.otf": os.path.join(FONTS, "Inter-Bold.otf")}
        types = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".otf": "font/otf"}

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                path = routes.get(self.path.split("?")[0])
                if not path or not os.path.exists(path):
                    self.send_error(404)
                    return
                with open(path, "rb") as f:
                    body = f.read()
                self.send_response(200)
                self.send_header("Content-Type", types[os.path.splitext(path)[1]])
                self.send_header("Content-Security-Policy", "default-src 'self'")
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def stop(self):
        self.httpd.shutdown()


class FakePhone(Phone):
    def __init__(self, label, shots, url, dark=False, width=390):
        super().__init__(label, shots, dark, width)
        with open(os.path.join(HERE, "fake_room.js"), encoding="utf-8") as f:
            self.d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": f.read()})
        self.d.get(url)
        self.wait("the fake room's socket", lambda: self.js("return window.__fake.sockets.length") > 0)

    def set_state(self, state):
        self.js("window.__fake.set(arguments[0])", state)

    def sent(self, op):
        return [m for m in self.js("return window.__fake.sent") if m.get("op") == op]


def check_score(p):
    p.set_state(score_state(mine={"value": "yes", "leading": "partly"}))
    p.wait("the score screen", lambda: p.mode() == "score")
    check(p.text("score-name") == CANDIDATES[0]["name"], "the candidate's name is not shown")
    check("households cooking" in p.text("score-behaviour"), "no 'an increase in' line")
    check(p.text("score-position") == "Candidate 1 of 3", p.text("score-position"))
    check(p.js("return document.querySelectorAll('#score-criteria .criterion').length") == 7,
          "not seven checklist points")
    check(p.js("return document.querySelectorAll('#score-criteria .answer').length") == 21,
          "not three answers per point")
    check(p.pressed("value") == ["yes"] and p.pressed("leading") == ["partly"]
          and p.pressed("vision") == [], "my answers from the state are not marked")
    check(p.text("score-answered") == "3 of 7 have answered every point", p.text("score-answered"))
    check("2 of 7" in p.text("score-mine"), p.text("score-mine"))
    height = p.js("return document.querySelector('.answer').getBoundingClientRect().height")
    width = p.js("return document.querySelector('.answer').getBoundingClientRect().width")
    check(height >= 48 and width >= 80, f"an answer button is {width}x{height} px: not thumb-sized")
    p.shot("vote-page-01-score")

    # Tap a new answer: marked at once, sent once, confirmed.
    p.tap_answer("vision", "no")
    check(p.pressed("vision") == ["no"], "a tapped answer is not marked at once")
    p.wait("the answer to be confirmed", p.settled)
    sent = p.sent("score.put")
    check(len(sent) == 1 and sent[0]["card"] == "c41" and sent[0]["criterion"] == "vision"
          and sent[0]["answer"] == "no" and len(sent[0]["id"]) >= 16, f"sent {sent}")
    check(p.pressed("vision") == ["no"], "the confirmed answer is not marked")
    # Change it, then tap the chosen one again: cleared.
    p.tap_answer("vision", "yes")
    p.wait("yes", lambda: p.pressed("vision") == ["yes"] and p.settled())
    p.tap_answer("vision", "yes")
    p.wait("the answer cleared", lambda: p.pressed("vision") == [] and p.settled())
    check([m["answer"] for m in p.sent("score.put")] == ["no", "yes", ""],
          "tapping the chosen answer again does not clear it")
    check(p.js("return window.__fake.state.score.mine") == {"value": "yes", "leading": "partly"},
          "the fake laptop does not hold what was tapped")

    # A refusal says why, under the point, and the answer goes back to what the laptop has.
    p.js("window.__fake.refuse = {error: 'not-now', message: 'Scoring is closed for this candidate.'}")
    p.tap_answer("measurable", "yes")
    p.wait("the refusal under the point", lambda: "Scoring is closed" in p.js(
        "return document.querySelector('[data-criterion=measurable] .criterion-error').textContent"))
    check(p.pressed("measurable") == [], "a refused answer stays marked")
    p.shot("vote-page-02-score-refused", scroll_to="point-actionable")

    # The projector moves on: the next candidate, my answers for it.
    p.set_state(score_state(candidate=1, mine={"value": "no"}, answered=0))
    p.wait("the second candidate", lambda: p.text("score-name") == CANDIDATES[1]["name"])
    check(p.pressed("value") == ["no"] and p.pressed("leading") == [], "answers of the wrong candidate")
    check(p.html_elements_in_user_text() == 0, "a candidate's name became HTML")
    check(p.js("return document.querySelectorAll('.criterion-error:not([hidden])').length") == 0,
          "the refusal outlived its candidate")

    # Consensus: read-only, and says who scores.
    p.set_state(score_state(candidate=2, per_person=False))
    p.wait("consensus", lambda: p.js("return document.querySelectorAll('.answer').length") == 0)
    check("facilitator scores for the group" in p.text("score-help"), p.text("score-help"))
    check(p.js("return document.getElementById('score-answered').hidden"), "a count in consensus")
    p.shot("vote-page-03-score-consensus")

    # No candidate: look at the screen.
    state = score_state()
    state["score"]["candidate"] = None
    p.set_state(state)
    p.wait("look at the screen", lambda: not p.js("return document.getElementById('score-none').hidden"))
    check(p.js("return document.getElementById('score-body').hidden"), "the body shows with no candidate")


def check_vote(p):
    p.set_state(vote_state(mine=(1, 0, 0)))
    p.wait("the vote screen", lambda: p.mode() == "vote")
    check(p.dots() == {"c41": 1, "c42": 0, "c43": 0}, f"dots {p.dots()}")
    check("2 dots left" in p.text("vote-left"), p.text("vote-left"))
    check("at most 2 on any one" in p.text("vote-rules"), p.text("vote-rules"))
    check(p.text("vote-finished") == "4 of 7 have finished", p.text("vote-finished"))
    check(p.js("return document.querySelector('#vote-list [data-card=c42] .minus').disabled"),
          "− is enabled with no dot to take")
    size = p.js("const r = document.querySelector('.plus').getBoundingClientRect();"
                "return [r.width, r.height]")
    check(size[0] >= 48 and size[1] >= 48, f"+ is {size}: not thumb-sized")

    p.tap_dot("c41", True)
    check(p.dots()["c41"] == 2, "a placed dot does not show at once")
    p.wait("the dot confirmed", p.settled)
    check("1 dot left" in p.text("vote-left"), p.text("vote-left"))
    p.tap_dot("c42", True)
    p.wait("all dots placed", lambda: p.settled() and "All your dots" in p.text("vote-left"))
    p.shot("vote-page-04-vote")

    # A dot too many: the laptop's sentence, and nothing changes.
    p.tap_dot("c43", True)
    p.wait("the laptop's sentence", lambda: p.text("vote-error") == "Aisha has used all 3 dots.")
    check(p.dots() == {"c41": 2, "c42": 1, "c43": 0}, f"a refused dot changed the dots: {p.dots()}")
    p.shot("vote-page-05-vote-refused")
    p.tap_dot("c42", False)
    p.wait("a dot taken back", lambda: p.settled() and p.dots()["c42"] == 0)
    check(not p.text("vote-error"), "the refusal outlived the next tap")
    check([m["op"] for m in p.js("return window.__fake.sent") if m["op"].startswith("dot.")]
          == ["dot.place", "dot.place", "dot.place", "dot.remove"], "the dot operations sent")

    # I'm done, and changing my mind.
    p.tap("vote-done")
    p.wait("done", lambda: p.settled() and p.text("vote-finished") == "5 of 7 have finished")
    check(p.js("return document.getElementById('vote-done').getAttribute('aria-pressed')") == "true",
          "the done toggle is not pressed")
    p.shot("vote-page-06-vote-done", scroll_to="vote-done")
    p.tap("vote-done")
    p.wait("not done", lambda: p.settled() and p.text("vote-finished") == "4 of 7 have finished")
    check([m["done"] for m in p.sent("vote.done")] == [True, False], "vote.done sent")

    # The facilitator lowered the cap: over the limit, explained.
    p.set_state(vote_state(mine=(2, 0, 0), dots=2, cap=1, over=True))
    p.wait("the over-limit note", lambda: not p.js("return document.getElementById('vote-over').hidden"))
    check("still count" in p.text("vote-over"), p.text("vote-over"))
    check("at most 1 on any one" in p.text("vote-rules"), p.text("vote-rules"))
    p.shot("vote-page-07-vote-over-limit")

    # Closed: the tally as bars, the winners marked, the tie visible.
    tally = [{"card": "c41", "dots": 9, "voters": 5, "rank": 1, "tied": True},
             {"card": "c43", "dots": 9, "voters": 6, "rank": 1, "tied": True},
             {"card": "c42", "dots": 3, "voters": 2, "rank": 3, "tied": False}]
    p.set_state(vote_state(mine=(2, 0, 1), closed=True, tally=tally))
    p.wait("the tally", lambda: not p.js("return document.getElementById('vote-closed').hidden"))
    rows = p.js("""return [...document.querySelectorAll('#vote-tally .tally-row')].map(li => ({
        card: li.dataset.card, winner: li.classList.contains('winner'),
        tied: li.classList.contains('tied'), tag: (li.querySelector('.tag') || {}).textContent,
        width: li.querySelector('.tally-fill').getBoundingClientRect().width,
        bar: li.querySelector('.tally-bar').getBoundingClientRect().width}))""")
    check([r["card"] for r in rows] == ["c41", "c43", "c42"], f"tally order {rows}")
    check([r["winner"] for r in rows] == [True, True, False], f"winners {rows}")
    check(all("Tied" in r["tag"] for r in rows[:2]), f"the tie is not visible {rows}")
    check(abs(rows[0]["width"] - rows[0]["bar"]) < 1 and abs(rows[2]["width"] / rows[2]["bar"] - 1 / 3) < 0.02,
          f"the bars are not to scale {rows}")
    check("A tie for the most dots" in p.text("vote-result"), p.text("vote-result"))
    check(p.html_elements_in_user_text() == 0, "a name in the tally became HTML")
    p.shot("vote-page-08-tally")


def check_worksheet_closed(p):
    """The room closes while worksheet changes are still on their way: the end screen lists
    them, the typed text as written, so nothing is lost without a word (#18)."""
    p.set_state(worksheet_state())
    p.wait("the worksheet", lambda: not p.js("return document.getElementById('sheet').hidden"))
    p.js("window.__fake.silent = true")  # the laptop stops answering
    name = "Weekly cooked meals 🍲 <b>per household</b> \"so far\""
    p.set_value("sheet-name", name)
    p.wait("the name queued", lambda: any(m.get("field") == "name" for m in p.sent("worksheet.put")))
    p.js("document.querySelector('#sheet-games input[value=productivity]').click()")
    definition = "ضيوف يعودون خلال ٩٠ يومًا"  # typed, closed before the pause sends it
    p.js("const el = document.querySelector('#sheet-inputs [data-input=i17] .sheet-input-definition');"
         "el.value = arguments[0]; el.dispatchEvent(new Event('input', {bubbles: true}));"
         "window.__fake.socket().deliver({type: 'closed', reason: 'room-closed'});", definition)
    p.wait_screen("closed")
    lines = p.js("""return [...document.querySelectorAll('#closed-sheet li')].map(li =>
        [li.querySelector('.sheet-line-label').textContent, li.querySelector('.sheet-line-text').textContent])""")
    check(not p.js("return document.getElementById('closed-sheet-box').hidden"),
          "the unsaved worksheet changes are not shown")
    check(lines == [["Your North Star", name], ["Game", "Productivity game"],
                    ["Definition of “Repeat guests”", definition]], f"listed {lines}")
    check(p.html_elements_in_user_text() == 0, "worksheet text became HTML")
    p.shot("vote-page-12-closed-worksheet-unsaved")


def main():
    root, shots = sys.argv[1], sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    server = Server(root)
    phones = []
    started = time.monotonic()
    try:
        light = FakePhone("light phone", shots, server.url)
        phones.append(light)
        check_score(light)
        check_vote(light)
        dark = FakePhone("dark phone", shots, server.url, dark=True, width=360)  # the narrowest
        phones.append(dark)
        dark.set_state(score_state(mine={"value": "yes", "vision": "partly", "leading": "no"}))
        dark.wait("the dark score screen", lambda: dark.mode() == "score")
        dark.shot("vote-page-09-score-dark")
        dark.set_state(vote_state(mine=(1, 1, 0)))
        dark.wait("the dark vote screen", lambda: dark.mode() == "vote")
        dark.shot("vote-page-10-vote-dark")
        dark.set_state(vote_state(mine=(2, 0, 1), closed=True, tally=[
            {"card": "c41", "dots": 11, "voters": 6, "rank": 1, "tied": False},
            {"card": "c43", "dots": 6, "voters": 4, "rank": 2, "tied": False},
            {"card": "c42", "dots": 4, "voters": 3, "rank": 3, "tied": False}]))
        dark.wait("the dark tally", lambda: dark.js(
            "return document.querySelectorAll('#vote-tally .tally-row').length") == 3)
        dark.shot("vote-page-11-tally-dark")
        closing = FakePhone("closing phone", shots, server.url, width=360)
        phones.append(closing)
        check_worksheet_closed(closing)
        for p in phones:
            errors = p.console_errors()
            check(not errors, f"{p.label}: console errors {errors}")
    finally:
        for p in phones:
            p.quit()
        server.stop()
    print(f"vote_page: score and vote screens, the end with unsaved worksheet changes, {time.monotonic() - started:.1f} s; screenshots in {shots}")


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        sys.exit(1)
    except Exception:
        traceback.print_exc()
        sys.exit(1)
