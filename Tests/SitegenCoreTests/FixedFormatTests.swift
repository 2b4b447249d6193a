import Foundation
import SitegenCore
import XCTest

/// `FixedFormat` writes what `String(format:)` writes, including the halfway cases printf
/// rounds by the exact binary value (0.35 is 0.34999…, so `0.3`).
final class FixedFormatTests: XCTestCase {
    func testDecimalsAreWhatStringFormatWrites() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 0.05, 0.15, 0.25, 0.35, 1.45, 2.5, -2.5, 99.95, 100, 1e15, -1234.5678, .pi, 1e-9]
        for _ in 0..<20_000 { values.append(Double(Int.random(in: -2_000_000...2_000_000, using: &generator)) / 1000) }
        for _ in 0..<2_000 { values.append(Double.random(in: -1e6...1e6, using: &generator)) }
        for value in values {
            XCTAssertEqual(FixedFormat.decimal(value), String(format: "%.1f", value), "\(value)")
            XCTAssertEqual(FixedFormat.decimal(value, decimals: 3), String(format: "%.3f", value), "\(value)")
        }
    }

    func testPaddingIsWhatStringFormatWrites() {
        for value in [0, 7, 12, 123, 2022, 12345, -5, -2022] {
            XCTAssertEqual(FixedFormat.padded(value, width: 4), String(format: "%04d", value), "\(value)")
            XCTAssertEqual(FixedFormat.padded(value, width: 2), String(format: "%02d", value), "\(value)")
        }
    }
}
