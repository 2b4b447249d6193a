import XCTest
@testable import SitegenSite
@testable import SitegenTemplates

/// A page's relative links are the shortest: the folders page and target share are left out.
final class LinkerTests: XCTestCase {
    func testLinksLeaveOutTheFoldersThePageAndTargetShare() {
        let config = SiteConfig()
        XCTAssertEqual(Linker(config: config, pagePath: "").href("programs/"), "programs/")
        XCTAssertEqual(Linker(config: config, pagePath: "").href(""), "./")
        XCTAssertEqual(Linker(config: config, pagePath: "404.html").href("feed.xml"), "feed.xml")
        XCTAssertEqual(Linker(config: config, pagePath: "404.html").href("404.html#x"), "#x")
        XCTAssertEqual(Linker(config: config, pagePath: "releases/2021-07/").href("programs/서울/"), "../../programs/서울/")
        XCTAssertEqual(Linker(config: config, pagePath: "releases/2021-07/items/1-2/").href(""), "../../../../")
        let item = Linker(config: config, pagePath: "releases/x/items/4-1/")
        XCTAssertEqual(item.href("releases/x/items/4-1/table-1.csv"), "table-1.csv")
        XCTAssertEqual(item.href("releases/x/items/4-1/#L944"), "#L944")
        XCTAssertEqual(item.href("releases/x/items/4-1/"), "./")
        XCTAssertEqual(item.href("releases/x/items/4-2/"), "../4-2/")
        XCTAssertEqual(item.href("releases/x/departments/청년/"), "../../departments/청년/")
        XCTAssertEqual(item.href("releases/x/#finding-1"), "../../#finding-1")
        XCTAssertEqual(item.href("releases/x/source/#L944"), "../../source/#L944")
        XCTAssertEqual(item.href("releases/xy/"), "../../../xy/")
        XCTAssertEqual(Linker(config: config, pagePath: "releases/x/").href("releases/x/#finding-1"), "#finding-1")
        XCTAssertEqual(Linker(config: config, pagePath: "releases/x/a.html").href("releases/x/#f"), "./#f")
        XCTAssertEqual(Linker(config: config, pagePath: "releases/x/a.html").href("releases/x/b.html"), "b.html")
        XCTAssertEqual(Linker(config: config, pagePath: "search/p/3/a.js").href("x"), "../../../x")
        XCTAssertEqual(Linker(config: config, pagePath: "releases/x/").href("releases/x/원문 1.pdf"), "원문%201.pdf")
    }

    /// Under `--base-url` a page's links stay relative (issue 26: absolute, they were 120 MB more
    /// of a 1,200-release site); a feed's and a page served at any depth are absolute, percent-encoded.
    func testABaseURLMakesOnlyFeedAndStandaloneLinksAbsolute() {
        let config = SiteConfig(baseURL: "https://example.org/r/")
        XCTAssertEqual(Linker(config: config, pagePath: "releases/x/").href("releases/x/#L1"), "#L1")
        XCTAssertEqual(Linker(config: config, pagePath: "").href("programs/서울/"), "programs/서울/")
        XCTAssertEqual(Linker.feed(config: config, path: "feed.xml").href("programs/서울/"), "https://example.org/r/programs/%EC%84%9C%EC%9A%B8/")
        XCTAssertEqual(Linker.standalone(config: config, path: "404.html").href("search/"), "https://example.org/r/search/")
    }

    /// A feed's links stay URIs from the root, one `../` a folder, percent-encoded.
    func testAFeedsLinksClimbToTheRootPercentEncoded() {
        let config = SiteConfig()
        XCTAssertEqual(Linker.feed(config: config, path: "programs/서울/feed.xml").href("programs/서울/"),
                       "../../programs/%EC%84%9C%EC%9A%B8/")
        XCTAssertEqual(Linker.feed(config: config, path: "feed.xml").href("releases/x/"), "./releases/x/")
    }

    /// The count of folders, against the split it replaces, on paths with doubled and leading slashes.
    func testFeedDepthAgreesWithSplittingThePath() {
        let config = SiteConfig()
        let pieces = ["a", "가", "/", "/", ".html", "b"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let path = (0..<Int.random(in: 0...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let depth = path.split(separator: "/", omittingEmptySubsequences: true).count - (path.hasSuffix("/") ? 0 : 1)
            let prefix = depth > 0 ? String(repeating: "../", count: depth) : "./"
            XCTAssertEqual(Linker.feed(config: config, path: path).href("x"), prefix + "x", path)
        }
    }

    /// On random site paths: the link, resolved against the page as a browser resolves it,
    /// is the target; and no link is longer than the one from the root it replaces.
    func testLinksResolveToTheirTargets() {
        let config = SiteConfig()
        let segments = ["a", "ab", "b", "가", "가나", "x.html", "a-2"]
        var generator = SystemRandomNumberGenerator()
        func path(_ file: Bool) -> String {
            let folders = (0..<Int.random(in: 0...4, using: &generator)).map { _ in segments.randomElement(using: &generator)! + "/" }.joined()
            return folders + (file && Bool.random(using: &generator) ? segments.randomElement(using: &generator)! : "")
        }
        for _ in 0..<20_000 {
            let page = path(true), target = path(true) + (Bool.random(using: &generator) ? "#L1" : "")
            let linker = Linker(config: config, pagePath: page)
            let link = linker.href(target)
            XCTAssertEqual(Self.resolve(link.removingPercentEncoding!, from: page), target, "\(page) → \(target): \(link)")
            XCTAssertLessThanOrEqual(link.utf8.count, Linker.feed(config: config, path: page).href(target).utf8.count, "\(page) → \(target)")
        }
    }

    /// A relative reference resolved against a page's path, both relative to the site root.
    static func resolve(_ reference: String, from page: String) -> String {
        let hash = reference.firstIndex(of: "#")
        let pathPart = String(reference[..<(hash ?? reference.endIndex)])
        let fragment = hash.map { String(reference[$0...]) } ?? ""
        if pathPart.isEmpty { return page + fragment }
        var folders = page.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        folders.removeLast()
        let pieces = pathPart.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for (i, piece) in pieces.enumerated() {
            let last = i == pieces.count - 1
            switch piece {
            case ".": if last { folders.append("") }
            case "..": folders.removeLast(); if last { folders.append("") }
            default: folders.append(piece)
            }
        }
        return folders.joined(separator: "/") + fragment
    }
}
