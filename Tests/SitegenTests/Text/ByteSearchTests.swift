import XCTest
@testable import SitegenText

/// `has` and `ByteSearch.contains` against the plain byte-by-byte search they replace.
final class ByteSearchTests: XCTestCase {
    /// Whether `needle` occurs in `haystack`, one start at a time (the old `has`).
    private func naive(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    func testAgreesWithTheByteByByteSearch() {
        var generator = SystemRandomNumberGenerator()
        // A small alphabet of bytes, so that near misses and overlaps are common.
        let bytes: [UInt8] = [0x61, 0x62, 0x00, 0xEA, 0xB0, 0x80, 0xFF]
        var found = 0
        for _ in 0..<50_000 {
            let haystack = (0..<Int.random(in: 0...24, using: &generator)).map { _ in bytes.randomElement(using: &generator)! }
            let needle = (0..<Int.random(in: 0...4, using: &generator)).map { _ in bytes.randomElement(using: &generator)! }
            let result = haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { ByteSearch.contains(h, $0) } }
            XCTAssertEqual(result, naive(haystack, needle), "\(haystack) \(needle)")
            if result { found += 1 }
        }
        XCTAssertGreaterThan(found, 10_000)
    }

    /// `firstOffset` finds the first start, as the byte-by-byte search does.
    func testFirstOffsetIsTheFirstStart() {
        var generator = SystemRandomNumberGenerator()
        let bytes: [UInt8] = [0x61, 0x62, 0xEA, 0xB0, 0x80]
        for _ in 0..<50_000 {
            let haystack = (0..<Int.random(in: 0...24, using: &generator)).map { _ in bytes.randomElement(using: &generator)! }
            let needle = (0..<Int.random(in: 1...4, using: &generator)).map { _ in bytes.randomElement(using: &generator)! }
            let first = haystack.count < needle.count ? nil : (0...(haystack.count - needle.count)).first { start in
                haystack[start..<(start + needle.count)].elementsEqual(needle)
            }
            let found = haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: h) } }
            XCTAssertEqual(found, first, "\(haystack) \(needle)")
        }
        XCTAssertEqual(ByteSearch.firstIndex(of: Array("가각".utf8), in: Array("가가가각가각".utf8), from: 4), 6)
    }

    func testFindsKoreanWordsInReportLines() {
        XCTAssertTrue("  예산현액 원인행위 지출(집행액)".has("원인행위"))
        XCTAssertTrue("원인행위".has("원인행위"))
        XCTAssertFalse("원인행".has("원인행위"))
        XCTAssertFalse("예산현액 원인 행위".has("원인행위"))
        XCTAssertTrue("감사 처리결과".dropFirst(3).has("처리결과"))
        XCTAssertTrue("abc".has(""))
        XCTAssertFalse("".has("a"))
        // A needle whose last byte repeats in the text before the match.
        XCTAssertTrue("가가가각".has("가각"))
    }
}
