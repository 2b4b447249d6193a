@testable import SitegenSite
import XCTest

/// `SitePath.problem` reads most paths by bytes (`keepsTheRules`); whatever it clears, the
/// rules read by `Character`s clear too, and paths it does not clear get their named problem.
final class SitePathTests: XCTestCase {
    /// The pieces paths are made of here: what a site writes, what breaks a rule, and what
    /// joins the scalar before it (a combining mark after `/`, CR before LF, jamo).
    private static let pieces = [
        "releases", "programs", "index.html", "가", "서울혁신파크", "a", "-", ".", "..", "/", "//", "\\",
        "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "\u{301}", "e\u{301}", "\r", "\n", "\r\n",
        "\u{1100}\u{1161}", "Ω", "👩‍💻", "ﾞ", "\u{200D}", String(repeating: "가", count: 85), String(repeating: "b", count: 255),
    ]

    func testTheByteReadingNeverClearsWhatCharactersRefuse() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50_000 {
            let path = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            if SitePath.keepsTheRules(path) {
                XCTAssertNil(SitePath.characterProblem(path), path.debugDescription)
            }
            XCTAssertEqual(SitePath.problem(path), SitePath.characterProblem(path), path.debugDescription)
        }
    }

    func testTheSitesOwnPathsAreClearedByBytes() {
        for path in ["index.html", "releases/2022-03-x/departments/갈등관리협치과/table-1.csv", "search/p/12/3-1.js",
                     ".sitegen-site", String(repeating: "가", count: 85) + "/x"] {
            XCTAssertTrue(SitePath.keepsTheRules(path), path)
        }
        for path in ["", "/etc/passwd", "a//b", "a/./b", "../x", "a/..", "a\\b", "a\u{85}", "a/", String(repeating: "가", count: 86)] {
            XCTAssertFalse(SitePath.keepsTheRules(path), path)
            XCTAssertNotNil(SitePath.problem(path), path)
        }
    }
}
