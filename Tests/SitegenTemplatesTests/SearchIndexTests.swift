import Foundation
import SitegenCore
@testable import SitegenTemplates
import XCTest

/// The search index's pieces, read back the way the search script reads them.
final class SearchIndexTests: XCTestCase {
    func testNormalisedKeepsLettersAndDigitsOnly() {
        XCTAssertEqual(SearchText.normalisedString("서울 혁신-파크 (ABC) 2022"), "서울혁신파크abc2022")
        XCTAssertEqual(SearchText.normalisedString("㈜이퓨앤파트너스 컨소시엄(’21. 1.)"), "이퓨앤파트너스컨소시엄211")
        let decomposed = "서울".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(decomposed.unicodeScalars), Array("서울".unicodeScalars))
        XCTAssertEqual(SearchText.normalisedString(decomposed), "서울", "conjoining jamo are composed")
    }

    func testLongTextIsCutIntoOverlappingPassages() {
        let words = (1...120).map { "낱말\($0)" }
        let text = words.joined(separator: " ")
        let pieces = SearchPassages.pieces(text)
        XCTAssertGreaterThan(pieces.count, 2)
        XCTAssertTrue(pieces.allSatisfy { $0.count <= SearchPassages.passageLength })
        // Any run of three words (at most 17 characters here) is whole in some passage.
        for start in 0..<(words.count - 2) {
            let run = words[start..<(start + 3)].joined(separator: " ")
            XCTAssertTrue(pieces.contains { $0.contains(run) }, run)
        }
        XCTAssertEqual(SearchPassages.pieces("짧은 글"), ["짧은 글"])
        XCTAssertEqual(SearchPassages.pieces(""), [])
    }

    /// `광진` stands only in the body of the sample's work item (`- 광진·서초·금천, 예산 16억원`).
    func testABodyWordIsFoundThroughItsShardAndText() throws {
        let pages = try SampleSite.pages([SampleSite.release()])
        func data(_ name: String) throws -> Any {
            let text = try XCTUnwrap(pages["search/\(name).js"], name)
            let json = text[text.index(after: try XCTUnwrap(text.firstIndex(of: ",")))..<(try XCTUnwrap(text.range(of: ");", options: .backwards)).lowerBound)]
            return try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        }
        let entry = try XCTUnwrap(pages["search/index.js"])
        let shards = try XCTUnwrap(Int(try XCTUnwrap(entry.firstMatch(of: #/"shards":(\d+)/#)).output.1))
        let perFile = try XCTUnwrap(Int(try XCTUnwrap(entry.firstMatch(of: #/"perFile":(\d+)/#)).output.1))
        let shard = SearchText.shard(Unicode.Scalar("광").value, Unicode.Scalar("진").value, count: shards)
        let lists = try XCTUnwrap(try data("s/\(shard)") as? [String: [Any]])
        let list = try XCTUnwrap(lists["광진"])
        XCTAssertEqual(list[0] as? Int, 1, "one passage holds 광진")
        let id = try XCTUnwrap(Int(try XCTUnwrap(list[2] as? String), radix: 36))
        let file = try XCTUnwrap(try data("t/\(id / perFile)") as? [String: [[Any]]])
        let passage = try XCTUnwrap(file["p"]?[id % perFile])
        XCTAssertEqual(passage[1] as? String, "- 광진·서초·금천, 예산 16억원")
        let document = try XCTUnwrap(file["d"]?[try XCTUnwrap(passage[0] as? Int)])
        XCTAssertEqual(document[0] as? String, "주요업무")
        XCTAssertEqual(document[1] as? String, "1. 마을활력소 조성")
        XCTAssertEqual(document[2] as? String, "releases/2022-03-sample/items/1/")
        XCTAssertNil(pages["search/index.json"], "one copy of the index")
    }

    func testJSONTextEscapesWhatAScriptMustNotSee() {
        XCTAssertEqual(JSONText.string("a\"b\\c\n</script>\u{2028}"), #""a\"b\\c\n\u003c/script>\u2028""#)
    }
}
