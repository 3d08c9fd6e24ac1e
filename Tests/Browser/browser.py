"""Headless Chromium driven through Selenium and the Chrome DevTools Protocol, for verify.py.

Uses Debian's /usr/bin/chromium and /usr/bin/chromedriver (overridable with CHROMIUM and CHROMEDRIVER);
the driver path is always given explicitly, so Selenium Manager never tries to download anything.
Host names resolve to nothing, so a page that tried to reach the network could not; the DevTools
performance log still records the attempt, which is what the request check reads.
"""

import base64
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

PROBES = (Path(__file__).parent / "probes.js").read_text(encoding="utf-8")

DESKTOP = (1280, 900)
PHONE = (390, 844)


def find_binary(env, *candidates):
    if os.environ.get(env):
        return os.environ[env]
    for c in candidates:
        path = shutil.which(c) or (c if os.path.exists(c) else None)
        if path:
            return path
    raise SystemExit(f"verify: {candidates[0]} not found (set {env})")


class Browser:
    """One Chromium with one tab; keeps every console message and network request it has seen."""

    def __init__(self):
        options = webdriver.ChromeOptions()
        options.binary_location = find_binary("CHROMIUM", "/usr/bin/chromium", "chromium", "chromium-browser")
        self.profile = tempfile.mkdtemp(prefix="lifeline-verify-chromium-")
        for arg in [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--hide-scrollbars", "--force-device-scale-factor=1", "--force-color-profile=srgb",
            "--font-render-hinting=none", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-default-apps", "--mute-audio",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
            f"--user-data-dir={self.profile}", f"--window-size={DESKTOP[0]},{DESKTOP[1]}",
        ]:
            options.add_argument(arg)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        options.add_experimental_option("perfLoggingPrefs", {"enableNetwork": True, "enablePage": False})
        service = Service(executable_path=find_binary("CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver"))
        self.driver = webdriver.Chrome(service=service, options=options)
        self.driver.set_script_timeout(120)
        # The browser's own start-up page is not the report: forget what it logged.
        self.driver.get("about:blank")
        self.driver.get_log("browser")
        self.driver.get_log("performance")
        self.console = []   # (level, message)
        self.requests = []  # URLs the page asked for
        self.url = None

    def close(self):
        try:
            self.drain_logs()
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)

    # ---- DevTools -----------------------------------------------------------------------------

    def cdp(self, method, params=None):
        return self.driver.execute_cdp_cmd(method, params or {})

    def drain_logs(self):
        for entry in self.driver.get_log("browser"):
            self.console.append((entry["level"], entry["message"]))
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            method, params = message.get("method", ""), message.get("params", {})
            if method == "Network.requestWillBeSent":
                self.requests.append(params["request"]["url"])
            elif method in ("Network.webSocketCreated", "Network.eventSourceMessageReceived"):
                self.requests.append(params.get("url", "?"))

    def viewport(self, width, height, mobile=False):
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def media(self, media="", scheme=None):
        features = [{"name": "prefers-color-scheme", "value": scheme}] if scheme else []
        self.cdp("Emulation.setEmulatedMedia", {"media": media, "features": features})

    # ---- the page -----------------------------------------------------------------------------

    def open(self, path):
        self.url = Path(path).resolve().as_uri()
        self.driver.get(self.url)
        self.wait_ready()

    def reload(self):
        self.driver.get(self.url)
        self.wait_ready()

    def wait_ready(self):
        deadline = time.monotonic() + 30
        while self.driver.execute_script("return document.readyState") != "complete":
            if time.monotonic() > deadline:
                raise RuntimeError("the page did not finish loading in 30 s")
            time.sleep(0.05)
        # Fonts and layout settle before anything is measured.
        self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));")

    def probe(self, name, *args):
        """Calls a function of probes.js in the page (injecting it first if the page is new)."""
        script = ("if (!window.__lifelineVerify) {" + PROBES + "}"
                  f"return window.__lifelineVerify.{name}.apply(null, arguments);")
        return self.driver.execute_script(script, *args)

    def run_js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def screenshot(self, path, full_page=True):
        """A PNG of the whole page (or the viewport) at the current emulated width."""
        width = self.run_js("return window.innerWidth")
        height = self.run_js("return Math.ceil(document.scrollingElement.scrollHeight)") if full_page \
            else self.run_js("return window.innerHeight")
        self.run_js("window.scrollTo(0, 0)")
        shot = self.cdp("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": full_page, "fromSurface": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        Path(path).write_bytes(base64.b64decode(shot["data"]))

    def pdf(self, path, paper_width_in, paper_height_in):
        """Prints the page as the browser's print dialog would (no background graphics), to a PDF file."""
        result = self.cdp("Page.printToPDF", {
            "paperWidth": paper_width_in, "paperHeight": paper_height_in, "printBackground": False,
            "preferCSSPageSize": False, "displayHeaderFooter": False})
        Path(path).write_bytes(base64.b64decode(result["data"]))
