import XCTest
@testable import SitegenText
@testable import SitegenContent

/// Findings verified by hand in the report text: each is asserted by kind and line, and its
/// message must be a Korean sentence that names the row and the printed numbers.
final class RealReportFindingsTests: XCTestCase {
    private func findings(_ id: String, _ kind: Finding.Kind, line: Int) -> [Finding] {
        RealReports.report(id).findings.filter { $0.kind == kind && $0.line == line }
    }

    private func finding(_ id: String, _ kind: Finding.Kind, line: Int, mentioning words: [String],
                         file: StaticString = #filePath, testLine: UInt = #line) {
        let found = findings(id, kind, line: line)
        XCTAssertFalse(found.isEmpty, "\(id):\(line): expected a \(kind.rawValue) finding; the report has \(RealReports.report(id).findings.filter { $0.line == line }.map { "\($0.kind.rawValue): \($0.message)" })",
                       file: file, line: testLine)
        guard !found.isEmpty else { return }
        for word in words {
            XCTAssertTrue(found.contains { $0.message.contains(word) },
                          "\(id):\(line): no \(kind.rawValue) message mentions ‘\(word)’: \(found.map(\.message))", file: file, line: testLine)
        }
        for item in found { assertSentence(item, file: file, line: testLine) }
    }

    private func assertSentence(_ finding: Finding, file: StaticString = #filePath, line: UInt = #line) {
        let message = finding.message.trimmingCharacters(in: .whitespaces)
        XCTAssertFalse(message.isEmpty, "line \(finding.line): empty message", file: file, line: line)
        XCTAssertTrue(message.contains { ("가"..."힣").contains($0) }, "line \(finding.line): not Korean: \(message)", file: file, line: line)
        XCTAssertTrue(message.hasSuffix("."), "line \(finding.line): not a sentence: \(message)", file: file, line: line)
    }

    // MARK: malformed-number

    /// 2022-03 line 420: `| 비영리민간단체 공익활동 등 지원 | … | 2,129,500 | 211,1000 |` (2021 최종예산).
    func testMalformed2022MarchLine420() {
        finding("2022-03-citizen-cooperation-bureau", .malformedNumber, line: 420,
                mentioning: ["211,1000", "비영리민간단체 공익활동 등 지원"])
    }

    /// 2018 line 944: `서울 청년활동보장 … 30% 30%21,000,000 100%` (rate and 연말 예상액 run together).
    func testMalformed2018Line944() {
        finding("2018-07-innovation-bureau", .malformedNumber, line: 944,
                mentioning: ["30%21,000,000", "서울 청년활동보장"])
    }

    /// 2018 line 1543: `커뮤니티 공간 운영지원 8,580,275 5,157,538 5103,640 60% …` (지출).
    func testMalformed2018Line1543() {
        finding("2018-07-innovation-bureau", .malformedNumber, line: 1543,
                mentioning: ["5103,640", "커뮤니티 공간 운영지원"])
    }

    /// 2018 lines 1483–1484: `인권현장 체험프로그램` / `개발운영 67.650 5,660 …`: a decimal point in 예산현액.
    func testMalformed2018Line1484() {
        finding("2018-07-innovation-bureau", .malformedNumber, line: 1484,
                mentioning: ["67.650", "인권현장 체험프로그램"])
    }

    // MARK: skipped-row

    /// 2019 line 161: a whole 예산집행 현황 table (header and rows) flattened into one line.
    func testFlattenedTable2019Line161() {
        finding("2019-09-innovation-bureau", .skippedRow, line: 161, mentioning: [])
    }

    // MARK: rate-mismatch

    /// 2022-07 line 624: `권역별NPO지원센터조성및운영 1,311,000 755,131 755,131 54.6% 57.6%`:
    /// 755,131 ÷ 1,311,000 = 57.6%, so the printed 원인행위 rate 54.6% is wrong (지출 57.6% is right).
    func testRateMismatch2022JulyLine624() {
        let id = "2022-07-citizen-cooperation-bureau"
        finding(id, .rateMismatch, line: 624, mentioning: ["권역별NPO지원센터조성및운영", "54.6", "57.6"])
        XCTAssertEqual(findings(id, .rateMismatch, line: 624).count, 1, "only the 원인행위 rate is off")
    }

    /// 2022-07 line 511: `마을생태계 조성사업 3,140,000 3,019,200 3,019,200 96.7% 96.7%`:
    /// 3,019,200 ÷ 3,140,000 = 96.15…%, so both printed rates are off.
    func testRateMismatch2022JulyLine511() {
        let id = "2022-07-citizen-cooperation-bureau"
        finding(id, .rateMismatch, line: 511, mentioning: ["마을생태계 조성사업", "96.7", "96.2"])
        XCTAssertEqual(findings(id, .rateMismatch, line: 511).count, 2, "원인행위율 and 집행률 are both off")
    }

    /// 2019 line 390: `갈등관리실태 평가 38,719 8,419 1,300 21.7% 3.6%`: 1,300 ÷ 38,719 = 3.36%.
    func testRateMismatch2019Line390() {
        let id = "2019-09-innovation-bureau"
        finding(id, .rateMismatch, line: 390, mentioning: ["갈등관리실태 평가", "3.6", "3.4"])
        XCTAssertEqual(findings(id, .rateMismatch, line: 390).count, 1, "8,419 ÷ 38,719 = 21.7% is right")
    }

    /// 2022-03 line 392: `서울형 주민자치 활동지원 사업 | 6,931,522 | 5,833,002 | 84.1`:
    /// 5,833,002 ÷ 6,931,522 = 84.152%, which rounds to 84.2; 84.1 is the truncation. The same
    /// table rounds half-up where the two differ: 시민제안 발굴 및 실행 15,689 ÷ 790,300 = 1.985% → 2.0
    /// (line 373), 서울시민 행복증진 7,000 ÷ 119,000 = 5.882% → 5.9 (line 375), 기본경비
    /// 81,562 ÷ 154,602 = 52.756% → 52.8 (line 378).
    func testRateMismatch2022MarchLine392BreaksTheTablesRounding() {
        let id = "2022-03-citizen-cooperation-bureau"
        finding(id, .rateMismatch, line: 392, mentioning: ["서울형 주민자치 활동지원 사업", "84.1", "84.152", "84.2", "반올림"])
        for line in [373, 375, 378] {
            XCTAssertEqual(findings(id, .rateMismatch, line: line).map(\.message), [], "line \(line) rounds half-up like its table")
        }
    }

    /// 2022-07 line 1397: `갈등관리협치과 21,425,639 21,447,639 16,785,481 4,662,158 78.2`:
    /// 16,785,481 ÷ 21,447,639 = 78.263% (21,447,639 × 0.7825 = 16,782,777 is below it), which
    /// rounds to 78.3; the table rounds half-up elsewhere.
    func testRateMismatch2022JulyLine1397IsTruncatedInARoundingTable() {
        finding("2022-07-citizen-cooperation-bureau", .rateMismatch, line: 1397, mentioning: ["갈등관리협치과", "78.2", "78.3", "반올림"])
    }

    /// 2022-07 line 676: `민주시민교육 추진 417,450 394,680 394,680 94.6% 94.6%`: 394,680 ÷ 417,450
    /// = 94.545% (417,450 × 0.9455 = 394,699 is above it), 94.5 by either convention, not 94.6.
    func testRateMismatch2022JulyLine676FollowsNoConvention() {
        let id = "2022-07-citizen-cooperation-bureau"
        finding(id, .rateMismatch, line: 676, mentioning: ["민주시민교육 추진", "94.6", "94.5"])
        XCTAssertEqual(findings(id, .rateMismatch, line: 676).count, 2, "원인행위율 and 집행률 are both 94.6")
    }

    /// 2018 line 1525: `시민 제안 발굴 및 실행 1,077,938 567,270 305,747 53% 28% 1,029,910 95%`:
    /// 1,029,910 ÷ 1,077,938 = 95.54%, 96 when rounded; the row's own 567,270 ÷ 1,077,938 = 52.6%
    /// is printed 53 (rounded), as the table does elsewhere.
    func testRateMismatch2018Line1525IsTruncatedInARoundingTable() {
        finding("2018-07-innovation-bureau", .rateMismatch, line: 1525, mentioning: ["시민 제안 발굴 및 실행", "95", "96", "반올림"])
    }

    /// 2018 line 1531: `민관협력담당관 … 5,239,300 99%`: 5,239,300 ÷ 5,256,106 = 99.68%; a rate under
    /// 100 printed as 99 rather than 100 is not a misprint.
    func testARateJustUnderAHundredMayBePrinted99() {
        XCTAssertEqual(findings("2018-07-innovation-bureau", .rateMismatch, line: 1531).map(\.message), [])
    }

    /// 2019 line 32: `전 환 도 시 담 당 관 1,757 1,520 △237 △14.0% 826 694 54.4%` in 백만원:
    /// 826 ÷ 1,520 = 54.34%, but the amounts were rounded to millions; 826.5 ÷ 1,519.5 = 54.39%.
    func testRatesFromAmountsRoundedToTheUnitAreAccepted() {
        XCTAssertEqual(findings("2019-09-innovation-bureau", .rateMismatch, line: 32).map(\.message), [])
    }

    /// 2022-07 lines 620–626: the other rows of the same table add up and their rates are right.
    func testNoRateMismatchWhereRatesAreRight() {
        let id = "2022-07-citizen-cooperation-bureau"
        for line in [620, 622, 626] {
            XCTAssertEqual(findings(id, .rateMismatch, line: line).map(\.message), [], "line \(line)")
        }
        XCTAssertEqual(findings(id, .sumMismatch, line: 620).map(\.message), [], "계 3,102,139 = 1,622,675 + 1,311,000 + 168,464")
    }

    // MARK: cross-table-mismatch

    /// 2018: `청년공간 무중력지대 설치·운영 5,202,293` in item 4-2 (lines 1014–1015) but
    /// `청년공간 무중력지대 설치 운영 5,202,292` in the year table (line 1600); amounts in 천원.
    func testCrossTable2018YouthSpace() {
        finding("2018-07-innovation-bureau", .crossTableMismatch, line: 1600,
                mentioning: ["무중력지대", "5,202,292,000", "5,202,293,000", "1014"])
    }

    /// 2018: `서울혁신파크 운영 7,535,737` in item 1-1 (line 224) but `8,885,737` in the year table (line 1517).
    func testCrossTable2018InnovationPark() {
        finding("2018-07-innovation-bureau", .crossTableMismatch, line: 1517,
                mentioning: ["서울혁신파크 운영", "7,535,737,000", "8,885,737,000"])
    }

    // MARK: sum-mismatch

    /// 2022-03 세출총괄 (lines 71–80, 천원): the 증감 of the five departments adds up to
    /// △2,264,344 + △351,344 + △14,311,724 + △2,945,616 + △8,092,719 = △27,965,747,
    /// but `계` (line 75) prints △28,916,456; the other columns add up.
    func testSumMismatch2022MarchTotalChange() {
        finding("2022-03-citizen-cooperation-bureau", .sumMismatch, line: 75,
                mentioning: ["‘계’", ColumnRole.change.koreanLabel, "28,916,456,000", "27,965,747,000"])
        XCTAssertEqual(findings("2022-03-citizen-cooperation-bureau", .sumMismatch, line: 75).count, 1,
                       "2022년(A), 본예산 and 최종예산(B) all add up")
    }

    /// 2022-07 reprints the same 세출총괄 as PDF text (lines 145–169): `계` on line 159.
    func testSumMismatch2022JulyTotalChange() {
        finding("2022-07-citizen-cooperation-bureau", .sumMismatch, line: 159,
                mentioning: ["‘계’", ColumnRole.change.koreanLabel, "28,916,456,000", "27,965,747,000"])
    }

    /// 2022-03 line 80 (and its reprint, 2022-07 line 169):
    /// `갈등관리협치과 | 21,425,639 | 30,463,117 | 30,469,067 | △8,092,719`: 증감 (A−B) should be
    /// 21,425,639 − 30,469,067 = △9,043,428 — exactly the △950,709 the total misses. The row itself
    /// does not add up, so it should be flagged where it is printed, not only at `계`.
    func testDifferenceMismatchOnTheDepartmentRowWhoseChangeIsWrong() {
        for (id, line) in [("2022-03-citizen-cooperation-bureau", 80), ("2022-07-citizen-cooperation-bureau", 169)] {
            let onRow = RealReports.report(id).findings.filter { $0.line == line }
            XCTAssertTrue(onRow.contains { $0.kind == .differenceMismatch && $0.message.contains("갈등관리협치과") },
                          "\(id):\(line): the printed 증감 △8,092,719 is not 2022년(A) − 최종예산(B) = △9,043,428; findings on the line: \(onRow.map(\.message))")
        }
    }

    // MARK: Every message

    func testEveryFindingIsAKoreanSentenceOnARealLine() {
        for id in RealReports.ids {
            let lineCount = SourceLine.lines(of: RealReports.text(id)).count
            for finding in RealReports.report(id).findings {
                XCTAssertTrue((1...lineCount).contains(finding.line), "\(id): line \(finding.line) out of range")
                assertSentence(finding)
            }
        }
    }

    /// Rate, sum and cross-table findings quote the row they are about (`‘label’`).
    func testCheckFindingsNameTheirRow() {
        let quoting: Set<Finding.Kind> = [.rateMismatch, .sumMismatch, .crossTableMismatch, .malformedNumber]
        for id in RealReports.ids {
            let report = RealReports.report(id)
            for finding in report.findings where quoting.contains(finding.kind) {
                let rows = report.budgetLines.filter { ($0.firstLine...$0.lastLine).contains(finding.line) }
                guard !rows.isEmpty else { continue }  // e.g. a revenue row
                XCTAssertTrue(rows.contains { finding.message.contains($0.label) },
                              "\(id):\(finding.line) \(finding.kind.rawValue) does not name ‘\(rows.map(\.label))’: \(finding.message)")
            }
        }
    }
}
