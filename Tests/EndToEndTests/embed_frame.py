#!/usr/bin/env python3
"""A program's embed page in headless Chromium, alone and in an <iframe> made from its snippet.

The site must be built with a base URL; the snippet is read from the program page's
`<pre><code>` and its base URL replaced by the address this script serves the site at. At 320 px
and 800 px: the embed page must not scroll sideways and axe-core must report no serious or
critical violation; in the frame the page must have no scrollbar and must show its chart (the
drawing for that width, with its bars).

usage: embed_frame.py SITE-DIR BASE-URL PROGRAM-PAGE-PATH
Prints one line per problem and exits 1 when there is any; prints a summary line either way.
"""
import functools
import html
import http.server
import json
import os
import pathlib
import re
import sys
import threading

os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from axe_selenium_python import Axe

WIDTHS = (320, 800)

FRAME = """
const doc = document.scrollingElement;
const shown = [...document.querySelectorAll('figure.chart svg')].filter(svg => svg.getBoundingClientRect().width > 0);
const box = shown.length ? shown[0].getBoundingClientRect() : null;
return {sideways: doc.scrollWidth > doc.clientWidth, down: doc.scrollHeight > doc.clientHeight,
        shown: shown.map(svg => svg.getAttribute('class')), width: box ? box.width : 0,
        bars: shown.length ? shown[0].querySelectorAll('rect.bar').length : 0};
"""


def main():
    site, base, program = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    page = (site / program / "index.html").read_text(encoding="utf-8")
    found = re.search(r"<pre><code>(.*?)</code></pre>", page, re.S)
    if not found:
        print(f"{program}: no embed snippet on the page")
        return 1

    class Handler(http.server.SimpleHTTPRequestHandler):
        host = b""

        def do_GET(self):
            if self.path == "/_host.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(Handler.host)
            else:
                super().do_GET()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_port}/"
    snippet = html.unescape(found.group(1)).replace(base, origin)
    src = re.search(r'src="([^"]+)"', snippet).group(1)
    Handler.host = ("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>기사</title></head>"
                    f"<body style=\"margin:0\"><main><h1>기사</h1>{snippet}</main></body></html>").encode()

    options = Options()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--disable-dev-shm-usage")
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_script_timeout(60)
    problems, loads = [], 0
    try:
        for width in WIDTHS:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
            driver.get(src)
            loads += 1
            where = f"embed at {width} px"
            sideways = driver.execute_script("return document.documentElement.scrollWidth > innerWidth")
            if sideways:
                problems.append(f"{where}: scrolls sideways")
            axe = Axe(driver)
            axe.inject()
            for violation in axe.run(options={"resultTypes": ["violations"]})["violations"]:
                if violation["impact"] in ("serious", "critical"):
                    targets = [node["target"] for node in violation["nodes"]][:3]
                    problems.append(f"{where}: axe {violation['impact']} {violation['id']}: {violation['help']} {json.dumps(targets)}")
            driver.get(origin + "_host.html")
            loads += 1
            driver.switch_to.frame(driver.find_element("css selector", "iframe"))
            m = driver.execute_script(FRAME)
            driver.switch_to.default_content()
            where = f"iframe from the snippet at {width} px"
            if m["sideways"] or m["down"]:
                problems.append(f"{where}: scrollbar (sideways {m['sideways']}, down {m['down']})")
            expected = "narrow" if width < 640 else "wide"  # the frame is at most 760 px wide; narrow under 40 rem
            if m["shown"] != [expected] or m["width"] < 200 or m["bars"] == 0:
                problems.append(f"{where}: chart not shown as '{expected}': {m}")
    finally:
        driver.quit()
        server.shutdown()
    for problem in problems:
        print(problem)
    print(f"checked {loads} page loads, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
