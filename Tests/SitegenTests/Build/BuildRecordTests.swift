import Foundation
@testable import SitegenText
@testable import SitegenSite
@testable import SitegenBuild
import XCTest

/// The build cache's record of jobs and files (`jobs.tsv`), read back exactly as written.
final class BuildRecordTests: XCTestCase {
    private func temporaryCache() throws -> BuildCache {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("record-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return BuildCache(folder: folder, identity: "test 1")
    }

    func testARecordReadsBackAsWritten() throws {
        let cache = try temporaryCache()
        let page = FileDigest(path: "releases/a/index.html", sha256: String(repeating: "ab", count: 32), bytes: 1234)
        let css = FileDigest(path: "assets/site.css", sha256: String(repeating: "cd", count: 32), bytes: 0)
        // Modification times in nanoseconds have 19 digits; inodes can use all 64 bits.
        let identities = [page.path: FileIdentity(inode: UInt64.max, size: 1234, modified: 1_764_000_000_123_456_789),
                          css.path: FileIdentity(inode: 7, size: 0, modified: 0)]
        try cache.storeJobs(["page:a": [page]], all: [css, page], identities: identities)
        let carry = try XCTUnwrap(cache.carryOver(output: URL(fileURLWithPath: "/site/public")))
        XCTAssertEqual(carry.folder, "/site/public")
        XCTAssertEqual(carry.files["page:a"], [CarryOver.File(digest: page, identity: identities[page.path]!)])
        XCTAssertEqual(carry.files.count, 1, "unkeyed files belong to no job")
        XCTAssertEqual(carry.byPath[PathKey(css.path)], CarryOver.File(digest: css, identity: identities[css.path]!))
    }

    /// Another sitegen's jobs are not carried, but its files can still be linked by digest.
    func testAnotherSitegensRecordCarriesNoJob() throws {
        let cache = try temporaryCache()
        let page = FileDigest(path: "index.html", sha256: String(repeating: "00", count: 32), bytes: 1)
        try cache.storeJobs(["home": [page]], all: [page], identities: [page.path: FileIdentity(inode: 1, size: 1, modified: 1)])
        let other = BuildCache(folder: cache.folder, identity: "test 2")
        let carry = try XCTUnwrap(other.carryOver(output: URL(fileURLWithPath: "/site/public")))
        XCTAssertEqual(carry.files, [:])
        XCTAssertNotNil(carry.byPath[PathKey("index.html")])
    }

    /// A record written in parts (as a build writes it: the jobs' files on another thread,
    /// the files written after the jobs at the end) replaces the record only when finished;
    /// one never finished leaves the old record and no temporary file.
    func testARecordInPartsReplacesTheOldOnlyWhenFinished() throws {
        let cache = try temporaryCache()
        let old = FileDigest(path: "old.html", sha256: String(repeating: "00", count: 32), bytes: 1)
        try cache.storeJobs(["home": [old]], all: [old], identities: [old.path: FileIdentity(inode: 1, size: 1, modified: 1)])
        let page = FileDigest(path: "programs/가나/index.html", sha256: String(repeating: "ab", count: 32), bytes: 2)
        let search = FileDigest(path: "search/t/0.js", sha256: String(repeating: "cd", count: 32), bytes: 3)
        let manifest = FileDigest(path: "site-manifest.json", sha256: String(repeating: "ef", count: 32), bytes: 4)
        let identities = FileIdentities([page.path: FileIdentity(inode: 2, size: 2, modified: 2),
                                         search.path: FileIdentity(inode: 3, size: 3, modified: 3),
                                         manifest.path: FileIdentity(inode: 4, size: 4, modified: 4)])
        do {
            let abandoned = try BuildCache.RecordWriter(cache)
            try abandoned.append(["program:x": [page]], identities: identities)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.folder.path)
        XCTAssertEqual(names, ["jobs.tsv"], "no temporary record is left")
        XCTAssertNotNil(cache.carryOver(output: URL(fileURLWithPath: "/p"))?.byPath[PathKey(old.path)], "the old record stands")

        let record = try BuildCache.RecordWriter(cache)
        try record.append(["program:x": [page]], identities: identities)
        try record.append([BuildCache.unkeyed: [search]], identities: identities)
        try record.append([BuildCache.unkeyed: [manifest, old]], identities: identities)
        try record.finish()
        let carry = try XCTUnwrap(cache.carryOver(output: URL(fileURLWithPath: "/p")))
        XCTAssertEqual(carry.files, ["program:x": [CarryOver.File(digest: page, identity: identities[page.path]!)]])
        XCTAssertEqual(Set(carry.byPath.keys.map(\.path)), [page.path, search.path, manifest.path], "a file without an identity is left out")
    }

    func testAMalformedRecordIsNotUsed() throws {
        let cache = try temporaryCache()
        try FileManager.default.createDirectory(at: cache.folder, withIntermediateDirectories: true)
        for body in ["k\tp\tsha\t1\t2\t3\n", "k\tp\tsha\t1\t2\t3\t-4\n", "k\tp\tsha\t1\t2\t3\t99999999999999999999\n"] {
            try Data(("sitegen-cache\t1\ttest 1\n" + body).utf8).write(to: cache.folder.appendingPathComponent("jobs.tsv"))
            XCTAssertNil(cache.carryOver(output: URL(fileURLWithPath: "/p")), body)
        }
    }
}

/// `site-manifest.json` is written by hand; its bytes must stay what `JSONEncoder` wrote, or
/// every root hash published so far would change for nothing.
final class SiteManifestEncodingTests: XCTestCase {
    func testTheManifestIsWhatJSONEncoderWrites() {
        let awkward = ["index.html", "releases/2022-03/세부사업/index.html", "a\"b\\c/d", "tab\there", "ctl\u{1}\u{8}\u{c}\u{1f}", "new\nline\r"]
        let entries = awkward.enumerated().map { position, path in
            FileDigest(path: path, sha256: String(repeating: "0f", count: 32), bytes: position * 1000,
                       carriesRoot: position == 1 ? true : nil)
        }
        let manifest = SiteManifest(entries: entries)
        for partSize in [1, 2, 5, 6, 2_048] {
            XCTAssertEqual(String(decoding: manifest.encoded(partSize: partSize), as: UTF8.self),
                           String(decoding: manifest.encodedByFoundation(), as: UTF8.self), "parts of \(partSize)")
        }
        XCTAssertEqual(SiteManifest(entries: []).encoded(), SiteManifest(entries: []).encodedByFoundation())
    }

    /// The manifest written in pieces (as the build writes it) is the manifest written whole,
    /// for sizes below, at and across the piece size.
    func testTheManifestInPiecesIsTheManifestWhole() {
        for count in [0, 1, 5_000, 18_000] {
            let manifest = SiteManifest(entries: (0..<count).map { number in
                FileDigest(path: "releases/\(number)/세부사업/index.html", sha256: String(repeating: "ab", count: 32), bytes: number)
            })
            let whole = manifest.encoded(partSize: count + 1)
            for partSize in [1, 7, 2_048, 5_000] {
                var pieces: [[UInt8]] = []
                manifest.encode(partSize: partSize) { pieces.append(Array($0)) }
                XCTAssertEqual(pieces.flatMap { $0 }, whole, "\(count) files, parts of \(partSize)")
                XCTAssertTrue(pieces.dropLast().allSatisfy { $0.count >= PrettyJSON.drainBytes && $0.count < PrettyJSON.drainBytes + 1_000 })
                if count == 18_000 { XCTAssertGreaterThan(pieces.count, 2, "written in pieces") }
            }
        }
    }

    /// A release's manifest too: what `JSONEncoder` wrote for it, with a line feed.
    func testAReleaseManifestIsWhatJSONEncoderWrites() throws {
        let entries = ["releases/a/report.txt", "releases/a/세부사업/index.html", "releases/a/x\"y", "releases/a/t\tab"].enumerated().map {
            FileDigest(path: $0.element, sha256: String(repeating: "ab", count: 32), bytes: $0.offset, carriesRoot: $0.offset == 2 ? true : nil)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = SiteManifest.encoderFormatting
        for files in [entries, []] {
            let manifest = ReleaseManifest(release: "a", source: entries[0], files: files)
            XCTAssertEqual(String(decoding: manifest.encoded(), as: UTF8.self),
                           String(decoding: try encoder.encode(manifest) + [0x0A], as: UTF8.self))
        }
    }

    /// Which release a site path belongs to, read by bytes.
    func testTheReleaseOfAPath() {
        let expected: [String: String?] = [
            "releases/2022-03-a/report.txt": "2022-03-a", "releases/세부/x/index.html": "세부", "releases/a": nil, "releases/": nil,
            "data/releases/2022-03-a.json": "2022-03-a", "data/releases/a/b.json": nil, "data/releases/a.csv": nil,
            "data/releases.json": nil, "programs/releases/a/x": nil, "release/a/x": nil, "data/releases/한글.json": "한글",
        ]
        for (path, release) in expected {
            XCTAssertEqual(ReleaseManifest.release(of: path), release, path)
        }
    }

    /// Manifests made on all cores come back in the releases' order, each with its own files.
    func testManifestsKeepTheReleasesOrder() throws {
        let ids = (0..<40).map { "r\($0)" }
        let digests = ids.flatMap { id in
            [SiteMap.source(id), "releases/\(id)/index.html", "data/releases/\(id).json"].map {
                FileDigest(path: $0, sha256: String(repeating: "0", count: 64), bytes: 1)
            }
        } + [FileDigest(path: "index.html", sha256: String(repeating: "0", count: 64), bytes: 1)]
        let manifests = try ReleaseManifest.manifests(for: ids + ["missing"], from: digests.reversed())
        XCTAssertEqual(manifests.map(\.path), ids.map(ReleaseManifest.path(for:)))
        for (id, file) in zip(ids, manifests) {
            let manifest = try JSONDecoder().decode(ReleaseManifest.self, from: Data(file.bytes))
            XCTAssertEqual(manifest.files.map(\.path), ["data/releases/\(id).json", "releases/\(id)/index.html", SiteMap.source(id)].sorted())
        }
    }
}

extension BuildCache {
    /// Records what each keyed job made, and every other file of the site under `unkeyed`,
    /// with what each file is on disk (`identities`, as the sink wrote or carried it); a job
    /// any of whose files is unknown is not recorded.
    func storeJobs(_ keyed: [String: [FileDigest]], all: [FileDigest], identities: [String: FileIdentity]) throws {
        var byKey = keyed
        let ofJobs = Set(keyed.values.joined().map(\.path))
        byKey[Self.unkeyed] = all.filter { !ofJobs.contains($0.path) }
        let record = try RecordWriter(self)
        try record.append(byKey, identities: FileIdentities(identities))
        try record.finish()
    }
}
