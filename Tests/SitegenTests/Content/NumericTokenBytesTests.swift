import XCTest
@testable import SitegenText
@testable import SitegenContent

/// `NumericToken(cell:)` reads the UTF-8 bytes; it must read every cell exactly as the
/// `Character` reading it replaced, kept here as the reference.
final class NumericTokenBytesTests: XCTestCase {
    private enum Reference {
        static func token(_ raw: String) -> NumericToken? {
            guard let first = raw.firstIndex(where: { !$0.isWhitespace }) else { return NumericToken.none }
            let text = String(raw[first...raw.lastIndex(where: { !$0.isWhitespace })!])
            if NumericToken.noneMarks.contains(text) { return NumericToken.none }
            var body = Substring(text)
            var negative = false
            if let mark = body.first, NumericToken.negativeMarks.contains(mark) {
                negative = true
                body = body.dropFirst().drop(while: { $0.isWhitespace })
            }
            guard body.contains(where: \.isASCIIDigit),
                  body.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == "%" }) else { return nil }
            let percents = body.filter { $0 == "%" }.count
            let sign = { (rate: PrintedRate) in negative ? PrintedRate(scaled: -rate.scaled, decimals: rate.decimals) : rate }
            if percents == 1, body.last == "%" {
                let digits = body.dropLast()
                guard !digits.has(","), let rate = PrintedRate(parsing: String(digits)) else { return .malformed(text) }
                return .percent(sign(rate))
            }
            guard percents == 0 else { return .malformed(text) }
            if body.has(".") {
                guard !body.has(","), let rate = PrintedRate(parsing: String(body)) else { return .malformed(text) }
                return .decimal(sign(rate))
            }
            let groups = body.split(separator: ",", omittingEmptySubsequences: false)
            let grouped = groups.allSatisfy { !$0.isEmpty }
                && (groups.count == 1 ? body.count <= 15 : groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
            guard grouped, let value = Int(body.filter(\.isASCIIDigit)), value <= NumericToken.maxAmount else { return .malformed(text) }
            return .integer(negative ? -value : value)
        }
    }

    private func assertSame(_ cell: String, file: StaticString = #filePath, line: UInt = #line) {
        let shown = cell.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
        XCTAssertEqual(NumericToken(cell: cell), Reference.token(cell), "‘\(cell)’ (\(shown))", file: file, line: line)
    }

    func testPrintedCells() {
        for cell in ["1,234", "0", " 12,345,678 ", "△720,390", "△ 1", "▲3", "▵ 5", "△\u{3000}7", "49.8", "49.8%", "100%", "△99.7",
                     "△11.4%", "-", "－", "_", "—", "–", "‐", "ㅡ", "", "  ", "\u{3000}", "211,1000", "5103,640", "30%21,000,000",
                     "1,23", ",123", "5%5%", "1,234.5", "서울혁신파크", "12개", "2020년", "(A)", "집행률", "%", ",", ".", "1.",
                     ".5", "1.2.3", "1.1234567", "1.123456", "0001", "999999999999999", "9999999999999999", "1,000,000,000,000,000,000",
                     "9223372036854775807.5", "1%", "%1", "1,0%", "△", "△ ", "△-", "△%", "1 000", "1\u{3000}000", "①",
                     "1\u{301}", "△\u{301}1", "△ \u{301}1", "\u{600}1", "1\u{20E3}", "12\u{FE0F}", "\u{A0}3.5%\u{A0}",
                     "２", "1,234\r\n", "\t-\t", "- -", "ㅡ\u{301}", "4,611,686,018,427", "4,611,686,018,428"] {
            assertSame(cell)
        }
    }

    func testRandomCells() {
        let pieces = ["1", "0", "9", "5", ",", ".", "%", "△", "▲", " ", "\u{3000}", "-", "가", "a", "\u{301}", "\u{600}",
                      "\u{20E3}", "①", "\t", "２", "000", ",000", "ㅡ", "\u{A0}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<30_000 {
            let length = Int.random(in: 0...7, using: &generator)
            assertSame((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
    }
}
