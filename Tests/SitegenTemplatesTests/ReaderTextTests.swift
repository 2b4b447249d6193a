import XCTest
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenTemplates

/// Issue 9, "text for readers" and "numbers": what the pages show for report text and amounts.
final class ReaderTextTests: XCTestCase {
    /// 2022-07 line 6 starts with U+F000 (a missing-glyph box in every font) and line 1081 prints
    /// `운영․관리` with U+2024; pages show `•` and `·`.
    func testPrivateUseBulletsAndTheOneDotLeaderReadAsABulletAndAMiddleDot() {
        XCTAssertEqual(Reading.text("\u{F000} 조 직 : 5과 22팀"), "• 조 직 : 5과 22팀")
        XCTAssertEqual(Reading.text("2 서울혁신파크 운영\u{2024}관리"), "2 서울혁신파크 운영·관리")
        XCTAssertEqual(Reading.text("그대로"), "그대로")
    }

    /// 2018-07 lines 1731–1733: one point of an audit action, wrapped by the PDF over two lines.
    func testAuditActionsAreReflowedIntoOneParagraphPerPoint() {
        let lines = ["□ 추진내용", "◦ 지방재정법 제32조의2 제2항의 지방보조금의 운영비 교부금지",
                     "규정은 단체 고유 목적을 위한 상근직원의 인건비, 사무실", "임대료, 공과금 등의 지원을 금지한 규정으로",
                     "- 1억미만(없음), 3억미만(5%), 5억미만(7%), 5억이상(10%)"]
        let paragraphs = ReflowedText.paragraphs(lines)
        XCTAssertEqual(paragraphs.map(\.kind), [.heading, .point, .subpoint])
        XCTAssertEqual(paragraphs[1].text, "◦ 지방재정법 제32조의2 제2항의 지방보조금의 운영비 교부금지 규정은 단체 고유 목적을 위한 상근직원의 인건비, 사무실 임대료, 공과금 등의 지원을 금지한 규정으로")
        XCTAssertFalse(ReflowedText.html(lines).markup.contains("<br>"))
    }

    /// Lines are trimmed of tabs and space separators as Foundation trims `.whitespaces`,
    /// ideographic and no-break spaces included, line breaks and combining marks kept.
    func testReflowTrimsWhatFoundationTrims() {
        let pieces = [" ", "\t", "\u{3000}", "\u{A0}", "\u{2009}", "\u{202F}", "\n", "\r", "\u{301}", "가", "a", "\u{FEFF}", "\u{200B}", "\u{F000}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text.trimmingCharacters(in: .whitespaces)
            XCTAssertTrue(ReflowedText.trimmingSpaces(text).unicodeScalars.elementsEqual(expected.unicodeScalars), text.debugDescription)
        }
    }

    /// As-of dates read as `2022. 6. 30.`: what splitting the day's `YYYY-MM-DD` at `-` and
    /// reading the numbers gave when the dates were strings, for any day.
    func testDaysReadAsSplittingAtHyphensReads() {
        let byParts = { (iso: String) -> String in
            let parts = iso.split(separator: "-").compactMap { Int($0) }
            return "\(parts[0]). \(parts[1]). \(parts[2])."
        }
        XCTAssertEqual(Format.day(Day(year: 2022, month: 6, day: 30)!), "2022. 6. 30.")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let day = Day(year: .random(in: 0...9999, using: &generator), month: .random(in: 1...12, using: &generator),
                          day: .random(in: 1...31, using: &generator))!
            XCTAssertEqual(Format.day(day), byParts(day.description), day.description)
        }
    }

    /// The short amount is the compact one without its ` 원`, as it was made before (by
    /// dropping the suffix), for any amount, the smallest integer included.
    func testShortWonIsCompactWonWithoutItsUnit() {
        let before = { (value: Int) -> String in
            let sign = value < 0 ? "△" : ""
            let magnitude = abs(value)
            let eok = magnitude / 100_000_000, man = (magnitude % 100_000_000) / 10_000
            if eok > 0 && man > 0 { return "\(sign)\(FixedFormat.grouped(eok))억 \(FixedFormat.grouped(man))만" }
            if eok > 0 { return "\(sign)\(FixedFormat.grouped(eok))억" }
            if man > 0 { return "\(sign)\(FixedFormat.grouped(man))만" }
            return "\(sign)\(FixedFormat.grouped(magnitude))"
        }
        var generator = SystemRandomNumberGenerator()
        let values = [0, 1, -1, 9_999, 10_000, 99_999_999, 100_000_000, 100_010_000, -6_448_435_000, Int.max, Int.min + 1]
            + (0..<5_000).map { _ in Int.random(in: -1 << Int.random(in: 1...62, using: &generator)...(1 << 40), using: &generator) }
        for value in values {
            XCTAssertEqual(Format.shortWon(value), before(value), "\(value)")
            XCTAssertEqual(Format.compactWon(value), before(value) + " 원", "\(value)")
        }
        XCTAssertEqual(Format.shortWon(Int.min), "△92,233,720,368억 5,477만")  // 9,223,372,036,854,775,808 won
    }

    /// 2022-07 line 1385 prints 서울혁신파크 운영's 예산현액 as 6,448,435 (천원): the table shows
    /// 64억 4,843만, read alike by eye and by screen readers, and keeps the exact won in the
    /// `data` element's value (for programs) and title (on hover).
    func testAmountsReadInEokAndManWithTheExactWonKept() {
        let cell = Format.amount(6_448_435_000).markup
        XCTAssertEqual(cell, "<data value=\"6448435000\" title=\"6,448,435,000원\">64억 4,843만</data>")
        XCTAssertEqual(Format.shortWon(-28_916_456_000), "△289억 1,645만")
    }

    /// 2022-03 line 75 prints 증감 as △28,916,456,000: rate changes use the same sign, not `-`.
    func testChangesUseTheReportsSigns() {
        XCTAssertEqual(Format.points(-37.2), "△37.2%p")
        XCTAssertEqual(Format.points(3.04), "+3.0%p")
        XCTAssertEqual(Format.signedWon(100_000_000), "+1억 원")
        XCTAssertEqual(Format.signedWon(-230_000_000), "△2억 3,000만 원")
        // 2022-07 line 159 prints `△28,916,456 △37.2` on one row: both with △.
        XCTAssertEqual(Format.rate(PrintedRate(scaled: -372, decimals: 1)).markup, "△37.2%")
        XCTAssertEqual(Format.won(-28_916_456_000).markup, "△28,916,456,000")
    }

    /// Digits grouped by three from the right, the report's △ for a negative amount, up to the
    /// largest and smallest integers (a huge number printed, not a crash).
    func testGroupedDigits() {
        let cases: [(Int, String)] = [(0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (12_345, "12,345"), (123_456, "123,456"),
                                      (1_234_567, "1,234,567"), (-1_000, "△1,000"), (-5, "△5"),
                                      (Int.max, "9,223,372,036,854,775,807"), (Int.min, "△9,223,372,036,854,775,808")]
        for (value, text) in cases { XCTAssertEqual(FixedFormat.grouped(value), text) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let value = Int.random(in: -10_000_000_000...10_000_000_000, using: &generator)
            let plain = String(value.magnitude)
            let expected = plain.enumerated().map { offset, digit in
                (offset > 0 && (plain.count - offset) % 3 == 0 ? "," : "") + String(digit)
            }.joined()
            XCTAssertEqual(FixedFormat.grouped(value), (value < 0 ? "△" : "") + expected)
        }
    }
}
