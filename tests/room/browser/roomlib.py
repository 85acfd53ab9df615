"""The real Lodestar executable as the browser test uses it: a library made with --import,
read back with --export json, and a headless room (lodestar --room) started and stopped."""

import json
import os
import queue
import signal
import subprocess
import threading


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Library:
    def __init__(self, app, work):
        self.app = app
        self.work = work
        self.path = os.path.join(work, "library.sqlite")
        self.env = dict(os.environ)
        for var in ("XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            self.env[var] = os.path.join(work, var.lower())
            os.makedirs(self.env[var], mode=0o700, exist_ok=True)
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.imports = 0

    def run(self, *args):
        done = subprocess.run([self.app, "--database", self.path, *args], env=self.env,
                              capture_output=True, text=True, timeout=60)
        check(done.returncode == 0,
              f"lodestar {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
        return done.stdout

    def import_workshop(self, document):
        self.imports += 1
        path = os.path.join(self.work, f"import-{self.imports}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False)
        return int(self.run("--import", path).strip())

    def export_workshop(self, workshop):
        path = os.path.join(self.work, f"export-{workshop}.json")
        self.run("--export", "json", "--workshop", str(workshop), "--output", path)
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    def own_cards(self, workshop):
        """Every Own candidate of the workshop as (author, name, behaviour, measure, definition)."""
        document = self.export_workshop(workshop)
        people = {p["id"]: p["name"] for p in document["participants"]}
        return sorted((people.get(c["authorId"], ""), c["name"], c["behaviour"], c["measure"],
                       c["definition"])
                      for c in document["candidates"] if c["kind"] == "own")


class Room:
    """lodestar --room: the join URL on the first line of stdout, then `code: XXXXXX`. With
    `commands`, the facilitator's moves go in on stdin (lodestar --commands), one answer each."""

    def __init__(self, library, workshop, commands=False):
        self.process = subprocess.Popen(
            [library.app, "--room", "--workshop", str(workshop), "--listen", "127.0.0.1:0",
             "--database", library.path] + (["--commands"] if commands else []),
            env=library.env, stdin=subprocess.PIPE if commands else None,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines = lines = queue.Queue()
        threading.Thread(target=lambda: [lines.put(l) for l in self.process.stdout],
                         daemon=True).start()
        try:
            self.join_url = lines.get(timeout=30).strip()
            second = lines.get(timeout=10).strip()
        except queue.Empty:
            self.process.kill()
            raise Failure("lodestar --room printed no join URL: " + self.process.stderr.read())
        check(self.join_url.startswith("http://127.0.0.1:") and "/#r=" in self.join_url,
              f"the first line is not a join URL: {self.join_url!r}")
        check(second.startswith("code: "), f"the second line is not the code: {second!r}")
        self.code = second[len("code: "):]
        self.base = self.join_url.split("/#r=")[0]

    def command(self, line):
        """One facilitator move (`stage KEY`, `focus KEY N`, `reveal KEY on|off`, `caps D M`)."""
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        try:
            answer = self.lines.get(timeout=10).strip()
        except queue.Empty:
            raise Failure(f"lodestar --room did not answer {line!r}")
        check(answer == "ok", f"lodestar --room answered {line!r} with {answer!r}")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise Failure("lodestar --room did not stop on SIGTERM")
        check(code == 0, f"lodestar --room exited {code} on SIGTERM: {self.process.stderr.read()}")

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
