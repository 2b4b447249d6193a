import XCTest
import SitegenText
import SitegenSite
import SitegenTemplates
import SitegenBuild

/// Issue 8, problem 1: `--output` is sitegen's alone. Every refusal is exit 1 with one line,
/// and nothing of the user's is touched.
final class OutputLocationTests: XCTestCase {
    private func assertRefused(_ output: String, in scratch: SitegenBinary, mentioning words: String,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let before = scratch.allFiles
        let result = try scratch.run(["build", "--output", output])
        XCTAssertEqual(result.status, 1, "--output '\(output)' must be refused: \(result.output)", file: file, line: line)
        let message = result.error.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(message.split(separator: "\n").count, 1, "one line: \(message)", file: file, line: line)
        XCTAssertTrue(message.contains(words), "‘\(message)’ should say ‘\(words)’", file: file, line: line)
        XCTAssertEqual(scratch.allFiles, before, "--output '\(output)' changed the user's files", file: file, line: line)
    }

    func testOutputsThatWouldDestroyTheUsersFilesAreRefused() throws {
        let scratch = try SitegenBinary("output")
        try "my notes\n".write(to: scratch.url("notes.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: scratch.url("photos"), withIntermediateDirectories: true)
        try "jpeg".write(to: scratch.url("photos/cat.jpg"), atomically: true, encoding: .utf8)
        try assertRefused("", in: scratch, mentioning: "empty")
        try assertRefused(".", in: scratch, mentioning: "current folder")
        try assertRefused("./", in: scratch, mentioning: "current folder")
        try assertRefused("..", in: scratch, mentioning: "holds the current folder")
        try assertRefused("/", in: scratch, mentioning: "/")
        try assertRefused(scratch.folder.path, in: scratch, mentioning: "current folder")
        try assertRefused("content", in: scratch, mentioning: "content folder")
        try assertRefused("content/releases", in: scratch, mentioning: "content folder")
        try assertRefused("content/releases/2022-03-citizen-cooperation-bureau", in: scratch, mentioning: "content folder")
        try assertRefused("notes.txt", in: scratch, mentioning: "not a folder")
        try assertRefused("photos", in: scratch, mentioning: "not empty")
        XCTAssertEqual(try String(contentsOf: scratch.url("notes.txt"), encoding: .utf8), "my notes\n")
    }

    func testASymlinkedOutputIsRefusedNeverReplaced() throws {
        let scratch = try SitegenBinary("output-link")
        let target = BuiltSite.temporaryFolder("link-target")
        try FileManager.default.createSymbolicLink(atPath: scratch.url("public").path, withDestinationPath: target.path)
        try assertRefused("public", in: scratch, mentioning: "symbolic link")
        let attributes = try FileManager.default.attributesOfItem(atPath: scratch.url("public").path)
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeSymbolicLink, "the link must stay a link")
    }

    func testANewEmptyOrPreviouslyBuiltFolderIsAccepted() throws {
        let scratch = try SitegenBinary("output-ok")
        let first = try scratch.run(["build", "--output", "public", "--quiet"])
        XCTAssertEqual(first.status, 0, first.error)
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.url("public/\(OutputLocation.markerName)").path))
        let again = try scratch.run(["build", "--output", "public", "--quiet"])
        XCTAssertEqual(again.status, 0, "a site sitegen built is replaced: \(again.error)")
        // A site built before the marker existed (as an old `make site` left public/) is sitegen's too.
        try FileManager.default.removeItem(at: scratch.url("public/\(OutputLocation.markerName)"))
        XCTAssertEqual(try scratch.run(["build", "--output", "public", "--quiet"]).status, 0, "a site of an earlier sitegen")
        try FileManager.default.createDirectory(at: scratch.url("empty"), withIntermediateDirectories: true)
        try "".write(to: scratch.url("empty/.gitkeep"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try scratch.run(["build", "--output", "empty", "--quiet"]).status, 0)
    }

    func testTheLibraryRefusesToo() throws {
        let content = BuiltSite.content
        XCTAssertThrowsError(try SiteBuilder(contentDirectory: content, outputDirectory: content.appendingPathComponent("releases"),
                                             config: SiteConfig(), theme: StandardTheme()).build())
        XCTAssertThrowsError(try OutputLocation("", contentDirectory: content))
        XCTAssertNoThrow(try OutputLocation("public", contentDirectory: URL(fileURLWithPath: "/nonexistent/content"),
                                            currentDirectory: "/nonexistent"))
    }
}
