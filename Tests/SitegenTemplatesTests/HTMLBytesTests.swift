import XCTest
import SitegenCore
@testable import SitegenTemplates

/// `HTMLBytes` writes what the string templates write: text escaped as `Escape.html` escapes
/// it, report text mapped as `Reading.text` maps it, numbers as `String(_:)` prints them.
final class HTMLBytesTests: XCTestCase {
    func testTextIsEscapedAndMappedAsTheStringTemplatesDo() {
        let pieces = ["&", "<", ">", "\"", "'", "a", "가", "\u{E000}", "\u{F000}", "\u{F8FF}", "\u{F900}", "\u{EFFF}",
                      "\u{2024}", "\u{2025}", "\u{2022}", "\u{301}", "\u{1F600}", "\t", "\u{3000}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            var text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var plain = HTMLBytes(capacity: 0)
            plain.text(text)
            XCTAssertEqual(String(decoding: plain.bytes, as: UTF8.self), Escape.html(text), text.debugDescription)
            var reading = HTMLBytes(capacity: 0)
            text.withUTF8 { reading.readingText($0) }
            XCTAssertEqual(String(decoding: reading.bytes, as: UTF8.self), Escape.html(Reading.text(text)), text.debugDescription)
        }
    }

    func testNumbersPrintAsStringDoes() {
        for value in [0, 7, -7, 10, 1234567890, -1000, Int.max, Int.min] {
            var bytes = HTMLBytes(capacity: 0)
            bytes.number(value)
            XCTAssertEqual(String(decoding: bytes.bytes, as: UTF8.self), String(value))
        }
    }
}
