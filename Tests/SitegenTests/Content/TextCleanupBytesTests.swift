import XCTest
@testable import SitegenText
@testable import SitegenContent

/// The byte readings of stray controls against the scalar reading they stand for.
final class StrayControlBytesTests: XCTestCase {
    func testAgreesWithTheScalarReading() {
        let scalars: [Unicode.Scalar] = ["a", "가", "\t", "\n", "\r", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}",
                                         "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{C2}", "\u{E2}", "\u{E000}", "😀"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<30_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...5, using: &generator) { text.append(scalars.randomElement(using: &generator)!) }
            var string = String(text)
            XCTAssertEqual(string.withUTF8(TextCleanup.hasStrayControl), string.unicodeScalars.contains(where: TextCleanup.isStrayControl),
                           string.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
    }
}

/// `joinWrapped` on plain text, word by word, against the reading by characters.
final class JoinWrappedTests: XCTestCase {
    func testAgreesWithTheReadingByCharacters() {
        let pieces = ["가", "a", " ", "  ", "\t", "\u{3000}", "\u{A0}", "\n", "·", "1,000", "e\u{301}", "\u{301}", "\r", "\u{200B}", ""]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let parts = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            XCTAssertEqual(TextCleanup.joinWrapped(parts), TextCleanup.joinedByCharacters(parts), parts.debugDescription)
        }
    }
}
