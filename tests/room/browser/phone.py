"""One phone: headless Chromium at a phone's size, driven through the page as a person would
(taps and typing), with a few looks inside (localStorage, the DOM) to check what it keeps."""

import json
import os
import time

from selenium import webdriver
from selenium.common.exceptions import (StaleElementReferenceException, TimeoutException,
                                        WebDriverException)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from roomlib import Failure, check

STORE_KEY = "lodestar.room.v1"
WAIT_S = 30
FIELDS = ("name", "behaviour", "measure", "definition")


def new_driver(dark=False, width=390):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-extensions", "--no-first-run", "--lang=en-GB"):
        options.add_argument(arg)
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": width, "height": 844, "pixelRatio": 3.0}})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    if dark:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    return driver


class Phone:
    def __init__(self, label, shots, dark=False, width=390):
        self.label = label
        self.shots = shots
        self.d = new_driver(dark, width)

    def quit(self):
        try:
            self.d.quit()
        except WebDriverException:
            pass

    # ------------------------------------------------------------ looking
    def js(self, script, *args):
        return self.d.execute_script(script, *args)

    def wait(self, what, condition, timeout=WAIT_S):
        try:
            return WebDriverWait(self.d, timeout, poll_frequency=0.1).until(lambda d: condition())
        except TimeoutException:
            self.shot(f"FAILED-{self.label}")
            raise Failure(f"{self.label}: timed out waiting for {what} "
                          f"(screen {self.screen()!r}, link {self.link()!r})")

    def screen(self):
        return self.js("return document.body.dataset.screen || ''")

    def link(self):
        return self.js("return document.getElementById('link').dataset.state")

    def wait_screen(self, name, timeout=WAIT_S):
        self.wait(f"the {name} screen", lambda: self.screen() == name, timeout)

    def mode(self):
        return self.js("""for (const m of ['look', 'write', 'revealed', 'score', 'vote'])
                            if (!document.getElementById('mode-' + m).hidden) return m;
                          return '';""")

    def text(self, element_id):
        return self.js("return document.getElementById(arguments[0]).textContent", element_id)

    def stored(self):
        return json.loads(self.js("return localStorage.getItem(arguments[0]) || 'null'", STORE_KEY))

    def html_elements_in_user_text(self):
        """<b>, <i> or <script> elements anywhere in the page: user text must stay text."""
        return self.js("return document.querySelectorAll('main b, main i, main script').length")

    def shot(self, name, scroll_to=None):
        if scroll_to:
            self.js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})",
                    scroll_to)
        else:
            self.js("window.scrollTo(0, 0)")
        self.js("document.activeElement && document.activeElement.blur()")
        path = os.path.join(self.shots, name + ".png")
        self.d.save_screenshot(path)
        return path

    def console_errors(self):
        return [e["message"] for e in self.d.get_log("browser")
                if e["level"] == "SEVERE"
                and "WebSocket connection" not in e["message"]
                and "ERR_INTERNET_DISCONNECTED" not in e["message"]
                and "status of 4" not in e["message"]]

    # ------------------------------------------------------------ doing
    def set_value(self, element_id, value):
        """Types BMP text with the keyboard; emoji (which ChromeDriver cannot type) through
        the field's value and an input event, as an IME would deliver them."""
        el = self.d.find_element(By.ID, element_id)
        el.clear()
        if all(ord(ch) <= 0xFFFF for ch in value):
            el.send_keys(value)
        else:
            self.js("arguments[0].value = arguments[1];"
                    "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", el, value)

    def tap(self, element_id):
        self.d.find_element(By.ID, element_id).click()

    def open(self, url):
        self.d.get(url)

    def join_with_code(self, base, code):
        self.open(base + "/")
        self.wait_screen("code")
        self.set_value("code-input", code.lower()[:3] + " " + code.lower()[3:])
        self.tap("code-submit")
        self.wait_screen("roster")

    def roster(self):
        return self.js("""return [...document.querySelectorAll('#roster .person')].map(b =>
            ({name: b.querySelector('.person-name').textContent, taken: b.disabled}))""")

    def pick(self, name):
        buttons = [b for b in self.d.find_elements(By.CSS_SELECTOR, "#roster .person")
                   if b.find_element(By.CSS_SELECTOR, ".person-name").text == name]
        check(len(buttons) == 1, f"{self.label}: '{name}' is not on the roster once")
        buttons[0].click()
        self.wait_screen("stage")

    def fill(self, card):
        for field in FIELDS:
            self.set_value("f-" + field, card.get(field, ""))

    def write(self, card):
        self.fill(card)
        self.tap("card-save")
        self.wait("the form to empty after saving",
                  lambda: self.js("return document.getElementById('f-name').value") == "")

    def my_cards(self):
        return self.js("""return [...document.querySelectorAll('#mine .card')].map(li => ({
            key: li.dataset.card, status: li.dataset.status,
            name: li.querySelector('.card-name').textContent,
            statusText: li.querySelector('.card-status').textContent}))""")

    def tap_card_button(self, name, label):
        """Taps a button on one of my cards; the list is redrawn when a state arrives, so a
        button found a moment earlier may be gone: find it again then, as a finger would."""
        for _ in range(20):
            try:
                for li in self.d.find_elements(By.CSS_SELECTOR, "#mine .card"):
                    if li.find_element(By.CSS_SELECTOR, ".card-name").text == name:
                        for b in li.find_elements(By.CSS_SELECTOR, ".card-actions button"):
                            if b.text == label:
                                b.click()
                                return
            except StaleElementReferenceException:
                continue
            time.sleep(0.1)
        raise Failure(f"{self.label}: no '{label}' button on the card '{name}'")

    def edit(self, name, changes):
        self.tap_card_button(name, "Edit")
        self.wait("the form to hold the card",
                  lambda: self.js("return document.getElementById('f-name').value") == name)
        for field, value in changes.items():
            self.set_value("f-" + field, value)
        self.tap("card-save")

    def delete(self, name):
        self.tap_card_button(name, "Delete")
        self.wait("the confirmation", lambda: self.js(
            "return !!document.querySelector('#mine .confirm')"))
        self.tap_card_button(name, "Delete")  # the confirmation's button

    def wait_saved(self, names):
        """Every card listed, each saved, nothing left to send."""
        want = sorted(names)

        def settled():
            cards = self.my_cards()
            stored = self.stored() or {}
            return (sorted(c["name"] for c in cards) == want
                    and all(c["status"] == "saved" for c in cards)
                    and not stored.get("pending"))
        self.wait(f"{len(want)} saved cards", settled)

    def network(self, online):
        self.d.set_network_conditions(offline=not online, latency=0,
                                      download_throughput=-1, upload_throughput=-1)

    # ------------------------------------------------------------ scoring and voting (#18)
    def pressed(self, criterion):
        return self.js("""return [...document.querySelectorAll(
            '#score-criteria [data-criterion="' + arguments[0] + '"] .answer[aria-pressed=true]')]
            .map(b => b.dataset.answer)""", criterion)

    def tap_answer(self, criterion, answer):
        self.d.find_element(By.CSS_SELECTOR, f'#score-criteria [data-criterion="{criterion}"] '
                            f'.answer[data-answer="{answer}"]').click()

    def tap_dot(self, card, plus):
        self.d.find_element(By.CSS_SELECTOR, f'#vote-list [data-card="{card}"] '
                            f'.{"plus" if plus else "minus"}').click()

    def dots(self):
        return self.js("""return Object.fromEntries([...document.querySelectorAll('#vote-list .card')]
            .map(li => [li.dataset.card, Number(li.dataset.dots)]))""")

    def settled(self):
        return not (self.stored() or {}).get("pending")

    def answers(self):
        """Every point's marked answers and whether anything is left to send, in one look."""
        return self.js("""const s = JSON.parse(localStorage.getItem(arguments[0]) || 'null');
            return {pending: s ? s.pending.length : 0, marked: Object.fromEntries(
              [...document.querySelectorAll('#score-criteria .criterion')].map(li => [
                li.dataset.criterion, [...li.querySelectorAll('.answer[aria-pressed=true]')]
                  .map(b => b.dataset.answer)]))}""", STORE_KEY)

    def votes(self):
        """My dots per card and whether anything is left to send, in one look."""
        return self.js("""const s = JSON.parse(localStorage.getItem(arguments[0]) || 'null');
            return {pending: s ? s.pending.length : 0, dots: Object.fromEntries(
              [...document.querySelectorAll('#vote-list .card')].map(li => [
                li.dataset.card, Number(li.dataset.dots)]))}""", STORE_KEY)
