import XCTest
import SitegenText

/// Issue 8, problems 2, 9 and 11 as a user meets them: one line naming the file and the real
/// cause, exit 1; and `check` fails where `build` would.
final class CommandLineErrorTests: XCTestCase {
    private let release = "content/releases/2022-03-citizen-cooperation-bureau"

    private func assertOneLineError(_ result: (status: Int32, output: String, error: String), saying words: [String],
                                    file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 1, result.output + result.error, file: file, line: line)
        let message = result.error.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(message.split(separator: "\n").count, 1, "one line: \(message)", file: file, line: line)
        XCTAssertFalse(message.contains("NSCocoaErrorDomain") || message.contains("Error Domain"), message, file: file, line: line)
        for word in words {
            XCTAssertTrue(message.contains(word), "‘\(message)’ should say ‘\(word)’", file: file, line: line)
        }
    }

    /// `--help` and `help` print the usage and exit 0 (they printed an error while every
    /// error was shown as one line).
    func testHelpIsShownNotAnError() throws {
        let scratch = try SitegenBinary("help", copyContent: false)
        for arguments in [["--help"], ["help"], ["build", "--help"], ["help", "build"], ["check", "--help"]] {
            let result = try scratch.run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.error)")
            XCTAssertTrue(result.output.contains("USAGE"), "\(arguments): \(result.output)")
            XCTAssertFalse(result.error.contains("CommandError"), result.error)
        }
        XCTAssertTrue(try scratch.run(["build", "--help"]).output.contains("--clean"))
        let unknown = try scratch.run(["build", "--no-such-option"])
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.error.contains("no-such-option"), unknown.error)
    }

    func testASymlinkToAHostFileIsRefusedNotPublished() throws {
        let scratch = try SitegenBinary("shadow")
        let report = scratch.url(release + "/report.txt")
        try FileManager.default.removeItem(at: report)
        try FileManager.default.createSymbolicLink(atPath: report.path, withDestinationPath: "/etc/hostname")
        assertOneLineError(try scratch.run(["build", "--output", "public"]), saying: [release + "/report.txt", "symbolic link"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.url("public").path))
        assertOneLineError(try scratch.run(["check"]), saying: ["symbolic link"])
    }

    func testSymlinkedReleaseFoldersAndMetadataAreRefused() throws {
        let scratch = try SitegenBinary("linked-folder")
        let elsewhere = BuiltSite.temporaryFolder("elsewhere").appendingPathComponent("r")
        try FileManager.default.moveItem(at: scratch.url(release), to: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: scratch.url(release).path, withDestinationPath: elsewhere.path)
        assertOneLineError(try scratch.run(["check"]), saying: ["symbolic link"])

        let other = try SitegenBinary("linked-yml")
        let yml = other.url(release + "/release.yml")
        let moved = BuiltSite.temporaryFolder("yml").appendingPathComponent("release.yml")
        try FileManager.default.moveItem(at: yml, to: moved)
        try FileManager.default.createSymbolicLink(atPath: yml.path, withDestinationPath: moved.path)
        assertOneLineError(try other.run(["check"]), saying: ["release.yml", "symbolic link"])
    }

    func testAFIFOIsRefusedNotWaitedOn() throws {
        let scratch = try SitegenBinary("fifo")
        let report = scratch.url(release + "/report.txt")
        try FileManager.default.removeItem(at: report)
        XCTAssertEqual(mkfifo(report.path, 0o644), 0)
        assertOneLineError(try scratch.run(["check"]), saying: ["report.txt", "FIFO"])
    }

    func testAnEmptyOrOnlyHiddenReleasesFolderIsAnErrorUnlessAskedFor() throws {
        let scratch = try SitegenBinary("empty")
        XCTAssertEqual(try scratch.run(["build", "--output", "public", "--quiet"]).status, 0)
        let releases = scratch.url("content/releases")
        for id in try FileManager.default.contentsOfDirectory(atPath: releases.path) {
            try FileManager.default.moveItem(at: releases.appendingPathComponent(id), to: releases.appendingPathComponent("." + id))
        }
        let before = BuiltSite.files(under: scratch.url("public"))
        assertOneLineError(try scratch.run(["build", "--output", "public"]), saying: ["releases", "--allow-empty"])
        XCTAssertEqual(BuiltSite.files(under: scratch.url("public")), before, "the site must not be replaced by an empty one")
        XCTAssertEqual(try scratch.run(["build", "--output", "public", "--quiet", "--allow-empty"]).status, 0)
    }

    func testAnUnreadableLineageFileIsAnError() throws {
        let scratch = try SitegenBinary("lineage")
        let lineage = scratch.url("content/lineage.yml")
        try FileManager.default.removeItem(at: lineage)
        try FileManager.default.createDirectory(at: lineage, withIntermediateDirectories: false)
        assertOneLineError(try scratch.run(["build", "--output", "public"]), saying: ["lineage.yml"])
    }

    func testALongProgramNameBuildsAndCheckAgreesWithBuild() throws {
        let scratch = try SitegenBinary("long-name")
        let report = scratch.url(release + "/report.txt")
        let text = try String(contentsOf: report, encoding: .utf8)
        let long = String(repeating: "아주긴사업이름", count: 15)  // 105 characters, 315 bytes
        let edited = text.replacingOccurrences(of: "서울형 주민자치 활동지원 사업", with: long)
        XCTAssertNotEqual(edited, text)
        try edited.write(to: report, atomically: true, encoding: .utf8)
        let build = try scratch.run(["build", "--output", "public", "--quiet"])
        XCTAssertEqual(build.status, 0, build.error)
        XCTAssertEqual(try scratch.run(["check"]).status, 0)
        for path in BuiltSite.files(under: scratch.url("public")) {
            XCTAssertTrue(path.split(separator: "/").allSatisfy { $0.utf8.count <= 255 }, path)
        }
    }

    func testCheckFailsWhereBuildWouldFail() throws {
        // A release id of 252 bytes is a valid folder name, but data/releases/<id>.json (and
        // <id>.xlsx, whichever job meets it first) is not.
        let scratch = try SitegenBinary("long-id")
        let id = String(repeating: "a", count: 252)
        try FileManager.default.moveItem(at: scratch.url(release), to: scratch.url("content/releases/" + id))
        assertOneLineError(try scratch.run(["build", "--output", "public"]), saying: ["data/releases/\(id).", "255"])
        assertOneLineError(try scratch.run(["check"]), saying: ["data/releases/\(id).", "255"])
    }

    func testBaseURLMustBeAnAbsoluteHTTPURLWithAHost() throws {
        let scratch = try SitegenBinary("base-url")
        for bad in ["https://example.org/\r\nSitemap: https://evil.example/x.xml", "//host/", "http://", "ftp://example.org/",
                    "example.org", "/reports/", "https://exa mple.org/"] {
            assertOneLineError(try scratch.run(["build", "--output", "public", "--base-url", bad]), saying: ["--base-url"])
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.url("public").path))
        XCTAssertEqual(try scratch.run(["build", "--output", "public", "--quiet", "--base-url", "https://example.org/reports/"]).status, 0)
    }

    func testAMissingContentFolderIsOneLine() throws {
        let scratch = try SitegenBinary("missing", copyContent: false)
        assertOneLineError(try scratch.run(["check", "--content", "nowhere"]), saying: ["nowhere"])
        assertOneLineError(try scratch.run(["verify", "nowhere"]), saying: ["nowhere"])
        assertOneLineError(try scratch.run(["build", "--sign", "no-such-key"]), saying: ["no-such-key", "missing"])
    }
}
