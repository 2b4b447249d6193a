import Foundation
import XCTest

/// The data for analysts of the default site, checked by the formats' own tools (installed by
/// `make test`): `frictionless validate` on the data package, and `sqlite3` and a real
/// `datasette` on the archive database (`analyst_data.py`, whose expected figures are read off
/// the reports' text).
final class AnalystDataTests: XCTestCase {
    private var data: URL { BuiltSite.output.appendingPathComponent("data") }

    func testTheDataPackageValidates() throws {
        try XCTSkipUnless(BuiltSite.isInstalled("frictionless"), "frictionless is not installed (make test installs it)")
        let result = try BuiltSite.run("frictionless", ["validate", "--json", "datapackage.json"], in: data)
        XCTAssertEqual(result.status, 0, String(result.output.suffix(3_000)))
        let report = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        XCTAssertEqual(report?["valid"] as? Bool, true)
    }

    func testSQLiteAndDatasetteAnswerWithTheReportsFigures() throws {
        try XCTSkipUnless(BuiltSite.isInstalled("datasette") && BuiltSite.isInstalled("sqlite3"),
                          "datasette or sqlite3 is not installed (make test installs them)")
        let script = BuiltSite.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/analyst_data.py")
        let result = try BuiltSite.run("python3", [script.path, BuiltSite.output.path])
        XCTAssertEqual(result.status, 0, result.output)
    }
}
