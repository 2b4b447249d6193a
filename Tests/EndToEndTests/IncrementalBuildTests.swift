import Foundation
import SitegenText
import SitegenSite
import SitegenTemplates
import SitegenBuild
import XCTest

/// An incremental build must write exactly the bytes a clean build of the same content writes,
/// whatever changed: a release added, a release.yml edited, lineage.yml edited, a release removed.
final class IncrementalBuildTests: XCTestCase {
    /// A copy of the default content, built once incrementally.
    private func startingSite() throws -> (content: URL, output: URL) {
        let folder = BuiltSite.temporaryFolder("incremental")
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: BuiltSite.content, to: content)
        let output = folder.appendingPathComponent("public")
        let first = try build(content, into: output)
        XCTAssertEqual(first.jobsCarried, 0, "the first build has nothing to reuse")
        return (content, output)
    }

    @discardableResult
    /// With the archive database and the workbooks (`--database --workbooks`) unless told
    /// otherwise, so that their bytes are checked too.
    private func build(_ content: URL, into output: URL, clean: Bool = false, database: Bool = true) throws -> SiteBuilder.Summary {
        try SiteBuilder(contentDirectory: content, outputDirectory: output, config: SiteConfig(database: database, workbooks: database),
                        theme: StandardTheme(), clean: clean).build()
    }

    /// Builds the content again incrementally and clean elsewhere, and requires the same bytes.
    private func assertIncrementalEqualsClean(_ content: URL, _ output: URL, database: Bool = true,
                                              file: StaticString = #filePath, line: UInt = #line) throws -> SiteBuilder.Summary {
        let incremental = try build(content, into: output, database: database)
        let cleanOutput = BuiltSite.temporaryFolder("clean").appendingPathComponent("public")
        try build(content, into: cleanOutput, clean: true, database: database)
        let a = try BuiltSite.snapshot(output), b = try BuiltSite.snapshot(cleanOutput)
        XCTAssertEqual(Set(a.keys), Set(b.keys), "the same files", file: file, line: line)
        let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
        XCTAssertEqual(differing, [], "files whose bytes differ from a clean build", file: file, line: line)
        return incremental
    }

    func testAnUnchangedRebuildReusesEveryReleaseJob() throws {
        let (content, output) = try startingSite()
        let summary = try assertIncrementalEqualsClean(content, output)
        // Every job but the site-wide ones (home, the indexes and their 15 consonant pages,
        // search in 17 jobs, the releases feed, the CSV tables) is reused: per release two page
        // jobs, its model and its archive, and every program's and department's page.
        XCTAssertGreaterThan(summary.jobsCarried, 5 * 4 + 100)
        XCTAssertLessThanOrEqual(summary.jobsMade, 30 + 32, "only site-wide jobs are made again")
    }

    /// Turning `--database --workbooks` off drops the database, Datasette's metadata and the
    /// workbooks, and turning them on again makes them: each build gives a clean build's bytes.
    func testTurningTheDatabaseOffAndOnAgain() throws {
        let (content, output) = try startingSite()
        _ = try assertIncrementalEqualsClean(content, output, database: false)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("data/sitegen-2022.sqlite").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("data/metadata.json").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("data/budget-lines.xlsx").path))
        _ = try assertIncrementalEqualsClean(content, output, database: true)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("data/sitegen-2022.sqlite").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("data/budget-lines.xlsx").path))
    }

    /// A file made again with the same bytes (the site-wide ones are made on every build) is
    /// linked from the previous build, not written anew; one whose bytes changed is written.
    func testSiteWideFilesMadeAgainWithTheSameBytesAreLinked() throws {
        let (content, output) = try startingSite()
        let stylesheet = output.appendingPathComponent("assets/site.css").path
        let home = output.appendingPathComponent("index.html").path
        let before = (FileIdentity(path: stylesheet), FileIdentity(path: home))
        try build(content, into: output)
        XCTAssertEqual(FileIdentity(path: stylesheet)?.inode, before.0?.inode, "the same stylesheet is the same file")
        XCTAssertNotNil(before.1)
        // The home page shows the site's root hash, which is written last: a new file each build.
        XCTAssertNotEqual(FileIdentity(path: home)?.inode, before.1?.inode)
    }

    func testAddingARelease() throws {
        let (content, output) = try startingSite()
        let july = content.appendingPathComponent("releases/2022-07-citizen-cooperation-bureau")
        let later = content.appendingPathComponent("releases/2022-11-citizen-cooperation-bureau")
        try FileManager.default.copyItem(at: july, to: later)
        try "title: 시민협력국 행정사무감사\nissuer: 시민협력국\ndate: 2022-11\n".write(to: later.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        // The search's first text file holds passages of the oldest release: a newer one
        // leaves their numbers, and the file, as they were.
        let oldestPassages = output.appendingPathComponent("search/t/0.js").path
        let before = FileIdentity(path: oldestPassages)
        let summary = try assertIncrementalEqualsClean(content, output)
        XCTAssertGreaterThan(summary.jobsCarried, 0, "the unchanged releases are reused")
        XCTAssertNotNil(before)
        XCTAssertEqual(FileIdentity(path: oldestPassages)?.inode, before?.inode, "the search's older files are carried")
    }

    func testEditingAReleaseYml() throws {
        let (content, output) = try startingSite()
        let metadata = content.appendingPathComponent("releases/2020-10-democracy-committee/release.yml")
        let text = try String(contentsOf: metadata, encoding: .utf8)
        let title = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("title:") })
        try text.replacingOccurrences(of: String(title), with: "title: \"서울민주주의위원회 업무보고 (고침)\"")
            .write(to: metadata, atomically: true, encoding: .utf8)
        let summary = try assertIncrementalEqualsClean(content, output)
        XCTAssertGreaterThan(summary.jobsCarried, 0)
        let page = try String(contentsOf: output.appendingPathComponent("releases/2020-10-democracy-committee/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("(고침)"))
    }

    /// Editing any release, the oldest first: later pages that link to it (a department's
    /// previous report, whichever release that is; what changed since it) follow.
    func testEditingEachReleaseYmlInTurn() throws {
        let (content, output) = try startingSite()
        let ids = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("releases").path).sorted()
        for id in ids {
            let metadata = content.appendingPathComponent("releases/\(id)/release.yml")
            let text = try String(contentsOf: metadata, encoding: .utf8)
            let title = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("title:") })
            try text.replacingOccurrences(of: String(title), with: "title: \"\(id) 보고서 (고침)\"").write(to: metadata, atomically: true, encoding: .utf8)
            let summary = try assertIncrementalEqualsClean(content, output)
            XCTAssertGreaterThan(summary.jobsCarried, 0, id)
        }
    }

    func testEditingLineageYml() throws {
        let (content, output) = try startingSite()
        let lineage = content.appendingPathComponent("lineage.yml")
        let text = try String(contentsOf: lineage, encoding: .utf8)
        // Without the editors' rules programs match differently: every page that links them must follow.
        try text.components(separatedBy: "\naliases:")[0].appending("\n").write(to: lineage, atomically: true, encoding: .utf8)
        _ = try assertIncrementalEqualsClean(content, output)
    }

    func testRemovingARelease() throws {
        let (content, output) = try startingSite()
        try FileManager.default.removeItem(at: content.appendingPathComponent("releases/2022-07-citizen-cooperation-bureau"))
        let summary = try assertIncrementalEqualsClean(content, output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("releases/2022-07-citizen-cooperation-bureau").path))
        XCTAssertGreaterThan(summary.jobsCarried, 0)
    }

    func testAnEditedOutputFileIsMadeAgainNotCarried() throws {
        let (content, output) = try startingSite()
        let page = output.appendingPathComponent("releases/2019-09-innovation-bureau/source/index.html")
        let original = try Data(contentsOf: page)
        try Data("tampered".utf8).write(to: page)
        _ = try assertIncrementalEqualsClean(content, output)
        XCTAssertEqual(try Data(contentsOf: page), original)
    }

    // MARK: The spare tree

    private func spare(of output: URL) -> URL {
        BuildCache.folder(besideOutput: output).appendingPathComponent("spare")
    }

    /// The tree a swap retires is kept as the next build's staging folder, and a file that did
    /// not change stays the same file in it.
    func testTheRetiredTreeIsTheNextStagingFolder() throws {
        let (content, output) = try startingSite()
        XCTAssertFalse(FileManager.default.fileExists(atPath: spare(of: output).path), "nothing retired yet")
        let archive = output.appendingPathComponent("releases/2019-09-innovation-bureau/report.txt").path
        let inode = FileIdentity(path: archive)?.inode
        try build(content, into: output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: spare(of: output).path), "the retired tree is kept")
        _ = try assertIncrementalEqualsClean(content, output)
        XCTAssertEqual(FileIdentity(path: archive)?.inode, inode, "an unchanged file is neither written nor linked again")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
            .filter { $0.contains(".building-") || $0.contains(".previous-") }, [], "no staging folder is left")
    }

    /// Files put into the live site by hand (a file, a folder, a link to a host file) are not
    /// published again when that tree comes back as a staging folder.
    func testFilesAddedToTheLiveSiteAreNotPublishedAgain() throws {
        let (content, output) = try startingSite()
        try Data("hand".utf8).write(to: output.appendingPathComponent("verify-google.html"))
        try FileManager.default.createDirectory(at: output.appendingPathComponent("releases/stray/deeper"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: output.appendingPathComponent("releases/stray/deeper/x.txt"))
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("programs/passwd").path,
                                                   withDestinationPath: "/etc/passwd")
        try build(content, into: output)  // the tree with the extra files is now the spare
        XCTAssertTrue(FileManager.default.fileExists(atPath: spare(of: output).appendingPathComponent("verify-google.html").path))
        _ = try assertIncrementalEqualsClean(content, output)
        for path in ["verify-google.html", "releases/stray", "programs/passwd"] {
            XCTAssertNil(try? FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path), path)
        }
    }

    /// A file of the spare tree changed in place (and with it the live file it is linked to)
    /// is written again, not kept.
    func testAFileChangedInPlaceInTheSpareTreeIsWrittenAgain() throws {
        let (content, output) = try startingSite()
        try build(content, into: output)
        let page = "releases/2019-09-innovation-bureau/source/index.html"
        let original = try Data(contentsOf: output.appendingPathComponent(page))
        let handle = try FileHandle(forWritingTo: spare(of: output).appendingPathComponent(page))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<!-- tampered -->".utf8))
        try handle.close()
        _ = try assertIncrementalEqualsClean(content, output)
        XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent(page)), original)
    }

    /// A clean build keeps the record of the output it replaces, so that the tree it retires
    /// serves the next build instead of being deleted file by file.
    func testACleanBuildStillRetiresIntoTheSpareTree() throws {
        let (content, output) = try startingSite()
        try build(content, into: output, clean: true)
        XCTAssertTrue(FileManager.default.fileExists(atPath: spare(of: output).path))
        _ = try assertIncrementalEqualsClean(content, output)
    }

    /// A build that fails puts the spare tree back (it is not deleted file by file), leaves
    /// the site as it was, and the next build still writes what a clean build writes.
    func testAFailedBuildGivesTheSpareTreeBack() throws {
        let (content, output) = try startingSite()
        try build(content, into: output)
        let before = try BuiltSite.snapshot(output)
        let metadata = content.appendingPathComponent("releases/2020-10-democracy-committee/release.yml")
        let text = try String(contentsOf: metadata, encoding: .utf8)
        try "title: ~\n".write(to: metadata, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try build(content, into: output))
        XCTAssertTrue(FileManager.default.fileExists(atPath: spare(of: output).path), "the spare tree is back")
        XCTAssertEqual(try BuiltSite.snapshot(output), before, "the site is as it was")
        try text.write(to: metadata, atomically: true, encoding: .utf8)
        _ = try assertIncrementalEqualsClean(content, output)
    }
}
