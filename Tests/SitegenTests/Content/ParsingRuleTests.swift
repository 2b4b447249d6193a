import XCTest
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenSite

/// `NumericToken`: how one printed cell is read.
final class NumericTokenTests: XCTestCase {
    func testIntegers() {
        XCTAssertEqual(NumericToken(cell: "1,234"), .integer(1234))
        XCTAssertEqual(NumericToken(cell: "0"), .integer(0))
        XCTAssertEqual(NumericToken(cell: " 12,345,678 "), .integer(12_345_678))
        XCTAssertEqual(NumericToken(cell: "△720,390"), .integer(-720_390))
        XCTAssertEqual(NumericToken(cell: "△ 1"), .integer(-1))
    }

    func testDecimalsAndPercents() {
        XCTAssertEqual(NumericToken(cell: "49.8"), .decimal(PrintedRate(scaled: 498, decimals: 1)))
        XCTAssertEqual(NumericToken(cell: "49.8%"), .percent(PrintedRate(scaled: 498, decimals: 1)))
        XCTAssertEqual(NumericToken(cell: "100%"), .percent(PrintedRate(scaled: 100, decimals: 0)))
        XCTAssertEqual(NumericToken(cell: "△99.7"), .decimal(PrintedRate(scaled: -997, decimals: 1)))
        XCTAssertEqual(NumericToken(cell: "△11.4%"), .percent(PrintedRate(scaled: -114, decimals: 1)))
    }

    func testNoValue() {
        for cell in ["-", "_", "", "  ", "－"] {
            XCTAssertEqual(NumericToken(cell: cell), NumericToken.none, "‘\(cell)’")
        }
        XCTAssertEqual(NumericToken(cell: "-")?.isValue, false)
    }

    func testMalformed() {
        for cell in ["211,1000", "5103,640", "30%21,000,000", "1,23", ",123", "5%5%", "1,234.5"] {
            XCTAssertEqual(NumericToken(cell: cell), .malformed(cell), "‘\(cell)’")
            XCTAssertEqual(NumericToken(cell: cell)?.isMalformed, true, "‘\(cell)’")
        }
    }

    func testTextIsNotANumber() {
        for cell in ["서울혁신파크", "12개", "2020년", "(A)", "집행률", "%", ","] {
            XCTAssertNil(NumericToken(cell: cell), "‘\(cell)’")
        }
    }
}

/// `PrintedRate`: a percentage kept as printed.
final class PrintedRateTests: XCTestCase {
    func testDescriptionKeepsPrintedDecimals() {
        XCTAssertEqual(PrintedRate(scaled: 498, decimals: 1).description, "49.8")
        XCTAssertEqual(PrintedRate(scaled: 10000, decimals: 2).description, "100.00")
        XCTAssertEqual(PrintedRate(scaled: -997, decimals: 1).description, "-99.7")
        XCTAssertEqual(PrintedRate(scaled: 50, decimals: 0).description, "50")
        XCTAssertEqual(PrintedRate(scaled: 7, decimals: 2).description, "0.07")
        XCTAssertEqual(PrintedRate(scaled: 5, decimals: 1).description, "0.5")
    }

    func testPrecisionIsOneUnitOfTheLastDigit() {
        XCTAssertEqual(PrintedRate(scaled: 50, decimals: 0).precision, 1)
        XCTAssertEqual(PrintedRate(scaled: 498, decimals: 1).precision, 0.1, accuracy: 1e-12)
        XCTAssertEqual(PrintedRate(scaled: 10000, decimals: 2).precision, 0.01, accuracy: 1e-12)
        XCTAssertEqual(PrintedRate(scaled: 498, decimals: 1).value, 49.8, accuracy: 1e-12)
    }

    func testParsing() {
        XCTAssertEqual(PrintedRate(parsing: "49.8"), PrintedRate(scaled: 498, decimals: 1))
        XCTAssertEqual(PrintedRate(parsing: "-3"), PrintedRate(scaled: -3, decimals: 0))
        XCTAssertEqual(PrintedRate(parsing: "100.00"), PrintedRate(scaled: 10000, decimals: 2))
        for bad in ["", "4.", ".5", "1.2.3", "a", "5%"] {
            XCTAssertNil(PrintedRate(parsing: bad), "‘\(bad)’")
        }
    }

    func testCodableRoundTripKeepsTheDigits() throws {
        let rate = PrintedRate(scaled: 10000, decimals: 2)
        let data = try JSONEncoder().encode([rate])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"100.00\"]")
        XCTAssertEqual(try JSONDecoder().decode([PrintedRate].self, from: data), [rate])
    }
}

/// `TableScanner`: rows and headers of the three layouts.
final class TableScannerTests: XCTestCase {
    private func scan(_ text: String) -> [RawTable] {
        TableScanner(lines: SourceLine.lines(of: text)).scan()
    }

    func testPipeTable() throws {
        let tables = scan("""
        표 제목
        | 구 분 | 예산현액 | 집행액 | 집행률 |
        |---|---|---|---|
        | 합 계 | 1,000 | 500 | 50.0 |
        | 시민참여과 | 1,000 | - | - |
        """)
        XCTAssertEqual(tables.count, 1)
        let table = try XCTUnwrap(tables.first)
        XCTAssertEqual(table.layout, .pipe)
        XCTAssertEqual(table.header.map(\.number), [2])
        XCTAssertEqual(table.rows.map(\.label), ["합 계", "시민참여과"])
        XCTAssertEqual(table.rows.map(\.cells), [["1,000", "500", "50.0"], ["1,000", "-", "-"]])
        XCTAssertEqual(table.rows.map(\.firstLine), [4, 5])
        XCTAssertEqual(table.firstLine, 2)
        XCTAssertEqual(table.lastLine, 5)
    }

    func testTabTableWithTwoRowHeader() throws {
        let tables = scan("""
        구 분\t2020 예산현액\t집행액\t\t집행률\t
        \t\t원인행위\t지출\t원인행위\t지출
        계\t1,000\t600\t500\t60.0%\t50.0%
        서울협치담당관\t1,000\t600\t500\t60.0%\t50.0%

        다음 문단
        """)
        XCTAssertEqual(tables.count, 1)
        let table = try XCTUnwrap(tables.first)
        XCTAssertEqual(table.layout, .tab)
        XCTAssertEqual(table.header.map(\.number), [1, 2])
        XCTAssertEqual(table.rows.map(\.label), ["계", "서울협치담당관"])
        XCTAssertEqual(table.rows.first?.cells, ["1,000", "600", "500", "60.0%", "50.0%"])
        XCTAssertEqual(table.lastLine, 4)
        XCTAssertTrue(table.headerKeywords.contains("원인행위"))
    }

    func testSpaceSplitTableWithWrappedName() throws {
        let tables = scan("""
        ※ 예산집행 현황 (단위 : 천원)
        사업명 예산현액 집행액 집행률
        청년공간 무중력지대
        설치·운영 5,202,293 2,806,700 54%
        청년청 운영 130,000 40,000 31%

        □ 향후계획
        """)
        XCTAssertEqual(tables.count, 1)
        let table = try XCTUnwrap(tables.first)
        XCTAssertEqual(table.layout, .space)
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertEqual(table.rows.first?.label, "청년공간 무중력지대 설치·운영")
        XCTAssertEqual(table.rows.first?.cells, ["5,202,293", "2,806,700", "54%"])
        XCTAssertEqual(table.rows.first?.firstLine, 3)
        XCTAssertEqual(table.rows.first?.lastLine, 4)
        XCTAssertEqual(table.rows.last?.label, "청년청 운영")
        XCTAssertEqual(table.rows.last?.firstLine, 5)
        XCTAssertEqual(table.firstLine, 2)
        XCTAssertEqual(table.lastLine, 5)
    }
}

/// `RowValues`: a row given meaning by its table's columns; never guessed.
final class RowValuesTests: XCTestCase {
    private let columns: [ColumnRole] = [.budget, .executed, .rate]

    private func row(_ cells: [String], line: Int = 7) -> RawRow {
        RawRow(label: "시민참여 활성화 추진", cells: cells, firstLine: line, lastLine: line)
    }

    func testWrongCountIsSkipped() {
        let result = RowValues.read(row(["1,000", "500"]), columns: columns, unit: .thousandWon)
        guard case .failure(.wrongCount(let count)) = result else { return XCTFail("expected wrongCount, got \(result)") }
        XCTAssertEqual(count, 2)
    }

    func testPercentInAnAmountColumnIsSkipped() {
        let result = RowValues.read(row(["50%", "500", "50%"]), columns: columns, unit: .thousandWon)
        guard case .failure(.outOfOrder(let cell)) = result else { return XCTFail("expected outOfOrder, got \(result)") }
        XCTAssertEqual(cell, "50%")
    }

    func testTextInAValueColumnIsSkipped() {
        let result = RowValues.read(row(["1,000", "집행", "50%"]), columns: columns, unit: .thousandWon)
        guard case .failure(.outOfOrder) = result else { return XCTFail("expected outOfOrder, got \(result)") }
    }

    func testMalformedValueIsMissingWithAFinding() throws {
        let values = try RowValues.read(row(["8,580,275", "5103,640", "59%"], line: 12), columns: columns, unit: .thousandWon).get()
        XCTAssertEqual(values.amounts[.budget], 8_580_275_000)
        XCTAssertNil(values.amounts[.executed])
        XCTAssertEqual(values.unreadable, [.executed])
        XCTAssertEqual(values.rates[.rate], PrintedRate(scaled: 59, decimals: 0))
        XCTAssertEqual(values.findings.map(\.kind), [.malformedNumber])
        XCTAssertEqual(values.findings.first?.line, 12)
        XCTAssertTrue(values.findings.first?.message.contains("5103,640") == true)
    }

    /// `30%21,000,000`: two cells printed as one; the row has one value too few.
    func testRunTogetherCellsLeaveTheRestUnread() throws {
        let seven: [ColumnRole] = [.budget, .committed, .executed, .committedRate, .rate, .yearEndEstimate, .yearEndRate]
        let values = try RowValues.read(row(["21,010,000", "6,276,500", "6,276,500", "30%", "30%21,000,000", "100%"]),
                                        columns: seven, unit: .thousandWon).get()
        XCTAssertEqual(values.amounts[.budget], 21_010_000_000)
        XCTAssertEqual(values.amounts[.executed], 6_276_500_000)
        XCTAssertEqual(values.rates[.committedRate], PrintedRate(scaled: 30, decimals: 0))
        XCTAssertNil(values.rates[.rate])
        XCTAssertNil(values.amounts[.yearEndEstimate])
        XCTAssertNil(values.rates[.yearEndRate])
        XCTAssertEqual(values.unreadable, [.rate, .yearEndEstimate, .yearEndRate])
        XCTAssertEqual(values.findings.map(\.kind), [.malformedNumber])
    }

    func testDashesAreNoValueNotZero() throws {
        let values = try RowValues.read(row(["1,000", "-", "-"]), columns: columns, unit: .thousandWon).get()
        XCTAssertEqual(values.amounts, [.budget: 1_000_000])
        XCTAssertTrue(values.rates.isEmpty)
        XCTAssertTrue(values.findings.isEmpty)
    }

    func testUnitScaling() throws {
        let cells = ["1,234", "△56", "49.8%"]
        let inThousands = try RowValues.read(row(cells), columns: columns, unit: .thousandWon).get()
        XCTAssertEqual(inThousands.amounts[.budget], 1_234_000)
        XCTAssertEqual(inThousands.amounts[.executed], -56_000)
        let inMillions = try RowValues.read(row(cells), columns: columns, unit: .millionWon).get()
        XCTAssertEqual(inMillions.amounts[.budget], 1_234_000_000)
        let inWon = try RowValues.read(row(cells), columns: columns, unit: .won).get()
        XCTAssertEqual(inWon.amounts[.budget], 1234)
        XCTAssertEqual(inWon.rates[.rate], PrintedRate(scaled: 498, decimals: 1))
    }
}

/// `RowClassifier`: totals, subtotals, departments and programs.
final class RowClassifierTests: XCTestCase {
    private let classifier = RowClassifier(knownDepartments: ["시민참여과", "인권담당관"])

    private func line(_ label: String, _ number: Int) -> BudgetLine {
        BudgetLine(label: label, kind: .program, amounts: [.budget: 1000], firstLine: number, lastLine: number)
    }

    func testKinds() {
        XCTAssertEqual(classifier.kind(of: "합 계"), .total)
        XCTAssertEqual(classifier.kind(of: "계"), .total)
        XCTAssertEqual(classifier.kind(of: "사업예산(계)"), .subtotal)
        XCTAssertEqual(classifier.kind(of: "소 계"), .subtotal)
        XCTAssertEqual(classifier.kind(of: "시 민 참 여 과"), .department)
        XCTAssertEqual(classifier.kind(of: "갈등관리협치과"), .department, "a 과 name is a department even when not listed")
        XCTAssertEqual(classifier.kind(of: "서울혁신파크 운영"), .program)
    }

    func testBasicCostsFollowedByQualifiedRowsIsASubtotal() {
        let lines = classifier.classify([
            line("기본경비", 1),
            line("기본경비(인권담당관)", 2),
        ])
        XCTAssertEqual(lines.map(\.kind), [.subtotal, .program])
        XCTAssertEqual(lines[1].department, "인권담당관")
    }

    func testProgramsBelongToTheDepartmentAbove() {
        let lines = classifier.classify([
            line("합 계", 1),
            line("시 민 참 여 과", 2),
            line("시민참여 활성화 추진", 3),
            line("기본경비", 4),
        ])
        XCTAssertEqual(lines.map(\.kind), [.total, .department, .program, .program])
        XCTAssertEqual(lines.map(\.department), [nil, "시민참여과", "시민참여과", "시민참여과"])
    }
}

/// `TableCaption`: unit and as-of date around a table.
final class TableCaptionTests: XCTestCase {
    func testUnit() {
        XCTAssertEqual(TableCaption.unit(in: "(단위:천원)"), .thousandWon)
        XCTAssertEqual(TableCaption.unit(in: "('19.8.31.기준,단위:백만원)"), .millionWon)
        XCTAssertEqual(TableCaption.unit(in: "단위：백만"), .millionWon)
        XCTAssertEqual(TableCaption.unit(in: "(단위:원)"), .won)
        XCTAssertNil(TableCaption.unit(in: "(단위:명)"))
        XCTAssertNil(TableCaption.unit(in: "예산집행현황"))
    }

    func testDate() {
        XCTAssertEqual(TableCaption.date(in: "(’22. 3. 23. 기준)")?.description, "2022-03-23")
        XCTAssertEqual(TableCaption.date(in: "(2022. 7. 1. 기준)")?.description, "2022-07-01")
        XCTAssertEqual(TableCaption.date(in: "('18. 6.30. 기준)")?.description, "2018-06-30")
        XCTAssertEqual(TableCaption.date(in: "(단위: 천원, ’22.7.1.기준)")?.description, "2022-07-01")
        XCTAssertNil(TableCaption.date(in: "(단위 : 천원)"))
        XCTAssertNil(TableCaption.date(in: "2022. 13. 1."))
        XCTAssertEqual(TableCaption.headerDate("집행액(6.30.기준)집행률", year: 2018), Day(year: 2018, month: 6, day: 30))
        XCTAssertNil(TableCaption.headerDate("집행액(13.1.기준)", year: 2018), "no 13th month")
        XCTAssertEqual(TableCaption.headerDate("집행액(6.31.기준)", year: 2018)?.description, "2018-06-31", "a day the month lacks is kept as printed")
    }
}

/// `Slug`: URL segments that keep Hangul.
final class SlugTests: XCTestCase {
    func testMake() {
        XCTAssertEqual(Slug.make("서울혁신파크 운영"), "서울혁신파크-운영")
        XCTAssertEqual(Slug.make("「민주주의 서울」 운영 활성화"), "민주주의-서울-운영-활성화")
        XCTAssertEqual(Slug.make("NPO지원센터(광역, 권역)"), "npo지원센터광역-권역")
        XCTAssertEqual(Slug.make("조성·운영  지원"), "조성-운영-지원")
        XCTAssertEqual(Slug.make("  앞뒤 공백  "), "앞뒤-공백")
        XCTAssertEqual(Slug.make("?!"), "item")
    }

    func testMakeIsNFC() {
        let decomposed = "서울".decomposedStringWithCanonicalMapping
        XCTAssertEqual(Slug.make(decomposed), "서울")
    }

    func testUniqueSuffixesLaterCollisions() {
        XCTAssertEqual(Slug.unique(["기본경비", "기본경비", "기본 경비", "기본경비"]),
                       ["기본경비", "기본경비-2", "기본-경비", "기본경비-3"])
        XCTAssertEqual(Slug.unique(["a", "a", "a-2"]), ["a", "a-2", "a-2-2"])
    }

    /// A long list (slugged on every core) gets the slugs it gets one name at a time.
    func testUniqueOfALongListAsOneByOne() {
        let names = (0..<5_000).map { ["서울 혁신 \($0 % 700)", "기본경비", "Seoul \($0 % 90)-2", "서울혁신-\($0 % 3)"][$0 % 4] }
        var taken = Set<String>()
        let expected = names.map { name -> String in
            let base = Slug.make(name)
            var candidate = base, counter = 1
            while taken.contains(candidate) { counter += 1; candidate = "\(base)-\(counter)" }
            taken.insert(candidate)
            return candidate
        }
        XCTAssertEqual(Slug.unique(names), expected)
        XCTAssertEqual(Set(expected).count, names.count)
    }
}

/// `ReportParser` end to end on a small synthetic report.
final class SyntheticReportParserTests: XCTestCase {
    private let text = """
    Ⅰ. 일 반 현 황
    구 분 계 시민참여과 사회협력과
    정 원 30 20 10
    현 원 28 19 9

    2022 세부사업별 예산 현황
    (단위 : 천원)
    구 분 예산현액 원인행위 지출 원인행위율 집행률
    합 계 3,000 1,500 1,200 50.0% 40.0%
    시민참여과 3,000 1,500 1,200 50.0% 40.0%
    시민참여 활성화 추진 1,000 500 400 50.0% 40.0%
    시민제안 발굴 및 실행 2,000 1,000 800 50.0% 40.0%
    """

    func testBudgetTableInWon() throws {
        let report = ReportParser(releaseYear: 2022).parse(text)
        XCTAssertEqual(report.budgetTables.count, 1)
        let table = try XCTUnwrap(report.budgetTables.first)
        XCTAssertEqual(table.unit, .thousandWon)
        XCTAssertEqual(table.columns, [.budget, .committed, .executed, .committedRate, .rate])
        XCTAssertEqual(table.lines.map(\.kind), [.total, .department, .program, .program])
        XCTAssertEqual(table.lines.map(\.firstLine), [9, 10, 11, 12])
        let program = table.lines[2]
        XCTAssertEqual(program.label, "시민참여 활성화 추진")
        XCTAssertEqual(program.department, "시민참여과")
        XCTAssertEqual(program.budget, 1_000_000)
        XCTAssertEqual(program.committed, 500_000)
        XCTAssertEqual(program.executed, 400_000)
        XCTAssertEqual(program.rate?.description, "40.0")
        XCTAssertEqual(program.committedRate?.description, "50.0")
        XCTAssertEqual(table.lines[0].budget, 3_000_000)
        XCTAssertEqual(report.findings, [], "the synthetic table adds up and its rates are right")
    }

    func testStaffingAndDepartments() {
        let report = ReportParser(releaseYear: 2022).parse(text)
        XCTAssertEqual(report.staffing.map(\.department), [nil, "시민참여과", "사회협력과"])
        XCTAssertEqual(report.staffing.map(\.authorized), [30, 20, 10])
        XCTAssertEqual(report.staffing.map(\.current), [28, 19, 9])
        XCTAssertEqual(report.departments.map(\.name), ["시민참여과", "사회협력과"])
    }

    func testFindingsForAMisprintedRow() {
        let broken = text.replacingOccurrences(of: "시민제안 발굴 및 실행 2,000 1,000 800 50.0% 40.0%",
                                               with: "시민제안 발굴 및 실행 2,000 1,000 800 50.0% 45.0%")
        let report = ReportParser(releaseYear: 2022).parse(broken)
        XCTAssertEqual(report.findings.map(\.kind), [.rateMismatch])
        XCTAssertEqual(report.findings.first?.line, 12)
    }
}

/// Blocks are set apart by one blank line however many the report leaves, and a line that
/// opens with a combining mark is no exception.
final class BlankLineTests: XCTestCase {
    func testBlocksAreSetApartByOneBlankLine() {
        let body = ["□ 추진 배경", "", "", "", "○ 첫째 항목", "", "", "※ 참고 사항", "", "\u{301}결합 문자로 여는 문단입니다 이 줄은 충분히 길어서 이어집니다.", "", "", "끝맺는 문단입니다, 짧지 않게 씁니다."]
        let markdown = NarrativeMarkdown().markdown(body: body, firstLine: 1)
        let expected = "### 추진 배경\n\n- 첫째 항목\n\n> ※ 참고 사항\n\n\u{301}결합 문자로 여는 문단입니다 이 줄은 충분히 길어서 이어집니다.\n\n끝맺는 문단입니다, 짧지 않게 씁니다.\n"
        XCTAssertTrue(markdown.utf8.elementsEqual(expected.utf8), markdown.debugDescription)
    }
}

/// `Slug.make` answers ASCII and Hangul without property lookups and lowercases only what
/// changes: the same slugs as the reading by properties and `lowercased()` of every scalar.
final class SlugFastPathTests: XCTestCase {
    private func byProperties(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "-" || scalar == "_" || scalar == "·" || scalar == "/" {
                pendingDash = !result.isEmpty
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingDash { result.append("-"); pendingDash = false }
                result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return result.isEmpty ? "item" : Slug.shortened(result)
    }

    func testTheSameSlugsAsByProperties() {
        let pieces = ["서울", "혁신", "NPO", "Npo", "ÀÉ", "e\u{301}", "İ", "Σ", "ΣΑ", "ß", "Ǆ", "ﬁ", "Ａ", "①", "Ⅳ", "٣", "\u{1100}\u{1161}",
                      " ", "\u{3000}", "\u{A0}", "\u{85}", "-", "_", "·", "/", "(", "「", "’", ",", ".", "\t", "\u{200B}", "\u{7F}", "ﾞ", "Ω"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(Slug.make(text), byProperties(text), text.debugDescription)
        }
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "B"
            XCTAssertEqual(Slug.make(text), byProperties(text), "U+\(String(value, radix: 16))")
        }
    }
}

/// The work item headings' cheap tests before their patterns leave the answers as the patterns
/// alone gave them.
final class HeadingPrefilterTests: XCTestCase {
    private func chapterByPattern(_ trimmed: String) -> WorkItem.Chapter? {
        let text = trimmed.drop { $0 == "#" || $0 == " " || LineShape.isPrivateUse($0.unicodeScalars.first!) }
        guard text.first?.isASCIIDigit == true, let match = text.wholeMatch(of: Patterns.chapterHeading), let number = Int(match.output.1) else { return nil }
        let title = TextCleanup.collapseLetterSpacing(String(match.output.2).trimmedAll)
        guard WorkItemParser.isTitle(title), !title.has(":") else { return nil }
        return WorkItem.Chapter(number: number, title: title)
    }

    func testChapterHeadingsAgreeWithThePattern() {
        let pieces = ["1", "2", "0", ".", ". ", " ", "\u{301}", "#", "\u{E000}", "시민", "혁신", ":", "ㅣ", "|", "]", "①", "\t"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<30_000 {
            let text = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(WorkItemParser.chapterHeading(trimmed: text), chapterByPattern(text), text.debugDescription)
        }
        XCTAssertEqual(WorkItemParser.chapterHeading(trimmed: "## 2. 시민이 주체가 되는 사회혁신")?.number, 2)
    }
}
