#!/usr/bin/env python3
"""Pages printed by headless Chromium to A4, as a reader prints them.

For each page, printed to PDF (CDP `Page.printToPDF` with the page's own `@page` size and margins):
as laid out for print (measured by a listener on the print media query while Chromium prints),
the page is the printable width of A4 (210 mm - 2 × 12 mm = 186 mm, 703 CSS px), no element runs
past it (the chart, a table) and no cell's content past its cell; the PDF must be A4, and
`pdftotext` must find in it every column heading of every table (a column cut off would lose
its heading) and the chart's title; the addresses that the print style writes after links
(`::after` with the link's address, only for absolute links: a site built with `--base-url`)
must all be in the PDF's text.

usage: print_fit.py SITE-DIR BASE-URL-OR-EMPTY PAGE-PATH...
Prints a line per page (its PDF's pages, how many link addresses it prints), one line per problem,
and exits 1 when there is any; prints a summary line either way.
"""
import base64
import os
import pathlib
import re
import subprocess
import sys
import tempfile

os.environ.setdefault("SE_AVOID_STATS", "true")

from browser_support import chromium, serve

MM = 96 / 25.4
PRINTABLE = round((210 - 2 * 12) * MM)  # 703 CSS px: A4 less the `@page` margins of the site's print style

# Measures the page as it is laid out for print, when Chromium prints it (a listener on the
# print media query), and keeps what it found for after the PDF is made.
MEASURE = """
window.__printed = null;
const measure = () => {
// The printable width in CSS px (186 mm is 703.2 px: clientWidth rounds it down).
const limit = Math.max(document.documentElement.clientWidth, document.documentElement.getBoundingClientRect().width);
const doc = document.documentElement;
const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
const wide = [];
for (const el of document.body.querySelectorAll('*')) {
  if (!visible(el) || el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
  const r = el.getBoundingClientRect();
  if (r.right > limit + 1 || r.left < -1) wide.push(`${name(el)} ${Math.round(r.left)}–${Math.round(r.right)} px`);
}
for (const cell of document.querySelectorAll('main th, main td')) {
  if (visible(cell) && cell.scrollWidth > cell.clientWidth + 1) wide.push(`${name(cell)} "${cell.textContent.trim().slice(0, 40)}" overflows its cell (${cell.scrollWidth} > ${cell.clientWidth} px)`);
}
// A heading's printed text: not what is there for screen readers alone.
const printedText = el => [...el.childNodes].map(node => node.nodeType === 3 ? node.textContent
  : node.nodeType === 1 && !node.classList.contains('visually-hidden') ? printedText(node) : '').join('');
const headings = [...document.querySelectorAll('main table')].filter(visible).map(table =>
  [...table.querySelectorAll('thead th')].filter(visible).map(th => printedText(th).trim()).filter(text => text));
const charts = [...document.querySelectorAll('main figure.chart svg')].filter(visible).map(svg => {
  const r = svg.getBoundingClientRect();
  return {cls: svg.getAttribute('class'), width: r.width, title: (svg.querySelector('title') || {}).textContent || ''};
});
// The address the print style writes after a link (` ⟨address⟩`, from one of its attributes).
const addressOf = a => {
  const after = getComputedStyle(a, '::after');
  if (after.display === 'none' || !after.content || after.content === 'none' || after.content === 'normal') return null;
  const attribute = /attr\\(([\\w-]+)\\)/.exec(after.content);
  if (attribute) return a.getAttribute(attribute[1]);
  const shown = /⟨(.*)⟩/.exec(after.content);
  return shown ? shown[1] : null;
};
const printed = [...document.querySelectorAll('main a[href]')].filter(visible).map(addressOf).filter(address => address);
window.__printed = {width: limit, wide: wide, headings: headings, charts: charts, printed: printed};
};
matchMedia('print').addListener(event => { if (event.matches && !window.__printed) measure(); });
"""


def squeeze(text):
    return re.sub(r"\s+", "", text)


def main():
    site, base, pages = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3:]

    server, origin = serve(site)
    driver = chromium()
    problems = []
    try:
        for page in pages:
            driver.get(origin + page + "/")
            driver.execute_script(MEASURE)
            pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
            m = driver.execute_script("return window.__printed")
            if not m:
                problems.append(f"{page}: not measured as printed (no change of the print media query)")
                continue
            if abs(m["width"] - PRINTABLE) > 2:
                problems.append(f"{page}: printed {m['width']} px wide, not A4's printable {PRINTABLE} px")
            for element in m["wide"][:10]:
                problems.append(f"{page}: printed, runs past the printable width: {element}")
            if not m["charts"] or any(chart["cls"] != "wide" for chart in m["charts"]):
                problems.append(f"{page}: the print shows not the wide drawing of the chart: {m['charts']}")
            if not m["headings"]:
                problems.append(f"{page}: no table in the print")
            with tempfile.TemporaryDirectory() as folder:
                path = pathlib.Path(folder) / "page.pdf"
                path.write_bytes(pdf)
                info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
                layout = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
                raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
            size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
            if not size or abs(float(size.group(1)) - 595.28) > 1 or abs(float(size.group(2)) - 841.89) > 1:
                problems.append(f"{page}: the PDF is not A4: {size.group(0) if size else info}")
            words = set(layout.split())
            for number, headings in enumerate(m["headings"], 1):
                missing = [h for h in headings if not all(word in words or word in layout for word in h.split())]
                if missing:
                    problems.append(f"{page}: table {number}: column headings not in the PDF: {missing}")
            for chart in m["charts"]:
                if chart["title"] and squeeze(chart["title"])[:20] not in squeeze(layout):
                    problems.append(f"{page}: the chart '{chart['title']}' is not in the PDF")
            text = squeeze(raw)
            addresses = sorted(set(m["printed"]))
            own = [a for a in addresses if a.startswith(base)] if base else [a for a in addresses if not re.match(r"[a-z][a-z0-9+.-]*:", a)]
            missing = [a for a in addresses if squeeze(a) not in text]
            if missing:
                problems.append(f"{page}: {len(missing)} of {len(addresses)} link addresses not in the PDF, e.g. {missing[:3]}")
            relative = [a for a in addresses if not re.match(r"[a-z][a-z0-9+.-]*:", a)]
            if relative:
                problems.append(f"{page}: relative addresses printed: {relative[:3]}")
            pages_count = re.search(r"Pages:\s+(\d+)", info)
            print(f"{page}: {pages_count.group(1) if pages_count else '?'} A4 pages, {len(m['headings'])} tables, "
                  f"{len(addresses)} link addresses printed, {len(own)} of this site")
    finally:
        driver.quit()
        server.shutdown()
    for problem in problems:
        print(problem)
    print(f"checked {len(pages)} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
