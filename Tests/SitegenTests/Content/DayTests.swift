import Foundation
import XCTest
@testable import SitegenContent

/// `Day`: refuses what the caption reader refused, writes `YYYY-MM-DD` (as `String(format:)`
/// wrote the dates when they were strings), sorts as those strings sorted, and is coded as that
/// string in JSON.
final class DayTests: XCTestCase {
    func testRefusesImpossibleMonthsAndDays() {
        XCTAssertNil(Day(year: 2022, month: 0, day: 1))
        XCTAssertNil(Day(year: 2022, month: 13, day: 1))
        XCTAssertNil(Day(year: 2022, month: 6, day: 0))
        XCTAssertNil(Day(year: 2022, month: 6, day: 32))
        XCTAssertNil(Day(year: 10_000, month: 1, day: 1))
        XCTAssertNil(Day(year: -1, month: 1, day: 1))
        XCTAssertNotNil(Day(year: 2022, month: 2, day: 31), "kept as printed; the caption reader never asked the month's length")
    }

    func testDescriptionIsTheFormatTheStringsWereMadeWith() {
        var generator = SystemRandomNumberGenerator()
        var days: [Day] = []
        for _ in 0..<5_000 {
            let (year, month, day) = (Int.random(in: 0...9999, using: &generator), Int.random(in: 1...12, using: &generator),
                                      Int.random(in: 1...31, using: &generator))
            let value = Day(year: year, month: month, day: day)!
            XCTAssertEqual(value.description, String(format: "%04d-%02d-%02d", year, month, day))
            XCTAssertEqual(Day(value.description), value)
            days.append(value)
        }
        XCTAssertEqual(days.sorted().map(\.description), days.map(\.description).sorted(), "days sort as their strings")
        for text in ["", "2022-07", "2022-7-01", "2022-07-1", "22-07-01", "2022-13-01", "2022-07-00", "+022-07-01", "2022/07/01", "２０２２-07-01"] {
            XCTAssertNil(Day(text), text)
        }
    }

    func testCodedAsItsString() throws {
        let day = try XCTUnwrap(Day(year: 2022, month: 7, day: 1))
        XCTAssertEqual(String(decoding: try JSONEncoder().encode([day]), as: UTF8.self), #"["2022-07-01"]"#)
        XCTAssertEqual(try JSONDecoder().decode([Day].self, from: Data(#"["2022-07-01"]"#.utf8)), [day])
        XCTAssertThrowsError(try JSONDecoder().decode([Day].self, from: Data(#"["6월 말"]"#.utf8)))
    }
}
