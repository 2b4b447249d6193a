import XCTest
@testable import SitegenShare

/// `PreviewText.clean`'s byte reading of plain text gives what its reading by scalars and
/// `Character`s gives (`cleanByCharacters`, the oracle), and leaves other text to it.
final class PreviewTextTests: XCTestCase {
    /// Titles and descriptions as pages have them, and the edges: controls, bidirectional
    /// controls, every plain White_Space scalar, runs of them, cuts that fall on a space.
    static let samples = [
        "", " ", "  \t\n ", "가", "세부사업 ‘청년 일자리’의 보고서별 예산현액, 원인행위, 지출, 집행률.",
        "  시민협력국\u{3000}현안업무보고  ", "a\u{202E}b\u{0007}c\n d", "\u{0085}x\u{00A0}\u{00A0}y\u{2028}z\u{205F}",
        "x\u{7F}\u{9F}y", "<b>&amp;</b> \"인용\" 'quote'", "1,234억 5,678만 원 (87.5 %)", "☆△○●◎■□▲▼→←",
        "가 나 다 라 마 바 사 아 자 차 카 타 파 하", "가나다라마바사아자차카타파하가나다라마바사",
        "ＡＢＣ　ｄｅｆ", "\u{E000}사용자\u{F8FF}", "Ω K Å 〈x〉", "한\u{0301}", "ᄒ\u{1161}\u{11AB}", "a\r\nb",
        "🇰🇷🇰🇷🇰🇷", "\u{200E}왼쪽\u{2066}격리\u{2069}", "\u{1680}x\u{2000}y\u{2001}",
    ]

    func testPlainTextIsCleanedAsByCharacters() {
        for sample in Self.samples {
            for limit in [1, 2, 3, 5, 10, 60, 200] {
                XCTAssertEqual(PreviewText.clean(sample, limit: limit), PreviewText.cleanByCharacters(sample, limit: limit),
                               "\(sample.debugDescription) at \(limit)")
            }
        }
    }

    func testRandomTextIsCleanedAsByCharacters() {
        // Scalars from the blocks report text is made of, whitespace and controls among them.
        let alphabet: [Unicode.Scalar] = ["a", "Z", "0", " ", "\t", "\n", "\r", "\u{07}", "\u{7F}", "\u{85}", "\u{A0}", "é",
                                          "\u{0301}", "가", "힣", "\u{1100}", "\u{1161}", "\u{2003}", "\u{202E}", "\u{2028}",
                                          "\u{3000}", "、", "一", "\u{F900}", "Ａ", "\u{E000}", "△", "…", "😀", "\u{200D}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                scalars.append(alphabet.randomElement(using: &generator)!)
            }
            let text = String(scalars)
            let limit = Int.random(in: 1...12, using: &generator)
            XCTAssertEqual(PreviewText.clean(text, limit: limit), PreviewText.cleanByCharacters(text, limit: limit),
                           "\(text.debugDescription) at \(limit)")
        }
    }

    func testOnlyPlainTextIsReadByBytes() {
        XCTAssertEqual(PreviewText.cleanPlain(" 가  나\t", limit: 10), "가 나")
        XCTAssertNil(PreviewText.cleanPlain("a\r\nb", limit: 10))
        XCTAssertNil(PreviewText.cleanPlain("한\u{0301}", limit: 10))
        XCTAssertNil(PreviewText.cleanPlain("\u{200E}x", limit: 10))
    }
}
