#!/usr/bin/env python3
"""One page of every kind in headless Chromium at a phone (390 px) and a desktop (1366 px) width.

For each page and width: the page must not scroll sideways, the first column of the first table
must be at least 96 px wide on the phone, chart text must render at 11 px or more with 4.5:1
contrast (also in the dark theme), row links and buttons must be 24 x 24 px targets, and axe-core must report no serious or critical violation. A screenshot of each lands in the screenshot folder for a person to look at. Every other page of
the site is loaded at 390 px too, and must not scroll sideways.

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
function rgb(color) { const m = color.match(/[\d.]+/g); return m ? m.slice(0, 3).map(Number) : [0, 0, 0]; }
function luminance(c) { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; }
function contrast(a, b) { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); }
const page = rgb(getComputedStyle(document.body).backgroundColor);
const lowContrast = [];
for (const text of document.querySelectorAll('svg text')) {
  if (text.getBoundingClientRect().width === 0) continue;
  const box = text.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  const bar = !text.classList.contains('inside') ? null : [...text.ownerSVGElement.querySelectorAll('rect')].find(rect => {
    const r = rect.getBoundingClientRect();
    return r.left <= x && x <= r.right && r.top <= y && y <= r.bottom;
  }) || null;
  const back = bar ? rgb(getComputedStyle(bar).fill) : page;
  const ratio = contrast(rgb(getComputedStyle(text).fill), back);
  if (ratio < 4.5) lowContrast.push(text.textContent.slice(0, 20) + ' ' + ratio.toFixed(2) + ':1');
}
const smallTargets = [];
for (const target of document.querySelectorAll('td.links a, td.links summary, a.finding-mark, a.demand-number, button')) {
  const r = target.getBoundingClientRect();
  if (r.width > 0 && (r.width < 24 || r.height < 24)) smallTargets.push(target.textContent.trim().slice(0, 12) + ' ' + r.width.toFixed(0) + 'x' + r.height.toFixed(0));
}
return {scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, firstColumn: first, smallChartText: small.slice(0, 3), lowContrast: lowContrast.slice(0, 3), smallTargets: smallTargets.slice(0, 3)};
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
    swept = 0
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
                if m["lowContrast"]:
                    problems.append(f"{where}: chart text under 4.5:1 contrast: {m['lowContrast']}")
                if m["smallTargets"]:
                    problems.append(f"{where}: link or button targets under 24 x 24 px: {m['smallTargets']}")
                full_height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 2400)")
                driver.set_window_size(driver.get_window_size()["width"], full_height)
                driver.execute_script("window.scrollTo(0, 0)")
                driver.save_screenshot(str(shots / f"{name}-{width}.png"))
                driver.set_window_size(driver.get_window_size()["width"], height)
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
                checked += 1
        # The source view highlights a range of lines; citations get copy buttons from the script.
        for name, path in pages:
            if name == "source":
                driver.get((site / path).as_uri() + "#L10-L20")
                marked = driver.execute_script("return [...document.querySelectorAll('ol.source li.in-range')].map(li => li.id)")
                if marked != [f"L{n}" for n in range(10, 21)]:
                    problems.append(f"{name} ({path}#L10-L20): lines marked {marked[:3]}…, not L10 to L20")
            if name == "release":
                driver.get((site / path).as_uri())
                copies = driver.execute_script("return document.querySelectorAll('details.cite button.copy').length")
                rows = driver.execute_script("return document.querySelectorAll('details.cite').length")
                if rows == 0 or copies != 2 * rows:
                    problems.append(f"{name} ({path}): {copies} copy buttons for {rows} citations")
        # Every page of the site, on the phone: no sideways scroll.
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        driver.set_window_size(390, 844)
        for page in sorted(site.rglob("*.html")):
            driver.get(page.as_uri())
            wide, inner = driver.execute_script("return [document.documentElement.scrollWidth, innerWidth]")
            if wide > inner:
                problems.append(f"{page.relative_to(site)} at 390 px: scrolls sideways, {wide} px wide in a {inner} px window")
            swept += 1
        # Charts in the dark theme: text contrast and size, at both widths.
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        for width in (390, 1366):
            driver.set_window_size(width, 900)
            for name, path in pages:
                driver.get((site / path).as_uri())
                m = driver.execute_script(MEASURE)
                if m["lowContrast"]:
                    problems.append(f"{name} ({path}) at {width} px, dark: chart text under 4.5:1 contrast: {m['lowContrast']}")
    finally:
        driver.quit()
    for problem in problems:
        print(problem)
    print(f"checked {checked} page loads, {len(problems)} problems ({swept} pages checked for sideways scroll at 390 px)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
