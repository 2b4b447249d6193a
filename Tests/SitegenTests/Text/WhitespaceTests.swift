import XCTest
@testable import SitegenText
@testable import SitegenContent

/// The byte reading of whitespace (`UTF8Whitespace`, `WhitespaceScan`) gives exactly what the
/// `Character` reading it replaced gives, on ASCII and on every kind of non-ASCII text.
final class WhitespaceTests: XCTestCase {
    /// What the parser did before, by `Character`: the reference.
    private func referenceTrimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...text.lastIndex(where: { !$0.isWhitespace })!])
    }

    private func referenceTokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    private func referenceWithoutSpaces(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    private func assertSame(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let shown = text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
        XCTAssertEqual(Array(text.trimmedAll.utf8), Array(referenceTrimmed(text).utf8), "trimmedAll of \(shown)", file: file, line: line)
        XCTAssertEqual(text.whitespaceTokens.map { Array($0.utf8) }, referenceTokens(text).map { Array($0.utf8) },
                       "whitespaceTokens of \(shown)", file: file, line: line)
        XCTAssertEqual(text.isAllWhitespace, text.allSatisfy(\.isWhitespace), "isAllWhitespace of \(shown)", file: file, line: line)
        XCTAssertEqual(Array(text.withoutSpaces.utf8), Array(referenceWithoutSpaces(text).utf8), "withoutSpaces of \(shown)", file: file, line: line)
        let tokens = referenceTokens(text)
        XCTAssertEqual(TextCleanup.isLetterSpaced(text), tokens.count > 1 && tokens.allSatisfy { $0.count == 1 },
                       "isLetterSpaced of \(shown)", file: file, line: line)
    }

    func testWidthIsWhiteSpaceForEveryScalar() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var bytes = Array(String(scalar).utf8)
            bytes += [0x41]  // a byte after it, as in running text
            let width = bytes.withUnsafeBufferPointer { UTF8Whitespace.width($0, at: 0) }
            XCTAssertEqual(width, scalar.properties.isWhitespace ? bytes.count - 1 : 0, "U+\(String(value, radix: 16))")
            let decoded = bytes.withUnsafeBufferPointer { UTF8Whitespace.scalar($0, at: 0) }
            XCTAssertEqual(decoded, value)
        }
    }

    /// Every scalar said to stand apart is a character of its own beside each kind of whitespace
    /// (a space, an ideographic space, a no-break space, a tab, a line separator) and of ASCII.
    func testStandsApartHoldsForEveryScalarItCovers() {
        let spaces: [Unicode.Scalar] = [" ", "\u{3000}", "\u{A0}", "\t", "\u{2028}", "\u{C}", "1", "%", "a"]
        var covered = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            guard bytes.withUnsafeBufferPointer({ UTF8Whitespace.standsApart($0, at: 0) }) else { continue }
            covered += 1
            for space in spaces {
                var after = String.UnicodeScalarView([space]); after.append(scalar)
                var before = String.UnicodeScalarView([scalar]); before.append(space)
                XCTAssertEqual(String(after).count, 2, "U+\(String(space.value, radix: 16)) then U+\(String(value, radix: 16))")
                XCTAssertEqual(String(before).count, 2, "U+\(String(value, radix: 16)) then U+\(String(space.value, radix: 16))")
            }
        }
        XCTAssertGreaterThan(covered, 50_000)
        // Marks that do join are left to the Character reading.
        for mark: Unicode.Scalar in ["\u{301}", "\u{200D}", "\u{600}", "\u{E33}", "\u{302E}", "\u{FE0F}", "\u{1F3FB}"] {
            let bytes = Array(String(mark).utf8)
            XCTAssertFalse(bytes.withUnsafeBufferPointer { UTF8Whitespace.standsApart($0, at: 0) }, "U+\(String(mark.value, radix: 16))")
        }
    }

    func testASCIIAndCJKSpaces() {
        for text in ["", " ", "\t\t", "a", " a ", "\u{3000}시민참여과\u{3000}", "\u{A0}1,234\u{A0}", "\t구 분\t계\t",
                     "\u{C}page\u{C}", "a\u{B}b", "a\r\nb", "\r\n", "  예산  현액  ", "\u{2028}x\u{2029}", "\u{85}y\u{1680}z",
                     "\u{2000}\u{200A}\u{202F}\u{205F}", "①\u{3000}②", "（단위：천원）", "\u{E000} 항목"] {
            assertSame(text)
        }
    }

    /// A combining mark after whitespace makes one whitespace character; a Prepend mark before
    /// whitespace makes one non-whitespace character: the results follow the characters.
    func testMarksThatJoinWhitespace() {
        for text in [" \u{301}", "a \u{301}", "a \u{301}b", "\u{301} a", "\u{3000}\u{301}x", "x\u{600} ", "x\u{600} y",
                     "\u{600} ", " \u{200D}\u{1F600}", "a\u{A0}\u{E33}", "\u{1100}\u{1161} \u{11A8}", "e\u{301} e\u{301}",
                     "\t\u{FE0F}", "1 \u{20E3}"] {
            assertSame(text)
        }
    }

    func testRandomTextAgreesWithCharacterReading() {
        let pieces: [String] = ["a", "1", ",", ".", "%", "-", " ", "  ", "\t", "\r", "\n", "\r\n", "\u{C}", "\u{B}", "\u{A0}",
                                "\u{3000}", "\u{1680}", "\u{2003}", "\u{2028}", "\u{85}", "\u{200B}", "가", "힣", "ㅡ", "①",
                                "△", "（", "\u{E000}", "\u{301}", "\u{600}", "\u{200D}", "\u{E33}", "😀", "\u{1F3FB}",
                                "\u{1100}", "\u{1161}", "\u{11A8}", "é", "\u{FE0F}", "\u{302E}", "ﾞ",
                                "カ", "\u{3099}", "\u{F900}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...8, using: &generator)
            assertSame((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
    }

    func testSourceLineBlank() {
        XCTAssertTrue(SourceLine(number: 1, text: " \u{3000}\t\u{A0}").isBlank)
        XCTAssertTrue(SourceLine(number: 1, text: "").isBlank)
        XCTAssertTrue(SourceLine(number: 1, text: " \u{301}").isBlank)  // one whitespace character
        XCTAssertFalse(SourceLine(number: 1, text: "\u{3000}-").isBlank)
    }
}

/// `SourceLine.count(of:)` counts the lines `lines(of:)` makes.
final class SourceLineCountTests: XCTestCase {
    func testCountIsTheNumberOfLines() {
        for text in ["", "a", "a\n", "a\nb", "\n", "\r\n", "\r\r\n\n", "a\rb\r\nc\nd", "가\u{2028}나\n\n", "x\r"] {
            XCTAssertEqual(SourceLine.count(of: text), SourceLine.lines(of: text).count, text.debugDescription)
        }
    }

    /// Lines, as slices of the text, against a split scalar by scalar at `\n`, `\r\n` and `\r`.
    func testLinesAreTheTextSplitAtLineBreaks() {
        let pieces = ["a", "가", "\n", "\r", "\r\n", "\u{301}", "😀", " ", "\u{2028}", "e\u{301}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var expected: [String] = []
            var current = String.UnicodeScalarView()
            var afterReturn = false
            for scalar in text.unicodeScalars {
                defer { afterReturn = scalar == "\r" }
                if scalar == "\n" && afterReturn { continue }
                if scalar == "\n" || scalar == "\r" {
                    expected.append(String(current))
                    current = String.UnicodeScalarView()
                } else {
                    current.append(scalar)
                }
            }
            if !current.isEmpty { expected.append(String(current)) }
            let lines = SourceLine.lines(of: text)
            XCTAssertEqual(lines.map(\.text), expected, text.debugDescription)
            XCTAssertEqual(lines.map(\.number), Array(0..<lines.count).map { $0 + 1 }, text.debugDescription)
        }
    }
}
