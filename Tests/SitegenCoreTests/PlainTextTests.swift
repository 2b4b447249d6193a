import Foundation
import XCTest
@testable import SitegenCore

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
        for scalar: Unicode.Scalar in ["\r", "\u{301}", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{2126}", "\u{212B}", "\u{2329}", "\u{F900}", "\u{2000}"] {
            XCTAssertFalse(Array(String(scalar).utf8).withUnsafeBufferPointer { PlainText.isPlain($0, at: 0) }, "U+\(String(scalar.value, radix: 16))")
        }
    }

    private let pieces = ["구", "분", "사", "업", "명", " ", "\u{3000}", "\t", "(", "（", "단", "위", "시", "정", "a", "1", "\u{301}",
                          "\u{1100}", "\u{1173}", "\u{1106}", "\u{116E}", "\u{11AB}", "\r", "\n", "é", "e", "\u{F900}", "①", "힣", "가"]

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
