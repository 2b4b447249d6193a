import Foundation
import GRDB
import SitegenBuild
@testable import SitegenData
import SitegenSite
import XCTest

/// `data/datapackage.json` and `data/metadata.json`: they describe the files as written, and
/// whatever a release.yml holds reaches them as JSON strings, escaped.
final class DescriptorTests: XCTestCase {
    func testThePackageDescribesTheColumnsTheCSVFilesAreWrittenWith() {
        let fields = Dictionary(uniqueKeysWithValues: PackageResources.all.map { ($0.path, $0.schema.fields.map(\.name)) })
        XCTAssertEqual(fields["budget-lines.csv"], DataExport.budgetLinesHeader)
        XCTAssertEqual(fields["findings.csv"], DataExport.findingsHeader)
        XCTAssertEqual(fields["audit-items.csv"], DataExport.auditItemsHeader)
        XCTAssertEqual(fields["releases.csv"], ReleasesCSV.header)
    }

    func testDatasetteIsToldEveryTableAndColumnOfTheDatabase() throws {
        let json = try object(DatasetteMetadata.file(for: RealArchive.site, databases: ["sitegen-2018", "sitegen-2022-h1"]))
        XCTAssertEqual((json["databases"] as? [String: Any])?.keys.sorted(), ["sitegen-2018", "sitegen-2022-h1"])
        let tables = try XCTUnwrap((json["databases"] as? [String: Any])?["sitegen-2022-h1"] as? [String: Any])["tables"] as? [String: Any]
        try RealArchive.database.read { db in
            for table in ArchiveSchema.tables {
                let described = try XCTUnwrap(tables?[table.name] as? [String: Any], table.name)
                let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table.name])
                XCTAssertEqual(Set((described["columns"] as? [String: String] ?? [:]).keys), Set(columns), table.name)
            }
        }
        let lines = try XCTUnwrap(tables?["budget_lines"] as? [String: Any])
        XCTAssertEqual(lines["facets"] as? [String], ["release", "department", "row_kind", "fiscal_year"])
        XCTAssertEqual(lines["fts_table"] as? String, "budget_lines_fts")
        XCTAssertEqual((lines["columns"] as? [String: String])?["budget_won"]?.hasSuffix("(원)"), true)
        // The canned query over the bodies' index answers on the real archive.
        let queries = (json["databases"] as? [String: Any])?["sitegen-2018"].flatMap { ($0 as? [String: Any])?["queries"] as? [String: Any] }
        let sql = try XCTUnwrap((queries?["search_work_items_body"] as? [String: Any])?["sql"] as? String)
        let rows = try RealArchive.database.read { db in try Row.fetchAll(db, sql: sql, arguments: ["text": "공동육아방"]) }
        XCTAssertEqual(rows.map { $0["release"] as String }, ["2022-03-citizen-cooperation-bureau", "2022-07-citizen-cooperation-bureau"])
    }

    /// The package, Datasette and the data page state the same terms: the law that lets anyone
    /// use a local government's works, linked.
    func testThePackageAndDatasetteStateTheTermsWithTheLaw() throws {
        let package = try object(DataPackage.file(for: RealArchive.site))
        let licenses = try XCTUnwrap(package["licenses"] as? [[String: String]])
        XCTAssertEqual(licenses, [["title": DataTerms.title, "path": DataTerms.url]])
        let metadata = try object(DatasetteMetadata.file(for: RealArchive.site, databases: ["sitegen-2018"]))
        XCTAssertEqual(metadata["license"] as? String, DataTerms.title)
        XCTAssertEqual(metadata["license_url"] as? String, DataTerms.url)
        XCTAssertTrue(DataTerms.title.contains("Article 24-2"))
        XCTAssertEqual(URL(string: DataTerms.url)?.host, "www.law.go.kr")
        XCTAssertEqual(URL(string: DataTerms.url)?.path, "/법령/저작권법/제24조의2")
    }

    func testHostileMetadataIsEscapedJSON() throws {
        let site = HostileInput.site
        for file in [try DatasetteMetadata.file(for: site, databases: ["sitegen-2018"]), try DataPackage.file(for: site)] {
            XCTAssertFalse(file.bytes.contains { $0 < 0x20 && $0 != 0x0A }, "\(file.path) holds a raw control character")
            _ = try object(file)
        }
        let package = try object(DataPackage.file(for: site))
        let sources = try XCTUnwrap(package["sources"] as? [[String: String]])
        XCTAssertEqual(sources[0]["path"], HostileInput.sourceURL)
        XCTAssertEqual(sources[0]["title"], HostileInput.title + " (2018-07)")
        let metadata = try object(DatasetteMetadata.file(for: site, databases: ["sitegen-2018"]))
        XCTAssertFalse((metadata["source_url"] as? String ?? "").isEmpty)
    }

    func testTheDatabaseAndTheWorkbooksAreMadeOnlyWithTheirFlags() throws {
        func paths(database: Bool, workbooks: Bool = false) throws -> (paths: Set<String>, package: String) {
            var site = RealArchive.site
            site.config.database = database
            site.config.workbooks = workbooks
            var files = try AnalystData.jobs(for: site).flatMap { try $0.make() }
            files += try AnalystData.closingFiles(for: site, writtenPaths: files.map(\.path))
            let package = try XCTUnwrap(files.first { $0.path == DataPackage.path })
            return (Set(files.map(\.path)), String(decoding: package.bytes, as: UTF8.self))
        }
        let without = try paths(database: false), with = try paths(database: true)
        XCTAssertFalse(without.paths.contains(DatasetteMetadata.path))
        XCTAssertFalse(without.package.contains("sqlite"), "the package names a database the site does not hold")
        let databases = ["data/sitegen-2018.sqlite", "data/sitegen-2019.sqlite", "data/sitegen-2020.sqlite", "data/sitegen-2022.sqlite"]
        XCTAssertEqual(with.paths.subtracting(without.paths), Set(databases + [DatasetteMetadata.path]))
        XCTAssertTrue(with.package.contains("sitegen-2022.sqlite"))
        XCTAssertEqual(without.paths, [DataPackage.path, "data/releases.csv"])
        let workbooks = try paths(database: false, workbooks: true).paths.subtracting(without.paths)
        XCTAssertEqual(workbooks.count, 1 + RealArchive.site.releases.count)
        for path in ["data/budget-lines.xlsx", "data/releases/2022-07-citizen-cooperation-bureau.xlsx"] {
            XCTAssertTrue(workbooks.contains(path), path)
        }
    }

    private func object(_ file: OutputFile) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any], file.path)
    }
}
