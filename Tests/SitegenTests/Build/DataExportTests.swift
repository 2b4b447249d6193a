import XCTest
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenSite
@testable import SitegenBuild

/// The CSV files under `data/`, built from a small parsed release.
final class DataExportTests: XCTestCase {
    private static let reportText = """
    2022 세부사업별 예산 현황
    (단위 : 천원)
    구 분 예산현액 원인행위 지출 원인행위율 집행률
    합 계 3,000 1,500 1,200 50.0% 40.0%
    시민참여과 3,000 1,500 1,200 50.0% 40.0%
    시민 정책참여 플랫폼 확대, 활성화 1,000 - - - -
    시민제안 발굴 및 실행 2,000 1,500 1,200 75.0% 65.0%

    2017 행정사무감사 처리결과 보고서
    건 의 사 항
    ○청년 공간을 확충할 것, 예산을 늘릴 것.
    (청년정책담당관, 인권담당관)
    □ 추진상황 : 추진중
    □ 추진내용
    - 검토 중

    """

    private func release() throws -> Release {
        try ReleaseReader.read(id: "2022-03-test",
                               metadataYAML: "title: 현안업무보고\nissuer: 시민협력국\ndate: 2022-03\n",
                               reportBytes: Array(Self.reportText.utf8),
                               metadataPath: "releases/2022-03-test/release.yml",
                               reportPath: "releases/2022-03-test/report.txt")
    }

    private func site(baseURL: String?) throws -> SiteContent {
        SiteContent(releases: [try release()], config: SiteConfig(baseURL: baseURL))
    }

    private func budgetCSV(baseURL: String?) throws -> String {
        let site = try site(baseURL: baseURL)
        return DataExport.budgetLines(site.releases, config: site.config)
    }

    // MARK: budget-lines.csv

    func testBudgetLinesHeader() throws {
        let text = try budgetCSV(baseURL: nil)
        XCTAssertEqual(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).first,
                       "release,release_date,issuer,table,source_line,department,program,row_kind,unit,budget_won,committed_won,executed_won,rate_percent,committed_rate_percent,url")
        XCTAssertTrue(text.hasSuffix("\n"))
    }

    func testBudgetLineRows() throws {
        let records = CSVRecords.parse(try budgetCSV(baseURL: nil))
        XCTAssertEqual(records.count, 5, "header and four rows")
        XCTAssertTrue(records.allSatisfy { $0.count == 15 }, "\(records.map(\.count))")
        let rows = Array(records.dropFirst())
        XCTAssertEqual(rows.map { $0[4] }, ["4", "5", "6", "7"])
        XCTAssertEqual(rows.map { $0[7] }, ["total", "department", "program", "program"])
        let program = rows[3]
        XCTAssertEqual(Array(program[0...13]), ["2022-03-test", "2022-03", "시민협력국", "2022 세부사업별 예산 현황", "7", "시민참여과",
                                                "시민제안 발굴 및 실행", "program", "천원", "2000000", "1500000", "1200000", "65.0", "75.0"])
    }

    func testFieldWithACommaIsQuoted() throws {
        let text = try budgetCSV(baseURL: nil)
        XCTAssertTrue(text.contains(",\"시민 정책참여 플랫폼 확대, 활성화\","), text)
        let rows = CSVRecords.parse(text)
        XCTAssertEqual(rows.first { $0[4] == "6" }?[6], "시민 정책참여 플랫폼 확대, 활성화")
    }

    func testEmptyValuesAreEmptyCellsNotZero() throws {
        let rows = CSVRecords.parse(try budgetCSV(baseURL: nil))
        let dashes = try XCTUnwrap(rows.first { $0[4] == "6" })
        XCTAssertEqual(dashes[9], "1000000")
        XCTAssertEqual(Array(dashes[10...13]), ["", "", "", ""], "`-` is no value, not 0")
        let total = try XCTUnwrap(rows.first { $0[4] == "4" })
        XCTAssertEqual(total[5], "", "the total row has no department")
    }

    func testURLStartsWithTheBasePath() throws {
        for (base, prefix) in [(nil, "/releases/2022-03-test/"), ("/reports", "/reports/releases/2022-03-test/"),
                               ("https://example.org/reports/", "https://example.org/reports/releases/2022-03-test/")] as [(String?, String)] {
            let rows = CSVRecords.parse(try budgetCSV(baseURL: base)).dropFirst()
            XCTAssertFalse(rows.isEmpty)
            for row in rows {
                XCTAssertTrue(row[14].hasPrefix(prefix), "base \(base ?? "nil"): \(row[14])")
            }
        }
    }

    // MARK: findings.csv and audit-items.csv

    func testFindingsCSV() throws {
        let release = try release()
        let text = DataExport.findings([release])
        XCTAssertEqual(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).first, "release,source_line,kind,message")
        // 1,200 ÷ 2,000 = 60%, printed 65.0% (line 7).
        XCTAssertEqual(release.report.findings.map(\.kind), [.rateMismatch])
        let rows = CSVRecords.parse(text).dropFirst()
        XCTAssertEqual(rows.map { Array($0[0...2]) }, [["2022-03-test", "7", "rate-mismatch"]])
        XCTAssertEqual(rows.first?[3], release.report.findings.first?.message, "a message with commas survives quoting")
    }

    func testAuditItemsCSV() throws {
        let release = try release()
        let text = DataExport.auditItems([release])
        XCTAssertEqual(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).first,
                       "release,source_line,kind,department,status,demand")
        let rows = Array(CSVRecords.parse(text).dropFirst())
        XCTAssertEqual(rows, [["2022-03-test", "11", "건의사항", "청년정책담당관; 인권담당관", "추진중", "청년 공간을 확충할 것, 예산을 늘릴 것."]])
    }

    /// The tables of the five real releases, joined from rows made a release at a time (and
    /// kept in the build cache), against the tables made from all rows at once.
    func testTablesJoinedFromEachReleasesRowsAreTheWholeTables() throws {
        let releases = try ContentLoader(contentDirectory: RealReports.contentFolder).loadReleases()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-memo-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let memo = ReleaseMemo(cache: BuildCache(folder: folder, identity: "test"),
                               contentKeys: Dictionary(uniqueKeysWithValues: releases.map { ($0.id, "key-" + $0.id) }))
        for base in [nil, "https://example.org/reports/", "https://other.example/"] {
            let site = SiteContent(releases: releases, config: SiteConfig(baseURL: base))
            let whole = [DataExport.budgetLines(site.releases, config: site.config), DataExport.findings(site.releases.map(\.release)),
                         DataExport.auditItems(site.releases.map(\.release))]
            // Made and kept, then read back; each base URL keeps rows of its own.
            for _ in 0..<2 {
                let tables = DataExport.tables(for: site.releases, config: site.config, memo: memo)
                XCTAssertEqual(tables.map { String(decoding: $0.bytes, as: UTF8.self) }, whole, base ?? "no base URL")
            }
        }
        let budget = CSVRecords.parse(DataExport.budgetLines(SiteContent(releases: releases, config: SiteConfig()).releases, config: SiteConfig()))
        XCTAssertEqual(Set(budget.dropFirst().map { $0[0] }), Set(releases.map(\.id)), "every release has rows")
        // A damaged entry: its rows are made anew.
        let site = SiteContent(releases: releases, config: SiteConfig())
        let damaged = ReleaseMemo(cache: BuildCache(folder: folder, identity: "test"), contentKeys: [releases[0].id: "damaged"])
        _ = damaged.bytes(DataExport.memoKind(site.config), release: releases[0].id) { [0xFF, 0x01] }
        XCTAssertEqual(DataExport.tables(for: site.releases, config: site.config, memo: damaged).map(\.bytes),
                       DataExport.tables(for: site.releases, config: site.config).map(\.bytes))
    }

    func testExportFilePaths() throws {
        let site = try site(baseURL: nil)
        let files = try DataExport.files(for: site.releases, config: site.config)
        XCTAssertEqual(files.map(\.path), ["data/budget-lines.csv", "data/findings.csv", "data/audit-items.csv",
                                           "data/releases/2022-03-test.json"])
    }
}

/// A minimal RFC 4180 reader for checking exports.
enum CSVRecords {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field); field = ""
            } else if character.isNewline {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
