#!/usr/bin/env python3
"""The SVG and PNG buttons of a chart with no file of its own, in headless Chromium.

Opens each page given, checks the buttons are shown (the site's script unhides them), clicks
"SVG" and "PNG (2배)" and reads the downloads: the SVG must be well-formed XML with the chart's
title, the source line and the page's permalink inside and its bars; the PNG must be a PNG twice
the SVG's size. Then loads the page with JavaScript off: the buttons must not be shown.

usage: chart_save.py SITE-DIR PAGE-FOLDER...   (a site built without --base-url; "" is the home page)
Prints one line per problem and exits 1 when there is any; prints a summary line either way.
"""
import os
import pathlib
import struct
import sys
import tempfile
import urllib.parse
import time
import xml.etree.ElementTree as ET

os.environ.setdefault("SE_AVOID_STATS", "true")

from browser_support import chromium, serve

SVG = "{http://www.w3.org/2000/svg}"


def browser(downloads, script=True):
    prefs = {"download.default_directory": downloads, "download.prompt_for_download": False}
    if not script:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    driver = chromium(prefs)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def wait_for(path, seconds=20):
    """The file's bytes once Chromium has finished writing it (no .crdownload beside it)."""
    end = time.time() + seconds
    while time.time() < end:
        partial = list(path.parent.glob("*.crdownload"))
        if path.exists() and path.stat().st_size > 0 and not partial:
            return path.read_bytes()
        time.sleep(0.2)
    return None


def save_png(line, folder, name, width, height):
    """Clicks the line's PNG button: whether a PNG was saved, and what is wrong with it (it
    should be twice `width` by `height`), or None."""
    line.find_element("css selector", "button[data-save=png]").click()
    png = wait_for(folder / (name + ".png"))
    if png is None or png[:8] != b"\x89PNG\r\n\x1a\n":
        return False, f"no PNG downloaded as {name}.png"
    size = struct.unpack(">II", png[16:24])
    if size != (round(width * 2), round(height * 2)):
        return True, f"{name}.png is {size}, not twice {width}x{height}"
    return True, None


def main():
    site, pages = pathlib.Path(sys.argv[1]), sys.argv[2:]

    server, origin = serve(site)
    problems, files = [], 0
    with tempfile.TemporaryDirectory() as downloads:
        driver = browser(downloads)
        try:
            for number, page in enumerate(pages):
                # A folder of its own a page: a file left by another page is never taken for its.
                folder = pathlib.Path(downloads, str(number))
                folder.mkdir()
                driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
                driver.get(origin + urllib.parse.quote(page))
                lines = driver.find_elements("css selector", "p.chart-save")
                if not lines:
                    problems.append(f"{page}: no chart buttons")
                    continue
                line = lines[0]
                if not line.is_displayed():
                    problems.append(f"{page}: the script did not show the buttons")
                    continue
                name, source = line.get_attribute("data-name"), line.get_attribute("data-source")
                title = driver.execute_script("return arguments[0].previousElementSibling.querySelector('svg.wide title').textContent", line)
                bars = driver.execute_script("return arguments[0].previousElementSibling.querySelectorAll('svg.wide rect.bar').length", line)
                if not line.find_elements("css selector", "button[data-save=svg]"):
                    # A program's chart: its SVG is a file beside the page (`chart-rate.svg`); the
                    # PNG is made in the browser from the chart on the page, at twice that file's size.
                    root = ET.fromstring((site / page / "chart-rate.svg").read_bytes())
                    width, height = float(root.get("width")), float(root.get("height"))
                    saved, problem = save_png(line, folder, name, width, height)
                    files += saved
                    problems += [f"{page}: {problem}"] if problem else []
                    continue
                line.find_element("css selector", "button[data-save=svg]").click()
                svg = wait_for(folder / (name + ".svg"))
                if svg is None:
                    problems.append(f"{page}: no {name}.svg downloaded")
                    continue
                files += 1
                try:
                    root = ET.fromstring(svg)
                except ET.ParseError as error:
                    problems.append(f"{page}: {name}.svg is not well-formed: {error}")
                    continue
                texts = ["".join(t.itertext()) for t in root.iter(SVG + "text")]
                width, height = float(root.get("width")), float(root.get("height"))
                if root.findtext(SVG + "title") != title or title not in texts:
                    problems.append(f"{page}: {name}.svg has not the title {title!r}")
                if source not in texts:
                    problems.append(f"{page}: {name}.svg has not the source {source!r}")
                if origin + page not in texts:
                    problems.append(f"{page}: {name}.svg has no permalink of the page: {texts[-2:]}")
                if len(list(root.iter(SVG + "rect"))) - 1 != bars or bars == 0:
                    problems.append(f"{page}: {name}.svg has not the page's {bars} bars")
                if root.find(SVG + "style") is None or "text.heading" not in root.find(SVG + "style").text:
                    problems.append(f"{page}: {name}.svg has not the chart's style")
                saved, problem = save_png(line, folder, name, width, height)
                files += saved
                problems += [f"{page}: {problem}"] if problem else []
        finally:
            driver.quit()
        driver = browser(downloads, script=False)
        try:
            for page in pages:
                driver.get(origin + urllib.parse.quote(page))
                if any(button.is_displayed() for button in driver.find_elements("css selector", "p.chart-save button")):
                    problems.append(f"{page}: buttons shown without JavaScript")
        finally:
            driver.quit()
            server.shutdown()
    for problem in problems:
        print(problem)
    print(f"checked {len(pages)} pages, {files} files downloaded, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
