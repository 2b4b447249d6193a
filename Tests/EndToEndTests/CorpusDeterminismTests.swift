import Foundation
import SitegenText
import SitegenSite
import SitegenTemplates
import SitegenBuild
import SitegenCorpus
import XCTest

/// Two clean builds of the same large corpus must be byte-identical. The five default releases
/// are too few to keep both cores rendering narrative at once, which is how cmark-gfm's
/// process-global state once made two builds differ (issue 12); 100 generated releases are not.
final class CorpusDeterminismTests: XCTestCase {
    func testTwoCleanBuildsOfAHundredReleasesAreByteIdentical() throws {
        let folder = BuiltSite.temporaryFolder("corpus")
        let content = folder.appendingPathComponent("content")
        try CorpusGenerator(content: BuiltSite.content).write(count: 100, into: content)
        var snapshots: [[String: Data]] = []
        for name in ["first", "second"] {
            let output = folder.appendingPathComponent(name).appendingPathComponent("public")
            let summary = try SiteBuilder(contentDirectory: content, outputDirectory: output, config: SiteConfig(database: true, workbooks: true),
                                          theme: StandardTheme(), clean: true).build()
            XCTAssertEqual(summary.releases, 100)
            XCTAssertEqual(summary.jobsCarried, 0)
            snapshots.append(try BuiltSite.snapshot(output))
        }
        XCTAssertGreaterThan(snapshots[0].count, 2_000)
        XCTAssertEqual(Set(snapshots[0].keys), Set(snapshots[1].keys))
        let differing = snapshots[0].keys.filter { snapshots[0][$0] != snapshots[1][$0] }.sorted()
        XCTAssertEqual(differing, [], "files that differ between two clean builds")
    }

    func testTheCorpusIsTheSameForTheSameSizeAndSeed() throws {
        let generator = try CorpusGenerator(content: BuiltSite.content)
        let again = try CorpusGenerator(content: BuiltSite.content)
        for index in [0, 7, 151, 600] {
            let a = generator.release(index), b = again.release(index)
            XCTAssertEqual(a.id, b.id)
            XCTAssertEqual(a.report, b.report)
        }
        // Each generated release is a real layout with another issuer: 151 = 1 + 5 × 30, one year on.
        let shifted = generator.release(151)
        XCTAssertEqual(shifted.id, "2020-09-bureau-00-1")
        XCTAssertTrue(shifted.metadata.contains("issuer: 기획조정실"))
        XCTAssertTrue(shifted.report.contains("기획조정실"))
    }
}
