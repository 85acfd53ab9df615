#!/usr/bin/python3
"""The README's picture of the phone page: one phone writing in a silent brainstorm, then the
cards after the reveal, side by side (needs ImageMagick's montage and convert).

usage: grab_phone.py LODESTAR OUTPUT.png"""

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
from room_phones import workshop_document  # noqa: E402

CARDS = [
    {"name": "Weekly cooked meals", "behaviour": "households cooking our recipes at home",
     "measure": "meals marked as cooked per active household each week", "definition": ""},
    {"name": "Repeat boxes", "behaviour": "customers ordering again within a month",
     "measure": "share of first boxes followed by a second within 30 days", "definition": ""},
]


def main():
    app, output = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="lodestar-grab-phone-")
    library = Library(app, work)
    document = workshop_document()
    document["workshop"]["title"] = "Harvest Box North Star"
    names = ["Ana Ribeiro", "Malik Osei", "Jun Park", "Sofia Marín"]
    document["participants"] = [{"id": i + 1, "name": n, "discipline": "", "position": i}
                                for i, n in enumerate(names)]
    workshop = library.import_workshop(document)
    phone = Phone("grab", work)
    room = None
    try:
        room = Room(library, workshop)
        phone.open(room.join_url)
        phone.wait_screen("roster")
        phone.pick(names[0])
        for card in CARDS:
            phone.write(card)
        phone.wait_saved([c["name"] for c in CARDS])
        phone.fill({"name": "Cooking streaks", "behaviour": "households cooking three nights"})
        write = phone.shot("write")
        mine = phone.shot("mine", scroll_to="mine-head")
        room.stop()
        room = None
        phone.wait_screen("closed")
        revealed = library.export_workshop(workshop)
        for stage in revealed["stages"]:
            stage["revealed"] = stage["stageKey"] == "draft.silent"
        room = Room(library, library.import_workshop(revealed))
        phone.open(room.join_url)
        phone.wait_screen("roster")
        phone.pick(names[1])
        phone.wait("the reveal", lambda: phone.mode() == "revealed")
        shown = phone.shot("revealed")
        room.stop()
        room = None
    finally:
        if room:
            room.kill()
        phone.quit()
    joined = os.path.join(work, "joined.png")
    subprocess.run(["montage", write, mine, shown, "-tile", "3x1", "-geometry", "390x844+10+0",
                    "-background", "#F7F6F2", "png:" + joined], check=True)
    subprocess.run(["convert", joined, "+dither", "-colors", "128", "PNG8:" + output], check=True)
    shutil.rmtree(work, ignore_errors=True)
    print(output)


if __name__ == "__main__":
    main()
