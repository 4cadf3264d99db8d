#!/usr/bin/env python3
"""Renders one page of `mon serve` in headless Chromium, signed in, and prints the DOM as Chromium built it.

    python3 scripts/browser-page.py http://127.0.0.1:8080/ mon_session=TOKEN docs/web-dashboard.png > dom.html

The session cookie is HttpOnly, so it cannot be set by a script in the page, and Chromium has no option
for one: it is set through the DevTools protocol, spoken over `--remote-debugging-pipe` (file descriptors
3 and 4, JSON messages ended by a NUL byte), so nothing beyond Python's standard library is needed.
The page is asked for in bokmål (`Accept-Language: nb`), in a 1280 × 1000 window; the screenshot is that window.
"""
import base64
import fcntl
import json
import os
import subprocess
import sys
import tempfile
from urllib.parse import urlsplit

WIDTH, HEIGHT = 1280, 1000


class DevTools:
    """One Chromium over its debugging pipe: `call` sends a command and waits for its answer, keeping events."""

    def __init__(self, profile):
        commands, self._out = os.pipe()
        self._in, answers = os.pipe()
        # Chromium's ends moved above 3 and 4 first, so that placing one there cannot close the other.
        to_chromium, from_chromium = (self._above(end, 10) for end in (commands, answers))

        def wire():  # runs in the child: Chromium reads commands on fd 3 and answers on fd 4
            os.dup2(to_chromium, 3)
            os.dup2(from_chromium, 4)

        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--lang=nb",
             f"--window-size={WIDTH},{HEIGHT}", f"--user-data-dir={profile}", "--remote-debugging-pipe",
             "--no-first-run", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire, close_fds=False)
        os.close(to_chromium)
        os.close(from_chromium)
        self._buffer = b""
        self._next_id = 0
        self.events = []

    @staticmethod
    def _above(fd, lowest):
        moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, lowest)
        os.close(fd)
        return moved

    def call(self, method, session=None, **params):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, session):
        """Waits for an event, looking first at those already received."""
        while True:
            for event in self.events:
                if event.get("method") == method and event.get("sessionId") == session:
                    self.events.remove(event)
                    return event
            self.events.append(self._read())

    def _read(self):
        while b"\0" not in self._buffer:
            chunk = os.read(self._in, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed its debugging pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self):
        try:
            self.call("Browser.close")
        except RuntimeError:
            pass
        self.process.wait(timeout=10)


def render(url, cookie, screenshot):
    name, _, value = cookie.partition("=")
    host = urlsplit(url).hostname
    with tempfile.TemporaryDirectory() as profile:
        chromium = DevTools(profile)
        try:
            target = chromium.call("Target.createTarget", url="about:blank")["targetId"]
            session = chromium.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            chromium.call("Emulation.setDeviceMetricsOverride", session, width=WIDTH, height=HEIGHT,
                          deviceScaleFactor=1, mobile=False)
            chromium.call("Page.enable", session)
            chromium.call("Network.enable", session)
            chromium.call("Network.setExtraHTTPHeaders", session, headers={"Accept-Language": "nb"})
            chromium.call("Network.setCookie", session, name=name, value=value, domain=host, path="/",
                          httpOnly=True, sameSite="Strict")
            chromium.call("Page.navigate", session, url=url)
            chromium.wait_for("Page.loadEventFired", session)
            dom = chromium.call("Runtime.evaluate", session, expression="document.documentElement.outerHTML",
                                returnByValue=True)["result"]["value"]
            image = chromium.call("Page.captureScreenshot", session, format="png")["data"]
        finally:
            chromium.close()
    with open(screenshot, "wb") as file:
        file.write(base64.b64decode(image))
    return dom


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: browser-page.py URL NAME=VALUE SCREENSHOT.png")
    sys.stdout.write(render(*sys.argv[1:]))
