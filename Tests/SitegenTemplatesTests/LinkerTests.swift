import XCTest
@testable import SitegenSite
@testable import SitegenTemplates

/// Relative links climb one `../` a folder of the page.
final class LinkerTests: XCTestCase {
    func testLinksClimbOneStepAFolder() {
        let config = SiteConfig()
        XCTAssertEqual(Linker(config: config, pagePath: "").href("programs/"), "./programs/")
        XCTAssertEqual(Linker(config: config, pagePath: "404.html").href("feed.xml"), "./feed.xml")
        XCTAssertEqual(Linker(config: config, pagePath: "releases/2021-07/").href("programs/서울/"),
                       "../../programs/%EC%84%9C%EC%9A%B8/")
        XCTAssertEqual(Linker(config: config, pagePath: "releases/2021-07/items/1-2/").href(""), "../../../../")
        XCTAssertEqual(Linker(config: config, pagePath: "search/p/3/a.js").href("x"), "../../../x")
    }

    /// The count of folders, against the split it replaces, on paths with doubled and leading slashes.
    func testDepthAgreesWithSplittingThePath() {
        let config = SiteConfig()
        let pieces = ["a", "가", "/", "/", ".html", "b"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let path = (0..<Int.random(in: 0...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let depth = path.split(separator: "/", omittingEmptySubsequences: true).count - (path.hasSuffix("/") ? 0 : 1)
            let prefix = depth > 0 ? String(repeating: "../", count: depth) : "./"
            XCTAssertEqual(Linker(config: config, pagePath: path).href("x"), prefix + "x", path)
        }
    }
}
