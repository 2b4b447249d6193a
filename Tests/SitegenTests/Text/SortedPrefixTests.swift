import XCTest
@testable import SitegenText

final class SortedPrefixTests: XCTestCase {
    /// Against a walk from the start, on every length up to 40 and every split, and on a slice
    /// (whose indices do not start at 0).
    func testPrefixEndIsWhereTheRunEnds() {
        for count in 0...40 {
            let sorted = Array(0..<count).map { $0 * 3 }
            for value in -1...(count * 3 + 1) {
                let walked = sorted.firstIndex { $0 > value } ?? sorted.count
                XCTAssertEqual(sorted.prefixEnd { $0 <= value }, walked, "\(count) \(value)")
            }
        }
        let slice = [1, 2, 3, 7, 8, 9][2...]
        XCTAssertEqual(slice.prefixEnd { $0 < 8 }, 4)
        XCTAssertEqual(slice.prefixEnd { $0 < 0 }, 2)
        XCTAssertEqual(slice.prefixEnd { $0 < 100 }, 6)
    }
}
