#!/usr/bin/env python3
"""Embed pages in headless Chromium, alone and in an <iframe> made from a chart's snippet.

The site must be built with a base URL; the snippet is the first `<pre><code>` of each page given
(a program's page, a release page, a release's department page, `.` for the home page), its base
URL replaced by the address this script serves the site at. At 320 px and 800 px: the embed page
(at the snippet's address, with its fragment) must not scroll sideways and axe-core must report
no serious or critical violation; in the frame the page must have no scrollbar and must show one
chart, the snippet's (its caption starts with the snippet's title; on a release's embed page, the
element the fragment names, or the release page's chart without one), drawn for that width with
its bars.

usage: embed_frame.py SITE-DIR BASE-URL PAGE-PATH...
Prints each embed address checked, one line per problem, and exits 1 when there is any; prints a
summary line either way.
"""
import html
import json
import os
import pathlib
import re
import sys
import urllib.parse

os.environ.setdefault("SE_AVOID_STATS", "true")

from browser_support import QuietHandler, chromium, serve
from axe_selenium_python import Axe

WIDTHS = (320, 800)

FRAME = """
const doc = document.scrollingElement;
const shown = [...document.querySelectorAll('figure.chart svg')].filter(svg => svg.getBoundingClientRect().width > 0);
const box = shown.length ? shown[0].getBoundingClientRect() : null;
const figures = [...document.querySelectorAll('figure.chart')].filter(figure => figure.getBoundingClientRect().height > 0);
const holder = figures.length ? figures[0].closest('[id]') : null;
return {sideways: doc.scrollWidth > doc.clientWidth, down: doc.scrollHeight > doc.clientHeight,
        shown: shown.map(svg => svg.getAttribute('class')), width: box ? box.width : 0,
        bars: shown.length ? shown[0].querySelectorAll('rect.bar').length : 0,
        figures: figures.length, caption: figures.length ? figures[0].querySelector('figcaption').textContent : '',
        id: holder ? holder.id : null, fragment: decodeURIComponent(location.hash.slice(1))};
"""


def snippet_of(site, page):
    text = (site / page / "index.html").read_text(encoding="utf-8")
    found = re.search(r"<pre><code>(.*?)</code></pre>", text, re.S)
    return html.unescape(found.group(1)) if found else None


def main():
    site, base, pages = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    snippets = {page: snippet_of(site, page) for page in pages}
    problems = [f"{page}: no embed snippet on the page" for page, snippet in snippets.items() if snippet is None]
    if problems:
        print("\n".join(problems))
        return 1

    class Handler(QuietHandler):
        host = b""

        def do_GET(self):
            if self.path == "/_host.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(Handler.host)
            else:
                super().do_GET()

    server, origin = serve(site, Handler)
    driver = chromium()
    driver.set_script_timeout(60)
    loads = 0
    try:
        for page, snippet in snippets.items():
            snippet = snippet.replace(base, origin)
            src = html.unescape(re.search(r'src="([^"]+)"', snippet).group(1))
            title = html.unescape(re.search(r'title="([^"]+)"', snippet).group(1))
            fragment = urllib.parse.unquote(urllib.parse.urlsplit(src).fragment)
            print(f"{page}: {urllib.parse.unquote(src[len(origin):])}")
            Handler.host = ("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>기사</title></head>"
                            f"<body style=\"margin:0\"><main><h1>기사</h1>{snippet}</main></body></html>").encode()
            for width in WIDTHS:
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
                driver.get(src)
                loads += 1
                where = f"{page}: embed at {width} px"
                sideways = driver.execute_script("return document.documentElement.scrollWidth > innerWidth")
                if sideways:
                    problems.append(f"{where}: scrolls sideways")
                axe = Axe(driver)
                axe.inject()
                for violation in axe.run(options={"resultTypes": ["violations"]})["violations"]:
                    if violation["impact"] in ("serious", "critical"):
                        targets = [node["target"] for node in violation["nodes"]][:3]
                        problems.append(f"{where}: axe {violation['impact']} {violation['id']}: {violation['help']} {json.dumps(targets)}")
                # A fresh page for the host, so that the frame loads its address anew.
                driver.get("about:blank")
                driver.get(origin + "_host.html")
                loads += 1
                driver.switch_to.frame(driver.find_element("css selector", "iframe"))
                m = driver.execute_script(FRAME)
                driver.switch_to.default_content()
                where = f"{page}: iframe from the snippet at {width} px"
                if m["sideways"] or m["down"]:
                    problems.append(f"{where}: scrollbar (sideways {m['sideways']}, down {m['down']})")
                expected = "narrow"  # the narrow drawing alone, at most 30 rem wide, in a frame of any width
                if m["shown"] != [expected] or m["width"] < 200 or m["width"] > 480 or m["bars"] == 0:
                    problems.append(f"{where}: chart not shown as '{expected}': {m}")
                if m["figures"] != 1 or not m["caption"].startswith(title):
                    problems.append(f"{where}: not the one chart '{title}' shown: {m}")
                if m["fragment"] != fragment or fragment and m["id"] != fragment:
                    problems.append(f"{where}: the chart shown is not the fragment's '{fragment}': {m}")
    finally:
        driver.quit()
        server.shutdown()
    for problem in problems:
        print(problem)
    print(f"checked {loads} page loads, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
