import Foundation
import XCTest
import SitegenSite
import SitegenTemplates
import SitegenBuild

/// Issue 26: `build --profile small` keeps every page and permalink, packs a release's tables in
/// its zip, and answers what it leaves out from `_redirects`.
final class SmallHostProfileTests: XCTestCase {
    static let built: URL = {
        let folder = BuiltSite.temporaryFolder("small")
        let builder = SiteBuilder(contentDirectory: BuiltSite.content, outputDirectory: folder,
                                  config: SiteConfig(profile: .small), theme: StandardTheme())
        do { _ = try builder.build() } catch { fatalError("the default site does not build for a small host: \(error)") }
        return folder
    }()

    func testEveryPageOfTheStandardSiteIsThereAndEveryLinkAnswers() throws {
        let files = Set(BuiltSite.files(under: Self.built))
        let standardPages = BuiltSite.files(under: BuiltSite.output).filter { $0.hasSuffix("index.html") && !SiteMap.isEmbed(String($0.dropLast("index.html".count))) }
        XCTAssertEqual(standardPages.filter { !files.contains($0) }, [])
        var broken: [String] = []
        for page in files where page.hasSuffix(".html") && page != "404.html" {
            let links = PageLinks(html: try String(contentsOf: Self.built.appendingPathComponent(page), encoding: .utf8))
            for reference in links.references {
                guard let (file, _) = PageLinks.resolve(reference, from: page) else { continue }
                if !files.contains(file) { broken.append("\(page): \(reference)") }
            }
        }
        XCTAssertEqual(broken.prefix(10).joined(separator: "\n"), "", "\(broken.count) broken links")
        XCTAssertFalse(files.contains { $0.hasSuffix(".csv") && $0.hasPrefix("releases/") }, "a release's tables are in its zip")
        XCTAssertFalse(files.contains { $0.hasPrefix("programs/") && ($0.hasSuffix("/feed.xml") || $0.hasSuffix(".svg") || $0.contains("/embed/")) })
        XCTAssertFalse(files.contains { $0.hasPrefix("embed/") || $0.hasPrefix("releases/") && $0.contains("/embed/") }, "no release or home embed page")
    }

    func testAReleasesTablesAreInItsZipAsTheStandardSiteWritesThem() throws {
        let release = "releases/2022-07-citizen-cooperation-bureau/"
        let zip = Self.built.appendingPathComponent(release + "tables.zip").path
        let (status, listing) = try BuiltSite.run("/usr/bin/python3", ["-c", "import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))", zip])
        XCTAssertEqual(status, 0, listing)
        let names = listing.split(separator: "\n").map(String.init).sorted()
        let standard = BuiltSite.files(under: BuiltSite.output).filter { $0.hasPrefix(release) && $0.hasSuffix(".csv") && !$0.dropFirst(release.count).contains("/") }
        XCTAssertEqual(names, standard.map { String($0.dropFirst(release.count)) }.sorted())
        let (_, table) = try BuiltSite.run("/usr/bin/python3", ["-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('table-2.csv').decode())", zip])
        XCTAssertEqual(table, try String(contentsOf: BuiltSite.output.appendingPathComponent(release + "table-2.csv"), encoding: .utf8))
    }

    func testWhatASmallHostLeavesOutRedirectsToAFileItHas() throws {
        let files = Set(BuiltSite.files(under: Self.built))
        let text = try String(contentsOf: Self.built.appendingPathComponent("_redirects"), encoding: .utf8)
        let rules = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: " ").map(String.init) }
        XCTAssertGreaterThan(rules.count, 30)
        XCTAssertLessThanOrEqual(rules.count, 100)
        let values = [":release": "2022-07-citizen-cooperation-bureau", ":program": "서울혁신파크-운영"]
        for rule in rules {
            var target = String(rule[1].dropFirst())
            for (placeholder, value) in values { target = target.replacingOccurrences(of: placeholder, with: value) }
            let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
            if target.contains(":") { continue }
            XCTAssertTrue(files.contains(file), "\(rule[0]) → \(file)")
        }
    }
}
