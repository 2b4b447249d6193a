import Foundation
@testable import SitegenCore
import XCTest

/// The staging sink's tables of paths (`PathKey`): paths are told apart by their bytes, as
/// the file system tells names apart.
final class StagingSinkTests: XCTestCase {
    private let composed = "programs/가나/index.html"
    private var decomposed: String { composed.decomposedStringWithCanonicalMapping }

    func testPathKeysCompareBytes() {
        XCTAssertNotEqual(Array(composed.utf8), Array(decomposed.utf8))
        XCTAssertEqual(composed, decomposed, "String equality is canonical equivalence")
        XCTAssertNotEqual(PathKey(composed), PathKey(decomposed))
        XCTAssertEqual(PathKey(composed), PathKey(String(decoding: Array(composed.utf8), as: UTF8.self)))
        XCTAssertEqual(Set([PathKey(composed), PathKey(composed + ""), PathKey(decomposed)]).count, 2)
        let bridged = NSString(string: composed) as String
        XCTAssertEqual(PathKey(bridged), PathKey(composed))
        XCTAssertEqual(PathKey(bridged).hashValue, PathKey(composed).hashValue)
    }

    func testTwoSpellingsAreTwoFilesAndOnePathTwiceIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sink-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let sink = try SiteWriter(outputDirectory: folder.appendingPathComponent("public")).stage()
        let first = try sink.write(OutputFile(path: composed, text: "composed"))
        try sink.write(OutputFile(path: decomposed, text: "decomposed"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sink.root + "/programs").count, 2)
        XCTAssertThrowsError(try sink.write(OutputFile(path: composed, text: "again")))
        XCTAssertThrowsError(try sink.write(OutputFile(path: "programs", text: "a folder already")))
        XCTAssertEqual(sink.digest(at: composed), first, "a refused write leaves the first file's digest")
        XCTAssertEqual(String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: sink.root + "/" + composed)), as: UTF8.self), "composed")
        XCTAssertEqual(sink.digests.count, 2)
        XCTAssertNotNil(sink.fileIdentities[decomposed])
        XCTAssertNil(sink.fileIdentities["programs/other.html"])
    }

    /// A job's files are carried all together or not at all: when one has changed since the
    /// previous build, nothing is claimed, so the job can be made anew at the same paths.
    func testAJobsFilesAreCarriedTogetherOrNotAtAll() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carry-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let previous = folder.appendingPathComponent("previous").path
        try FileManager.default.createDirectory(atPath: previous + "/programs/가나", withIntermediateDirectories: true)
        var files: [CarryOver.File] = []
        for (path, text) in [(composed, "page"), ("programs/가나/feed.xml", "feed")] {
            let written = try PosixFile.write(Array(text.utf8), to: previous + "/" + path)
            files.append(CarryOver.File(digest: FileDigest(path: path, contents: Array(text.utf8)), identity: written))
        }
        let sink = try SiteWriter(outputDirectory: folder.appendingPathComponent("public")).stage()
        var changed = files
        changed[1].identity.modified += 1
        XCTAssertFalse(try sink.carry(changed, from: previous))
        XCTAssertTrue(sink.digests.isEmpty, "nothing was claimed")
        XCTAssertTrue(try sink.carry(files, from: previous))
        XCTAssertEqual(Set(sink.digests.map(\.path)), Set(files.map(\.digest.path)))
        XCTAssertEqual(sink.fileIdentities[composed], files[0].identity, "linked: the same file")
        XCTAssertThrowsError(try sink.write(OutputFile(path: composed, text: "page")), "a carried path is claimed")
    }
}
