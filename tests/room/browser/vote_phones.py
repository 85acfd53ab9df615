#!/usr/bin/python3
"""Scoring and the dot vote from phones (issue #18), in real browsers against
`lodestar --room --commands`: seven phones score two candidates each, person by person,
while the facilitator moves the projector from one candidate to the next; then they vote
with dots, hit the caps, live through a lowered cap, mark themselves done, and see the tally
once the vote is closed. The library must hold exactly what was tapped, and the tally on the
phones must be the one the dots make.

usage: vote_phones.py LODESTAR SCREENSHOT_DIR
Screenshots of both screens land in SCREENSHOT_DIR; look at them."""

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

PEOPLE = ["Aisha 🌟", 'Bruno "Bru" O’Neil', "دانة الحربي", "<b>Chen</b> 陈", "נועה כהן",
          "Émile 🇫🇷", "Farah ✨"]
CRITERIA = ["value", "vision", "leading", "actionable", "understandable", "measurable",
            "not_vanity"]
ANSWERS = ["yes", "partly", "no"]
STORED = {"no": 0, "partly": 1, "yes": 2}  # ChecklistAnswer in the JSON export
CANDIDATES = [
    ("Weekly cooked meals 🍲", "households cooking our recipes at home",
     "meals marked as cooked per active household each week"),
    ("<b>Repeat</b> boxes", "customers ordering again within a month",
     "share of first boxes followed by a second within 30 days"),
    ("وجبات مطبوخة", "families sharing a cooked dinner", "dinners rated after cooking"),
]
# Each person's taps in the dot vote, in order: (candidate index, +1 place / -1 take off).
# Three dots each, at most two on one candidate; the refused taps are marked.
DOTS = [
    [(0, +1), (0, +1), (1, +1), (2, +1)],           # the fourth: all dots used, refused
    [(0, +1), (0, +1), (0, +1), (2, +1)],           # the third: two on one already, refused
    [(1, +1), (1, +1), (2, +1), (1, -1)],
    [(2, +1), (2, +1), (0, +1)],
    [(1, +1), (1, +1)],
    [(0, +1), (2, +1)],
    [(1, +1)],
]
REFUSED = {(0, 3): "used all 3 dots", (1, 2): "At most 2"}
DONE = {4, 6}  # who taps "I'm done" (0, 1 and 3 finish by using every dot)
OFFLINE = 5  # who scores the second candidate without the network, then comes back


def workshop_document():
    return {
        "format": "lodestar-workshop", "version": 1,
        "workshop": {
            "id": 1, "title": "Harvest Box 🧭 «vote test»", "product": "Harvest Box",
            "facilitator": "Morgan", "vision": "", "agendaMinutes": 120,
            "createdAt": "2026-12-05T09:00:00.000Z", "updatedAt": "2026-12-05T09:00:00.000Z",
            "currentStage": "draft.score", "game": "", "gameRationale": "",
            "valueExchange": "", "status": "running", "anonymous": False, "northStarId": None,
            "guardrailName": "", "guardrailDefinition": "", "pairSeed": "1",
            "dotsPerPerson": 3, "maxDotsPerCandidate": 2, "checklistPerPerson": True},
        "participants": [{"id": i + 1, "name": n, "discipline": "", "position": i}
                         for i, n in enumerate(PEOPLE)],
        "stages": [{"stageKey": "draft.silent", "elapsedMs": 480000, "notes": "",
                    "plannedMinutes": 8, "skipped": False, "focus": 0, "revealed": True},
                   {"stageKey": "draft.score", "elapsedMs": 0, "notes": "",
                    "plannedMinutes": 8, "skipped": False, "focus": 0, "revealed": False}],
        "customStages": [], "questionNotes": [], "gameTally": [], "warmUpGroups": [],
        "pairGroups": [],
        "candidates": [{"id": 10 + k, "kind": "own", "authorId": k + 1, "name": n,
                        "behaviour": b, "measure": m, "definition": "", "status": "active",
                        "eliminationReason": "", "breaksCriterion": "", "inputs": [],
                        "mergedFrom": [], "pairId": None, "position": k}
                       for k, (n, b, m) in enumerate(CANDIDATES)],
        "checklistScores": [], "matrixCriteria": [], "matrixScores": [], "votes": [],
        "followUps": []}


def answer_of(person, round_, criterion):
    """What a person answers: varied, and person 6 leaves the last point of round 2 open."""
    if person == 6 and round_ == 1 and criterion == len(CRITERIA) - 1:
        return ""
    return ANSWERS[(person + 2 * round_ + criterion) % 3]


def score(phone, person, round_, card):
    phone.wait(f"candidate {card} on the phone", lambda: phone.js(
        "return !document.getElementById('score-body').hidden && "
        "document.getElementById('score-name').textContent") == CANDIDATES[round_][0])
    if round_ == 0:  # a change of mind: Yes, tapped again to clear, then the real answer
        phone.tap_answer(CRITERIA[0], "yes")
        phone.tap_answer(CRITERIA[0], "yes")
    offline = person == OFFLINE and round_ == 1
    if offline:  # answers given without the network are kept, shown, and sent when it is back
        phone.network(online=False)
        phone.wait("the offline indicator", lambda: phone.link() == "offline")
    for k, criterion in enumerate(CRITERIA):
        answer = answer_of(person, round_, k)
        if answer:
            phone.tap_answer(criterion, answer)
    want = {c: [a] if a else [] for c, a in
            ((c, answer_of(person, round_, k)) for k, c in enumerate(CRITERIA))}
    if offline:
        check(phone.answers() == {"pending": len(CRITERIA), "marked": want},
              f"{phone.label}: answers tapped offline are not marked and kept")
        phone.network(online=True)
    phone.wait("every answer saved and marked",
               lambda: phone.answers() == {"pending": 0, "marked": want})


def vote(phone, person, cards):
    phone.wait("the vote", lambda: phone.mode() == "vote"
               and len(phone.dots()) == len(cards))
    for n, (k, delta) in enumerate(DOTS[person]):
        before = phone.dots()
        phone.tap_dot(cards[k], delta > 0)
        if (person, n) in REFUSED:
            phone.wait("the laptop's refusal",
                       lambda: REFUSED[(person, n)] in phone.text("vote-error"))
            phone.wait("nothing changed", lambda: phone.votes() == {"pending": 0, "dots": before})
        else:
            after = dict(before, **{cards[k]: before[cards[k]] + delta})
            phone.wait("the dot saved", lambda: phone.votes() == {"pending": 0, "dots": after})
    if person in DONE:
        phone.tap("vote-done")
        phone.wait("done", lambda: phone.settled() and phone.js(
            "return document.getElementById('vote-done').getAttribute('aria-pressed')") == "true")


def expected_votes(cards, people):
    dots = {}
    for person, taps in enumerate(DOTS):
        for n, (k, delta) in enumerate(taps):
            if (person, n) not in REFUSED:
                key = (people[person], cards[k])
                dots[key] = dots.get(key, 0) + delta
    return {k: v for k, v in dots.items() if v}


def expected_tally(cards, votes):
    totals = [(c, sum(v for (p, cc), v in votes.items() if cc == c),
               sum(1 for (p, cc), v in votes.items() if cc == c)) for c in cards]
    order = sorted(totals, key=lambda t: -t[1])  # stable: equal counts keep the given order
    return [{"card": f"c{c}", "dots": d, "voters": v,
             "rank": 1 + sum(1 for _, dd, _ in totals if dd > d),
             "tied": sum(1 for _, dd, _ in totals if dd == d) > 1} for c, d, v in order]


def main():
    app, shots = sys.argv[1], sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    for old in os.listdir(shots):
        if old.endswith(".png"):
            os.remove(os.path.join(shots, old))
    started = time.monotonic()

    def phase(what):
        print(f"  {time.monotonic() - started:5.1f} s  {what}", flush=True)
    work = tempfile.mkdtemp(prefix="lodestar-vote-browser-")
    library = Library(app, work)
    phones, room = [], None
    pool = ThreadPoolExecutor(max_workers=7)
    # The browsers start while the library is made: the slowest part, done once.
    starting = [pool.submit(Phone, f"phone {i}", shots, i == 6) for i in range(7)]
    try:
        workshop = library.import_workshop(workshop_document())
        document = library.export_workshop(workshop)
        people = {p["name"]: p["id"] for p in document["participants"]}
        person_ids = [people[n] for n in PEOPLE]
        ids = {c["name"]: c["id"] for c in document["candidates"]}
        cards = [ids[n] for n, _, _ in CANDIDATES]
        keys = [f"c{c}" for c in cards]
        room = Room(library, workshop, commands=True)
        room.command(f"focus draft.score {cards[0]}")
        room.command("reveal draft.silent off")  # the phones join before the reveal
        with pool:
            phones = [f.result() for f in starting]

            def join(i):
                phones[i].open(room.join_url)
                phones[i].wait_screen("roster")
                phones[i].pick(PEOPLE[i])
            phase("seven browsers")
            list(pool.map(join, range(7)))
            phase("joined")

            # Before the reveal a phone shows no candidate, as the projector shows none.
            phones[0].wait("no candidate before the reveal", lambda: phones[0].text(
                "score-none-text").startswith("The cards are not revealed yet"))
            page = phones[0].js("return document.body.textContent")
            check(not any(name in page for name, _, _ in CANDIDATES),
                  "a candidate reached a phone before the reveal")
            phones[0].shot("00-score-before-reveal")
            room.command("reveal draft.silent on")
            phase("no candidate before the reveal")

            # Share and score: the first candidate, then the projector moves to the second.
            for round_ in range(2):
                if round_:
                    room.command(f"focus draft.score {cards[1]}")
                list(pool.map(lambda i: score(phones[i], i, round_, keys[round_]), range(7)))
                want = f"{7 - round_} of 7 have answered every point"
                phones[0].wait(want, lambda: phones[0].text("score-answered") == want)
                phase(f"scored candidate {round_ + 1}")
                phones[0].shot(f"01-score-{round_ + 1}")
                phones[0].shot(f"02-score-{round_ + 1}-checklist", scroll_to="point-leading")
            phones[6].shot("03-score-dark", scroll_to="point-value")

            stored = {(s["participantId"], s["candidateId"], s["criterion"]): s["answer"]
                      for s in library.export_workshop(workshop)["checklistScores"]}
            expected = {(person_ids[i], cards[r], c): STORED[answer_of(i, r, k)]
                        for i in range(7) for r in range(2) for k, c in enumerate(CRITERIA)
                        if answer_of(i, r, k)}
            check(stored == expected, "the library's scores are not what was tapped:\n"
                  f"  missing {sorted(set(expected.items()) - set(stored.items()))}\n"
                  f"  extra   {sorted(set(stored.items()) - set(expected.items()))}")

            phase("scores checked")
            # The dot vote.
            room.command("stage draft.decide")
            list(pool.map(lambda i: vote(phones[i], i, keys), range(7)))
            phones[0].wait("5 of 7 finished",
                           lambda: phones[0].text("vote-finished") == "5 of 7 have finished")
            phase("voted")
            phones[1].shot("04-vote")
            phones[0].shot("05-vote-refused")
            phones[4].shot("06-vote-done", scroll_to="vote-done")
            phones[6].shot("07-vote-dark")
            check(not any(p.js("return document.getElementById('vote-tally').children.length")
                          for p in phones), "a tally before Close vote")

            # The facilitator lowers the caps mid-vote: Aisha (2 + 1 dots) is over them.
            room.command("caps 2 1")
            phones[0].wait("the over-limit note", lambda: phones[0].js(
                "return !document.getElementById('vote-over').hidden"))
            check(phones[5].js("return document.getElementById('vote-over').hidden"),
                  "a person within the lowered caps is told they are over them")
            check("3 dots placed, 2 allowed now" in phones[0].text("vote-left")
                  and not phones[0].text("vote-error"),
                  f"over the caps, the counter says {phones[0].text('vote-left')!r} "
                  f"and the refusal {phones[0].text('vote-error')!r}")
            phones[0].shot("08-vote-over-limit")
            room.command("caps 3 2")
            phones[0].wait("the note gone", lambda: phones[0].js(
                "return document.getElementById('vote-over').hidden"))

            votes = {(v["participantId"], v["candidateId"]): v["dots"]
                     for v in library.export_workshop(workshop)["votes"] if v["dots"]}
            want_votes = expected_votes(cards, person_ids)
            check(votes == want_votes, f"the library's dots {votes}, tapped {want_votes}")

            # Close vote: the tally on every phone.
            room.command("reveal draft.decide on")
            tally = expected_tally(cards, want_votes)

            def shown_tally(p):
                return p.js("""return [...document.querySelectorAll('#vote-tally .tally-row')]
                    .map(li => ({card: li.dataset.card,
                                 figures: li.querySelector('.tally-figures').textContent,
                                 winner: li.classList.contains('winner'),
                                 tied: li.classList.contains('tied')}))""")
            for p in phones:
                p.wait("the tally", lambda: len(shown_tally(p)) == len(cards))
                rows = shown_tally(p)
                check([r["card"] for r in rows] == [t["card"] for t in tally],
                      f"{p.label}: tally order {rows}, expected {tally}")
                for r, t in zip(rows, tally):
                    check(r["figures"].startswith(f"{t['dots']} dots from {t['voters']} people"),
                          f"{p.label}: {r['figures']!r} for {t}")
                    check(r["winner"] == (t["rank"] == 1) and r["tied"] == t["tied"],
                          f"{p.label}: winner/tie marks {r} for {t}")
                check(p.html_elements_in_user_text() == 0, f"{p.label}: user text became HTML")
            phase("tally checked")
            phones[0].shot("09-tally")
            phones[6].shot("10-tally-dark")

            for p in phones:
                errors = p.console_errors()
                check(not errors, f"{p.label}: console errors {errors}")
        room.stop()
        room = None
    finally:
        if room:
            room.kill()
        for f in starting:  # every browser that started, even when another one failed
            if not f.exception():
                f.result().quit()
        pool.shutdown()
    shutil.rmtree(work, ignore_errors=True)  # kept after a failure, to look at
    print(f"vote_phones: 7 phones, {len(expected)} answers, {sum(want_votes.values())} dots, "
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
