import Foundation
@testable import SitegenText
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

    /// The integer path agrees with `vsnprintf` for every number of decimals it takes, on the
    /// cases that decide rounding: true ties, products that land on a tie only by rounding,
    /// values a hair either side of a tie, negative values rounding to zero, the largest
    /// products it takes, and random bit patterns.
    func testIntegerPathIsWhatPrintfWrites() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -0.5, -0.04, -0.05, 0.125, 0.375, 1e-300, 5e-324, 4_503_599_627_370_495,
                                4_503_599_627_370_496, 1e300, .infinity, -.infinity, .nan, .greatestFiniteMagnitude]
        for decimals in 0...7 {
            let scale = pow(10, Double(decimals))
            for k in 0..<2_000 {
                let tie = (Double(k) + 0.5) / scale
                values += [tie, tie.nextUp, tie.nextDown, -tie, Double(k) / scale]
            }
            values.append(4_503_599_627_370_495 / scale)
            values.append(4_503_599_627_370_497 / scale)
        }
        for _ in 0..<20_000 {
            values.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator)))
            values.append(Double.random(in: -1e4...1e4, using: &generator))
        }
        for value in values {
            for decimals in 0...7 {
                XCTAssertEqual(FixedFormat.decimal(value, decimals: decimals), FixedFormat.printed(value, decimals: decimals), "\(value) \(decimals)")
            }
        }
    }

    func testPaddingIsWhatStringFormatWrites() {
        for value in [0, 7, 12, 123, 2022, 12345, -5, -2022] {
            XCTAssertEqual(FixedFormat.padded(value, width: 4), String(format: "%04d", value), "\(value)")
            XCTAssertEqual(FixedFormat.padded(value, width: 2), String(format: "%02d", value), "\(value)")
        }
    }
}
