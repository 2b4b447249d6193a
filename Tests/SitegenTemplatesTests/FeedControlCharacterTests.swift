import XCTest
import FoundationXML
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenSite
@testable import SitegenTemplates

/// Issue 8, problem 8: control characters never reach the XML of a feed.
final class FeedControlCharacterTests: XCTestCase {
    func testAFeedWithControlCharactersIsWellFormedXML() throws {
        let nasty = "업무\u{0C}보고\u{0B}서\u{1B}[31m 끝\u{7}"
        let feed = AtomFeed(path: "feed.xml", title: nasty, subtitle: nasty, page: "",
                            entries: [.init(title: nasty, path: "releases/x/", month: YearMonth("2022-03")!, summary: nasty)],
                            config: SiteConfig()).file
        let data = Data(feed.bytes)
        let parser = XMLParser(data: data)
        XCTAssertTrue(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        XCTAssertFalse(feed.bytes.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D })
        XCTAssertTrue(String(decoding: feed.bytes, as: UTF8.self).contains("업무 보고 서 [31m 끝"))
    }

    /// The byte check that lets clean text through unchanged gives what the scalar-by-scalar
    /// replacement gives, on texts built from what XML forbids and what merely resembles it.
    func testTheByteCheckAgreesWithTheScalarReplacement() {
        let pieces = ["가", "a", "\t", "\n", "\r", "\u{0}", "\u{1F}", "\u{7F}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{EFBF}", "ￂ", "😀"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.map { s in
                (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || s.value == 0xFFFE || s.value == 0xFFFF ? " " : s
            }))
            XCTAssertEqual(AtomFeed.xmlCharacters(text), expected, text.debugDescription)
        }
    }
}
