import XCTest
@testable import SitegenText
@testable import SitegenContent

/// A caption's date read on bytes against the regular expression it stands for.
final class DateBytesTests: XCTestCase {
    private func isReadable(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(DateBytes.isReadable)
    }

    /// Where the bytes can read a line, they find the numbers the pattern finds.
    private func assertAgrees(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        guard isReadable(text) else { return }
        var bytes = text
        let read = bytes.withUTF8(DateBytes.firstDate)
        let expected = TableCaption.dateByPattern(text)
        let shown = text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
        XCTAssertEqual(read.map { [$0.year, $0.month, $0.day] }, expected.map { [$0.year, $0.month, $0.day] }, "\(text) (\(shown))",
                       file: file, line: line)
    }

    func testRandomTextAgreesWithThePattern() {
        let pieces = ["1", "2", "0", "9", "22", "2022", "12345", ".", ". ", " ", "  ", "\u{3000}", "\t", "기준", "’", "'", "(", ")", "a", "가",
                      "①", "５", "一", "\u{301}", "·", "\u{1100}", "\n", "Ⅱ", "~", "∼"]
        var generator = SystemRandomNumberGenerator()
        var read = 0
        for _ in 0..<60_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if isReadable(text) { read += 1 }
            assertAgrees(text)
        }
        XCTAssertGreaterThan(read, 5_000, "most random lines are read on bytes")
    }

    func testCaptionsOfTheRealReports() {
        for id in RealReports.ids {
            for line in SourceLine.lines(of: RealReports.text(id)) { assertAgrees(line.text) }
        }
        XCTAssertEqual(TableCaption.date(in: "(’22. 6. 30. 기준, 단위: 천원)"), Day(year: 2022, month: 6, day: 30))
        XCTAssertEqual(TableCaption.date(in: "2018.\u{3000}7. 1.기준"), Day(year: 2018, month: 7, day: 1))
        XCTAssertEqual(TableCaption.date(in: "2022. 13. 1. 기준"), nil)
        // `①` is a digit to the pattern, so `①2022` is not a year (read by the pattern, as before).
        XCTAssertEqual(TableCaption.date(in: "①2022. 6. 30. 기준"), nil)
        XCTAssertEqual(TableCaption.date(in: "12022. 6. 30."), nil)
    }
}
