import Foundation
@testable import SitegenData
import SitegenSite
import XCTest

/// The workbooks: the same bytes every time, and opened by openpyxl (installed by `make test`)
/// with the values the site prints; a formula-like label stays text.
final class WorkbookTests: XCTestCase {
    func testTheSameWorkbookGivesTheSameBytes() throws {
        let workbook = BudgetWorkbooks.release(RealArchive.site.releases[3], config: SiteConfig())
        XCTAssertEqual(try XlsxWriter.bytes(workbook), try XlsxWriter.bytes(workbook))
    }

    /// 2022-03, line 402: `| 서울혁신파크 운영 | 6,448,435 | 948,711 | 14.7 |` (단위 : 천원).
    func testAReleaseWorkbookHoldsThePrintedAmountsInWon() throws {
        let index = try XCTUnwrap(RealArchive.site.releases.first { $0.release.id == "2022-03-citizen-cooperation-bureau" })
        let cells = try openpyxl(BudgetWorkbooks.release(index, config: SiteConfig()), """
            rows = [[c.value, c.number_format, c.data_type] for s in book.worksheets for r in s.iter_rows(min_row=7)
                    for c in r if r[8].value == 402 and r[1].value == '서울혁신파크 운영']
            print(json.dumps(rows))
            """)
        let row = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(cells.utf8)) as? [[Any]])
        XCTAssertEqual(row.count, 10)
        XCTAssertEqual(row[3][0] as? Int, 6_448_435_000)
        XCTAssertEqual(row[3][1] as? String, "#,##0")
        XCTAssertEqual(row[5][0] as? Int, 948_711_000)
        XCTAssertEqual(row[6][0] as? Double, 14.7)
    }

    func testAFormulaLikeLabelIsStoredAsTextAndHostileTitlesAreSafe() throws {
        let site = HostileInput.site
        let output = try openpyxl(BudgetWorkbooks.release(site.releases[0], config: SiteConfig()), """
            cell = book.worksheets[0]['B7']
            print(json.dumps([cell.value, cell.data_type, book.properties.title[:60]]))
            """)
        let values = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String])
        XCTAssertEqual(values[0], HostileInput.formula)
        XCTAssertEqual(values[1], "s", "the cell is a string, not a formula")
        XCTAssertTrue(values[2].hasPrefix("\"'); DROP TABLE"))
    }

    /// A sheet longer than `XlsxWriter.streamedRows` is streamed (`constant_memory`, text
    /// inline), a release's workbook is not; openpyxl reads the streamed one's values, number
    /// format and frozen header as from the others, and formula-like text stays text.
    func testALongSheetIsStreamedAndReadsBack() throws {
        let rows = (0...XlsxWriter.streamedRows).map { n -> [Workbook.Cell] in
            [.text(n == 0 ? HostileInput.formula : "line \(n)"), .won(n * 1_000), .number(14.7), .empty, .integer(n)]
        }
        let workbook = Workbook(path: "data/long.xlsx", title: "long", sheets: [
            Workbook.Sheet(name: "long", about: ["caption: long"], header: ["label", "won", "rate", "none", "line"], rows: rows)])
        XCTAssertTrue(XlsxWriter.streams(workbook))
        XCTAssertFalse(XlsxWriter.streams(BudgetWorkbooks.release(RealArchive.site.releases[3], config: SiteConfig())))
        let output = try openpyxl(workbook, """
            sheet = book.worksheets[0]
            print(json.dumps([sheet.freeze_panes, sheet.max_row, sheet['A3'].value, sheet['A3'].data_type,
                              sheet['B4'].value, sheet['B4'].number_format, [c.value for c in sheet[sheet.max_row]]]))
            """)
        let values = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any])
        XCTAssertEqual(values[0] as? String, "A3")
        XCTAssertEqual(values[1] as? Int, 2 + XlsxWriter.streamedRows + 1)
        XCTAssertEqual(values[2] as? String, HostileInput.formula)
        XCTAssertEqual(values[3] as? String, "s", "the cell is a string, not a formula")
        XCTAssertEqual(values[4] as? Int, 1_000)
        XCTAssertEqual(values[5] as? String, "#,##0")
        let last = try XCTUnwrap(values[6] as? [Any])
        XCTAssertEqual(last[0] as? String, "line \(XlsxWriter.streamedRows)")
        XCTAssertEqual(last[1] as? Int, XlsxWriter.streamedRows * 1_000)
        XCTAssertEqual(last[2] as? Double, 14.7)
        XCTAssertTrue(last[3] is NSNull)
        XCTAssertEqual(last[4] as? Int, XlsxWriter.streamedRows)
    }

    /// Runs `script` with `book` opened by openpyxl from the workbook's bytes; its output.
    private func openpyxl(_ workbook: Workbook, _ script: String) throws -> String {
        try XCTSkipUnless((try? run(["-c", "import openpyxl"]))?.status == 0, "openpyxl is not installed (make test installs it)")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-\(UUID().uuidString).xlsx")
        try Data(try XlsxWriter.bytes(workbook)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try run(["-c", "import json, openpyxl\nbook = openpyxl.load_workbook('\(url.path)')\n" + script])
        XCTAssertEqual(result.status, 0, result.output)
        return result.output
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
