import Foundation
import XCTest
@testable import SitegenText
@testable import SitegenContent

/// `PlainText`: scalars that are characters of their own and already NFC, and the readings
/// made on them, against the `Character` readings they replace.
final class PlainTextTests: XCTestCase {
    private func plainScalars() -> [Unicode.Scalar] {
        (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            Array(String(scalar).utf8).withUnsafeBufferPointer { PlainText.isPlain($0, at: 0) }
        }
    }

    func testPlainScalarsAreNFCAndStandAlone() {
        let plain = plainScalars()
        XCTAssertGreaterThan(plain.count, 50_000)
        let neighbours: [Unicode.Scalar] = ["a", "1", " ", "\n", "\t", "가", "힣", "(", "。", "①", "\u{E000}", "Ａ", "\u{3000}", "ㅡ"]
        for scalar in plain {
            let alone = String(scalar)
            XCTAssertEqual(Array(alone.precomposedStringWithCanonicalMapping.unicodeScalars), [scalar], "U+\(String(scalar.value, radix: 16))")
            for neighbour in neighbours {
                XCTAssertEqual((alone + String(neighbour)).count, 2, "U+\(String(scalar.value, radix: 16)) then U+\(String(neighbour.value, radix: 16))")
                XCTAssertEqual((String(neighbour) + alone).count, 2, "U+\(String(neighbour.value, radix: 16)) then U+\(String(scalar.value, radix: 16))")
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200_000 {
            let pair = String(plain.randomElement(using: &generator)!) + String(plain.randomElement(using: &generator)!)
            XCTAssertEqual(pair.count, 2, pair.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
        for scalar: Unicode.Scalar in ["\r", "\u{301}", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{2126}", "\u{212B}", "\u{2329}", "\u{F900}", "\u{2000}",
                                       "\u{3099}", "\u{FF9E}", "\u{1F1E6}"] {
            XCTAssertFalse(Array(String(scalar).utf8).withUnsafeBufferPointer { PlainText.isPlain($0, at: 0) }, "U+\(String(scalar.value, radix: 16))")
        }
    }

    private let pieces = ["구", "분", "사", "업", "명", " ", "\u{3000}", "\t", "(", "（", "단", "위", "시", "정", "a", "1", "\u{301}",
                          "\u{1100}", "\u{1173}", "\u{1106}", "\u{116E}", "\u{11AB}", "\r", "\n", "é", "e", "\u{F900}", "①", "힣", "가",
                          "カ", "ガ", "\u{3099}"]

    private func randomText(_ generator: inout SystemRandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    func testCompactHasPrefixAgreesWithCharacters() {
        let prefixes: [StaticString] = ["구분", "사업명", "(", "（", "시정", "é", "가"]
        var generator = SystemRandomNumberGenerator()
        for text in ["구 분", " 구분 계", "구분\u{301}", "구\u{3000}분\u{11AB}", "\u{1100}\u{116E}분", "사 업 명", "(단위", "", " ", "구"] + (0..<30_000).map({ _ in randomText(&generator) }) {
            let line = SourceLine(number: 1, text: text)
            for prefix in prefixes {
                XCTAssertEqual(line.compactHasPrefix(prefix), line.compact.hasPrefix(prefix.description),
                               "\(text.unicodeScalars.map { String($0.value, radix: 16) }) \(prefix)")
            }
        }
    }

    func testCountAndHangulAgreeWithCharacters() {
        var generator = SystemRandomNumberGenerator()
        for text in ["", "가", "힣\u{301}", "abc", "\u{1100}\u{1161}", "a\r\nb"] + (0..<30_000).map({ _ in randomText(&generator) }) {
            let read = Array(text.utf8).withUnsafeBufferPointer(PlainText.countAndHangul)
            guard let read else { continue }
            XCTAssertEqual(read.count, text.count, text)
            XCTAssertEqual(read.hangul, text.contains(where: { ("가"..."힣").contains($0) }), text)
        }
        for text in ["1  서울혁신파크 운영", "가", "abc", "①"] {
            XCTAssertNotNil(Array(text.utf8).withUnsafeBufferPointer(PlainText.countAndHangul), text)
        }
    }
}

/// `BigramSet` against `Bigrams`, whose sets of strings it stands for.
final class BigramSetTests: XCTestCase {
    func testSameSetsAndOverlapsAsBigrams() {
        let pieces = ["서울", "혁신", "파크", " ", "(", ")", "·", "운영", "가", "a", "B", "1", "\u{301}", "é", "\u{1100}\u{1161}", "①", "시민", "참여"]
        var generator = SystemRandomNumberGenerator()
        let texts = ["", "가", " 가 ", "서울혁신파크 운영", "기본경비(사회혁신담당관)", "e\u{301}", "\u{1100}\u{1161}나"]
            + (0..<3_000).map { _ in (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        let sets = texts.map(BigramSet.init)
        for (text, set) in zip(texts, sets) {
            XCTAssertEqual(set.strings, Bigrams.of(text), text)
            XCTAssertEqual(set.isEmpty, Bigrams.of(text).isEmpty, text)
        }
        for _ in 0..<20_000 {
            let (a, b) = (Int.random(in: 0..<texts.count, using: &generator), Int.random(in: 0..<texts.count, using: &generator))
            XCTAssertEqual(sets[a].overlap(sets[b]), Bigrams.overlap(Bigrams.of(texts[a]), Bigrams.of(texts[b])), "\(texts[a]) / \(texts[b])")
        }
    }

    /// The matcher's numbers for pieces: as many as the pieces, and two pieces of any two
    /// names (plain or not) get the same number exactly when they are the same string.
    func testPiecesNumberedAsTheirStrings() {
        let pieces = ["서울", "혁신", "파크", " ", "(", "운영", "가", "a", "1", "\u{301}", "é", "\u{1100}\u{1161}", "①", "\u{2126}", "漢"]
        var generator = SystemRandomNumberGenerator()
        let texts = ["", "가", "서울혁신파크", "서울e\u{301}혁신", "\u{1100}\u{1161}나", "Ω서울"]
            + (0..<2_000).map { _ in (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        var interned: [String: UInt64] = [:]
        var numberOf: [String: UInt64] = [:]
        var pieceOf: [UInt64: String] = [:]
        for text in texts {
            let strings = BigramSet(text).strings
            let numbers = BigramSet(text).numbers(interning: &interned)
            XCTAssertEqual(Set(numbers).count, strings.count, text)
            // Numbers come in the set's order for plain names; pair them up through the strings.
            let numbered = BigramSet.strings(strings).numbers(interning: &interned)
            XCTAssertEqual(Set(numbered), Set(numbers), text)
            for (piece, number) in zip(strings, numbered) {
                XCTAssertEqual(numberOf[piece] ?? number, number, piece)
                XCTAssertEqual(pieceOf[number] ?? piece, piece, "\(number)")
                numberOf[piece] = number
                pieceOf[number] = piece
            }
        }
        XCTAssertFalse(interned.isEmpty, "some pieces are not plain")
    }

    /// The keys as they were made before, scalar view by scalar view: the reference.
    func testProgramAndDepartmentKeysAsBefore() {
        let pieces = ["서울", " ", "\u{3000}", "(", ")", "·", "「", "①", "a", "Z", "1", "_", "-", "+", "$", "é", "e\u{301}",
                      "\u{1100}\u{1161}", "\u{A0}", "\t", "※", "○", "가", "힣", "漢", "Ａ", "\u{E000}", "😀", "\u{2126}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let normal = NFC.composed(text)
            let program = normal.unicodeScalars.filter { !$0.properties.isWhitespace && !CharacterSet.punctuationCharacters.contains($0) && !CharacterSet.symbols.contains($0) }
            XCTAssertEqual(Array(NameKey.program(text).utf8), Array(String(String.UnicodeScalarView(program)).utf8), text)
            XCTAssertEqual(Array(NameKey.department(text).utf8), Array(String(normal.unicodeScalars.filter { !$0.properties.isWhitespace }).utf8), text)
        }
        for value in UInt32(0)..<0x80 {
            let text = String(Unicode.Scalar(UInt8(value)))
            let kept = !Unicode.Scalar(UInt8(value)).properties.isWhitespace && !CharacterSet.punctuationCharacters.contains(Unicode.Scalar(UInt8(value)))
                && !CharacterSet.symbols.contains(Unicode.Scalar(UInt8(value)))
            XCTAssertEqual(NameKey.program(text), kept ? text : "", "U+\(String(value, radix: 16))")
        }
    }

    /// `containsText` answers what Foundation's `contains` answers, by bytes where both texts
    /// are plain: needles and texts built from Hangul, Latin-1, and what joins or decomposes.
    func testContainsTextAgreesWithFoundation() {
        let pieces = ["가", "나", "사업", "시민", "e", "é", "e\u{301}", "\u{301}", "ß", "ss", "A", "a", " ", "\r\n", "\n",
                      "\u{1100}\u{1161}", "각", "Å", "\u{212B}", "ｶ", "ﾞ", "·", "-", "カ", "ガ", "\u{3099}", "ㄅ"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let needle = (0..<Int.random(in: 1...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(text.containsText(needle), text.contains(needle), "\(text.debugDescription) ∋ \(needle.debugDescription)")
        }
    }
}
