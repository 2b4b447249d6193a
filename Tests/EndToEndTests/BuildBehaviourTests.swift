import XCTest
import SitegenText
import SitegenSite
import SitegenTemplates
import SitegenBuild

/// Builds are deterministic and atomic, and `--base-url` makes links absolute.
final class BuildBehaviourTests: XCTestCase {
    func testTwoBuildsOfTheSameContentAreByteIdentical() throws {
        let second = BuiltSite.temporaryFolder("again")
        try SiteBuilder(contentDirectory: BuiltSite.content, outputDirectory: second, config: BuiltSite.config, theme: StandardTheme()).build()
        let first = BuiltSite.files(under: BuiltSite.output)
        XCTAssertEqual(first, BuiltSite.files(under: second))
        for path in first {
            let a = try Data(contentsOf: BuiltSite.output.appendingPathComponent(path))
            let b = try Data(contentsOf: second.appendingPathComponent(path))
            XCTAssertEqual(a, b, "\(path) differs between two builds")
        }
    }

    func testAFailedBuildLeavesThePreviousOutputIntact() throws {
        let content = BuiltSite.temporaryFolder("content")
        let output = BuiltSite.temporaryFolder("output").appendingPathComponent("public")
        let release = content.appendingPathComponent("releases/2022-03-test")
        try FileManager.default.createDirectory(at: release, withIntermediateDirectories: true)
        try "title: 시험\nissuer: 시험국\ndate: 2022-03\n".write(to: release.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        try "Ⅰ. 일반 현황\n".write(to: release.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
        let builder = SiteBuilder(contentDirectory: content, outputDirectory: output, config: SiteConfig(), theme: StandardTheme())
        try builder.build()
        let before = BuiltSite.files(under: output)
        XCTAssertTrue(before.contains("index.html"))

        try "title: 시험\ndate: 2022-13\n".write(to: release.appendingPathComponent("release.yml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try builder.build()) { error in
            XCTAssertTrue("\(error)".contains("release.yml"), "\(error)")
        }
        XCTAssertEqual(BuiltSite.files(under: output), before, "the previous site must stay as it was")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers.sorted(), [".public.cache", "public"], "no temporary folder is left behind; the build cache stays")
    }

    func testBaseURLGivesAbsoluteAddressesWhereTheyAreNeededAndFillsTheSitemap() throws {
        let output = BuiltSite.temporaryFolder("based")
        let config = SiteConfig(baseURL: "https://example.org/reports/")
        try SiteBuilder(contentDirectory: BuiltSite.content, outputDirectory: output, config: config, theme: StandardTheme()).build()
        let page = try String(contentsOf: output.appendingPathComponent("releases/2022-03-citizen-cooperation-bureau/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("href=\"../../assets/site.css\""), "a page's links stay relative")
        XCTAssertTrue(page.contains("<link rel=\"canonical\" href=\"https://example.org/reports/releases/2022-03-citizen-cooperation-bureau/\">"))
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        XCTAssertTrue(sitemap.contains("<loc>https://example.org/reports/programs/</loc>"))
        let robots = try String(contentsOf: output.appendingPathComponent("robots.txt"), encoding: .utf8)
        XCTAssertTrue(robots.contains("Sitemap: https://example.org/reports/sitemap.xml"))
        let csv = try String(contentsOf: output.appendingPathComponent("data/budget-lines.csv"), encoding: .utf8)
        XCTAssertTrue(csv.split(separator: "\n").dropFirst().allSatisfy { $0.contains(",https://example.org/reports/releases/") })
        let notFound = try String(contentsOf: output.appendingPathComponent("404.html"), encoding: .utf8)
        XCTAssertTrue(notFound.contains("href=\"https://example.org/reports/\""))
    }

    func testWithoutBaseURLEveryLinkIsRelativeSoTheSiteWorksUnderAnyFolder() throws {
        for path in BuiltSite.files(under: BuiltSite.output) where path.hasSuffix(".html") && path != "404.html" {
            let html = try String(contentsOf: BuiltSite.output.appendingPathComponent(path), encoding: .utf8)
            let absolute = PageLinks(html: html).references.filter { $0.hasPrefix("/") }
            XCTAssertEqual(absolute, [], path)
        }
    }
}
