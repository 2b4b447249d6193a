import Foundation
import XCTest
@testable import SitegenText

/// `NFC.composed`, the one NFC of the site (names, slugs, search, the archive database): the
/// same bytes as Foundation's NFC, whether the text is plain (returned as it is) or not.
final class NFCTests: XCTestCase {
    func testComposedIsFoundationsNFC() {
        let pieces = ["서울", " ", "\u{3000}", "(", "a", "é", "e\u{301}", "\u{1100}\u{1161}\u{11A8}", "\u{2126}", "\u{212B}",
                      "\u{2000}", "\u{2001}", "\u{037E}", "\u{0387}", "\u{2ADC}", "\u{F900}", "漢", "😀", "\r\n", "\u{0958}",
                      "\u{304B}\u{3099}", "가\u{11A8}", "Ａ", "\u{E000}", "Ω"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(Array(NFC.composed(text).utf8), Array(text.precomposedStringWithCanonicalMapping.utf8), text)
        }
    }

    func testPlainTextIsReturnedAsItIs() {
        let text = "서울혁신파크 운영 (2022) – 65%"
        XCTAssertTrue(text.isPlainText)
        XCTAssertEqual(NFC.composed(text), text)
    }
}
