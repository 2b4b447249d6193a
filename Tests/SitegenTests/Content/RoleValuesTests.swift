import XCTest
@testable import SitegenContent

/// `RoleValues`, a row's values by role, against the dictionary it replaces.
final class RoleValuesTests: XCTestCase {
    func testOrderIsThatOfAllCases() {
        XCTAssertEqual(ColumnRole.allCases.map(\.order), Array(0..<ColumnRole.allCases.count))
    }

    func testBehavesAsADictionaryWhateverTheOrderOfWrites() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            var values = RoleValues<Int>(), dictionary: [ColumnRole: Int] = [:]
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                let role = ColumnRole.allCases.randomElement(using: &generator)!
                let value: Int? = Bool.random(using: &generator) ? nil : Int.random(in: -5...5, using: &generator)
                values[role] = value
                dictionary[role] = value
            }
            for role in ColumnRole.allCases { XCTAssertEqual(values[role], dictionary[role]) }
            XCTAssertEqual(values.count, dictionary.count)
            XCTAssertEqual(values.map(\.role), ColumnRole.allCases.filter { dictionary[$0] != nil })
            // Equal whatever order the values were written in.
            var rebuilt = RoleValues<Int>()
            for (role, value) in dictionary.shuffled(using: &generator) { rebuilt[role] = value }
            XCTAssertEqual(rebuilt, values)
        }
        XCTAssertEqual([.rate: 1, .budget: 2] as RoleValues<Int>, [.budget: 2, .rate: 1])
        XCTAssertNotEqual([.rate: 1] as RoleValues<Int>, [.rate: 2])
    }
}
