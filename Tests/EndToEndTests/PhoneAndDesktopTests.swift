import Foundation
import XCTest
import SitegenText
import SitegenTemplates

/// One page of every kind of the default site in headless Chromium at 390 px and 1,366 px
/// (`phone_and_desktop.py`, Selenium with axe-core): no sideways scroll, a first table column of
/// at least 96 px on the phone, chart text of at least 11 px as rendered, and no serious or
/// critical axe-core violation. Screenshots of every page kind at both widths land in
/// `.build/screenshots/`.
final class PhoneAndDesktopTests: XCTestCase {
    /// One page of every kind: (screenshot name, path under the site root).
    static let pages: [(String, String)] = [
        ("home", "index.html"),
        ("release", "releases/2022-07-citizen-cooperation-bureau/index.html"),
        ("source", "releases/2022-07-citizen-cooperation-bureau/source/index.html"),
        ("department", "releases/2022-07-citizen-cooperation-bureau/departments/시민참여과/index.html"),
        ("item", "releases/2018-07-innovation-bureau/items/1-1/index.html"),
        ("audit", "releases/2018-07-innovation-bureau/audit/index.html"),
        ("program", "programs/서울혁신파크-운영/index.html"),
        ("program-index", "programs/index.html"),
        ("findings", "findings/index.html"),
        ("data", "data/index.html"),
        ("department-index", "departments/index.html"),
        ("department-lineage", "departments/시민참여과/index.html"),
        ("search", "search/index.html"),
        ("not-found", "404.html"),
    ]

    func testEveryPageKindFitsAPhoneAndPassesAxe() throws {
        let script = BuiltSite.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/phone_and_desktop.py")
        let ready = try BuiltSite.run("python3", ["-c", "import selenium, axe_selenium_python"])
        guard ready.status == 0, BuiltSite.isInstalled("chromedriver") || FileManager.default.fileExists(atPath: "/usr/bin/chromedriver") else {
            XCTFail("selenium, axe-selenium-python or chromedriver is missing: run scripts/install-deps --test (make test does)\n\(ready.output)")
            return
        }
        for (_, path) in Self.pages {
            XCTAssertTrue(FileManager.default.fileExists(atPath: BuiltSite.output.appendingPathComponent(path).path), "no page \(path)")
        }
        let arguments = [script.path, BuiltSite.output.path, BuiltSite.screenshots.path] + Self.pages.map { "\($0.0)=\($0.1)" }
        let result = try BuiltSite.run("python3", arguments)
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("checked \(Self.pages.count * 2) page loads, 0 problems"), result.output)
    }
}
