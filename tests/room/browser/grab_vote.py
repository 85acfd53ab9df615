#!/usr/bin/python3
"""The README's picture of scoring and voting from a phone (issue #18): the checklist for the
candidate on the projector, the dot vote, and the tally after Close vote, side by side
(needs ImageMagick's montage and convert).

usage: grab_vote.py LODESTAR OUTPUT.png"""

import os
import sys as _sys

_sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from phone import Phone  # noqa: E402
from roomlib import Library, Room  # noqa: E402
from vote_phones import workshop_document  # noqa: E402

NAMES = ["Ana Ribeiro", "Malik Osei", "Jun Park", "Sofia Marín", "Lena Vogt"]
CANDIDATES = [
    ("Weekly cooked meals", "households cooking our recipes at home",
     "meals marked as cooked per active household each week"),
    ("Repeat boxes", "customers ordering again within a month",
     "share of first boxes followed by a second within 30 days"),
    ("Recipes rated", "people telling us how dinner went", "ratings per delivered recipe"),
]


def main():
    app, output = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="lodestar-grab-vote-")
    library = Library(app, work)
    document = workshop_document()
    document["workshop"]["title"] = "Harvest Box North Star"
    document["participants"] = [{"id": i + 1, "name": n, "discipline": "", "position": i}
                                for i, n in enumerate(NAMES)]
    for c, (name, behaviour, measure) in zip(document["candidates"], CANDIDATES):
        c.update(name=name, behaviour=behaviour, measure=measure, authorId=1)
    # The others' dots, already placed: hidden until Close vote, then in the tally.
    document["votes"] = [{"participantId": p, "candidateId": 10 + k, "dots": d}
                         for p, k, d in [(2, 0, 2), (2, 1, 1), (3, 0, 1), (3, 2, 2), (4, 1, 2),
                                         (4, 0, 1), (5, 0, 2), (5, 2, 1)]]
    workshop = library.import_workshop(document)
    ids = {c["name"]: c["id"] for c in library.export_workshop(workshop)["candidates"]}
    phone = Phone("grab", work)
    room = None
    try:
        room = Room(library, workshop, commands=True)
        room.command(f"focus draft.score {ids[CANDIDATES[0][0]]}")
        phone.open(room.join_url)
        phone.wait_screen("roster")
        phone.pick(NAMES[0])
        phone.wait("the score screen", lambda: phone.mode() == "score")
        for criterion, answer in [("value", "yes"), ("vision", "yes"), ("leading", "partly")]:
            phone.tap_answer(criterion, answer)
        phone.wait("answers saved", phone.settled)
        score = phone.shot("score")
        room.command("stage draft.decide")
        phone.wait("the vote", lambda: phone.mode() == "vote")
        key = f"c{ids[CANDIDATES[0][0]]}"
        for _ in range(2):
            phone.tap_dot(key, True)
        phone.wait("dots saved", lambda: phone.settled() and phone.dots()[key] == 2)
        vote = phone.shot("vote")
        room.command("reveal draft.decide on")
        phone.wait("the tally", lambda: phone.js(
            "return document.querySelectorAll('#vote-tally .tally-row').length") == 3)
        tally = phone.shot("tally")
        room.stop()
        room = None
    finally:
        if room:
            room.kill()
        phone.quit()
    joined = os.path.join(work, "joined.png")
    subprocess.run(["montage", score, vote, tally, "-tile", "3x1", "-geometry", "390x844+10+0",
                    "-background", "#F7F6F2", "png:" + joined], check=True)
    subprocess.run(["convert", joined, "+dither", "-colors", "128", "PNG8:" + output], check=True)
    shutil.rmtree(work, ignore_errors=True)
    print(output)


if __name__ == "__main__":
    main()
