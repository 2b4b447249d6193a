import Foundation
import SitegenSite
import SitegenTemplates
import SitegenBuild
import XCTest

/// The data for analysts of the default site, checked by the formats' own tools (installed by
/// `make test`): `frictionless validate` on the data package, and `sqlite3` and a real
/// `datasette` on the archive's databases (`analyst_data.py`, whose expected figures are read off
/// the reports' text). The default site is built with them (`build --database --workbooks`).
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

    /// Without `--database` and `--workbooks` the site holds neither the database, Datasette's
    /// metadata nor a workbook, and neither the data page nor the data package names them;
    /// the package still validates.
    func testASiteBuiltWithoutTheDatabaseOrWorkbooksNeverLinksThem() throws {
        let output = BuiltSite.temporaryFolder("no-database")
        try SiteBuilder(contentDirectory: BuiltSite.content, outputDirectory: output, config: SiteConfig(), theme: StandardTheme()).build()
        let files = Set(BuiltSite.files(under: output))
        XCTAssertEqual(files.filter { $0.hasSuffix(".sqlite") }, [])
        XCTAssertFalse(files.contains("data/metadata.json"))
        XCTAssertEqual(files.filter { $0.hasSuffix(".xlsx") }, [])
        for path in ["data/datapackage.json", "data/releases.csv", "data/budget-lines.csv"] {
            XCTAssertTrue(files.contains(path), path)
        }
        for path in ["data/index.html", "data/datapackage.json"] {
            let text = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            XCTAssertFalse(text.contains(".sqlite"), path)
            XCTAssertFalse(text.contains("metadata.json"), path)
            XCTAssertFalse(text.contains(".xlsx"), path)
        }
        try XCTSkipUnless(BuiltSite.isInstalled("frictionless"), "frictionless is not installed (make test installs it)")
        let result = try BuiltSite.run("frictionless", ["validate", "--json", "datapackage.json"], in: output.appendingPathComponent("data"))
        XCTAssertEqual(result.status, 0, String(result.output.suffix(3_000)))
    }
}
