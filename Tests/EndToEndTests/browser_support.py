"""What the end-to-end browser scripts share: a built site served on the loopback address, and
headless Chromium through Debian's chromedriver."""
import functools
import http.server
import threading

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the folder without logging every request."""

    def log_message(self, *args):
        pass


def serve(folder, handler=QuietHandler):
    """Serves `folder` on 127.0.0.1 at a free port, on a thread; returns the server and its origin."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def chromium(prefs=None):
    """Headless Chromium, with Chrome preferences when given (downloads, no JavaScript)."""
    options = Options()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--disable-dev-shm-usage")
    if prefs:
        options.add_experimental_option("prefs", prefs)
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
