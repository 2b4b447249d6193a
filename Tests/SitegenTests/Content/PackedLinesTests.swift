import Foundation
@testable import SitegenText
@testable import SitegenContent
import XCTest

/// A work item's body held packed gives back its lines as they were, is written in the release's
/// JSON as the list of its lines, and reads back from the build cache's binary form; bytes that
/// do not describe a buffer and its line ends are refused.
final class PackedLinesTests: XCTestCase {
    private let lines = ["", "□ 서울혁신파크 운영", "  ○ 들여쓴 줄 ", "", "e\u{301} (NFD)", "|표|행|"]

    func testTheLinesComeBackAsGiven() {
        XCTAssertEqual(PackedLines(lines).strings, lines)
        XCTAssertEqual(PackedLines([]).strings, [])
        XCTAssertEqual(PackedLines([""]).strings, [""])
        XCTAssertNotEqual(PackedLines([""]), PackedLines([]), "an empty line is a line")
        XCTAssertNotEqual(PackedLines(["ab"]), PackedLines(["a", "b"]))
    }

    private struct Packed: Encodable { var body: PackedLines }
    private struct Listed: Encodable { var body: [String] }

    func testTheJSONIsTheLinesList() throws {
        var packed = PrettyJSON(), list = PrettyJSON()
        try packed.encode(Packed(body: PackedLines(lines)))
        try list.encode(Listed(body: lines))
        XCTAssertEqual(packed.bytes, list.bytes)
        XCTAssertEqual(try JSONDecoder().decode(PackedLines.self, from: Data(try JSONEncoder().encode(lines))), PackedLines(lines))
    }

    func testTheBinaryFormReadsBackAndRefusesDamage() throws {
        let bytes = try ModelEncoder.encode(PackedLines(lines))
        XCTAssertEqual(try ModelDecoder.decode(PackedLines.self, from: bytes), PackedLines(lines))
        for length in 0..<bytes.count {
            XCTAssertThrowsError(try ModelDecoder.decode(PackedLines.self, from: Array(bytes[..<length])), "cut at \(length)")
        }
    }
}
