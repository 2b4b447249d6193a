import XCTest
import SitegenContent
@testable import SitegenImport

/// Importing the synthetic PDF of each of the five reports (typeset from its text) reads the
/// same budget rows as the text: program, department, every amount and printed rate.
final class PDFImportTests: XCTestCase {
    /// The report read from its text, as content/ ships it, and from the PDF of that text.
    func rows(_ id: String) throws -> (text: [[String]], pdf: [[String]], imported: ReleaseImport) {
        let imported = try ReleaseImport.make(id: id, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: ImportFixtures.path("\(id).pdf")))),
                                              file: "\(id).pdf", sourcePath: try ImportFixtures.path("\(id).pdf"), ocr: false,
                                              today: YearMonth(year: 2026, month: 12)!)
        let metadata = try ImportFixtures.metadata(id)
        let text = try ReleaseReader.read(id: id, metadataYAML: metadata, reportBytes: Array(try ImportFixtures.reportText(id).utf8),
                                          metadataPath: "release.yml", reportPath: "report.txt")
        let pdf = try ReleaseReader.read(id: id, metadataYAML: metadata, reportBytes: Array(imported.report.utf8),
                                         metadataPath: "release.yml", reportPath: "report.txt")
        return (BudgetRows.of(text), BudgetRows.of(pdf), imported)
    }

    func testEachOfTheFiveReportsGivesTheSameBudgetRowsFromThePDF() throws {
        for id in ImportFixtures.reports {
            let (text, pdf, _) = try rows(id)
            XCTAssertFalse(text.isEmpty, id)
            XCTAssertEqual(BudgetRows.missing(text, from: pdf), [], "\(id): rows of the text the PDF import lacks")
            XCTAssertEqual(BudgetRows.missing(pdf, from: text), [], "\(id): rows of the PDF import the text lacks")
        }
    }

    /// 2019's summary table (`2019년도 서울혁신기획관 예산현황`) has a two-row header whose first
    /// row leaves the first cell empty: a tab in the text, leading spaces in -layout. The import
    /// joins that row to the `구 분` row below it (`SplitHeaderRows`), so the table keeps its
    /// caption and every figure.
    func testThe2019SummaryTableKeepsItsCaptionAndEveryFigure() throws {
        let (_, pdf, imported) = try rows("2019-09-innovation-bureau")
        XCTAssertTrue(imported.report.split(separator: "\n").contains {
            $0.hasPrefix("구 분") && $0.contains("'18년 10년") && $0.contains("'18년 대비 집행 증감")
        })
        // Figures read from the report text: 합 계 19,617,960 천원 budget, 8,048,695 executed, 41.0 %.
        XCTAssertTrue(pdf.contains { $0[0] == "2019년도 서울혁신기획관 예산현황" && $0[2] == "합 계"
                && $0[5] == "19617960000" && $0[7] == "8048695000" && $0[8] == "41.0" })
    }

    func testPagesAreMappedWithTheirPrintedNumbersAndFormFeeds() throws {
        let (_, _, imported) = try rows("2022-03-citizen-cooperation-bureau")
        let pages = try XCTUnwrap(imported.pages)
        let lines = imported.report.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.filter { $0.hasPrefix("\u{0C}") }.count, pages.pages.count - 1)
        for page in pages.pages.dropFirst() {
            XCTAssertTrue(lines[page.line - 1].hasPrefix("\u{0C}"), "page \(page.physical) starts at line \(page.line)")
            XCTAssertEqual(page.printed, String(page.physical - 1), "the cover is unnumbered")
            XCTAssertTrue(page.furniture.contains("시민협력국 현안업무보고"))
        }
        XCTAssertFalse(imported.report.contains("- 2 -"))
        XCTAssertTrue(imported.metadata.contains("title: \"현안업무보고\""))
        XCTAssertTrue(imported.metadata.contains("issuer: \"시민협력국\""))
        XCTAssertTrue(imported.metadata.contains("date: 2022-03"))
        XCTAssertTrue(imported.metadata.contains("extractor_mode: \"-layout\""))
    }
}
