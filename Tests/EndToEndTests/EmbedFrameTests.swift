import Foundation
import XCTest
import SitegenSite
import SitegenTemplates
import SitegenBuild

/// Embed pages in headless Chromium at 320 and 800 px (`embed_frame.py`): a program's, a
/// release's with no fragment (the release page's chart) and with a department chart's fragment,
/// and the home page's. Alone each does not scroll sideways and passes axe-core; in an `<iframe>`
/// made from the snippet on the chart's page it has no scrollbar and shows that chart and only
/// it. (The Nu checker validates the embed pages with the rest of the site: `SiteValidityTests`.)
final class EmbedFrameTests: XCTestCase {
    func testTheSnippetsFrameShowsTheChartWithoutScrollbarsAndPassesAxe() throws {
        let ready = try BuiltSite.run("python3", ["-c", "import selenium, axe_selenium_python"])
        guard ready.status == 0, FileManager.default.fileExists(atPath: "/usr/bin/chromedriver") else {
            return XCTFail("selenium, axe-selenium-python or chromedriver is missing: run scripts/install-deps --test (make test does)\n\(ready.output)")
        }
        let script = BuiltSite.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/embed_frame.py")
        let pages = ["programs/서울혁신파크-운영", "releases/2022-07-citizen-cooperation-bureau",
                     "releases/2022-07-citizen-cooperation-bureau/departments/시민참여과", "."]
        let result = try BuiltSite.run("python3", [script.path, BuiltSite.withBaseURL.path, BuiltSite.baseURL] + pages)
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("checked 16 page loads, 0 problems"), result.output)
        XCTAssertTrue(result.output.contains("#시민참여과-1"), "the department chart's snippet names it by its fragment:\n\(result.output)")
    }
}
