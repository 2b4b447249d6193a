#!/usr/bin/env python3
"""One page of every kind in headless Chromium at a phone (390 px) and a desktop (1366 px) width.

For each page and width: the page must not scroll sideways, the first column of the first table
must be at least 96 px wide on the phone, and axe-core must report no serious or critical
violation. A screenshot of each lands in the screenshot folder for a person to look at.

usage: phone_and_desktop.py SITE-DIR SCREENSHOT-DIR NAME=PATH...
Prints one line per problem and exits 1 when there is any; prints a summary line either way.
"""
import json
import os
import pathlib
import sys

os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from axe_selenium_python import Axe

WIDTHS = {"phone": (390, 844), "desktop": (1366, 900)}
MIN_FIRST_COLUMN = 96

MEASURE = """
const doc = document.documentElement;
const table = document.querySelector('main table');
let first = null;
if (table) {
  const cell = table.querySelector('tbody tr > :first-child') || table.querySelector('tr > :first-child');
  if (cell) first = cell.getBoundingClientRect().width;
}
const small = [];
for (const text of document.querySelectorAll('svg text')) {
  const box = text.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) continue;
  const rendered = parseFloat(getComputedStyle(text).fontSize) * text.ownerSVGElement.getScreenCTM().a;
  if (rendered < 11) small.push(text.textContent.slice(0, 20) + ' ' + rendered.toFixed(1) + 'px');
}
return {scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, firstColumn: first, smallChartText: small.slice(0, 3)};
"""


def main():
    site, shots = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    pages = [argument.split("=", 1) for argument in sys.argv[3:]]
    shots.mkdir(parents=True, exist_ok=True)
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_script_timeout(60)
    problems = []
    checked = 0
    try:
        for width_name, (width, height) in WIDTHS.items():
            driver.set_window_size(width, height)
            # The window's outer size includes no chrome in headless mode, but make sure.
            inner = driver.execute_script("return window.innerWidth")
            if inner != width:
                driver.set_window_size(width + (width - inner), height)
            for name, path in pages:
                driver.get((site / path).as_uri())
                where = f"{name} ({path}) at {width} px"
                m = driver.execute_script(MEASURE)
                if m["scrollWidth"] > m["innerWidth"]:
                    problems.append(f"{where}: scrolls sideways, {m['scrollWidth']} px wide in a {m['innerWidth']} px window")
                if width_name == "phone" and m["firstColumn"] is not None and m["firstColumn"] < MIN_FIRST_COLUMN:
                    problems.append(f"{where}: first table column {m['firstColumn']:.0f} px wide, under {MIN_FIRST_COLUMN} px")
                if m["smallChartText"]:
                    problems.append(f"{where}: chart text under 11 px: {m['smallChartText']}")
                axe = Axe(driver)
                axe.inject()
                # The source view repeats one row shape thousands of times: its first 300 lines stand for it.
                try:
                    results = axe.run(context={"exclude": [["ol.source > li:nth-child(n+301)"]]}, options={"resultTypes": ["violations"]})
                except Exception as error:  # a timeout names the page instead of ending the run
                    problems.append(f"{where}: axe did not finish: {str(error).splitlines()[0]}")
                    results = {"violations": []}
                for violation in results["violations"]:
                    if violation["impact"] in ("serious", "critical"):
                        targets = [node["target"] for node in violation["nodes"][:3]]
                        problems.append(f"{where}: axe {violation['impact']} {violation['id']}: {violation['help']} {json.dumps(targets, ensure_ascii=False)}")
                full_height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 2400)")
                driver.set_window_size(driver.get_window_size()["width"], full_height)
                driver.execute_script("window.scrollTo(0, 0)")
                driver.save_screenshot(str(shots / f"{name}-{width}.png"))
                driver.set_window_size(driver.get_window_size()["width"], height)
                checked += 1
    finally:
        driver.quit()
    for problem in problems:
        print(problem)
    print(f"checked {checked} page loads, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
