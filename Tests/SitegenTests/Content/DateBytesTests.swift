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
                      "①", "５", "一", "\u{301}", "·", "\u{1100}", "\n", "Ⅱ", "~", "∼", "\u{A0}", "\u{2003}", "\u{2028}", "\u{85}", "\u{B}",
                      "\u{1680}", "\r", "\u{1}", "漢", "²", "½", "〇", "カ", "é"]
        var generator = SystemRandomNumberGenerator()
        var read = 0
        for _ in 0..<60_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if isReadable(text) { read += 1 }
            assertAgrees(text)
        }
        XCTAssertGreaterThan(read, 5_000, "most random lines are read on bytes")
    }

    /// Every scalar the bytes read, in every place of a date and around it: where the table
    /// says a scalar is plain and has no numeric value, the pattern agrees.
    func testEveryReadableScalarAgreesWithThePattern() {
        var readable = 0
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(scalar)
            guard isReadable(s) else { continue }
            readable += 1
            for text in ["\(s)2022.7.1", "2022\(s).7.1", "2022.\(s)7.\(s)1", "1\(s)22.7.1\(s)2"] {
                assertAgrees(text)
            }
        }
        XCTAssertGreaterThan(readable, 40_000)
        for unread: Unicode.Scalar in ["①", "５", "一", "²", "\u{301}", "\u{1100}", "\r", "\u{1680}", "\u{2126}", "😀"] {
            XCTAssertFalse(isReadable(String(unread)), "U+\(String(unread.value, radix: 16))")
        }
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
