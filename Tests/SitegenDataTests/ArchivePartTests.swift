import Foundation
import GRDB
import SitegenContent
@testable import SitegenData
import SitegenSite
import XCTest

/// The archive cut into a database a year, and a year cut further when its file would pass the
/// limit: the rule (with sizes made up, and a tiny limit on the real reports), and files that
/// together hold exactly the rows of the archive as one file, each clean on its own.
final class ArchivePartTests: XCTestCase {
    private func month(_ year: Int, _ month: Int) -> YearMonth { YearMonth(year: year, month: month)! }

    /// 100 bytes a release, 250 allowed: 2018's three releases are cut into half-years; 2019's
    /// January (five releases, 500 bytes, the first half-year alone) into the fewest runs that fit.
    func testAYearOverTheLimitIsCutIntoHalfYearsThenMonthsThenRuns() throws {
        let dates = [month(2018, 3), month(2018, 3), month(2018, 7),
                     month(2019, 1), month(2019, 1), month(2019, 1), month(2019, 1), month(2019, 1), month(2019, 8),
                     month(2020, 2)]
        let ids = dates.indices.map { "r\($0)" }
        var made: [String] = []
        let files = try ArchivePart.years(dates).flatMap { year in
            try year.files(dates: dates, limit: 250, ids: ids) { part in
                made.append(part.name)
                return [UInt8](repeating: 0, count: 100 * part.releases.count)
            }
        }
        XCTAssertEqual(files.map(\.path), ["data/sitegen-2018-h1.sqlite", "data/sitegen-2018-h2.sqlite",
                                           "data/sitegen-2019-01-1.sqlite", "data/sitegen-2019-01-2.sqlite",
                                           "data/sitegen-2019-01-3.sqlite", "data/sitegen-2019-h2.sqlite",
                                           "data/sitegen-2020.sqlite"])
        XCTAssertEqual(files.map(\.bytes.count), [200, 100, 200, 200, 100, 100, 100])
        XCTAssertTrue(files.allSatisfy { $0.bytes.count <= 250 })
        // 2019's first half-year is its January: cut into runs at once (the month is not made
        // again); two runs (300 bytes) were tried before three.
        XCTAssertEqual(made, ["2018", "2018-h1", "2018-h2", "2019", "2019-h1", "2019-01-1", "2019-01-2", "2019-01-1", "2019-01-2",
                              "2019-01-3", "2019-h2", "2020"])
    }

    func testAReleaseAloneOverTheLimitIsAnError() {
        let dates = [month(2018, 3), month(2018, 3)]
        XCTAssertThrowsError(try ArchivePart.years(dates)[0].files(dates: dates, limit: 150, ids: ["a", "big"]) { part in
            [UInt8](repeating: 0, count: part.releases.contains(1) ? 200 * part.releases.count : 100)
        }) { error in
            XCTAssertEqual((error as? ArchiveTooLarge)?.release, "big")
        }
    }

    /// The real reports: 2018, 2019, 2020 and 2022 (March and July), a file each; with a limit
    /// just under the file of 2022's two reports, 2022 is cut into its half-years.
    func testTheRealReportsMakeAFileAYearAndATinyLimitCutsTheirYear() throws {
        let files = try yearFiles(RealArchive.site)
        XCTAssertEqual(files.map(\.path), ["data/sitegen-2018.sqlite", "data/sitegen-2019.sqlite", "data/sitegen-2020.sqlite",
                                           "data/sitegen-2022.sqlite"])
        let releases = RealArchive.site.releases.map(\.release).filter { $0.metadata.date.year == 2022 }
        let site = SiteContent(releases: releases, config: SiteConfig(), lineage: .empty)
        let limit = files[3].bytes.count - 1
        let cut = try yearFiles(site, limit: limit)
        XCTAssertEqual(cut.map(\.path), ["data/sitegen-2022-h1.sqlite", "data/sitegen-2022-h2.sqlite"])
        XCTAssertTrue(cut.allSatisfy { $0.bytes.count <= limit })
        try assertSameRowsAsOneFile(cut, whole: try RealArchive.open(try ArchiveDatabase.wholeArchive(site)))
    }

    /// Every file is clean on its own (its foreign keys within it), and all of them hold the one
    /// file's rows of every table but programs, with the same ids, as the CSV files number them.
    func testTheFilesHoldTheArchivesRowsEachCleanOnItsOwn() throws {
        try assertSameRowsAsOneFile(try yearFiles(RealArchive.site), whole: RealArchive.database)
    }

    /// Adding a release to 2023 or changing one of 2022 leaves the keys of 2018–2020 as they
    /// were (those files are carried over); 2022's key follows its releases.
    func testAYearsKeyChangesOnlyWithItsReleases() throws {
        func keys(_ releases: [Release]) -> [String: String] {
            var site = SiteContent(releases: releases, config: SiteConfig(), lineage: .empty)
            site.contentKeys = Dictionary(uniqueKeysWithValues: releases.map { ($0.id, $0.id + ($0.metadata.title.hasSuffix("!") ? "!" : "")) })
            let counts = ArchiveCounts.running(site.releases)
            return Dictionary(uniqueKeysWithValues: ArchivePart.years(site.releases.map(\.release.metadata.date)).map {
                ($0.name, AnalystData.yearKey($0, site: site, before: counts[$0.releases.lowerBound])!)
            })
        }
        let releases = RealArchive.site.releases.map(\.release)
        var added = releases[4]
        added.id = "2023-01-added"
        added.metadata.date = month(2023, 1)
        var changed = releases
        changed[4].metadata.title += "!"
        let before = keys(releases), after = keys(releases + [added]), edited = keys(changed)
        for year in ["2018", "2019", "2020"] {
            XCTAssertEqual(before[year], after[year], year)
            XCTAssertEqual(before[year], edited[year], year)
        }
        XCTAssertEqual(before["2022"], after["2022"])
        XCTAssertNotEqual(before["2022"], edited["2022"])
        XCTAssertNotNil(after["2023"])
    }

    private func yearFiles(_ site: SiteContent, limit: Int = ArchivePart.fileSizeLimit) throws -> [OutputFile] {
        let counts = ArchiveCounts.running(site.releases)
        return try ArchivePart.years(site.releases.map(\.release.metadata.date)).flatMap {
            try ArchiveDatabase.files($0, site: site, counts: counts, limit: limit)
        }
    }

    private func assertSameRowsAsOneFile(_ files: [OutputFile], whole: DatabaseQueue,
                                         file: StaticString = #filePath, line: UInt = #line) throws {
        let tables = ArchiveSchema.tables.map(\.name).filter { $0 != ArchiveSchema.programs.name }
        var rows: [String: [Row]] = [:], programs: [Int: Row] = [:]
        for part in files {
            let db = try RealArchive.open(part.bytes)
            try db.read { db in
                XCTAssertEqual(try String.fetchAll(db, sql: "PRAGMA integrity_check"), ["ok"], part.path, file: file, line: line)
                XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, 0, part.path, file: file, line: line)
                XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), ArchiveSchema.version, file: file, line: line)
                for table in tables {
                    rows[table, default: []] += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid")
                }
                for program in try Row.fetchAll(db, sql: "SELECT id, slug, lineage, name, url FROM programs") {
                    let id: Int = program["id"]
                    if let seen = programs[id] { XCTAssertEqual(seen, program, "program \(id)", file: file, line: line) }
                    programs[id] = program
                }
            }
        }
        try whole.read { db in
            for table in tables {
                XCTAssertEqual(rows[table], try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid"), table, file: file, line: line)
            }
            let whole = try Row.fetchAll(db, sql: "SELECT id, slug, lineage, name, url FROM programs ORDER BY id")
            XCTAssertEqual(programs.keys.sorted().map { programs[$0]! }, whole, "programs", file: file, line: line)
        }
    }
}
