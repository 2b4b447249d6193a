import XCTest
@testable import SitegenText

/// Every budget line read off the five real reports by hand (Fixtures/expected) must be read
/// identically by the parser: the same amounts in won, kind, department and printed rate.
final class RealReportBudgetLineTests: XCTestCase {
    func testReport2018() throws { try check("2018-07-innovation-bureau") }
    func testReport2019() throws { try check("2019-09-innovation-bureau") }
    func testReport2020() throws { try check("2020-10-democracy-committee") }
    func testReport2022March() throws { try check("2022-03-citizen-cooperation-bureau") }
    func testReport2022July() throws { try check("2022-07-citizen-cooperation-bureau") }

    private func check(_ id: String) throws {
        let expected = try ExpectedBudgetLine.load(id)
        let parsed = RealReports.report(id).budgetLines
        XCTAssertGreaterThanOrEqual(expected.filter { $0.kind == "program" }.count, 22, "fixture too small")
        for want in expected {
            guard let got = parsed.first(where: { $0.firstLine == want.line }) else {
                XCTFail("\(id):\(want.line): no budget line read for ‘\(want.program)’")
                continue
            }
            let context = "\(id):\(want.line) ‘\(want.program)’"
            XCTAssertEqual(got.label.whitespaceTokens.joined(separator: " "),
                           want.program.whitespaceTokens.joined(separator: " "), context)
            XCTAssertEqual(got.kind.rawValue, want.kind, context)
            if let department = want.department { XCTAssertEqual(got.department, department, context) }
            XCTAssertEqual(got.budget, want.budget, "\(context) budget")
            XCTAssertEqual(got.committed, want.committed, "\(context) committed")
            XCTAssertEqual(got.executed, want.executed, "\(context) executed")
            XCTAssertEqual(got.rate?.description, want.rate, "\(context) rate")
        }
        let expectedLines = Set(expected.map(\.line))
        let unexpected = parsed.filter { !expectedLines.contains($0.firstLine) }
        XCTAssertEqual(unexpected.map { "\($0.firstLine) \($0.label)" }, [], "\(id): rows read that the fixture does not list")
    }
}
