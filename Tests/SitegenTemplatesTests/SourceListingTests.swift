import XCTest
@testable import SitegenText
@testable import SitegenTemplates

/// The source view's list, written as bytes, is the list its one-line template makes.
final class SourceListingTests: XCTestCase {
    func testALineIsNumberedAnchoredEscapedAndReadable() {
        let text = "a<b & \"c\"\n\u{F000} 운영\u{2024}관리 'd'\r\n\rlast"
        XCTAssertEqual(SourceListing.lines(of: text).markup, """
        <li id="L1">a&lt;b &amp; &quot;c&quot;
        <li id="L2">• 운영·관리 &#39;d&#39;
        <li id="L3"></li>
        <li id="L4">last

        """)
    }

    /// On random text: `lines(of:)` against `line(number:text:)` over `SourceLine.lines(of:)`.
    func testTheByteWriterWritesWhatTheTemplateWrites() {
        let pieces = ["&", "<", ">", "\"", "'", "a", "가", "\u{E000}", "\u{F000}", "\u{F8FF}", "\u{F900}", "\u{EFFF}",
                      "\u{2024}", "\u{2025}", "\u{2022}", "\u{301}", "\u{1F600}", "\t", "\u{3000}", "\n", "\r", "\r\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...16, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let oracle = SourceLine.lines(of: text).map { SourceListing.line(number: $0.number, text: $0.text) }.joined
            XCTAssertEqual(SourceListing.lines(of: text), oracle, text.debugDescription)
        }
    }
}
