import XCTest
@testable import SitegenContent

/// Every input that once crashed the parser (found by `make fuzz` or by hand) lives in
/// `Fixtures/fuzz-crashes/` and must parse without a trap, as `ReleaseReader` feeds it.
final class ParserCrashRegressionTests: XCTestCase {
    func testEveryRecordedCrashParses() throws {
        let folder = RealReports.fixture("fuzz-crashes")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
            let text = String(decoding: bytes, as: UTF8.self)
            let report = ReportParser(releaseYear: 2022).parse(TextCleanup.controlsAsWhitespace(text))
            // What the pages and data print of every number must not trap either.
            for line in report.budgetLines {
                _ = line.rate?.description
                _ = line.committedRate?.description
            }
            XCTAssertTrue(report.findings.allSatisfy { !$0.message.isEmpty }, name)
        }
    }
}
