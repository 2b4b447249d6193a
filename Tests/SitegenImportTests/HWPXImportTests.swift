import XCTest
import SitegenContent
@testable import SitegenImport

/// The HWPX of the 2020 report (its tables as hp:tbl, two-row headers with merged cells).
final class HWPXImportTests: XCTestCase {
    let id = "2020-10-democracy-committee"

    func testTheHWPXGivesTheSameBudgetRowsAsItsText() throws {
        let path = try ImportFixtures.path("\(id).hwpx")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let imported = try ReleaseImport.make(id: id, bytes: bytes, file: "\(id).hwpx", sourcePath: path, ocr: false,
                                              today: YearMonth(year: 2026, month: 12)!)
        XCTAssertEqual(imported.kind, .hwpx)
        XCTAssertNil(imported.pages)
        let metadata = try ImportFixtures.metadata(id)
        let text = try ReleaseReader.read(id: id, metadataYAML: metadata, reportBytes: Array(try ImportFixtures.reportText(id).utf8),
                                          metadataPath: "release.yml", reportPath: "report.txt")
        let hwpx = try ReleaseReader.read(id: id, metadataYAML: metadata, reportBytes: Array(imported.report.utf8),
                                          metadataPath: "release.yml", reportPath: "report.txt")
        XCTAssertEqual(BudgetRows.of(hwpx), BudgetRows.of(text))
        XCTAssertFalse(BudgetRows.of(text).isEmpty)
        // The merged header cells are there, and come out as a pipe table's empty places.
        let section = try HWPXArchive.sections(of: bytes, file: "x.hwpx")[0]
        XCTAssertTrue(String(decoding: section, as: UTF8.self).contains("rowSpan=\"2\""))
    }

    func testATableIsPlacedByItsCellAddresses() throws {
        let xml = """
        <hs:sec xmlns:hs="s" xmlns:hp="p"><hp:p><hp:run><hp:t>○ 세출</hp:t></hp:run></hp:p><hp:p><hp:run><hp:tbl>
        <hp:tr><hp:tc><hp:subList><hp:p><hp:run><hp:t>구 분</hp:t></hp:run></hp:p></hp:subList><hp:cellAddr colAddr="0" rowAddr="0"/><hp:cellSpan colSpan="1" rowSpan="2"/></hp:tc>
        <hp:tc><hp:subList><hp:p><hp:run><hp:t>집행액</hp:t></hp:run></hp:p></hp:subList><hp:cellAddr colAddr="1" rowAddr="0"/><hp:cellSpan colSpan="2" rowSpan="1"/></hp:tc></hp:tr>
        <hp:tr><hp:tc><hp:subList><hp:p><hp:run><hp:t>원인행위</hp:t></hp:run></hp:p></hp:subList><hp:cellAddr colAddr="1" rowAddr="1"/><hp:cellSpan colSpan="1" rowSpan="1"/></hp:tc>
        <hp:tc><hp:subList><hp:p><hp:run><hp:t>지출</hp:t></hp:run></hp:p><hp:p><hp:run><hp:t>액</hp:t></hp:run></hp:p></hp:subList><hp:cellAddr colAddr="2" rowAddr="1"/><hp:cellSpan colSpan="1" rowSpan="1"/></hp:tc></hp:tr>
        </hp:tbl></hp:run></hp:p></hs:sec>
        """
        let lines = try HWPXSectionReader.lines(of: Data(xml.utf8), file: "x.hwpx")
        XCTAssertEqual(lines.filter { !$0.isEmpty }, ["○ 세출", "| 구 분 | 집행액 |  |", "| --- | --- | --- |", "|  | 원인행위 | 지출 액 |"])
    }
}
