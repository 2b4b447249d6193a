import XCTest
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenSite

private func readRelease(_ report: String, yaml: String = "title: 현안업무보고\nissuer: 시민협력국\ndate: 2022-03\n") throws -> (release: Release, text: String) {
    try ReleaseReader.readWithText(id: "2022-03-test", metadataYAML: yaml, reportBytes: Array(report.utf8),
                                   metadataPath: "releases/2022-03-test/release.yml", reportPath: "releases/2022-03-test/report.txt")
}

/// Issue 8, problem 4: no number crashes the build; a too-large one is a finding with its line.
final class OverflowTests: XCTestCase {
    private func table(_ amount: String, unit: String = "천원") -> String {
        """
        2022 세부사업별 예산 현황
        (단위 : \(unit))
        구 분 예산현액 원인행위 지출 원인행위율 집행률
        합 계 \(amount) 1,500 1,200 50.0% 40.0%
        시민참여과 \(amount) 1,500 1,200 50.0% 40.0%
        시민 정책참여 플랫폼 확대 \(amount) - - - -
        시민제안 발굴 및 실행 \(amount) 1,500 1,200 75.0% 65.0%

        """
    }

    func testTheAmountFromTheIssueIsAFindingWithItsLineNotATrap() throws {
        let report = try readRelease(table("9,223,372,036,854,775")).release.report
        let malformed = report.findings.filter { $0.kind == .malformedNumber }
        XCTAssertEqual(Set(malformed.map(\.line)), [4, 5, 6, 7], "\(report.findings)")
        XCTAssertTrue(malformed.allSatisfy { $0.message.contains("9,223,372,036,854,775") })
    }

    func testEveryUnitAndSignOfHugeAmountsIsSafe() throws {
        for unit in ["원", "천원", "백만원"] {
            for amount in ["4,611,686,018,427", "△4,611,686,018,427", "999,999,999,999,999,999,999", "4611686018427"] {
                let report = try readRelease(table(amount, unit: unit)).release.report
                XCTAssertFalse(report.budgetTables.isEmpty, "\(unit) \(amount)")
            }
        }
    }

    func testChecksAddWithoutOverflow() {
        XCTAssertNil(CheckedArithmetic.sum([Int.max, 1]))
        XCTAssertNil(CheckedArithmetic.difference(Int.min, 1))
        XCTAssertEqual(CheckedArithmetic.sum([1, 2, 3]), 6)
        XCTAssertEqual(Won.format(Int.min), "△9,223,372,036,854,775,808원")
    }

    func testAmountsScaledByAnyUnitStillSubtract() {
        let largest = NumericToken.maxAmount * MoneyUnit.millionWon.wonPerUnit
        XCTAssertNotNil(CheckedArithmetic.difference(largest, -largest))
        XCTAssertEqual(NumericToken(cell: "4,611,686,018,427"), .integer(4_611_686_018_427))
        XCTAssertEqual(NumericToken(cell: "4,611,686,018,428"), .malformed("4,611,686,018,428"))
    }

    func testARateWithManyDecimalsIsNotATrap() {
        // Regression: `0.0000000000000000001` parsed to 19 decimals, and printing it trapped.
        let rate = PrintedRate(parsing: "0.0000000000000000001")
        XCTAssertNil(rate, "a rate with more decimals than any report prints is not a rate")
        XCTAssertEqual(NumericToken(cell: "0.0000000000000000001%")?.isMalformed, true)
    }
}

/// Issue 8, problems 7 and 8: form feeds and other control characters are whitespace.
final class ControlCharacterTests: XCTestCase {
    func testFormFeedsBetweenPagesChangeNothingThatIsRead() throws {
        let id = "2022-03-citizen-cooperation-bureau"
        let text = RealReports.text(id)
        let yaml = try String(contentsOf: RealReports.contentFolder.appendingPathComponent("releases/\(id)/release.yml"), encoding: .utf8)
        // What pdftotext writes: a form feed at the start of the first line of every page.
        let lines = text.components(separatedBy: "\n")
        let paged = lines.enumerated().map { $0.offset % 40 == 0 ? "\u{0C}" + $0.element : $0.element }.joined(separator: "\n")
        let plain = try readRelease(text, yaml: yaml).release.report
        let withBreaks = try readRelease(paged, yaml: yaml).release.report
        XCTAssertEqual(withBreaks.budgetTables.flatMap(\.lines).map(\.label), plain.budgetTables.flatMap(\.lines).map(\.label))
        XCTAssertEqual(withBreaks.findings, plain.findings)
        XCTAssertEqual(withBreaks.workItems.map(\.title), plain.workItems.map(\.title))
    }

    func testControlCharactersBecomeSpacesAndLinesKeepTheirNumbers() {
        XCTAssertEqual(TextCleanup.controlsAsWhitespace("\u{0C}서울\u{0B}혁신\u{1B}파크\n\u{0C}\u{0C}둘째"), "서울 혁신 파크\n둘째")
        XCTAssertEqual(TextCleanup.controlsAsWhitespace("a\tb\r\nc"), "a\tb\r\nc")
    }

    func testControlCharactersInATitleAreNotKept() throws {
        let release = try readRelease("시민협력국\n", yaml: "title: \"업무\\f보고\\e\"\nissuer: 시민협력국\ndate: 2022-03\n").release
        XCTAssertFalse(release.metadata.title.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }
}

/// Issue 8, problem 6: CSV cells a spreadsheet would run as formulas are neutralised.
final class CSVInjectionTests: XCTestCase {
    func testFormulaCellsAreNeutralisedAndNumbersStayNumbers() {
        let csv = CSVText.make(header: ["program", "budget_won"], rows: [
            ["=HYPERLINK(\"http://evil.example/x\",\"click\")", "-1234"],
            ["+1+1", "-99.7"], ["-2+3", "0"], ["@SUM(A1)", "12"], ["\tx", "1"], ["\rx", "2"], ["서울혁신파크", "3"],
        ])
        let rows = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(rows[1], "\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\",-1234")
        XCTAssertTrue(rows[2].hasPrefix("'+1+1,-99.7"), rows[2])
        XCTAssertTrue(rows[3].hasPrefix("'-2+3,0"), rows[3])
        XCTAssertTrue(rows[4].hasPrefix("'@SUM(A1),12"), rows[4])
        XCTAssertTrue(csv.contains("'\tx"))
        XCTAssertTrue(csv.contains("'\rx"))
        XCTAssertTrue(csv.contains("\n서울혁신파크,3\n"))
    }
}

/// Issue 8, problems 5 and 11: lineage.yml and release.yml are read strictly.
final class StrictConfigTests: XCTestCase {
    private func lineageError(_ yaml: String, line: UInt = #line) -> SitegenError? {
        do {
            _ = try LineageParser.parse(yaml, file: "content/lineage.yml")
            XCTFail("accepted", line: line)
        } catch let error as SitegenError {
            XCTAssertEqual(error.file, "content/lineage.yml", line: line)
            return error
        } catch {
            XCTFail("not a SitegenError: \(error)", line: line)
        }
        return nil
    }

    func testAnUnknownLineageKeyIsAnErrorWithItsLine() {
        let error = lineageError("issuers: []\naliasses:\n  - printed: a\n    program: b\n")
        XCTAssertEqual(error?.line, 2)
        XCTAssertTrue(error?.message.contains("aliasses") == true, error?.description ?? "")
        let nested = lineageError("aliases:\n  - printed: a\n    programme: b\n")
        XCTAssertEqual(nested?.line, 3)
    }

    func testAnEmptyLineageFileErrsWithALine() {
        XCTAssertEqual(lineageError("")?.line, 1)
    }

    func testAliasAmplificationIsRefused() {
        let names = (0..<4000).map { "n\($0)" }.joined(separator: ", ")
        let yaml = "distinct:\n  - &names [\(names)]\n" + String(repeating: "  - *names\n", count: 2000)
        let error = lineageError(yaml)
        XCTAssertEqual(error?.line, 2)
        XCTAssertTrue(error?.message.contains("aliases") == true, error?.description ?? "")
    }

    func testTheShippedLineageFileIsAccepted() throws {
        let text = try String(contentsOf: RealReports.contentFolder.appendingPathComponent("lineage.yml"), encoding: .utf8)
        XCTAssertFalse(try LineageParser.parse(text, file: "lineage.yml").aliases.isEmpty)
    }

    private func metadataError(_ yaml: String, line: UInt = #line) -> SitegenError? {
        XCTAssertThrowsError(try ReleaseMetadataParser.parse(yaml, file: "release.yml"), line: line)
        do { _ = try ReleaseMetadataParser.parse(yaml, file: "release.yml") } catch { return error as? SitegenError }
        return nil
    }

    func testADuplicateKeyGivesTheLineOfTheSecond() {
        let error = metadataError("title: A\nissuer: B\ntitle: C\ndate: 2022-03\n")
        XCTAssertEqual(error?.line, 3)
        XCTAssertTrue(error?.message.contains("title") == true, error?.description ?? "")
    }

    func testANullTitleIsRefused() {
        for null in ["~", "null", "Null", "NULL"] {
            let error = metadataError("title: \(null)\nissuer: B\ndate: 2022-03\n")
            XCTAssertEqual(error?.line, 1, null)
        }
        XCTAssertEqual(try ReleaseMetadataParser.parse("title: \"~\"\nissuer: B\ndate: 2022-03\n", file: "r").title, "~")
    }

    func testBaseURLIsAnAbsoluteHTTPURLWithAHost() {
        for bad in ["https://example.org/\r\nSitemap: x", "//host/", "http://", "ftp://example.org/", "example.org", "/reports/",
                    "https://example.org/\u{1B}", "https://exa mple.org/"] {
            XCTAssertThrowsError(try BaseURL.validate(bad), bad.debugDescription)
        }
        XCTAssertEqual(try BaseURL.validate("https://example.org/reports/"), "https://example.org/reports/")
        XCTAssertEqual(try BaseURL.validate("http://localhost:8000/"), "http://localhost:8000/")
    }
}

/// Issue 8, problem 9: no slug makes a path segment longer than a file system allows.
final class LongSlugTests: XCTestCase {
    func testLongNamesAreCutOnACharacterBoundaryWithAHash() {
        let long = String(repeating: "아주긴사업이름", count: 15)
        let other = long + "다른끝"
        let a = Slug.make(long), b = Slug.make(other)
        XCTAssertLessThanOrEqual(a.utf8.count, Slug.maxBytes)
        XCTAssertNotEqual(a, b, "two long names that begin alike keep different slugs")
        XCTAssertTrue(a.hasPrefix("아주긴사업이름"))
        XCTAssertEqual(Slug.make("서울혁신파크 운영"), "서울혁신파크-운영", "short names are unchanged")
        XCTAssertLessThanOrEqual(Slug.make(String(repeating: "a", count: 1000)).utf8.count, Slug.maxBytes)
    }

    func testSitePathsOverTheLimitAreRefusedBeforeWriting() {
        XCTAssertThrowsError(try SitePath.validate(["programs/" + String(repeating: "가", count: 90) + "/index.html"]))
        XCTAssertThrowsError(try SitePath.validate(["../x"]))
        XCTAssertThrowsError(try SitePath.validate(["a", "a"]))
        XCTAssertNoThrow(try SitePath.validate(["programs/서울/index.html", ".sitegen-site"]))
    }
}

/// Issue 8, problems 2 and 11: content stays inside content; errors say the real cause;
/// data records paths relative to the content folder.
final class ContentBoundaryTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-boundary-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("content/releases/2022-03-test")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "title: 보고\nissuer: 시민협력국\ndate: 2022-03\n".write(to: folder.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        try "시민협력국\n".write(to: folder.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private var content: URL { root.appendingPathComponent("content") }
    private var report: URL { content.appendingPathComponent("releases/2022-03-test/report.txt") }

    private func error(_ loader: ContentLoader? = nil) -> SitegenError? {
        do {
            _ = try (loader ?? ContentLoader(contentDirectory: content)).load()
            XCTFail("loaded")
        } catch {
            return error as? SitegenError
        }
        return nil
    }

    func testASymlinkedReportIsRefused() throws {
        try FileManager.default.removeItem(at: report)
        try FileManager.default.createSymbolicLink(atPath: report.path, withDestinationPath: "/etc/hostname")
        XCTAssertTrue(error()?.message.contains("symbolic link") == true)
    }

    func testASymlinkInsideTheContentFolderIsRefusedToo() throws {
        let copy = content.appendingPathComponent("copy.txt")
        try FileManager.default.moveItem(at: report, to: copy)
        try FileManager.default.createSymbolicLink(atPath: report.path, withDestinationPath: copy.path)
        XCTAssertTrue(error()?.message.contains("symbolic link") == true, "all links are refused, not only those that leave")
    }

    func testADeviceIsRefused() throws {
        try FileManager.default.removeItem(at: report)
        // A character device cannot be made here without privileges; /dev/null linked is a link,
        // so the device check is exercised through ContentFile directly.
        XCTAssertThrowsError(try ContentFile.read("/dev/null", display: "report.txt")) { error in
            XCTAssertTrue("\(error)".contains("device"), "\(error)")
        }
    }

    func testAnEmptyReleasesFolderIsAnErrorUnlessAllowed() throws {
        try FileManager.default.moveItem(at: content.appendingPathComponent("releases/2022-03-test"),
                                         to: content.appendingPathComponent("releases/.2022-03-test"))
        XCTAssertTrue(error()?.message.contains("--allow-empty") == true)
        var loader = ContentLoader(contentDirectory: content)
        loader.allowsEmpty = true
        XCTAssertEqual(try loader.load().count, 0)
    }

    func testTheRealCauseIsNamed() throws {
        XCTAssertEqual(ContentFile.cause(EACCES), "permission denied")
        XCTAssertEqual(ContentFile.cause(ENAMETOOLONG), "name too long")
        XCTAssertEqual(ContentFile.cause(ENOENT), "missing")
        let long = content.appendingPathComponent(String(repeating: "x", count: 300)).path
        XCTAssertThrowsError(try ContentFile.read(long, display: "x")) { error in
            XCTAssertTrue("\(error)".contains("name too long"), "\(error)")
        }
    }

    func testTheSourcePathIsRelativeToTheContentFolderHoweverItIsSpelled() throws {
        let spellings = [content, URL(fileURLWithPath: content.path + "/"), URL(fileURLWithPath: content.path + "/../content")]
        let paths = try spellings.map { try ContentLoader(contentDirectory: $0).load()[0].release.source.path }
        XCTAssertEqual(Set(paths), ["releases/2022-03-test/report.txt"])
    }
}

/// The rounding convention of each table: inferred from the rows where half-up and truncation
/// differ; a row that follows neither the table's convention nor exact agreement is flagged.
final class RoundingConventionTests: XCTestCase {
    private func table(_ rows: [(String, String, String, String)]) throws -> [Finding] {
        // 원인행위 = 지출, so each row has two rates that agree.
        let body = rows.map { "\($0.0) \($0.1) \($0.2) \($0.2) \($0.3)% \($0.3)%" }.joined(separator: "\n")
        let text = "2022 세부사업별 예산 현황\n(단위 : 원)\n구 분 예산현액 원인행위 지출 원인행위율 집행률\n\(body)\n"
        let report = try readRelease(text).release.report
        XCTAssertEqual(report.budgetTables.first?.lines.count, rows.count, "the table is read")
        return report.findings.filter { $0.kind == .rateMismatch }
    }

    func testATruncatingTableFlagsARoundedRowAndSaysWhatTheTableDoes() throws {
        let findings = try table([
            ("가사업", "1,000", "119", "11.9"),   // 11.9 exact
            ("나사업", "1,000", "127", "12.7"),
            ("다사업", "3,000", "1,000", "33.3"),  // 33.33 → 33.3 both ways
            ("라사업", "3,000", "2,000", "66.6"),  // 66.67: truncated
            ("마사업", "6,000", "1,000", "16.6"),  // 16.67: truncated
            ("바사업", "7,000", "1,000", "14.3"),  // 14.2857: rounded — the odd one out
        ])
        XCTAssertEqual(findings.map(\.line), [9, 9], "\(findings)")
        XCTAssertTrue(findings.first?.message.contains("버림") == true, findings.first?.message ?? "")
        XCTAssertTrue(findings.first?.message.contains("14.2") == true, findings.first?.message ?? "")
    }

    func testARoundingTableAcceptsRoundedRowsAndFlagsATruncatedOne() throws {
        let findings = try table([
            ("가사업", "3,000", "2,000", "66.7"),
            ("나사업", "6,000", "1,000", "16.7"),
            ("다사업", "7,000", "1,000", "14.2"),  // 14.2857 truncated in a rounding table
        ])
        XCTAssertEqual(findings.map(\.line), [6, 6])
        XCTAssertTrue(findings.first?.message.contains("14.3") == true, findings.first?.message ?? "")
        XCTAssertTrue(findings.first?.message.contains("반올림") == true, findings.first?.message ?? "")
    }

    func testWithoutEvidenceEitherConventionPasses() throws {
        XCTAssertEqual(try table([("가사업", "3,000", "2,000", "66.6")]), [])
        XCTAssertEqual(try table([("가사업", "3,000", "2,000", "66.7")]), [])
        XCTAssertEqual(try table([("가사업", "3,000", "2,000", "66.9")]).count, 2)
    }
}
