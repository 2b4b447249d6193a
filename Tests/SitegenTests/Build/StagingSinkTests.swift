import Foundation
@testable import SitegenText
@testable import SitegenSite
@testable import SitegenBuild
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

    /// Jobs carried in a batch are each carried whole or not at all, as one by one: a job with
    /// a changed file is left to be made, the others in the batch are carried.
    func testABatchCarriesEachJobWholeOrNotAtAll() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let previous = folder.appendingPathComponent("previous").path
        var jobs: [[CarryOver.File]] = []
        for job in 0..<6 {
            try FileManager.default.createDirectory(atPath: previous + "/programs/사업\(job)", withIntermediateDirectories: true)
            jobs.append(try ["index.html", "feed.xml"].map { name in
                let path = "programs/사업\(job)/\(name)", bytes = Array("\(job) \(name)".utf8)
                return CarryOver.File(digest: FileDigest(path: path, contents: bytes), identity: try PosixFile.write(bytes, to: previous + "/" + path))
            })
        }
        jobs[2][1].identity.modified += 1
        jobs[4][0].identity.size += 1
        let sink = try SiteWriter(outputDirectory: folder.appendingPathComponent("public")).stage()
        XCTAssertEqual(try sink.carry(jobs: jobs, from: previous), [true, true, false, true, false, true])
        let carried = [0, 1, 3, 5].flatMap { jobs[$0].map(\.digest.path) }
        XCTAssertEqual(Set(sink.digests.map(\.path)), Set(carried), "only the whole jobs' files are claimed")
        for path in carried {
            XCTAssertEqual(FileManager.default.contents(atPath: sink.root + "/" + path), FileManager.default.contents(atPath: previous + "/" + path), path)
        }
        // The jobs left out can be made at their paths.
        for file in jobs[2] + jobs[4] { try sink.write(OutputFile(path: file.digest.path, text: "made")) }
        XCTAssertEqual(sink.digests.count, 12)
    }

    /// Paths are ordered by their bytes (the site manifest, the releases' manifests): for the
    /// NFC paths a site has, the order of `String`; two spellings of one name keep an order.
    func testPathsAreOrderedByTheirBytes() {
        let paths = ["programs/가나/index.html", "programs/가/index.html", "programs/가나다/index.html", "a-b", "a/b", "a.b", "a",
                     "", "releases/2019-04/index.html", "releases/2019-04-b/index.html", "programs/나/index.html", "z", "가"]
        XCTAssertEqual(PathKey.order(of: paths).map { paths[$0] }, paths.sorted())
        XCTAssertEqual(PathKey.order(of: [composed, decomposed]), [1, 0], "a decomposed ᄀ (E1 84 80) before 가 (EA B0 80)")
        XCTAssertEqual(PathKey.order(of: []), [])
        // Sorted in parts and merged: the same order for any part size.
        var generator = SystemRandomNumberGenerator()
        let many = (0..<2_000).map { _ in (0..<Int.random(in: 0...6, using: &generator)).map { _ in ["a", "b", "/", "가", "나", "-"].randomElement(using: &generator)! }.joined() }
        let expected = PathKey.order(of: many, partSize: many.count).map { many[$0] }
        XCTAssertEqual(expected, many.sorted())
        for partSize in [1, 2, 3, 7, 100, 999, 1_000, 1_999] {
            XCTAssertEqual(PathKey.order(of: many, partSize: partSize).map { many[$0] }, expected, "parts of \(partSize)")
        }
    }

    /// A file is written whatever folder the file before it was in: a sibling, a deeper or a
    /// shallower one, or a folder whose name starts with the last one's.
    func testFilesAreWrittenInTheirFoldersInAnyOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folders-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let sink = try SiteWriter(outputDirectory: folder.appendingPathComponent("public")).stage()
        let paths = ["a/b/c.html", "a/b/d.html", "a/x.html", "a/bc/e.html", "a/b/c/f.html", "top.html", "a/b2/g.html", "가/나/h.html", "가/i.html"]
        for path in paths { try sink.write(OutputFile(path: path, text: path)) }
        for path in paths {
            XCTAssertEqual(FileManager.default.contents(atPath: sink.root + "/" + path).map { String(decoding: $0, as: UTF8.self) }, path)
        }
        XCTAssertThrowsError(try sink.write(OutputFile(path: "a/b/c.html/j.html", text: "under a file")))
        XCTAssertThrowsError(try sink.write(OutputFile(path: "a/b", text: "a folder already")))
    }

    /// The spare tree's files are claimed once each; a folder replaced whole claims what it
    /// held; what is left unclaimed is what the build removes.
    func testSpareFilesAreClaimedOnce() {
        var spare = SpareFiles()
        let identity = FileIdentity(inode: 1, size: 4, modified: 0)
        for path in ["a/b.html", "a/c/d.html", "a/c/e.html", "ac/f.html", composed] {
            spare.add(CarryOver.File(digest: FileDigest(path: path, contents: Array(path.utf8)), identity: identity), at: PathKey(path))
        }
        XCTAssertTrue(spare.holds(PathKey("a/b.html"), sameAs: FileDigest(path: "a/b.html", contents: Array("a/b.html".utf8))))
        XCTAssertFalse(spare.holds(PathKey("a/b.html"), sameAs: FileDigest(path: "a/b.html", contents: [1])))
        XCTAssertFalse(spare.holds(PathKey(decomposed), sameAs: FileDigest(path: composed, contents: Array(composed.utf8))))
        XCTAssertEqual(spare.claim(PathKey("a/b.html"))?.digest.path, "a/b.html")
        XCTAssertNil(spare.claim(PathKey("a/b.html")), "claimed once")
        XCTAssertFalse(spare.holds(PathKey("a/b.html"), sameAs: FileDigest(path: "a/b.html", contents: Array("a/b.html".utf8))))
        spare.claimAll(under: "a/c")
        XCTAssertNil(spare.claim(PathKey("a/c/d.html")))
        XCTAssertEqual(Set(spare.unclaimed), ["ac/f.html", composed])
        XCTAssertEqual(spare.count, 5)
    }
}
