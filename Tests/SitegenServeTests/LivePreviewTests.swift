import Foundation
import SitegenContent
import SitegenSite
import SitegenTemplates
import SitegenBuild
import SitegenServe
import XCTest

/// Rebuilds, content errors and recovery, on a small content folder built by the real builder.
final class LivePreviewTests: XCTestCase {
    private var content: URL!
    private var preview: LivePreview!
    private var release: URL { content.appendingPathComponent("releases/2023-01-test") }

    private let metadata = "title: 시험 보고서\nissuer: 시험국\ndate: 2023-01\n"
    private let report = """
    Ⅳ. 2023 세부사업별 예산 현황

    (단위 : 천원, %)

    | 구 분 | 2023년 예산현액 | 집행액 | 집행률 |
    |---|---|---|---|
    | 합 계 | 300 | 150 | 50.0 |
    | 시험과 | 300 | 150 | 50.0 |
    | 시험 사업 | 300 | 150 | 50.0 |

    """

    override func setUpWithError() throws {
        content = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: release, withIntermediateDirectories: true)
        try metadata.write(to: release.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        try report.write(to: release.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
        let content = self.content!
        preview = try LivePreview(contentDirectory: content) { output in
            try SiteBuilder(contentDirectory: content, outputDirectory: output, config: SiteConfig(), theme: StandardTheme()).build()
        }
    }

    override func tearDownWithError() throws {
        preview?.stop()
        try? FileManager.default.removeItem(at: content)
    }

    private func releasePage() throws -> String {
        try String(contentsOf: preview.siteFolder.appendingPathComponent("releases/2023-01-test/index.html"), encoding: .utf8)
    }

    func testBadYAMLKeepsTheLastGoodSiteAndNamesFileAndLine() throws {
        XCTAssertTrue(preview.buildNow())
        XCTAssertEqual(preview.live.current.generation, 1)
        XCTAssertTrue(try releasePage().contains("시험 보고서"))

        try "title: 시험 보고서\nissuer: [시험국\ndate: 2023-01\n".write(to: release.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        XCTAssertFalse(preview.buildNow())
        let problem = try XCTUnwrap(preview.live.current.problem)
        XCTAssertTrue(problem.file.hasSuffix("releases/2023-01-test/release.yml"), problem.file)
        XCTAssertNotNil(problem.line)
        XCTAssertTrue(problem.message.contains("YAML"), problem.message)
        XCTAssertEqual(preview.live.current.generation, 1)
        XCTAssertTrue(try releasePage().contains("시험 보고서"), "the last good site is still there")

        try metadata.replacingOccurrences(of: "시험 보고서", with: "고친 보고서")
            .write(to: release.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        XCTAssertTrue(preview.buildNow())
        XCTAssertNil(preview.live.current.problem)
        XCTAssertEqual(preview.live.current.generation, 2)
        XCTAssertTrue(try releasePage().contains("고친 보고서"))
    }

    func testSymlinkOutOfTheContentFolderIsAContentError() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-outside-\(UUID().uuidString).txt")
        try report.write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        let reportFile = release.appendingPathComponent("report.txt")
        try FileManager.default.removeItem(at: reportFile)
        try FileManager.default.createSymbolicLink(atPath: reportFile.path, withDestinationPath: outside.path)
        XCTAssertFalse(preview.buildNow())
        let problem = try XCTUnwrap(preview.live.current.problem)
        XCTAssertTrue(problem.file.hasSuffix("releases/2023-01-test/report.txt"), problem.file)
        // The loader refuses every symbolic link in the content folder, wherever it leads.
        XCTAssertTrue(problem.message.contains("a symbolic link"), problem.message)
    }

    func testWatcherRebuildsAfterAnEditAndWhenAReleaseIsAdded() throws {
        XCTAssertTrue(preview.buildNow())
        preview.startWatching(every: .milliseconds(50))
        try metadata.replacingOccurrences(of: "시험 보고서", with: "바뀐 보고서")
            .write(to: release.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        XCTAssertTrue(waitUntil { self.preview.live.current.generation >= 2 }, "no rebuild after the edit")
        XCTAssertTrue(try releasePage().contains("바뀐 보고서"))

        let added = content.appendingPathComponent("releases/2023-02-added")
        try FileManager.default.createDirectory(at: added, withIntermediateDirectories: true)
        try ReleaseScaffold.metadata(id: "2023-02-added", today: YearMonth(year: 2023, month: 2)!)
            .write(to: added.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        try report.write(to: added.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
        XCTAssertTrue(waitUntil {
            FileManager.default.fileExists(atPath: self.preview.siteFolder.appendingPathComponent("releases/2023-02-added/index.html").path)
        }, "the new release was not built")
        XCTAssertNil(preview.live.current.problem)

        try FileManager.default.removeItem(at: added)
        XCTAssertTrue(waitUntil {
            !FileManager.default.fileExists(atPath: self.preview.siteFolder.appendingPathComponent("releases/2023-02-added").path)
        }, "the removed release is still served")
    }

    #if os(Linux)
    func testInotifyWakesTheWatcherWithoutWaitingForAPoll() throws {
        XCTAssertTrue(preview.buildNow())
        preview.startWatching(every: .seconds(600))
        try metadata.replacingOccurrences(of: "시험 보고서", with: "알림 보고서")
            .write(to: release.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        XCTAssertTrue(waitUntil { self.preview.live.current.generation >= 2 }, "no rebuild before the next poll")
        XCTAssertTrue(try releasePage().contains("알림 보고서"))
    }
    #endif

    func testStopRemovesTheTemporaryFolder() {
        XCTAssertTrue(preview.buildNow())
        XCTAssertTrue(FileManager.default.fileExists(atPath: preview.workFolder.path))
        preview.stop()
        XCTAssertFalse(FileManager.default.fileExists(atPath: preview.workFolder.path))
    }

    /// Polls a condition until a generous deadline (a correctness bound, not a timing).
    private func waitUntil(_ condition: @escaping () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return condition()
    }
}

final class ContentSnapshotTests: XCTestCase {
    func testAnEditAnAdditionAndBackupFiles() throws {
        let content = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-snap-\(UUID().uuidString)")
        let release = content.appendingPathComponent("releases/a")
        try FileManager.default.createDirectory(at: release, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: content) }
        try "title: a\n".write(to: release.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        let first = ContentSnapshot(contentDirectory: content)
        XCTAssertEqual(first, ContentSnapshot(contentDirectory: content))
        try "x".write(to: release.appendingPathComponent(".release.yml.swp"), atomically: false, encoding: .utf8)
        try "x".write(to: release.appendingPathComponent("release.yml~"), atomically: false, encoding: .utf8)
        XCTAssertEqual(first, ContentSnapshot(contentDirectory: content), "editor files are not content")
        try "title: b\n".write(to: release.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        XCTAssertNotEqual(first, ContentSnapshot(contentDirectory: content))
        let second = ContentSnapshot(contentDirectory: content)
        try "lineage".write(to: content.appendingPathComponent("lineage.yml"), atomically: true, encoding: .utf8)
        XCTAssertNotEqual(second, ContentSnapshot(contentDirectory: content))
    }
}

final class ReleaseScaffoldTests: XCTestCase {
    func testMetadataHasTheRequiredKeysCommentedAndParses() throws {
        let text = ReleaseScaffold.metadata(id: "2023-03-citizen-cooperation-bureau", today: YearMonth(year: 2026, month: 11)!)
        for key in ReleaseMetadataParser.requiredKeys {
            XCTAssertTrue(text.contains("\n\(key): "), key)
        }
        XCTAssertTrue(text.split(separator: "\n").filter { $0.hasPrefix("#") }.count >= 5, "commented")
        let parsed = try ReleaseMetadataParser.parse(text, file: "release.yml")
        XCTAssertEqual(parsed.date, YearMonth(year: 2023, month: 3), "dated by the id")
        let undated = try ReleaseMetadataParser.parse(ReleaseScaffold.metadata(id: "next", today: YearMonth(year: 2026, month: 11)!), file: "release.yml")
        XCTAssertEqual(undated.date, YearMonth(year: 2026, month: 11))
    }

    func testInvalidIDsAreRefused() {
        for id in ["", "2023 03", "Release", "../x", "a/b", "서울"] {
            XCTAssertThrowsError(try ReleaseScaffold.validate(id: id), id)
        }
        XCTAssertNoThrow(try ReleaseScaffold.validate(id: "2023-03-citizen_cooperation"))
    }
}
