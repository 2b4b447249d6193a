import XCTest
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenSite

/// Programs across the five real reports, matched with content/lineage.yml.
final class LineageMatchingTests: XCTestCase {
    static let site: SiteContent = {
        let releases = RealReports.ids.map { id -> Release in
            let yaml = try! String(contentsOf: RealReports.contentFolder.appendingPathComponent("releases/\(id)/release.yml"), encoding: .utf8)
            return try! ReleaseReader.read(id: id, metadataYAML: yaml, reportBytes: Array(RealReports.text(id).utf8),
                                           metadataPath: "release.yml", reportPath: "report.txt")
        }
        let lineage = try! LineageParser.parse(String(contentsOf: RealReports.contentFolder.appendingPathComponent("lineage.yml"), encoding: .utf8),
                                               file: "lineage.yml")
        return SiteContent(releases: releases, config: SiteConfig(), lineage: lineage)
    }()

    private var site: SiteContent { Self.site }

    private func position(_ id: String) -> Int { site.releases.firstIndex { $0.release.id == id }! }

    /// The program of the row that starts at `line` in release `id`.
    private func program(_ id: String, line: Int) -> ProgramHistory? {
        let r = position(id)
        for (t, table) in site.releases[r].release.report.budgetTables.enumerated() {
            for (l, row) in table.lines.enumerated() where row.firstLine == line && row.kind == .program {
                return site.program(release: r, table: t, line: l)
            }
        }
        return nil
    }

    func testEveryProgramOfTheJuly2022TableRunsThroughMarch2022AsOneProgram() throws {
        // The 34 program rows of the 2022-07 year table (lines 1318-1423) all stand in the 2022-03
        // table (lines 366-428), one of them under an OCR-garbled name (계혁형 for 계획형, line 1418).
        let march = position("2022-03-citizen-cooperation-bureau")
        let july = site.releases[position("2022-07-citizen-cooperation-bureau")]
        let table = try XCTUnwrap(july.release.report.budgetTables.first { $0.firstLine >= 1290 })
        let programs = table.lines.filter { $0.kind == .program }
        XCTAssertEqual(programs.count, 34)
        for row in programs {
            let history = try XCTUnwrap(program("2022-07-citizen-cooperation-bureau", line: row.firstLine), row.label)
            XCTAssertTrue(history.releases.contains(march), "‘\(row.label)’ (line \(row.firstLine)) is not joined with 2022-03")
        }
        XCTAssertEqual(program("2022-07-citizen-cooperation-bureau", line: 1418)?.key, program("2022-03-citizen-cooperation-bureau", line: 422)?.key)
    }

    func testTheOCRNamesOf2019JoinTheirLineage() {
        // 2019 line 460 `시민참여형 의사결정을 위하 공공토로 유역` and line 494 `사민참여형 와일정을 위한 공동로 운영`
        // are 2018 line 1624 `시민 참여형 의사결정을 위한 공공토론 운영` (all 295,000천원); the program is
        // shown under its first printed name, 2018 lines 1189-1190 `시민참여형 의사결정을 / 위한 공공토론 운영`.
        let original = program("2018-07-innovation-bureau", line: 1624)
        XCTAssertNotNil(original)
        XCTAssertEqual(program("2019-09-innovation-bureau", line: 460)?.key, original?.key)
        XCTAssertEqual(program("2019-09-innovation-bureau", line: 494)?.key, original?.key)
        XCTAssertEqual(original?.names.first, "시민참여형 의사결정을 위한 공공토론 운영")
        XCTAssertEqual(program("2018-07-innovation-bureau", line: 1189)?.key, original?.key)
        // 2019 line 493 `갈등관리 실태 평가` and 2018 line 1622 `갈등관리 실태 평가`; 2019 line 390 `갈등관리실태 평가`.
        XCTAssertEqual(program("2019-09-innovation-bureau", line: 390)?.key, program("2018-07-innovation-bureau", line: 1622)?.key)
    }

    func testNoTwoProgramsOfOneReleaseAreMerged() {
        for program in site.programs {
            for release in program.releases {
                let names = Set(program.appearances.filter { $0.release == release }.map { appearance -> String in
                    let line = site.releases[release].release.report.budgetTables[appearance.table].lines[appearance.line]
                    return site.lineage.programKey(line.label)
                })
                XCTAssertEqual(names.count, 1, "\(program.names[0]) merges \(names.sorted()) of \(site.releases[release].release.id)")
            }
        }
    }

    func testDepartmentsFollowTheirRenames() {
        XCTAssertEqual(site.lineage.departmentLineage("서울민주주의 담당관"), "시민참여과")
        XCTAssertEqual(site.lineage.departmentLineage("민관협력담당관"), "갈등관리협치과")
        XCTAssertEqual(site.lineage.departmentLineage("시민속의예산담당관"), "시민숙의예산과")
        XCTAssertEqual(site.lineage.issuerLineage("서울혁신기획관"), "시민협력국")
        let lineage = site.departmentLineages.first { $0.name == "시민참여과" }
        XCTAssertEqual(lineage?.appearances.map(\.name), ["서울민주주의담당관", "시민참여과", "시민참여과"])
    }
}

/// The OCR-tolerant matcher on small invented releases: what it joins and what it refuses.
final class ProgramMatcherRuleTests: XCTestCase {
    private func release(_ id: String, _ month: String, _ rows: [(String, Int)], issuer: String = "시험국") -> Release {
        let lines = rows.enumerated().map { i, row in
            BudgetLine(label: row.0, kind: .program, department: "시험과", amounts: [.budget: row.1], firstLine: i + 1, lastLine: i + 1)
        }
        let table = BudgetTable(title: "예산", unit: .thousandWon, asOf: nil, columns: [.budget], lines: lines, firstLine: 1, lastLine: rows.count)
        return Release(id: id, metadata: ReleaseMetadata(title: id, issuer: issuer, date: YearMonth(month)!),
                       source: SourceInfo(path: "", sha256: "", byteCount: 0, lineCount: 0, encoding: "UTF-8"),
                       report: Report(budgetTables: [table]))
    }

    func testJamoDistanceCountsStrokesNotSyllables() {
        XCTAssertEqual(Jamo.distance(Jamo.decompose("공공토론"), Jamo.decompose("공공토로"), limit: 5), 1)
        XCTAssertEqual(Jamo.distance(Jamo.decompose("위한"), Jamo.decompose("위하"), limit: 5), 1)
        XCTAssertNil(Jamo.distance(Jamo.decompose("서울혁신파크"), Jamo.decompose("마을공동체"), limit: 3))
    }

    func testAnOCRNameWithAgreeingAmountsJoinsAndADifferentAmountDoesNot() {
        let a = release("a", "2018-07", [("공공토론 운영 지원", 295_000), ("마을활력소 운영", 100_000)])
        let b = release("b", "2019-09", [("공공토로 운영 지원", 295_000), ("마을활력소 운용", 900_000)])
        let result = ProgramMatcher.match([a, b], lineage: Lineage(.empty))
        XCTAssertEqual(result.programs.count, 3)
        XCTAssertEqual(result.matches.map(\.second), ["공공토로 운영 지원"])
        XCTAssertTrue(result.nearMisses.contains { $0.second == "마을활력소 운용" && $0.reason.contains("예산액이 맞지 않아") })
    }

    func testTwoNamesPrintedInOneReleaseNeverMerge() {
        let a = release("a", "2018-07", [("공공토론 운영 지원", 295_000), ("공공토로 운영 지원", 295_000)])
        let result = ProgramMatcher.match([a], lineage: Lineage(.empty))
        XCTAssertEqual(result.programs.count, 2)
        XCTAssertTrue(result.matches.isEmpty)
        XCTAssertTrue(result.nearMisses.first?.reason.contains("한 보고서") == true)
    }

    func testEditorsAliasesAndDistinctGroupsOverride() {
        let a = release("a", "2018-07", [("공공토론 운영 지원", 295_000)])
        let b = release("b", "2019-09", [("엉뚱한 이름", 1), ("공공토로 운영 지원", 295_000)])
        let config = LineageConfig(aliases: [.init(printed: "엉뚱한 이름", program: "공공토론 운영 지원")],
                                   distinct: [["공공토론 운영 지원", "공공토로 운영 지원"]])
        let result = ProgramMatcher.match([a, b], lineage: Lineage(config))
        let joined = result.programs.first { $0.names.contains("엉뚱한 이름") }
        XCTAssertEqual(joined?.releases, [0, 1])
        XCTAssertEqual(joined?.names.first, "공공토론 운영 지원")
        XCTAssertTrue(result.nearMisses.contains { $0.reason.contains("lineage.yml") })
    }

    func testProgramsOfUnrelatedIssuersStayApartAndSuccessorsJoin() {
        let a = release("a", "2018-07", [("공유도시 확산", 100)], issuer: "옛국")
        let b = release("b", "2019-07", [("공유도시 확산", 100)], issuer: "다른국")
        let c = release("c", "2020-07", [("공유도시 확산", 100)], issuer: "새국")
        let config = LineageConfig(issuers: [.init(name: "새국", succeeds: ["옛국"])])
        let result = ProgramMatcher.match([a, b, c], lineage: Lineage(config))
        XCTAssertEqual(result.programs.map(\.releases).sorted { $0.count > $1.count }, [[0, 2], [1]])
    }

    func testLineageFileErrorsNameTheFileAndLine() {
        XCTAssertThrowsError(try LineageParser.parse("aliases:\n  - printed: 가\n", file: "content/lineage.yml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("content/lineage.yml"), "\(error)")
            XCTAssertTrue("\(error)".contains("program"), "\(error)")
        }
        XCTAssertThrowsError(try LineageParser.parse("aliases:\n  - printed: 가나\n    program: 다라\n  - printed: 가나\n    program: 마바\n", file: "lineage.yml")) { error in
            XCTAssertEqual((error as? SitegenError)?.line, 2, "\(error)")
        }
    }
}

extension LineageMatchingTests {
    /// Issue 9: the index listed the bureau's own 기본경비 as "기 본 경 비" (2018 line 47 prints it
    /// letter-spaced under 행정운영경비(계)); its name reads without the spacing.
    func testLetterSpacedProgramNamesAreListedWithoutTheSpacing() throws {
        let program = try XCTUnwrap(program("2018-07-innovation-bureau", line: 47))
        XCTAssertEqual(program.names[0], "기본경비")
    }

    /// Issue 9: the program index listed "기본경비 (갈등조정담당관)" beside "기본경비(갈등조정담당관)".
    /// 2018 line 1660 prints `기본경비(갈등조정담당관) 22,600` (천원); 2019 line 496 prints
    /// `기본경비 22,600 23,680 …` among 갈등조정담당관's rows, its 2018 budget the same 22,600.
    /// 2018 line 1654 prints 민관협력담당관's own 기본경비, which stays apart (same release).
    func testBasicExpensesPrintedWithTheirDepartmentInParenthesesAreThatDepartmentsBasicExpenses() throws {
        let printedWithDepartment = try XCTUnwrap(program("2018-07-innovation-bureau", line: 1660))
        let printedAlone = try XCTUnwrap(program("2019-09-innovation-bureau", line: 496))
        XCTAssertEqual(printedWithDepartment.slug, printedAlone.slug)
        XCTAssertEqual(site.programs.filter { $0.names.contains("기본경비(갈등조정담당관)") || $0.names.contains("기본경비 (갈등조정담당관)") }.count, 1)
    }
}
