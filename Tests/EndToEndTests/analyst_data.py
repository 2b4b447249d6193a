#!/usr/bin/env python3
"""The data for analysts of a built site, checked with the formats' own tools.

    analyst_data.py PUBLIC-DIR

- sqlite3 (the command) on every database file (data/sitegen-*.sqlite, a year each, none over
  25 MiB): PRAGMA integrity_check and foreign_key_check are clean, and each table has, over
  all the files, as many rows as its CSV file has records;
- a real `datasette` on data/*.sqlite with data/metadata.json (which names every file) answers
  its JSON API: a budget line by its key with the CSV's amounts, a facet count by department,
  a full-text query for 혁신파크, and the two-syllable LIKE of the README.

The expected figures are read off the report's text by hand, not from sitegen's output:
2022-03-citizen-cooperation-bureau/report.txt, line 402 (단위 : 천원):
    | 서울혁신파크 운영 | 6,448,435 | 948,711 | 14.7 | 7,066,795 | 7,066,795 |
and line 376: | 서울시민 행복증진 | 119,000 | 7,000 | 5.9 | ...
Exits 1 with one line per failure.
"""
import csv, json, socket, subprocess, sys, time, urllib.parse, urllib.request
from pathlib import Path

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def csv_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def sqlite(db, sql):
    return subprocess.run(["sqlite3", str(db), sql], capture_output=True, text=True, check=True).stdout.strip()


def holding(dbs, release):
    """The database file that holds a release."""
    return next(db for db in dbs if sqlite(db, f"SELECT count(*) FROM releases WHERE id = '{release}'") == "1")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path, **query):
    url = f"http://127.0.0.1:{port}{urllib.parse.quote(path)}"
    if query:
        url += "?" + urllib.parse.urlencode(query)
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def check_workbooks(data, dbs, lines):
    """Every .xlsx opens with openpyxl and holds the CSV's values, numbers as numbers."""
    import openpyxl
    book = openpyxl.load_workbook(data / "budget-lines.xlsx", read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[2])
    check(header == list(lines[0].keys()), f"budget-lines.xlsx header {header}")
    body = rows[3:]
    check(len(body) == len(lines), f"budget-lines.xlsx: {len(body)} rows, budget-lines.csv: {len(lines)}")
    numeric = {"source_line", "budget_won", "committed_won", "executed_won", "rate_percent", "committed_rate_percent"}
    for n, (cells, record) in enumerate(zip(body, lines), start=1):
        for name, cell in zip(header, cells):
            value = record[name]
            if name in numeric:
                same = (cell is None and value == "") or (cell is not None and value != "" and float(cell) == float(value))
            else:
                same = (cell or "") == value.removeprefix("'") if value.startswith("'") else (cell or "") == value
            if not same:
                check(False, f"budget-lines.xlsx row {n} {name}: {cell!r}, CSV {value!r}")
                return
    for db, release in sorted((db, r) for db in dbs for r in sqlite(db, "SELECT id FROM releases").splitlines()):
        book = openpyxl.load_workbook(data / "releases" / f"{release}.xlsx")
        tables = int(sqlite(db, f"SELECT count(*) FROM budget_tables WHERE release = '{release}'"))
        check(len(book.worksheets) == tables, f"{release}.xlsx: {len(book.worksheets)} sheets, {tables} tables")
        for number, sheet in enumerate(book.worksheets, start=1):
            count = int(sqlite(db, f"SELECT count(*) FROM budget_lines l JOIN budget_tables t ON t.id = l.table_id "
                                   f"WHERE t.release = '{release}' AND t.table_number = {number}"))
            check(sheet.max_row - 6 == count, f"{release}.xlsx sheet {number}: {sheet.max_row - 6} rows, {count} lines")
            check(sheet.freeze_panes == "A7", f"{release}.xlsx sheet {number}: frozen at {sheet.freeze_panes}")
    # 2022-03, line 402: 6,448,435 천원, a number in won with a thousands format.
    book = openpyxl.load_workbook(data / "releases" / "2022-03-citizen-cooperation-bureau.xlsx")
    found = [(sheet, row) for sheet in book.worksheets for row in sheet.iter_rows(min_row=7)
             if row[1].value == "서울혁신파크 운영" and row[8].value == 402]
    check(len(found) == 1, f"2022-03 workbook: line 402 found {len(found)} times")
    if found:
        sheet, row = found[0]
        check(row[3].value == 6_448_435_000 and row[3].number_format == "#,##0", f"budget cell {row[3].value!r} {row[3].number_format}")
        check(row[6].value == 14.7, f"rate cell {row[6].value!r}")
        check(sheet["A1"].value.startswith("caption: ") and "단위" not in sheet["A2"].value and "천원" in sheet["A2"].value,
              f"about lines {sheet['A1'].value!r} {sheet['A2'].value!r}")


def main(public):
    data = Path(public) / "data"
    dbs = sorted(data.glob("sitegen-*.sqlite"))
    check(len(dbs) > 0, "no data/sitegen-*.sqlite")
    lines = csv_rows(data / "budget-lines.csv")

    # sqlite3: every file clean and under 25 MiB, and the CSVs' row counts over all of them.
    for db in dbs:
        check(db.stat().st_size <= 26_214_400, f"{db.name} is {db.stat().st_size} bytes")
        check(sqlite(db, "PRAGMA integrity_check") == "ok", f"{db.name}: integrity_check is not ok")
        check(sqlite(db, "PRAGMA foreign_key_check") == "", f"{db.name}: foreign_key_check reports rows")
    for table, name in [("budget_lines", "budget-lines.csv"), ("findings", "findings.csv"),
                        ("audit_demands", "audit-items.csv"), ("releases", "releases.csv")]:
        records = len(csv_rows(data / name))
        count = sum(int(sqlite(db, f"SELECT count(*) FROM {table}")) for db in dbs)
        check(count == records, f"{table}: {count} rows, {name}: {records} records")
    # A budget line's id is its row's number in the CSV, whichever file holds it.
    ids = sorted(int(i) for db in dbs for i in sqlite(db, "SELECT id FROM budget_lines").split())
    check(ids == list(range(1, len(lines) + 1)), "budget_lines ids are not the CSV's row numbers")

    # The row of line 402, found in the CSV; its number is its key in the database.
    key, row = next((n, r) for n, r in enumerate(lines, start=1)
                    if r["release"] == "2022-03-citizen-cooperation-bureau" and r["source_line"] == "402")
    check((row["budget_won"], row["executed_won"], row["rate_percent"]) == ("6448435000", "948711000", "14.7"),
          f"budget-lines.csv line 402: {row}")

    check_workbooks(data, dbs, lines)
    db = holding(dbs, "2022-03-citizen-cooperation-bureau")
    name = db.stem
    described = json.loads((data / "metadata.json").read_text(encoding="utf-8"))
    check(sorted(described["databases"]) == sorted(d.stem for d in dbs),
          f"metadata.json names {sorted(described['databases'])}, the files are {[d.stem for d in dbs]}")

    port = free_port()
    server = subprocess.Popen(["datasette", "serve", *map(str, dbs), "--metadata", str(data / "metadata.json"),
                               "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(300):
            try:
                get(port, "/-/versions.json")
                break
            except OSError:
                if server.poll() is not None:
                    failures.append("datasette exited: " + server.stderr.read()[-500:])
                    return
                time.sleep(0.1)
        # A budget line by its key.
        found = get(port, f"/{name}/budget_lines/{key}.json", _shape="objects")["rows"]
        check(len(found) == 1 and found[0]["label"] == "서울혁신파크 운영"
              and found[0]["budget_won"] == int(row["budget_won"]) == 6_448_435_000
              and found[0]["executed_won"] == int(row["executed_won"]) == 948_711_000
              and found[0]["rate_percent"] == 14.7, f"datasette budget_lines/{key}: {found}")
        # A facet count by department, against the CSV.
        found = 0
        for each in dbs:
            facet = get(port, f"/{each.stem}/budget_lines.json", _facet="department", _size="0")["facet_results"]
            facet = facet.get("results", facet)["department"]["results"]
            found += {f["value"]: f["count"] for f in facet}.get("사회협력과", 0)
        expected = sum(1 for r in lines if r["department"] == "사회협력과")
        check(found == expected, f"facet 사회협력과: {found} over the files, CSV {expected}")
        # Full-text search through the FTS table that metadata.json wires to programs.
        names = [r["name"] for r in get(port, f"/{name}/programs.json", _search="혁신파크", _shape="array")]
        check("서울혁신파크 운영" in names, f"_search=혁신파크 found {names}")
        check(any("청년혁신파크" in n for n in names), f"_search=혁신파크 missed 동북권 청년혁신파크 조성사업: {names}")
        check(all("혁신파크" in n.replace(" ", "") for n in names), f"_search=혁신파크 found others: {names}")
        # Two syllables: the README's LIKE.
        labels = [r["label"] for r in get(port, f"/{name}.json", _shape="array",
                                          sql="SELECT label FROM budget_lines WHERE label LIKE '%' || :q || '%'", q="서울")]
        check("서울시민 행복증진" in labels and all("서울" in l for l in labels), f"LIKE 서울: {labels[:10]}")
        # metadata.json is read: the table's description is served.
        described = get(port, "/-/metadata.json")
        check(all("budget_lines" in described["databases"][d.stem]["tables"] for d in dbs), "metadata.json not served")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main(sys.argv[1])
    for failure in failures:
        print(failure)
    sys.exit(1 if failures else 0)
