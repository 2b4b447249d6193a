import Foundation
@testable import SitegenText
@testable import SitegenContent
@testable import SitegenBuild
import XCTest

/// `data/releases/<id>.json` is written by hand (`ReleaseJSON`, `PrettyJSON`): byte for byte
/// what `JSONEncoder` writes for the same model, compact, with sorted keys; and `PrettyJSON`
/// pretty (as the manifests and descriptors use it) what the encoder writes pretty.
final class ReleaseJSONTests: XCTestCase {
    private func encoders(_ release: Release, pretty: Bool = false) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(release))
    }

    private func assertSameAsEncoder(_ release: Release, file: StaticString = #filePath, line: UInt = #line) throws {
        var pretty = PrettyJSON()
        try pretty.encode(release)
        try assertSame(try ReleaseJSON.bytes(release), try encoders(release), release, file: file, line: line)
        try assertSame(pretty.bytes, try encoders(release, pretty: true), release, file: file, line: line)
    }

    private func assertSame(_ mine: [UInt8], _ theirs: [UInt8], _ release: Release, file: StaticString, line: UInt) throws {
        if mine != theirs {
            let at = zip(mine, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(mine.count, theirs.count)
            XCTFail("\(release.id) differs at byte \(at): …\(String(decoding: mine[max(0, at - 80)..<min(mine.count, at + 40)], as: UTF8.self))",
                    file: file, line: line)
        }
    }

    func testTheFiveRealReleasesAsTheEncoderWritesThem() throws {
        let releases = try ContentLoader(contentDirectory: RealReports.contentFolder).loadReleases()
        XCTAssertEqual(releases.count, 5)
        for release in releases { try assertSameAsEncoder(release) }
    }

    func testEveryFieldAndNoFieldAsTheEncoderWritesThem() throws {
        try assertSameAsEncoder(SampleModels.everyFieldSet)
        try assertSameAsEncoder(SampleModels.nothingSet)
    }

    /// Keys that sort differently by bytes, by number and by case: the order is the encoder's.
    func testDictionaryKeysInTheEncodersOrder() throws {
        var release = SampleModels.everyFieldSet
        release.report.audit?.printedCounts = ["10건": ["B": 1, "a": 2, "9": 3, "10": 4, "가": 5, "Ａ": 6], "9건": [:], "ｶ": ["_": 0]]
        try assertSameAsEncoder(release)
    }

    /// String literals, copied by runs of bytes that need no escape, against the encoder's.
    func testStringsAsTheEncoderWritesThem() throws {
        let pieces = ["a", "/", "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1F}", "\u{7F}", "가", "é", "\u{2028}", "😀", " "]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(JSONString.literal(text), [UInt8](try encoder.encode([text])).dropFirst().dropLast(), text)
        }
    }

    func testTheDataFileEndsInALineFeed() throws {
        let file = try DataExport.model(of: SampleModels.nothingSet)
        XCTAssertEqual(file.path, "data/releases/2030-02-y.json")
        XCTAssertEqual(file.bytes, try encoders(SampleModels.nothingSet) + [0x0A])
    }
}
