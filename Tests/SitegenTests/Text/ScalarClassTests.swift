import XCTest
@testable import SitegenText

/// `ScalarClass`, the one table of what each scalar is, and the first-byte answers of
/// `PlainText` and `UTF8Whitespace` against it. (That plain scalars are characters of their own
/// and in NFC is `PlainTextTests`'; that scalars standing apart do not join whitespace is
/// `WhitespaceTests`'; that the date bytes read what the pattern reads is `DateBytesTests`'.)
final class ScalarClassTests: XCTestCase {
    private func eachScalar(_ body: (Unicode.Scalar, UnsafeBufferPointer<UInt8>) -> Void) {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            Array(String(scalar).utf8 + [0x41]).withUnsafeBufferPointer { body(scalar, $0) }
        }
    }

    func testFirstByteAnswersAreTheTables() {
        eachScalar { scalar, bytes in
            let kind = ScalarClass.of(scalar.value)
            let shown = "U+\(String(scalar.value, radix: 16))"
            XCTAssertEqual(ScalarClass.of(bytes, at: 0), kind, shown)
            XCTAssertEqual(PlainText.isPlain(bytes, at: 0), kind.contains(.plain), shown)
            XCTAssertEqual(UTF8Whitespace.standsApart(bytes, at: 0), kind.contains(.standsApart), shown)
            XCTAssertEqual(UTF8Whitespace.width(bytes, at: 0) > 0, kind.contains(.whitespace), shown)
        }
    }

    /// Plain scalars stand apart; whitespace is Unicode's White_Space everywhere.
    func testClassesAgreeWithUnicodeProperties() {
        var plain = 0
        eachScalar { scalar, _ in
            let kind = ScalarClass.of(scalar.value)
            let shown = "U+\(String(scalar.value, radix: 16))"
            if kind.contains(.plain) {
                plain += 1
                XCTAssertTrue(kind.contains(.standsApart), shown)
            }
            XCTAssertEqual(kind.contains(.whitespace), scalar.properties.isWhitespace, shown)
        }
        XCTAssertGreaterThan(plain, 50_000)
    }
}
