import XCTest
@testable import SitegenTemplates

/// `Escape.needsEscaping` reads eight bytes at a time; it answers what a byte at a time answers.
final class EscapeQuestionTests: XCTestCase {
    func testEightBytesAtATimeAgreesWithOneByteAtATime() {
        let pieces: [[UInt8]] = [[0x26], [0x3C], [0x3E], [0x22], [0x27], [0x25], [0x27 ^ 0x80], [0xA6], [0x00], [0xFF], [0x41],
                                 Array("가".utf8), Array("\u{2026}".utf8), [0x01], [0x7F], [0x80]]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50_000 {
            let bytes = (0..<Int.random(in: 0...24, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            let expected = bytes.contains(where: Escape.isSpecial)
            XCTAssertEqual(bytes.withUnsafeBufferPointer(Escape.needsEscaping), expected, "\(bytes)")
            // At every alignment of the same bytes.
            let shifted = [0x41] + bytes
            XCTAssertEqual(shifted.withUnsafeBufferPointer { Escape.needsEscaping(UnsafeBufferPointer(rebasing: $0.dropFirst())) }, expected)
        }
    }

    /// `Reading.hasMapped`, on bytes, against the scalar reading it stands for.
    func testMappedScalarsAreFoundOnBytes() {
        let scalars: [Unicode.Scalar] = ["a", "가", "\u{2023}", "\u{2024}", "\u{2025}", "\u{D7FF}", "\u{E000}",
                                         "\u{EFFF}", "\u{F000}", "\u{F8FF}", "\u{F900}", "\u{FFFD}", "😀", "\u{E2}", "\u{EE}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<30_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...4, using: &generator) { text.append(scalars.randomElement(using: &generator)!) }
            var string = String(text)
            XCTAssertEqual(string.withUTF8(Reading.hasMapped), string.unicodeScalars.contains(where: Reading.needsMapping),
                           string.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
    }
}
