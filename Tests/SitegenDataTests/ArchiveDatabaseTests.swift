import Foundation
import GRDB
import SitegenContent
@testable import SitegenData
import SitegenSite
import XCTest

/// The archive database built from the five real reports (as one file: `ArchivePartTests`
/// holds the files cut by year to it), checked against numbers read off the reports' text
/// (/work/shared/reports) by hand.
final class ArchiveDatabaseTests: XCTestCase {
    private let db = RealArchive.database

    /// 2022-03 report, line 402 (table "2022 세부사업별 예산 현황", as of '22.3.24, 단위 : 천원):
    /// `| 서울혁신파크 운영 | 6,448,435 | 948,711 | 14.7 | …`, under 사회협력과 (line 401).
    func testABudgetLineHasTheAmountsThePrintedRowHas() throws {
        let row = try db.read { db in
            try Row.fetchOne(db, sql: """
                SELECT l.*, t.unit, t.as_of FROM budget_lines l JOIN budget_tables t ON t.id = l.table_id
                WHERE l.release = '2022-03-citizen-cooperation-bureau' AND l.source_line = 402
                """)
        }
        let line = try XCTUnwrap(row)
        XCTAssertEqual(line["label"], "서울혁신파크 운영")
        XCTAssertEqual(line["department"], "사회협력과")
        XCTAssertEqual(line["row_kind"], "program")
        XCTAssertEqual(line["unit"], "천원")
        XCTAssertEqual(line["as_of"], "2022-03-24")
        XCTAssertEqual(line["fiscal_year"], 2022)
        XCTAssertEqual(line["budget_won"], 6_448_435_000)
        XCTAssertEqual(line["executed_won"], 948_711_000)
        XCTAssertEqual(line["rate_percent"], 14.7)
        XCTAssertNotNil(line["program_id"] as Int?)
        let url: String = try XCTUnwrap(line["url"])
        XCTAssertEqual(url.removingPercentEncoding, "/releases/2022-03-citizen-cooperation-bureau/departments/사회협력과/#서울혁신파크-운영")
    }

    /// The same table's grand total, line 370: `| 합 계 | 49,535,101 | 24,656,924 | 49.8 | …`.
    func testTheGrandTotalIsATotalRow() throws {
        let row = try XCTUnwrap(try db.read { db in
            try Row.fetchOne(db, sql: """
                SELECT row_kind, budget_won, executed_won, rate_percent FROM budget_lines
                WHERE release = '2022-03-citizen-cooperation-bureau' AND source_line = 370
                """)
        })
        XCTAssertEqual(row["row_kind"], "total")
        XCTAssertEqual(row["budget_won"], 49_535_101_000)
        XCTAssertEqual(row["executed_won"], 24_656_924_000)
        XCTAssertEqual(row["rate_percent"], 49.8)
    }

    /// 2018-07 report, line 1672: `○ 수감결과 처리요구사항 등 ---- 총 76 건`.
    func testTheAuditDemandsOf2018AreSeventySix() throws {
        let count = try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit_demands WHERE release = '2018-07-innovation-bureau'") }
        XCTAssertEqual(count, 76)
    }

    func testEveryReleaseIsARow() throws {
        let ids = try db.read { try String.fetchAll($0, sql: "SELECT id FROM releases ORDER BY date") }
        XCTAssertEqual(ids, ["2018-07-innovation-bureau", "2019-09-innovation-bureau", "2020-10-democracy-committee",
                             "2022-03-citizen-cooperation-bureau", "2022-07-citizen-cooperation-bureau"])
    }

    func testIntegrityAndForeignKeysAreClean() throws {
        try db.read { db in
            XCTAssertEqual(try String.fetchAll(db, sql: "PRAGMA integrity_check"), ["ok"])
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, 0)
        }
    }

    func testTheHeaderIsSetBeforeTheFirstTable() throws {
        try db.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA page_size"), 4096)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA application_id"), Int(ArchiveSchema.applicationID))
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), ArchiveSchema.version)
        }
        // Bytes 18 and 19 of the header: 1, a rollback journal (journal_mode=DELETE), not WAL.
        XCTAssertEqual(Array(RealArchive.bytes[18...19]), [1, 1])
    }

    /// The trigram index finds 혁신파크 inside 서울혁신파크 운영 (2022-03, line 402) and
    /// 동북권 청년혁신파크 조성사업 (line 407).
    func testTheTrigramIndexFindsFourSyllablesInsideAName() throws {
        let names = try db.read { db in
            try String.fetchAll(db, sql: """
                SELECT p.name FROM programs p JOIN programs_fts f ON f.rowid = p.id
                WHERE programs_fts MATCH '"혁신파크"' ORDER BY p.id
                """)
        }
        XCTAssertTrue(names.contains("서울혁신파크 운영"), "\(names)")
        XCTAssertTrue(names.contains { $0.contains("청년혁신파크") }, "\(names)")
        XCTAssertTrue(names.allSatisfy { $0.replacingOccurrences(of: " ", with: "").contains("혁신파크") }, "\(names)")
    }

    /// A word only a work item's body holds: 2022-03, line 207 (item 2, lines 200–291):
    /// `- 사업내용 : 공유부엌, 공동육아방, 문화공간 …`, and 2022-07, line 426 (item 1-3). The
    /// body's own index finds it by LIKE and GLOB, and its one trigram 육아방 by MATCH; the
    /// titles' index (Datasette's search box) does not hold it.
    func testTheBodyIndexFindsAWordOnlyABodyHolds() throws {
        let report = try String(contentsOf: RealArchive.content.appendingPathComponent("releases/2022-03-citizen-cooperation-bureau/report.txt"),
                                encoding: .utf8)
        let line = report.split(separator: "\n", omittingEmptySubsequences: false)[206]
        XCTAssertTrue(line.contains("공동육아방"), String(line))
        let expected = ["2022-03-citizen-cooperation-bureau 2", "2022-07-citizen-cooperation-bureau 1-3"]
        try db.read { db in
            func items(_ condition: String, _ argument: String) throws -> [String] {
                try String.fetchAll(db, sql: """
                    SELECT w.release || ' ' || w.number FROM work_items_body_fts f JOIN work_items w ON w.id = f.rowid
                    WHERE \(condition) ORDER BY w.id
                    """, arguments: [argument])
            }
            XCTAssertEqual(try items("f.body LIKE '%' || ? || '%'", "공동육아방"), expected)
            XCTAssertEqual(try items("f.body GLOB '*' || ? || '*'", "공동육아방"), expected)
            XCTAssertEqual(try items("work_items_body_fts MATCH ?", "육아방"), expected)
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT release || ' ' || number FROM work_items WHERE body LIKE '%공동육아방%' ORDER BY id"),
                           expected)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM work_items_fts WHERE work_items_fts MATCH '\"공동육아방\"'"), 0)
        }
    }

    /// Two syllables are fewer than a trigram: the README's LIKE on the base table finds them.
    /// 2022-03, line 376: `| 서울시민 행복증진 | …`.
    func testTwoSyllablesAreFoundByLike() throws {
        let labels = try db.read { db in
            try String.fetchAll(db, sql: "SELECT label FROM budget_lines WHERE label LIKE '%' || ? || '%'", arguments: ["서울"])
        }
        XCTAssertTrue(labels.contains("서울시민 행복증진"))
        XCTAssertTrue(labels.allSatisfy { $0.contains("서울") })
    }

    func testTheViewsAnswerAProgramsHistory() throws {
        try db.read { db in
            let id = try XCTUnwrap(try Int.fetchOne(db, sql: "SELECT program_id FROM budget_lines WHERE release = '2022-03-citizen-cooperation-bureau' AND source_line = 402"))
            let history = try Row.fetchAll(db, sql: "SELECT release, budget_won FROM program_history WHERE program_id = ?", arguments: [id])
            XCTAssertGreaterThanOrEqual(history.count, 2)
            XCTAssertTrue(history.contains { $0["release"] == "2022-03-citizen-cooperation-bureau" && $0["budget_won"] == 6_448_435_000 })
            let latest = try Row.fetchAll(db, sql: "SELECT release FROM program_latest WHERE program_id = ?", arguments: [id])
            XCTAssertEqual(latest.count, 1)
        }
    }

    func testTheSameSiteGivesTheSameBytes() throws {
        XCTAssertEqual(try ArchiveDatabase.wholeArchive(RealArchive.site), RealArchive.bytes)
    }

    /// Quotes, markup, control characters and 10 kB of text are values, never SQL.
    func testHostileMetadataIsStoredAsText() throws {
        var releases = RealArchive.site.releases.map(\.release)
        let hostile = "\"'); DROP TABLE releases; -- <script>alert(1)</script>\u{1}\u{7}" + String(repeating: "가", count: 10_000)
        releases[0].metadata.title = hostile
        releases[0].metadata.sourceURL = "javascript:alert('x')\"<script>"
        let site = SiteContent(releases: releases, config: SiteConfig())
        let db = try RealArchive.open(try ArchiveDatabase.wholeArchive(site))
        let row = try XCTUnwrap(try db.read { try Row.fetchOne($0, sql: "SELECT title, source_url FROM releases WHERE id = ?", arguments: [releases[0].id]) })
        XCTAssertEqual(row["title"], hostile)
        XCTAssertEqual(row["source_url"], "javascript:alert('x')\"<script>")
    }
}
