import XCTest
@testable import SitegenTemplates

/// Whole pages of the sample site compared with the files in `Golden/`.
/// Set `SITEGEN_RECORD_GOLDEN=1` to write the current output as the new golden files.
final class GoldenPageTests: XCTestCase {
    private static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func assertGolden(_ path: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let release = try SampleSite.release()
        let pages = try SampleSite.pages([release], texts: [release.id: SampleSite.report()])
        let actual = try XCTUnwrap(pages[path], "no page \(path); pages: \(pages.keys.sorted())", file: file, line: line)
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SITEGEN_RECORD_GOLDEN"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(actual, expected, "\(path) differs from Golden/\(name) (re-record with SITEGEN_RECORD_GOLDEN=1)", file: file, line: line)
    }

    func testReleasePage() throws {
        try assertGolden("releases/2022-03-sample/index.html", "release.html")
    }

    func testDepartmentPage() throws {
        try assertGolden("releases/2022-03-sample/departments/시민참여과/index.html", "department.html")
    }

    func testWorkItemPage() throws {
        try assertGolden("releases/2022-03-sample/items/1/index.html", "item.html")
    }

    /// The release's embed page: its department page's chart and its own, one shown by `:target`.
    func testReleaseEmbedPage() throws {
        try assertGolden("releases/2022-03-sample/embed/index.html", "release-embed.html")
    }

    func testProgramPage() throws {
        try assertGolden("programs/마을활력소-운영/index.html", "program.html")
    }
}
